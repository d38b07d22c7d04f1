package org.balagh.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.junit.jupiter.api.Test;

/** The installed lexicons, as a question's words meet them. */
class LexiconTest {

  private static final Analyzers ANALYZERS = new Analyzers(CountryNames.load());
  private static final Lexicon LEXICON = Lexicon.installed(ANALYZERS);

  private static List<Lexicon.Translation> of(String word, String language) {
    return LEXICON.of(language, ANALYZERS.statementWords(word, language).get(0));
  }

  private static boolean translates(String word, String from, String into, String language) {
    List<String> wanted = Glossary.firstReadings(ANALYZERS, into, language);
    return of(word, from).stream()
        .anyMatch(t -> t.language().equals(language) && t.terms().equals(wanted));
  }

  @Test
  void arabicWordNetAndWiktionaryBridgeForeignPolicyWordsTheInterfaceStringsLack() {
    // None of these is in the lexicons learned from interface strings or in CLDR.
    assertTrue(translates("هدنة", "ar", "truce", "en"), "هدنة: " + of("هدنة", "ar"));
    assertTrue(translates("سفير", "ar", "ambassador", "en"), "سفير: " + of("سفير", "ar"));
    assertTrue(translates("اللاجئين", "ar", "refugee", "en"), "اللاجئين: " + of("اللاجئين", "ar"));
    assertTrue(translates("blockade", "en", "حصار", "ar"), "blockade: " + of("blockade", "en"));
    assertTrue(translates("trêve", "fr", "truce", "en"), "trêve: " + of("trêve", "fr"));
  }

  @Test
  void arabicBrokenPluralsFindTheirLemmasEnglishWords() {
    // Light stemming cannot take سفراء (ambassadors) back to سفير; Arabic WordNet lists it.
    assertTrue(translates("السفراء", "ar", "ambassador", "en"), "السفراء: " + of("السفراء", "ar"));
    assertTrue(translates("شؤون", "ar", "issues", "en"), "شؤون: " + of("شؤون", "ar"));
  }

  @Test
  void anArabicWordTheLexiconsHoldWholeIsNotReadAsAnotherWordWithItsStem() {
    // الأسرى (prisoners) and الأسرة (family) share the stem اسر; عملية (operation) and عملة
    // (currency) the stem عمل.
    assertTrue(translates("الأسرى", "ar", "prisoner", "en"), "الأسرى: " + of("الأسرى", "ar"));
    assertFalse(translates("الأسرى", "ar", "family", "en"), "الأسرى: " + of("الأسرى", "ar"));
    assertTrue(translates("الأسرة", "ar", "family", "en"), "الأسرة: " + of("الأسرة", "ar"));
    assertTrue(translates("عملية", "ar", "operation", "en"), "عملية: " + of("عملية", "ar"));
    assertFalse(translates("عملية", "ar", "currency", "en"), "عملية: " + of("عملية", "ar"));
  }

  @Test
  void inflectedArabicVerbsAndCaseEndingsFindTheirHeadwordsTranslations() {
    // The lexicons list فاز (he won), دعم (he supported) and أخير (last); questions write فازت (she
    // won), تدعم (she supports) and أخيرا (finally), which light stemming leaves as they are.
    for (String[] pair : new String[][] {{"فازت", "فاز"}, {"تدعم", "دعم"}, {"أخيرا", "أخير"}}) {
      List<Lexicon.Translation> headword = of(pair[1], "ar");
      assertTrue(!headword.isEmpty(), pair[1] + " has no translation");
      assertEquals(headword, of(pair[0], "ar"), pair[0]);
    }
    // A word the lexicons hold is never read as another's inflection: "بيت" (house) stays itself.
    assertTrue(translates("بيت", "ar", "house", "en"), "بيت: " + of("بيت", "ar"));
  }

  @Test
  void conjugatedFrenchVerbsFindTheirInfinitivesTranslations() {
    // The lexicons list durer (to last), compter (to count) and accueillir (to host); questions
    // write durerait, comptent and accueillera, which light stemming leaves as they are.
    for (String[] pair :
        new String[][] {
          {"durerait", "durer"}, {"comptent", "compter"}, {"accueillera", "accueille"}
        }) {
      List<Lexicon.Translation> headword = of(pair[1], "fr");
      assertTrue(!headword.isEmpty(), pair[1] + " has no translation");
      assertEquals(headword, of(pair[0], "fr"), pair[0]);
    }
    // "fera" (will do) is not read as "fer" (iron).
    assertTrue(of("fera", "fr").stream().noneMatch(t -> t.terms().contains("iron")), "fera");
  }

  @Test
  void aWordsTranslationsIntoALanguageAreFewAndShareOneWhole() {
    for (String[] word :
        new String[][] {{"هدنة", "ar"}, {"حصار", "ar"}, {"sanctions", "en"}, {"otage", "fr"}}) {
      Map<String, Float> sums = new HashMap<>();
      Map<String, Integer> counts = new HashMap<>();
      for (Lexicon.Translation t : of(word[0], word[1])) {
        sums.merge(t.language(), t.weight(), Float::sum);
        counts.merge(t.language(), 1, Integer::sum);
      }
      assertTrue(!sums.isEmpty(), word[0] + " has no translation");
      sums.forEach((language, sum) -> assertEquals(1f, sum, 1e-4f, word[0] + " → " + language));
      counts.forEach(
          (language, n) -> assertTrue(n <= Lexicon.KEPT, word[0] + " → " + language + ": " + n));
    }
  }
}
