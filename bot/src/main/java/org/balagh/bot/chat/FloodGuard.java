package org.balagh.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.balagh.bot.ops.Stats;

/**
 * Per-user token buckets: {@code burst} messages at once, then one per {@code interval}. The first
 * message over the limit gets a polite word; the rest of the flood is dropped silently until the
 * bucket refills; each such warning is counted in {@link Stats}. Remembers a bounded number of
 * users. Thread-safe.
 */
final class FloodGuard {

  /** What to do with one message. */
  enum Verdict {
    PASS,
    WARN,
    DROP
  }

  private static final int USERS = 10_000;

  private static final class Bucket {
    double tokens;
    long updatedMillis;
    boolean warned;
  }

  private final Clock clock;
  private final int burst;
  private final long intervalMillis;
  private final Stats stats;
  private final Map<Long, Bucket> buckets =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
          return size() > USERS;
        }
      };

  FloodGuard(Clock clock, int burst, Duration interval, Stats stats) {
    if (burst < 1 || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("burst must be positive and interval longer than zero");
    }
    this.clock = clock;
    this.burst = burst;
    this.intervalMillis = interval.toMillis();
    this.stats = stats;
  }

  synchronized Verdict check(long user) {
    long now = clock.millis();
    Bucket bucket = buckets.get(user);
    if (bucket == null) {
      bucket = new Bucket();
      bucket.tokens = burst;
      bucket.updatedMillis = now;
      buckets.put(user, bucket);
    }
    double refill = (now - bucket.updatedMillis) / (double) intervalMillis;
    bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, refill));
    bucket.updatedMillis = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return Verdict.PASS;
    }
    if (bucket.warned) {
      return Verdict.DROP;
    }
    bucket.warned = true;
    stats.rateLimited();
    return Verdict.WARN;
  }
}
