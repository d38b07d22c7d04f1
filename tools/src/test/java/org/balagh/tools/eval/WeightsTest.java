package org.balagh.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.balagh.retrieval.model.Tuning;
import org.junit.jupiter.api.Test;

class WeightsTest {

  private static final Tuning DEFAULTS = Tuning.DEFAULTS;

  private static Tuning apply(String... pairs) {
    Map<String, String> weights = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      weights.put(pairs[i], pairs[i + 1]);
    }
    return Weights.apply(DEFAULTS, weights);
  }

  @Test
  void setsTheNamedWeightsAndNothingElse() {
    Tuning changed = apply("around", "0.25", "candidates", "50", "bm25.sentenceK1", "1.2");
    assertEquals(0.25f, changed.around());
    assertEquals(50, changed.candidates());
    assertEquals(1.2f, changed.bm25().sentenceK1());
    assertEquals(DEFAULTS.bm25().sentenceB(), changed.bm25().sentenceB());
    assertEquals(
        DEFAULTS,
        apply(
            "around",
            Float.toString(DEFAULTS.around()),
            "candidates",
            Integer.toString(DEFAULTS.candidates()),
            "bm25.sentenceK1",
            Float.toString(DEFAULTS.bm25().sentenceK1())));
  }

  @Test
  void refusesWhatItCannotSet() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> apply("nonsense", "1"))
            .getMessage()
            .contains("the weights: title, sentenceCountry"));
    assertThrows(IllegalArgumentException.class, () -> apply("confidence", "1"));
    assertThrows(IllegalArgumentException.class, () -> apply("bm25.k9", "1"));
    assertEquals(
        "candidates takes a whole number, not '1.5'",
        assertThrows(IllegalArgumentException.class, () -> apply("candidates", "1.5"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> apply("around", "NaN"));
    assertThrows(IllegalArgumentException.class, () -> apply("around", "much"));
  }
}
