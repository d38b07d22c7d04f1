package org.balagh.retrieval.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicStemmerTest {

  private static void check(String word, String expected) {
    assertEquals(expected, ArabicStemmer.stem(ArabicFolding.fold(word)));
  }

  @Test
  void stripsTheArticle() {
    check("الوزير", "وزير");
  }

  @Test
  void stripsConjunctionPrepositionAndArticle() {
    check("والتعاون", "تعا");
    check("بالمغرب", "مغرب");
    check("للتعاون", "تعا");
    check("وبالتعاون", "تعا");
  }

  @Test
  void keepsTheWawThatBeginsAShortWord() {
    check("وزير", "وزير");
  }

  @Test
  void stripsOneSuffixOnlySoBayanahaStaysBayan() {
    check("بيانها", "بيان");
    check("بيان", "بيان");
  }

  @Test
  void stripsDualAndPronounSuffixes() {
    check("الحكومتين", "حكوم");
    check("التزامهما", "تزام");
  }

  @Test
  void bringsSingularAndPluralTogether() {
    assertEquals(
        ArabicStemmer.stem(ArabicFolding.fold("العلاقات")),
        ArabicStemmer.stem(ArabicFolding.fold("علاقة")));
  }

  @Test
  void neverLeavesLessThanThreeLetters() {
    check("انها", "انها");
  }
}
