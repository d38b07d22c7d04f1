package org.balagh.retrieval.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped confidence model: its file, and what it makes of the evidence an answer shows. */
class ConfidenceModelTest {

  private static final ConfidenceModel SHIPPED = ConfidenceModel.load();

  @Test
  void readsBackWhatItWrites() {
    ConfidenceModel again = ConfidenceModel.parse(List.of(SHIPPED.format().split("\n")));
    assertArrayEquals(SHIPPED.weights(), again.weights());
    assertEquals(SHIPPED.thresholds(), again.thresholds());
  }

  @Test
  void namesTheWeightAFileLacks() {
    List<String> lines =
        SHIPPED.format().lines().filter(line -> !line.startsWith("log-covered")).toList();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConfidenceModel.parse(lines));
    assertTrue(e.getMessage().contains("log-covered"), e.getMessage());
  }

  @Test
  void theSameShareOfALongerQuestionIsMoreEvidence() {
    // Half of a two-concept question is one word met; half of an eight-concept one is four.
    float shortQuestion = SHIPPED.probability(signals(0.5f, 1f));
    float longQuestion = SHIPPED.probability(signals(0.5f, 4f));
    assertTrue(longQuestion > shortQuestion, longQuestion + " <= " + shortQuestion);
  }

  @Test
  void readsTheConceptsCoveredOnALogScale() {
    float[] x = ConfidenceModel.features(signals(0.5f, 4f));
    assertEquals(ConfidenceModel.FEATURES.size() + 1, x.length);
    assertEquals(
        (float) Math.log1p(4), x[1 + ConfidenceModel.FEATURES.indexOf("log-covered")], 1e-6f);
  }

  private static Signals signals(float coverage, float covered) {
    return new Signals(coverage, covered, 0.4f, 0.3f, 0f, false, false, true, false, "en");
  }
}
