package org.balagh.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Tuning;
import org.balagh.retrieval.search.QuestionParser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A readout names its people once and then says "the two leaders": asked what they did, the
 * sentence that says it answers, not the opening one that names everyone and says nothing else.
 */
class NamesAroundTest {

  private static final String CONDEMNED =
      "The two leaders condemned the ballistic missile launch by North Korea.";

  @TempDir static Path folder;
  @AutoClose private static Archive archive;

  @BeforeAll
  static void open() throws IOException {
    archive =
        FixtureData.archive(
            folder, Tuning.DEFAULTS.withMinConfidence(0f), NamesAroundTest::addData);
  }

  private static void addData(Path data) throws IOException {
    FixtureData.writeStatement(
        data,
        "readout-kishida",
        "Readout of President Biden's Call with Prime Minister Kishida of Japan",
        "2023-04-13",
        "US",
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Fumio Kishida of Japan.",
        CONDEMNED,
        "They also discussed preparations for the summit in Hiroshima.");
    FixtureData.writeStatement(
        data,
        "readout-kishida-2",
        "Readout of President Biden's Meeting with Prime Minister Kishida of Japan",
        "2023-05-18",
        "US",
        "President Biden met Prime Minister Kishida in Hiroshima before the summit.",
        "The leaders reviewed the alliance.");
    FixtureData.writeStatement(
        data,
        "statement-drones",
        "Statement on the Attack Against Israel",
        "2024-04-14",
        "US",
        "Iran fired hundreds of drones and missiles towards Israel.",
        "We will coordinate a united diplomatic response.");
  }

  @Test
  void readsTheCapitalisedWordsOfALatinQuestionAsNames() {
    QuestionParser parser = new QuestionParser(new Analyzers(CountryNames.load()));
    assertEquals(
        List.of("sullivan", "barzani", "davo"),
        parser.parse("What did Sullivan condemn when he met Barzani in Davos?").names());
    assertEquals(
        List.of("kishida"), parser.parse("Qu'a condamné Kishida lors de l'appel ?").names());
  }

  @Test
  void answersWithTheSentenceThatSaysWhatTheNamedPeopleDid() {
    assertEquals(
        CONDEMNED,
        FixtureData.top(archive, "What did Biden and Kishida condemn on their call?").sentence());
  }

  @Test
  void answersAFrenchQuestionSo() {
    assertEquals(
        CONDEMNED,
        FixtureData.top(archive, "Qu'ont condamné Biden et Kishida lors de leur appel ?")
            .sentence());
  }

  @Test
  void answersAnArabicQuestionSo() {
    assertEquals(
        CONDEMNED,
        FixtureData.top(archive, "ما الذي أدانه بايدن خلال اتصاله مع كيشيدا؟").sentence());
  }

  @Test
  void answersWhatAPersonSaidInFrenchOnlyFromStatementsThatNameThem() {
    // French writes "Kishida" as English does: the statement on drones, which never names him,
    // does not hold his words.
    for (Answer answer : archive.answer("Qu'a dit Kishida sur les drones ?", 5).answers()) {
      assertNotEquals("statement-drones", answer.statement().id(), answer.sentence());
    }
  }
}
