package org.balagh.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.balagh.bot.MutableClock;
import org.junit.jupiter.api.Test;

class StatsTest {

  private final MutableClock clock = new MutableClock();
  private final Stats stats = new Stats(clock);

  @Test
  void startsAtZero() {
    Stats.Snapshot s = stats.snapshot();
    assertEquals(0, s.questions());
    assertEquals(0, s.abstentionRate());
    assertEquals(0, s.p50Millis());
    assertEquals(Duration.ZERO, s.uptime());
  }

  @Test
  void countsQuestionsAbstentionsVotesAndErrors() {
    stats.question(false, 1_000_000);
    stats.question(true, 1_000_000);
    stats.question(false, 1_000_000);
    stats.question(true, 1_000_000);
    stats.vote(true);
    stats.vote(true);
    stats.vote(false);
    stats.inlineQuery();
    stats.error();
    clock.advance(Duration.ofMinutes(5));
    Stats.Snapshot s = stats.snapshot();
    assertEquals(4, s.questions());
    assertEquals(2, s.abstentions());
    assertEquals(0.5, s.abstentionRate());
    assertEquals(2, s.up());
    assertEquals(1, s.down());
    assertEquals(1, s.inlineQueries());
    assertEquals(1, s.errors());
    assertEquals(Duration.ofMinutes(5), s.uptime());
  }

  @Test
  void takesNearestRankPercentilesOfLatency() {
    for (int ms = 1; ms <= 100; ms++) {
      stats.question(false, ms * 1_000_000L);
    }
    assertEquals(50.0, stats.snapshot().p50Millis());
    assertEquals(99.0, stats.snapshot().p99Millis());
  }

  @Test
  void keepsLatencyOverTheMostRecentAnswersOnly() {
    for (int i = 0; i < Stats.WINDOW; i++) {
      stats.question(false, 500_000_000L);
    }
    for (int i = 0; i < Stats.WINDOW; i++) {
      stats.question(false, 2_000_000L);
    }
    assertEquals(2.0, stats.snapshot().p99Millis());
    assertEquals(2L * Stats.WINDOW, stats.snapshot().questions());
  }

  @Test
  void countsEveryLatencyInItsBucketSinceStart() {
    stats.question(false, 400_000); // 0.4 ms
    stats.question(false, 500_000); // on the 0.5 ms bound: in that bucket
    stats.question(false, 3_000_000);
    stats.question(true, 2_000_000_000L); // beyond every bound
    Stats.Histogram latency = stats.snapshot().latency();
    assertEquals(LatencyBuckets.BOUNDS, latency.upperBounds());
    assertEquals(List.of(2L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L), latency.counts());
    assertEquals(4, latency.count());
    assertEquals(2.0039, latency.sumSeconds(), 1e-9);
  }

  @Test
  void countsTelegramErrorsByCodeAndRateLimitedUsers() {
    stats.telegramError(429);
    stats.telegramError(502);
    stats.telegramError(429);
    stats.telegramError(Stats.NO_RESPONSE);
    stats.rateLimited();
    Stats.Snapshot s = stats.snapshot();
    assertEquals(Map.of(429, 2L, 502, 1L, 0, 1L), s.telegramErrors());
    assertEquals(1, s.rateLimited());
    assertEquals(0, s.errors(), "counted apart from the bot's own errors");
  }
}
