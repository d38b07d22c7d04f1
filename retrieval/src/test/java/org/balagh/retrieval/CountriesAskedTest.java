package org.balagh.retrieval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Tuning;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question naming two countries prefers what both said to what one said alone, whatever the
 * languages: the fixtures, plus a Kazakh speech that speaks of terrorism in the question's
 * language.
 */
class CountriesAskedTest {

  @TempDir static Path folder;
  @AutoClose private static Archive archive;

  @BeforeAll
  static void open() throws IOException {
    archive = FixtureData.archive(folder, Tuning.DEFAULTS, CountriesAskedTest::addData);
  }

  private static void addData(Path data) throws IOException {
    FixtureData.writeStatement(
        data,
        "kz-un-2018",
        "Statement by Kazakhstan at the UN General Assembly",
        "2018-09-26",
        "KZ",
        "Mr. President,",
        "Kazakhstan has agreed with its partners to counter terrorism together.",
        "We call on all states to join the Code of Conduct.");
    Files.writeString(
        data.resolve("terms.glossary.tsv"),
        "terrorism\tterrorisme\tالإرهاب\n"
            + "agree | agreed\tconvenir\tاتفق\n"
            + "combat | counter | fight\tlutter contre | lutter\tمكافحة | التصدي\n"
            + "together | jointly\tensemble\tبشكل مشترك\n");
  }

  @Test
  void prefersTheStatementOfBothCountriesNamed() {
    Answer answer =
        FixtureData.top(archive, "Did Morocco and Kazakhstan agree to counter terrorism together?");
    assertTrue(answer.sentence().contains("الإرهاب"), answer.sentence());
    answer =
        FixtureData.top(
            archive, "Le Maroc et le Kazakhstan vont-ils lutter ensemble contre le terrorisme ?");
    assertTrue(answer.sentence().contains("الإرهاب"), answer.sentence());
  }

  @Test
  void oneCountryNamedKeepsTheQuoteInTheQuestionsLanguage() {
    Answer answer = FixtureData.top(archive, "What did Kazakhstan say about countering terrorism?");
    assertTrue(answer.sentence().startsWith("Kazakhstan has agreed"), answer.sentence());
  }
}
