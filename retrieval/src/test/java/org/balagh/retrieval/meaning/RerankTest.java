package org.balagh.retrieval.meaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RerankTest {

  @Test
  void theCloserInMeaningOvertakesANearlyEqualScore() {
    float[] scores = {10f, 9.5f, 4f};
    float[] cosines = {0.80f, 0.90f, 0.81f};
    float[] blended = Rerank.blend(scores, cosines, 1f);
    assertTrue(blended[1] > blended[0], "the second is much closer in meaning");
    assertTrue(blended[0] > blended[2], "a far lower score is not overtaken");
  }

  @Test
  void scoresKeepTheirMeanAndSpread() {
    float[] scores = {10f, 8f, 3f, 1f};
    float[] blended = Rerank.blend(scores, new float[] {0.9f, 0.7f, 0.8f, 0.75f}, 1f);
    assertEquals(mean(scores), mean(blended), 1e-4f);
    // Two standardised values summed and halved: the spread can only shrink.
    assertTrue(spread(blended) <= spread(scores) + 1e-4f);
  }

  @Test
  void cosinesThatDoNotVaryChangeNothing() {
    float[] scores = {3f, 2f, 1f};
    assertArrayEquals(scores, Rerank.blend(scores, new float[] {0.8f, 0.8f, 0.8f}, 1f));
    assertArrayEquals(new float[] {3f}, Rerank.blend(new float[] {3f}, new float[] {0.1f}, 1f));
  }

  @Test
  void weightZeroKeepsTheLexicalScores() {
    float[] scores = {3f, 2f, 1f};
    assertArrayEquals(scores, Rerank.blend(scores, new float[] {0.1f, 0.9f, 0.5f}, 0f), 1e-5f);
  }

  @Test
  void oneCosineAScore() {
    assertThrows(
        IllegalArgumentException.class, () -> Rerank.blend(new float[2], new float[3], 1f));
  }

  private static float mean(float[] values) {
    float sum = 0;
    for (float v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static float spread(float[] values) {
    float m = mean(values);
    float sum = 0;
    for (float v : values) {
      sum += (v - m) * (v - m);
    }
    return (float) Math.sqrt(sum / values.length);
  }
}
