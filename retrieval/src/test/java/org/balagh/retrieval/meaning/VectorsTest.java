package org.balagh.retrieval.meaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorsTest {

  @Test
  void aStoredVectorGivesNearlyTheSameCosines() {
    Random random = new Random(7);
    for (int trial = 0; trial < 100; trial++) {
      float[] a = Vectors.unit(gaussian(random, 384));
      float[] b = Vectors.unit(gaussian(random, 384));
      byte[] stored = Vectors.encode(a);
      assertEquals(4 + 384, stored.length);
      float[] read = Vectors.decode(stored, 0, stored.length);
      assertEquals(Vectors.dot(a, b), Vectors.dot(read, b), 0.01f);
      assertEquals(1f, Vectors.dot(read, a), 0.01f);
    }
  }

  @Test
  void aZeroVectorStaysZero() {
    float[] zero = new float[3];
    assertArrayEquals(zero, Vectors.unit(zero));
    assertArrayEquals(zero, Vectors.decode(Vectors.encode(zero), 0, 7));
  }

  @Test
  void unitVectorsHaveLengthOne() {
    assertEquals(
        1f, Vectors.dot(Vectors.unit(new float[] {3, 4}), Vectors.unit(new float[] {3, 4})), 1e-6f);
    assertArrayEquals(new float[] {0.6f, 0.8f}, Vectors.unit(new float[] {3, 4}), 1e-6f);
  }

  private static float[] gaussian(Random random, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }
}
