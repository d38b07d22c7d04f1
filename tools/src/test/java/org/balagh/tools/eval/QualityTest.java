package org.balagh.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.balagh.retrieval.model.ConfidenceModel;
import org.balagh.retrieval.model.Tuning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the figures the README reports: every set of {@code suite.json} (the dev sets over the
 * bundled corpus, the briefings, XQuAD both ways, ARCD) at its expected values, as {@code balagh
 * eval --suite} prints them; fails when one drops.
 */
class QualityTest {

  private static final Path EVAL = Path.of("src/test/resources/eval");

  @TempDir Path work;

  @Test
  void reachesEveryExpectedFigureOfTheSuite() throws IOException {
    Suite suite = Suite.read(EVAL.resolve("suite.json"));
    List<Suite.SetRun> runs = suite.run(Path.of("../data"), work, Tuning.DEFAULTS, List.of());
    ConfidenceModel model = Tuning.DEFAULTS.confidence();
    List<String> below = new ArrayList<>();
    for (Suite.SetRun run : runs) {
      for (String figure : SetScore.of(run.outcomes(), model).against(run.spec().expect())) {
        if (figure.endsWith("BELOW")) {
          below.add(run.spec().name() + ": " + figure);
        }
      }
    }
    for (Suite.Group group : suite.groups()) {
      SetScore pooled = SetScore.NONE;
      for (Suite.SetRun run : runs) {
        if (group.sets().contains(run.spec().name())) {
          pooled = pooled.plus(SetScore.of(run.outcomes(), model));
        }
      }
      for (String figure : pooled.against(group.expect())) {
        if (figure.endsWith("BELOW")) {
          below.add(group.name() + ": " + figure);
        }
      }
    }
    assertEquals(List.of(), below);
  }
}
