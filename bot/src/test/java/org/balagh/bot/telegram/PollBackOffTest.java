package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PollBackOffTest {

  @Test
  void growsByHalfFromHalfASecondAndNeverWaitsMoreThanFiveSecondsAndAQuarter() {
    PollBackOff backOff =
        new PollBackOff(Duration.ofMillis(500), Duration.ofSeconds(5), new Random(3));
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      waits.add(backOff.nextBackOffMillis());
    }
    assertTrue(waits.get(0) >= 375 && waits.get(0) <= 625, waits.toString());
    assertTrue(waits.get(1) >= 562 && waits.get(1) <= 938, waits.toString());
    assertTrue(waits.stream().allMatch(w -> w <= 6_250), "capped");
    assertTrue(waits.subList(900, 1_000).stream().allMatch(w -> w >= 3_750), "not shrinking");
  }

  @Test
  void startsOverAfterASuccess() {
    PollBackOff backOff =
        new PollBackOff(Duration.ofMillis(400), Duration.ofSeconds(5), new Random(1));
    for (int i = 0; i < 20; i++) {
      backOff.nextBackOffMillis();
    }
    backOff.reset();
    long wait = backOff.nextBackOffMillis();
    assertTrue(wait >= 300 && wait <= 500, String.valueOf(wait));
  }
}
