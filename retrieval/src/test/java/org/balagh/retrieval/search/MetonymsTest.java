package org.balagh.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.junit.jupiter.api.Test;

/** Capitals and seats of government read as their country, where a question uses them so. */
class MetonymsTest {

  private static final QuestionParser PARSER =
      new QuestionParser(new Analyzers(CountryNames.load()));

  private static void check(String question, List<String> countries, List<String> speakers) {
    Question read = PARSER.parse(question);
    assertEquals(countries, read.countries(), "countries of: " + question);
    assertEquals(speakers, read.speakers(), "speakers of: " + question);
  }

  @Test
  void readsACapitalsViewAsItsGovernmentSpeaking() {
    check("What is Beijing's view on the new canal?", List.of("CN"), List.of("CN"));
  }

  @Test
  void readsTheSeatOfGovernmentAsItsCountry() {
    check("What did the White House say about tariffs?", List.of("US"), List.of("US"));
    check("What did the Kremlin say about the talks?", List.of("RU"), List.of("RU"));
  }

  @Test
  void readsArabicAndFrenchCapitals() {
    check("ما موقف الرياض من الاتفاق؟", List.of("SA"), List.of("SA"));
    check("Qu'a dit Pékin à propos du détroit ?", List.of("CN"), List.of("CN"));
  }

  @Test
  void readsACapitalAfterAPrepositionOfPlaceAsThePlace() {
    check("Will it rain in Rabat tomorrow?", List.of(), List.of());
    check("هل ستمطر في الرباط غدا؟", List.of(), List.of());
    check("Le sommet se tiendra-t-il à Rabat ?", List.of(), List.of());
  }

  @Test
  void readsACapitalInTheNameOfAnAgreementAsThePlace() {
    check("Did they honour the Paris Agreement?", List.of(), List.of());
    check("هل التزموا باتفاق باريس؟", List.of(), List.of());
  }

  @Test
  void readsALowerCaseWordAsAWordNotACapital() {
    check("Is every male citizen drafted?", List.of(), List.of());
  }

  @Test
  void asksToHearFromACountryOnlyWhenTheWordingSaysWhoSpoke() {
    check("Did China and Japan agree on fisheries?", List.of("CN", "JP"), List.of());
    check("What did China say about fisheries?", List.of("CN"), List.of("CN"));
  }
}
