package org.balagh.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Tuning;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glossary expression of several words says its concept only whole: of "autonomy plan", whose
 * synonyms include "autonomy initiative" and "autonomy proposal", a sentence that says "plans" and
 * "proposed" says nothing of autonomy: it covers less of the question than one that names the plan.
 */
class GlossaryPhrasesTest {

  @TempDir static Path folder;
  @AutoClose private static Archive archive;

  @BeforeAll
  static void open() throws IOException {
    archive =
        FixtureData.archive(
            folder, Tuning.DEFAULTS.withMinConfidence(0f), GlossaryPhrasesTest::addData);
  }

  private static void addData(Path data) throws IOException {
    FixtureData.writeStatement(
        data,
        "kz-un-ukraine",
        "Statement by the President of Kazakhstan at the UN General Assembly",
        "2023-09-19",
        "KZ",
        "Kazakhstan commends all the efforts and plans proposed by different States and groups of"
            + " countries in support of a political settlement of the Ukrainian crisis.",
        "We propose to launch a just energy transition partnership.");
  }

  @Test
  void aSynonymsOtherWordsAloneDoNotSayThePhrase() {
    List<Answer> answers =
        archive.answer("What did Kazakhstan say about the autonomy plan?", 10).answers();
    Answer plans = find(answers, "kz-un-ukraine");
    Answer plan = find(answers, "morocco-kazakhstan-joint-communique.ar");
    assertTrue(plan.sentence().contains("الحكم الذاتي"), plan.sentence());
    assertEquals(1f, plan.signals().coverage(), plan.sentence());
    // "plans" says "plan"; nothing says "autonomy", the rarer of the two.
    assertTrue(plans.signals().coverage() < 0.75f, plans.signals().toString());
  }

  private static Answer find(List<Answer> answers, String statement) {
    return answers.stream()
        .filter(a -> a.statement().metadata().id().equals(statement))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answer from " + statement + ": " + answers));
  }
}
