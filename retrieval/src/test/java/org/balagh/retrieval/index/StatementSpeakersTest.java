package org.balagh.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.corpus.Metadata;
import org.balagh.retrieval.corpus.Statement;
import org.junit.jupiter.api.Test;

/**
 * Whose statement it is: read from its publisher, its host, a joint statement's title, else its
 * record's countries.
 */
class StatementSpeakersTest {

  private static final StatementSpeakers SPEAKERS = new StatementSpeakers(CountryNames.load());

  private static List<String> speakers(
      String url, String publisher, String title, List<String> countries) {
    Metadata metadata =
        new Metadata("s", title, null, 2024, "en", countries, url, false, publisher);
    return SPEAKERS.of(new Statement(metadata, "Text."), List.of());
  }

  @Test
  void readsAGovernmentsDomainUnderItsCountrysTopLevelDomain() {
    // An archive imported without countries: its press conferences speak for their ministry's
    // country.
    assertEquals(
        List.of("CN"),
        speakers(
            "https://www.fmprc.gov.cn/eng/xwfw_665399/s2510_665401/202403/t20240305.html",
            "fmprc.gov.cn",
            "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference",
            List.of()));
    assertEquals(
        List.of("IN"),
        speakers(
            "https://www.mea.gov.in/media-briefings.htm?dtl/37584", "", "Briefing", List.of()));
    assertEquals(
        List.of("JP"), speakers("https://www.mofa.go.jp/press/kaiken/", "", "Press", List.of()));
    assertEquals(
        List.of("GB"), speakers("https://www.fcdo.gov.uk/news/statement", "", "News", List.of()));
  }

  @Test
  void readsTheHostsOfTheTable() {
    assertEquals(
        List.of("DE"),
        speakers("https://www.auswaertiges-amt.de/en/newsroom/", "", "Statement", List.of()));
    assertEquals(
        List.of("US"), speakers("https://www.state.gov/briefings/", "", "Briefing", List.of()));
  }

  @Test
  void fallsBackOnTheRecordsCountriesElsewhere() {
    assertEquals(
        List.of("KZ"), speakers("https://www.reuters.com/world/", "", "Statement", List.of("KZ")));
    // No country has the code "zz".
    assertEquals(
        List.of("MA"), speakers("https://portal.gov.zz/a", "", "Statement", List.of("MA")));
  }
}
