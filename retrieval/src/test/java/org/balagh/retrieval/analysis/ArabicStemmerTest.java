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
    same("العلاقات", "علاقة");
  }

  @Test
  void bringsTheNounBeforeAPronounToItsOwnForm() {
    same("الوحدة", "وحدتها");
    assertEquals(
        ArabicStemmer.stem(ArabicFolding.fold("الوحدة")),
        ArabicStemmer.stem(ArabicStemmer.withoutProclitic(ArabicFolding.fold("ووحدتها"))));
    same("الحكومة", "حكومتهم");
    same("العلاقات", "علاقاتها");
    same("القرارات", "قراراتهما");
  }

  @Test
  void keepsATehThatIsTheWordsOwn() {
    check("بيتها", "بيت");
    same("الثبات", "ثباتها");
    same("الثابتة", "ثابته");
    same("الكويتي", "الكويت");
  }

  private static void same(String a, String b) {
    assertEquals(
        ArabicStemmer.stem(ArabicFolding.fold(a)), ArabicStemmer.stem(ArabicFolding.fold(b)));
  }

  @Test
  void neverLeavesLessThanThreeLetters() {
    check("انها", "انها");
  }
}
