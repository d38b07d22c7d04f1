package org.balagh.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.balagh.retrieval.FixtureData;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.StatementInfo;
import org.balagh.retrieval.model.Tuning;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a sentence covers of a question whose words make one glossary expression. */
class EvidenceTest {

  private static final Analyzers ANALYZERS = new Analyzers(CountryNames.load());

  @TempDir static Path folder;
  private static SentenceIndex index;
  private static Glossary glossary;

  @BeforeAll
  static void build() throws IOException {
    Path data = Files.createDirectories(folder.resolve("data"));
    FixtureData.writeStatement(
        data,
        "kz-1",
        "Statement by Kazakhstan",
        "2023-09-20",
        "KZ",
        "Prices of food rose in the region.",
        "Grain exports will contribute to food security.");
    Files.writeString(
        data.resolve(Glossary.FILE), "food security\tsécurité alimentaire\tالأمن الغذائي\n");
    glossary = Glossary.read(data, ANALYZERS);
    index = FixtureData.index(data, folder.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void aWordAskedDoesNotStandForAnotherWordOfItsExpression() {
    // "security" is a same-language synonym of "food" through the expression they make, as
    // «مخطط» is of «مبادرة»; yet a sentence that says "food" alone does not say "security".
    Question question =
        new QuestionParser(ANALYZERS).parse("What was said about food security?", glossary);
    StatementInfo statement = index.catalog().get(0);
    int first = index.firstSentence(statement.ordinal());
    int[] docs = {first, first + 1};
    assertTrue(index.text(docs[0]).startsWith("Prices of food"), index.text(docs[0]));
    Evidence evidence =
        new Evidence(
            index,
            question,
            docs,
            new StatementInfo[] {statement, statement},
            new String[] {"en", "en"},
            new Information(index, question, Tuning.DEFAULTS.untranslated()),
            java.util.Map.of());
    float[] coverage = evidence.coverage(0f, Tuning.DEFAULTS.speaker(), false);
    assertEquals(1f, coverage[1], 1e-6f);
    assertTrue(coverage[0] < 0.75f, "food alone covers " + coverage[0]);
  }

  @Test
  void countsTheConceptsThatWeighInTheSentencesLanguage() {
    StatementInfo statement = index.catalog().get(0);
    int first = index.firstSentence(statement.ordinal());
    assertEquals(1, concepts("What was said about grain?", first));
    assertEquals(3, concepts("What was said about grain, prices and the region?", first));
  }

  private static int concepts(String text, int doc) {
    Question question = new QuestionParser(ANALYZERS).parse(text, glossary);
    StatementInfo statement = index.catalog().get(0);
    Evidence evidence =
        new Evidence(
            index,
            question,
            new int[] {doc},
            new StatementInfo[] {statement},
            new String[] {"en"},
            new Information(index, question, Tuning.DEFAULTS.untranslated()),
            java.util.Map.of());
    return evidence.concepts(0, Tuning.DEFAULTS.speaker());
  }
}
