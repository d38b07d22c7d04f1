package org.balagh.bot.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * Answer latencies counted since start in fixed buckets, the shape a Prometheus histogram takes.
 * Not thread-safe: {@link Stats} guards it.
 */
final class LatencyBuckets {

  /**
   * Upper bounds, in seconds. An answer from a warm index takes a few milliseconds; the buckets
   * resolve that range finely and still show the slow tail up to a second.
   */
  static final List<Double> BOUNDS =
      List.of(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0);

  /** Per bucket, not cumulative; the last one counts what exceeds every bound. */
  private final long[] counts = new long[BOUNDS.size() + 1];

  private long sumNanos;

  void add(long nanos) {
    double seconds = nanos / 1e9;
    int bucket = 0;
    while (bucket < BOUNDS.size() && seconds > BOUNDS.get(bucket)) {
      bucket++;
    }
    counts[bucket]++;
    sumNanos += nanos;
  }

  Stats.Histogram read() {
    List<Long> copy = new ArrayList<>(counts.length);
    for (long count : counts) {
      copy.add(count);
    }
    return new Stats.Histogram(BOUNDS, copy, sumNanos / 1e9);
  }
}
