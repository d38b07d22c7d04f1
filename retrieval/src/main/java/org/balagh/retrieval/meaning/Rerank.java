package org.balagh.retrieval.meaning;

/**
 * Blends each candidate's lexical score with its closeness in meaning to the question. Both are
 * standardised over the candidates (so the cosine's narrow band and the scores' spread weigh
 * alike), summed with the cosine's weight, and mapped back onto the scores' own scale: the same
 * mean and spread, so that a score still reads as it did (margins, confidence). The weight and how
 * many candidates are re-ranked are {@code Tuning.meaning} and {@code Tuning.meaningDepth}: equal
 * weight over the best 20, chosen on the project's English sets and XQuAD's English half together
 * (docs/ranking.md).
 */
public final class Rerank {

  private Rerank() {}

  /** The blended scores; the scores themselves when they or the cosines do not vary. */
  public static float[] blend(float[] scores, float[] cosines, float weight) {
    if (scores.length != cosines.length) {
      throw new IllegalArgumentException("one cosine a score");
    }
    float[] blended = scores.clone();
    if (scores.length < 2) {
      return blended;
    }
    double[] score = stats(scores);
    double[] cosine = stats(cosines);
    if (score[1] == 0 || cosine[1] == 0) {
      return blended;
    }
    for (int i = 0; i < scores.length; i++) {
      double z = (scores[i] - score[0]) / score[1] + weight * (cosines[i] - cosine[0]) / cosine[1];
      blended[i] = (float) (score[0] + score[1] * z / (1 + weight));
    }
    return blended;
  }

  /** Mean and standard deviation. */
  private static double[] stats(float[] values) {
    double mean = 0;
    for (float value : values) {
      mean += value;
    }
    mean /= values.length;
    double variance = 0;
    for (float value : values) {
      variance += (value - mean) * (value - mean);
    }
    return new double[] {mean, Math.sqrt(variance / values.length)};
  }
}
