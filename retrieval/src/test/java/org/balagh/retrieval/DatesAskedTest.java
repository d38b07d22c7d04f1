package org.balagh.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.model.Tuning;
import org.balagh.retrieval.search.Question;
import org.balagh.retrieval.search.QuestionParser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that names a time ("in May 2021", « en mars 2024 », «في أبريل 2023») is answered from
 * the statement of that date first, when statements of other dates say the same.
 */
class DatesAskedTest {

  private static final QuestionParser PARSER =
      new QuestionParser(new Analyzers(CountryNames.load()));

  @TempDir static Path folder;
  @AutoClose private static Archive archive;

  @BeforeAll
  static void open() throws IOException {
    archive =
        FixtureData.archive(folder, Tuning.DEFAULTS.withMinConfidence(0f), DatesAskedTest::addData);
  }

  private static void addData(Path data) throws IOException {
    FixtureData.writeStatement(
        data,
        "readout-march",
        "Readout of the Secretary's call with the Foreign Minister of Ghana",
        "2024-03-12",
        "US",
        "The Secretary and the Foreign Minister discussed cocoa exports and regional security.",
        "They agreed to meet again.");
    FixtureData.writeStatement(
        data,
        "readout-october",
        "Readout of the Secretary's meeting with the Foreign Minister of Ghana",
        "2024-10-02",
        "US",
        "The Secretary and the Foreign Minister discussed cocoa exports and maritime security.",
        "They thanked their teams.");
    FixtureData.writeStatement(
        data,
        "readout-2023",
        "Readout of the Secretary's visit to Ghana",
        "2023-06-20",
        "US",
        "The Secretary and the Foreign Minister of the Republic discussed at length cocoa exports, food security and the price of fertiliser.",
        "The visit ended in Accra.");
  }

  @Test
  void readsTheYearAndTheMonthAQuestionNames() {
    assertEquals(
        List.of(new Question.Dated("2021", 2021, 5)),
        PARSER.parse("Which troops did Biden want out of Tigray in May 2021?").dated());
    assertEquals(
        List.of(new Question.Dated("2023", 2023, 12), new Question.Dated("decembr", 2023, 12)),
        PARSER.parse("Qu'a dit la France en décembre 2023 ?").dated());
    assertEquals(
        List.of(new Question.Dated("2023", 2023, 4), new Question.Dated("ابريل", 2023, 4)),
        PARSER.parse("ماذا قال الأردن في أبريل 2023؟").dated());
    assertEquals(
        List.of(new Question.Dated("2023", 2023, 0)),
        PARSER.parse("What was agreed at the 2023 summit?").dated());
    assertEquals(List.of(), PARSER.parse("How many people, 5000 or more?").dated());
  }

  @Test
  void answersFromTheStatementOfTheMonthAsked() {
    assertEquals(
        "readout-october",
        FixtureData.top(archive, "What did the Secretary discuss with Ghana in October 2024?")
            .statement()
            .id());
    assertEquals(
        "readout-march",
        FixtureData.top(archive, "De quoi le Secrétaire a-t-il parlé avec le Ghana en mars 2024 ?")
            .statement()
            .id());
  }

  @Test
  void answersFromAStatementOfTheYearAsked() {
    String id =
        FixtureData.top(archive, "What did the Secretary discuss with Ghana in 2024?")
            .statement()
            .id();
    assertTrue(List.of("readout-march", "readout-october").contains(id), id);
  }
}
