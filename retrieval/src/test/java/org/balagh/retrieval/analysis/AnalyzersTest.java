package org.balagh.retrieval.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

  private static final Analyzers ANALYZERS = new Analyzers(CountryNames.load());

  private static List<String> ar(String text) {
    return ANALYZERS.statementTerms(text, "ar");
  }

  private static List<String> en(String text) {
    return ANALYZERS.statementTerms(text, "en");
  }

  @Test
  void countryNameAndAdjectivesMeetInArabic() {
    String kazakhstan = Analyzers.countryTerm("KZ");
    assertEquals(List.of(kazakhstan), ar("كازاخستان"));
    assertEquals(List.of(kazakhstan), ar("الكازاخستاني"));
    assertEquals(List.of(kazakhstan), ar("كازاخستانية"));
    assertEquals(List.of(kazakhstan), ar("لكازاخستان"));
  }

  @Test
  void countriesMeetAcrossLanguages() {
    String morocco = Analyzers.countryTerm("MA");
    assertEquals(List.of(morocco), ar("المغرب"));
    assertEquals(List.of(morocco), en("Moroccan"));
    assertEquals(List.of(morocco), ANALYZERS.statementTerms("marocaine", "fr"));
  }

  @Test
  void aNounThatAPronounFollowsMeetsTheGlossarysForm() {
    // The glossary's «الوحدة الترابية», the communiqué's «ووحدتها الترابية».
    // Their stems meet; the whole words, by design, do not.
    List<String> text = ar("ووحدتها الترابية");
    List<String> stems =
        ar("الوحدة الترابية").stream().filter(t -> !Analyzers.isWholeWord(t)).toList();
    assertTrue(text.containsAll(stems), text.toString());
  }

  @Test
  void multiWordNamesBecomeOneCountryToken() {
    String us = Analyzers.countryTerm("US");
    assertEquals(List.of(us, "agre"), en("The United States agreed"));
    assertEquals(List.of(us), ar("والولايات المتحدة"));
    assertEquals(List.of(Analyzers.countryTerm("CI")), en("Côte d'Ivoire"));
    assertEquals(
        List.of(Analyzers.countryTerm("KR"), "alli"), en("the Republic of Korea, an ally"));
  }

  @Test
  void possessivesInNamesDoNotLeaveTheNameInsideThem() {
    // English analysis drops "'s" before names are read: the Republic of Korea inside the DPRK's
    // name, or the Republic of China inside the PRC's, must not be what is found.
    assertEquals(
        List.of(Analyzers.countryTerm("KP")), en("the Democratic People's Republic of Korea"));
    assertEquals(List.of(Analyzers.countryTerm("KP")), en("Democratic People’s Republic of Korea"));
    assertEquals(List.of(Analyzers.countryTerm("CN")), en("the People's Republic of China"));
    assertEquals(List.of(Analyzers.countryTerm("TW")), en("the Republic of China"));
  }

  @Test
  void continentsKeepTheirWords() {
    assertEquals(List.of("latin", "america", "caribbean"), en("Latin America and the Caribbean"));
  }

  @Test
  void arabicSpellingVariantsMeet() {
    assertEquals(ar("مؤتمر إفريقيا"), ar("موتمر افريقيا"));
    assertEquals(ar("رئيس"), ar("ريیس"));
    assertEquals(ar("مُخطَّط"), ar("مخطط"));
  }

  @Test
  void doesNotOverStemBayanaha() {
    assertEquals("بيان", ar("بيانها").get(0));
    assertFalse(ar("بيانها").contains("بي"));
  }

  @Test
  void addsTheReadingWithoutALoneProcliticOrVerbPrefix() {
    assertTrue(ar("بمراكش").contains("مراكش"));
    assertTrue(ar("ويتركز").contains("تركز"));
    assertEquals(List.of("وزير", "زير"), ar("وزير"));
  }

  @Test
  void addsTheWholeWordAfterItsStemWhenTheStemmerCutItsEnding() {
    // عملية (operation) and عملة (currency) are both عمل; the whole words tell them apart.
    assertEquals(List.of("عمل", "=عمليه"), ar("العملية"));
    assertEquals(List.of("عمل", "=عمله"), ar("عملة"));
    assertTrue(Analyzers.isWholeWord(ar("الأسرى").get(1)));
    assertEquals(List.of("اتفاق"), ar("الاتفاق"));
  }

  @Test
  void dropsQuestionWordsFromQuestionsOnly() {
    List<String> question = ANALYZERS.questionTerms("ماذا قال المغرب عن القمح؟", "ar");
    assertFalse(question.contains("ماذا"));
    assertTrue(question.contains(Analyzers.countryTerm("MA")));
    assertEquals(1, question.stream().filter(t -> t.startsWith("قمح")).count());
    List<String> english = ANALYZERS.questionTerms("What did Kazakhstan say about wheat?", "en");
    assertEquals(List.of(Analyzers.countryTerm("KZ"), "wheat"), english);
    // French's auxiliary "a" (has), which Snowball's list keeps, is no topic of a question.
    List<String> french = ANALYZERS.questionTerms("Qui a été nommé à la tête de la force ?", "fr");
    assertFalse(french.contains("a"), french.toString());
    // Nor "est" (is), which it leaves out as it is also "east".
    List<String> position =
        ANALYZERS.questionTerms("Quelle est la position de la Chine sur Gaza ?", "fr");
    assertEquals(List.of(Analyzers.countryTerm("CN"), "gaza"), position);
  }

  @Test
  void stemsEnglishAndFrench() {
    assertEquals(en("agreements"), en("agreement"));
    assertEquals(
        ANALYZERS.statementTerms("sécurité alimentaire", "fr"),
        ANALYZERS.statementTerms("securite alimentaires", "fr"));
  }

  @Test
  void readsArabicIndicDigitsAsDigits() {
    assertEquals(List.of("2756"), ar("٢٧٥٦"));
  }
}
