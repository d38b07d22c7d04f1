package org.balagh.bot.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the bot has done since it started, counted in one place: questions, abstentions, answer
 * latency (over the most recent answers), feedback and errors. Thread-safe.
 */
public final class Stats {

  /** How many recent latencies the percentiles are taken over. */
  static final int WINDOW = 4096;

  /**
   * A consistent reading of the counters.
   *
   * @param p50Millis median answer latency over the recent window, 0 before any answer
   */
  public record Snapshot(
      Duration uptime,
      long questions,
      long abstentions,
      long inlineQueries,
      double p50Millis,
      double p99Millis,
      long up,
      long down,
      long errors) {

    /** The share of questions answered with "nothing found", from 0 to 1. */
    public double abstentionRate() {
      return questions == 0 ? 0 : abstentions / (double) questions;
    }
  }

  private final Clock clock;
  private final Instant started;
  private final long[] latencies = new long[WINDOW];
  private long questions;
  private long abstentions;
  private long inlineQueries;
  private long up;
  private long down;
  private long errors;

  public Stats(Clock clock) {
    this.clock = clock;
    this.started = clock.instant();
  }

  /** One question answered (or abstained on) in a chat, in {@code nanos}. */
  public synchronized void question(boolean abstained, long nanos) {
    latencies[(int) (questions % WINDOW)] = nanos;
    questions++;
    if (abstained) {
      abstentions++;
    }
  }

  public synchronized void inlineQuery() {
    inlineQueries++;
  }

  public synchronized void vote(boolean thumbsUp) {
    if (thumbsUp) {
      up++;
    } else {
      down++;
    }
  }

  /** Something failed: an update that could not be handled, a reply Telegram did not take. */
  public synchronized void error() {
    errors++;
  }

  public synchronized Snapshot snapshot() {
    long[] recent = Arrays.copyOf(latencies, (int) Math.min(questions, WINDOW));
    Arrays.sort(recent);
    return new Snapshot(
        Duration.between(started, clock.instant()),
        questions,
        abstentions,
        inlineQueries,
        percentile(recent, 0.50),
        percentile(recent, 0.99),
        up,
        down,
        errors);
  }

  /** Nearest-rank percentile, in milliseconds. */
  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
