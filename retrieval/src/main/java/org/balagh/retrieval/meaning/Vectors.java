package org.balagh.retrieval.meaning;

import java.nio.ByteBuffer;

/**
 * Unit vectors, and their storage as one signed byte a dimension with the vector's scale: a quarter
 * of the floats' size, cosines within about 0.01 of the exact ones.
 */
public final class Vectors {

  private Vectors() {}

  /** The vector scaled to length 1 (a zero vector stays zero). */
  public static float[] unit(float[] vector) {
    double sum = 0;
    for (float value : vector) {
      sum += value * value;
    }
    float[] unit = vector.clone();
    if (sum > 0) {
      float scale = (float) (1 / Math.sqrt(sum));
      for (int i = 0; i < unit.length; i++) {
        unit[i] *= scale;
      }
    }
    return unit;
  }

  /** The dot product: the cosine of two unit vectors. */
  public static float dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(a.length + " against " + b.length + " dimensions");
    }
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** The vector as its largest magnitude (a float) then one byte a dimension. */
  public static byte[] encode(float[] vector) {
    float max = 0;
    for (float value : vector) {
      max = Math.max(max, Math.abs(value));
    }
    ByteBuffer buffer = ByteBuffer.allocate(Float.BYTES + vector.length);
    buffer.putFloat(max);
    for (float value : vector) {
      buffer.put(max == 0 ? 0 : (byte) Math.round(value / max * 127));
    }
    return buffer.array();
  }

  /** The vector {@link #encode} wrote, from {@code length} bytes at {@code offset}. */
  public static float[] decode(byte[] bytes, int offset, int length) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    float scale = buffer.getFloat() / 127;
    float[] vector = new float[length - Float.BYTES];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = buffer.get() * scale;
    }
    return vector;
  }
}
