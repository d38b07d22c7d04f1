package org.balagh.bot.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.balagh.retrieval.model.ReloadReport;

/**
 * What the bot has done since it started, counted in one place: questions, abstentions, answer
 * latency (percentiles over the most recent answers, buckets since start), feedback, errors,
 * reloads, Telegram API errors and rate-limited users. {@code /stats} and {@code /metrics} both
 * read it. Thread-safe.
 */
public final class Stats {

  /** How many recent latencies the percentiles are taken over. */
  static final int WINDOW = 4096;

  /** The code {@link #telegramError} counts a Bot API call under when no HTTP answer came. */
  public static final int NO_RESPONSE = 0;

  /** How a load of the archive ended. */
  public enum ReloadOutcome {
    /** The data folder changed, or no index matched it: a new index was built. */
    REBUILT,
    /** The index in use, or one on disk, matched the data folder and was kept. */
    UNCHANGED,
    /** Nothing could be loaded, or reading failed; the index in use stays. */
    FAILED
  }

  /**
   * Answer latencies since start, by bucket.
   *
   * @param upperBounds bucket bounds in seconds, ascending
   * @param counts answers per bucket, not cumulative; one more than the bounds, the last counting
   *     answers slower than every bound
   * @param sumSeconds all the latencies added up
   */
  public record Histogram(List<Double> upperBounds, List<Long> counts, double sumSeconds) {
    public Histogram {
      upperBounds = List.copyOf(upperBounds);
      counts = List.copyOf(counts);
      if (counts.size() != upperBounds.size() + 1) {
        throw new IllegalArgumentException("one count per bound, and one over them all");
      }
    }

    public long count() {
      return counts.stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * A consistent reading of the counters.
   *
   * @param p50Millis median answer latency over the recent window, 0 before any answer
   * @param latency every answer's latency since start, by bucket
   * @param reloads loads of the archive (the one at start included) by outcome
   * @param statements statements in the index, as of the last successful load
   * @param sentences sentences in the index, as of the last successful load
   * @param telegramErrors Bot API calls answered with an error, by HTTP status ({@link
   *     #NO_RESPONSE} when none came)
   * @param rateLimited times a user went over the rate limit and was asked to slow down
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
      long errors,
      Histogram latency,
      Map<ReloadOutcome, Long> reloads,
      int statements,
      int sentences,
      Map<Integer, Long> telegramErrors,
      long rateLimited) {

    public Snapshot {
      reloads = Map.copyOf(reloads);
      telegramErrors = Map.copyOf(telegramErrors);
    }

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
  private final LatencyBuckets buckets = new LatencyBuckets();
  private final Map<ReloadOutcome, Long> reloads = new EnumMap<>(ReloadOutcome.class);
  private int statements;
  private int sentences;
  private final Map<Integer, Long> telegramErrors = new TreeMap<>();
  private long rateLimited;

  public Stats(Clock clock) {
    this.clock = clock;
    this.started = clock.instant();
  }

  /** One question answered (or abstained on) in a chat, in {@code nanos}. */
  public synchronized void question(boolean abstained, long nanos) {
    latencies[(int) (questions % WINDOW)] = nanos;
    buckets.add(nanos);
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

  /** The archive was loaded or reloaded: counted by outcome, its size remembered. */
  public synchronized void reloaded(ReloadReport report) {
    reloads.merge(
        report.rebuilt() ? ReloadOutcome.REBUILT : ReloadOutcome.UNCHANGED, 1L, Long::sum);
    statements = report.statements();
    sentences = report.sentences();
  }

  /** A reload failed; the index in use, and its size, stay. */
  public synchronized void reloadFailed() {
    reloads.merge(ReloadOutcome.FAILED, 1L, Long::sum);
  }

  /** The Bot API answered a call with HTTP status {@code code}, or not at all ({@code 0}). */
  public synchronized void telegramError(int code) {
    telegramErrors.merge(code, 1L, Long::sum);
  }

  /** A user went over the rate limit and was asked to slow down. */
  public synchronized void rateLimited() {
    rateLimited++;
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
        errors,
        buckets.read(),
        reloads,
        statements,
        sentences,
        telegramErrors,
        rateLimited);
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
