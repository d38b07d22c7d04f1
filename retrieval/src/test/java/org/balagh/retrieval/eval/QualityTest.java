package org.balagh.retrieval.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the figures the README reports: the dev questions over the bundled corpus, and ARCD test.
 * The same numbers come from {@code balagh eval}; this test fails when they drop.
 */
class QualityTest {

  private static final Path EVAL = Path.of("src/test/resources/eval");

  @TempDir static Path folder;
  private static Archive bundled;

  @BeforeAll
  static void openTheBundledCorpus() throws IOException {
    bundled = Archive.open(Path.of("../data"), folder.resolve("index"));
    bundled.reload();
  }

  @AfterAll
  static void close() throws IOException {
    bundled.close();
  }

  private static String wrong(Evaluation.Result result) {
    StringBuilder text = new StringBuilder();
    for (Evaluation.Outcome outcome : result.wrong()) {
      text.append('\n')
          .append(outcome.question().id())
          .append(' ')
          .append(outcome.question().text());
    }
    return text.toString();
  }

  @Test
  void answersEveryDevQuestionAndAbstainsOnTheOthers() throws IOException {
    List<EvalQuestion> questions = QuestionFiles.read(EVAL.resolve("dev-questions.jsonl"));
    Evaluation.Result result = Evaluation.run(bundled, questions);
    assertEquals(List.of(), result.wrong(), wrong(result));
  }

  @Test
  void reachesTheArcdTestTargets() throws IOException {
    SquadSet set = SquadSet.read(EVAL.resolve("arcd/arcd-test.json"), "ar");
    set.writeDataFolder(folder.resolve("arcd"));
    try (Archive archive = Archive.open(folder.resolve("arcd"), folder.resolve("arcd-index"))) {
      archive.reload();
      Evaluation.Result result = Evaluation.run(archive, set.questions());
      assertTrue(result.top1Rate() >= 0.68, "top-1 " + result.top1Rate());
      assertTrue(result.top5Rate() >= 0.90, "top-5 " + result.top5Rate());
    }
  }
}
