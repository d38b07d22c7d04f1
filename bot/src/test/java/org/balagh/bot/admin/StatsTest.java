package org.balagh.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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
}
