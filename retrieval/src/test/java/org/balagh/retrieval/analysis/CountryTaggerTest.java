package org.balagh.retrieval.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryTaggerTest {

  private static final CountryNames NAMES = CountryNames.load();
  private final CountryTagger tagger = new CountryTagger(NAMES);

  private void check(String text, String... codes) {
    assertEquals(List.of(codes), tagger.countries(text, CountryNames.ANY));
  }

  private void checkIn(String language, String text, String... codes) {
    assertEquals(List.of(codes), tagger.countries(text, language));
  }

  @Test
  void findsArabicNamesWithProclitics() {
    check("اتفق المغرب وكازاخستان على التعاون", "MA", "KZ");
    check("بين المغرب ولكازاخستان", "MA", "KZ");
  }

  @Test
  void findsArabicAdjectives() {
    check("وزير الخارجية الكازاخستاني", "KZ");
    check("الصحراء المغربية", "MA");
    check("الحكومة الكازاخستانية", "KZ");
  }

  @Test
  void findsEnglishAndFrenchNamesAndDemonyms() {
    check("Moroccan sovereignty", "MA");
    check("the Kazakh delegation", "KZ");
    check("le Royaume du Maroc et le Kazakhstan", "MA", "KZ");
    check("la position marocaine", "MA");
  }

  @Test
  void prefersTheLongestPhrase() {
    check("Saudi Arabia and the United Arab Emirates", "SA", "AE");
    check("المملكة العربية السعودية", "SA");
  }

  @Test
  void readsDottedAcronymsButNotThePronounUs() {
    check("U.S. officials met the UAE minister", "US", "AE");
    check("join us in this effort");
  }

  @Test
  void blocksContinentsThatContainACountryName() {
    check("Latin America and the Caribbean");
  }

  /** The text each mention covers, in order. */
  private void checkSpans(String text, String... named) {
    assertEquals(
        List.of(named),
        tagger.find(text, CountryNames.ANY).stream()
            .map(m -> text.substring(m.start(), m.end()))
            .toList());
  }

  @Test
  void findsWhereEachNameIsWholeWordsAndAll() {
    checkSpans("Saudi Arabia and Côte d'Ivoire on wheat", "Saudi Arabia", "Côte d'Ivoire");
    checkSpans(
        "المملكة العربية السعودية وكازاخستان القمح", "المملكة العربية السعودية", "وكازاخستان");
    checkSpans("U.S. and Moroccan views", "U.S.", "Moroccan");
    assertEquals(
        List.of(new CountryTagger.Mention("KZ", 4, 10)), tagger.find("the Kazakh wheat", "en"));
  }

  @Test
  void countsMentions() {
    assertEquals(2, tagger.mentions("Morocco and the Moroccan people", "en").get("MA"));
  }

  @Test
  void readsNamesInTheTextsOwnLanguage() {
    checkIn("en", "a grenade and chili peppers");
    checkIn("fr", "le Chili et la Grenade", "CL", "GD");
    checkIn("en", "Chile and Grenada", "CL", "GD");
  }

  @Test
  void takesEnglishPlurals() {
    checkIn("en", "Moroccans and Kazakhs", "MA", "KZ");
  }

  @Test
  void knowsNamesInEachLanguage() {
    assertEquals("المغرب", NAMES.name("MA", "ar"));
    assertEquals("Maroc", NAMES.name("MA", "fr"));
    assertEquals("Morocco", NAMES.name("MA", "xx"));
  }
}
