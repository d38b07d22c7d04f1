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

  @Test
  void takesAGovernmentThatSpeaksOutAsTheSpeakerWithoutATopicMarker() {
    check(
        "Did the White House congratulate Mauritania's president on his re-election?",
        List.of("MR", "US"),
        List.of("US"));
    check(
        "هل هنّأ البيت الأبيض الرئيس الموريتاني على إعادة انتخابه؟",
        List.of("MR", "US"),
        List.of("US"));
    check("هل أدانت واشنطن والقاهرة الهجوم على السفارة؟", List.of("US", "EG"), List.of("US", "EG"));
    check("Pékin a-t-il condamné l'attaque ?", List.of("CN"), List.of("CN"));
  }

  @Test
  void takesACountrysNameNextToAVerbOfJudgingAsTheSpeaker() {
    check("Did the United States condemn the attack?", List.of("US"), List.of("US"));
    check(
        "How did the United States react when the president resigned?",
        List.of("US"),
        List.of("US"));
    check("Les États-Unis ont-ils condamné le coup d'État ?", List.of("US"), List.of("US"));
    check("هل أدانت الولايات المتحدة الهجوم؟", List.of("US"), List.of("US"));
  }

  @Test
  void takesACountrysNameNextToAnotherSpeechVerbAsNoSpeaker() {
    // As often the place of an event as a government that speaks: «متى أعلنت موريشيوس استقلالها؟».
    check("متى أعلنت موريشيوس استقلالها؟", List.of("MU"), List.of());
    check(
        "When did Mongolia declare its territory free of nuclear weapons?",
        List.of("MN"),
        List.of());
  }

  @Test
  void takesNoSpeakerFromAVerbThatIsNotSpeakingOut() {
    // "take", "views" and "States" are not speech here; nobody named speaks in "Who condemned".
    check("When did France take control of Algeria?", List.of("FR", "DZ"), List.of());
    check("Which American show changed the views of Romanians?", List.of("US", "RO"), List.of());
    check(
        "What aviation agreement did Mongolia and the United States celebrate in 2023?",
        List.of("MN", "US"),
        List.of());
    check("Who condemned the attack on the embassy in Egypt?", List.of("EG"), List.of());
    // «مورد» holds «رد» (replied) without being it.
    check("ما هو أهم مورد للمغرب؟", List.of("MA"), List.of());
  }
}
