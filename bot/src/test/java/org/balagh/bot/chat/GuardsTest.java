package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.balagh.bot.MutableClock;
import org.balagh.bot.ops.Stats;
import org.junit.jupiter.api.Test;

/** The small bounded stores behind the core: questions for More, votes, the flood guard. */
class GuardsTest {

  private final MutableClock clock = new MutableClock();

  @Test
  void storesQuestionsUnderShortTokensUntilTheyExpire() {
    QuestionStore store = new QuestionStore(clock, new Random(1), 10, Duration.ofHours(1));
    String token = store.put("What about wheat?");
    assertEquals(8, token.length());
    assertEquals(Optional.of("What about wheat?"), store.get(token));
    clock.advance(Duration.ofMinutes(61));
    assertEquals(Optional.empty(), store.get(token));
    assertEquals(Optional.empty(), store.get("nonsense"));
  }

  @Test
  void forgetsTheOldestQuestionsPastItsCapacity() {
    QuestionStore store = new QuestionStore(clock, new Random(1), 3, Duration.ofHours(1));
    String first = store.put("one");
    store.put("two");
    store.put("three");
    store.put("four");
    assertEquals(3, store.size());
    assertEquals(Optional.empty(), store.get(first));
  }

  @Test
  void countsAVoteOncePerUserAndAnswer() {
    Votes votes = new Votes(100);
    assertEquals(true, votes.first(1, "key", 3));
    assertEquals(false, votes.first(1, "key", 3));
    assertEquals(true, votes.first(2, "key", 3));
    assertEquals(true, votes.first(1, "key", 4));
  }

  @Test
  void warnsOnceThenDropsAFloodUntilTheBucketRefillsCountingEachWarning() {
    Stats stats = new Stats(clock);
    FloodGuard guard = new FloodGuard(clock, 3, Duration.ofSeconds(2), stats);
    for (int i = 0; i < 3; i++) {
      assertEquals(FloodGuard.Verdict.PASS, guard.check(7));
    }
    assertEquals(FloodGuard.Verdict.WARN, guard.check(7));
    assertEquals(FloodGuard.Verdict.DROP, guard.check(7));
    assertEquals(FloodGuard.Verdict.PASS, guard.check(8), "other users are not affected");
    clock.advance(Duration.ofSeconds(2));
    assertEquals(FloodGuard.Verdict.PASS, guard.check(7));
    assertNotEquals(FloodGuard.Verdict.PASS, guard.check(7));
    assertEquals(2, stats.snapshot().rateLimited());
  }
}
