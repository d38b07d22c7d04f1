package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.balagh.bot.MutableClock;
import org.junit.jupiter.api.Test;

class PacerTest {

  private final MutableClock clock = new MutableClock();
  private final Pacer pacer = new Pacer(clock, Pacer.Pacing.TELEGRAM);

  private long delay(long chat) {
    return pacer.reserve(chat).toMillis();
  }

  @Test
  void spacesMessagesToOnePrivateChatASecondApart() {
    assertEquals(0, delay(5));
    assertEquals(1000, delay(5));
    assertEquals(2000, delay(5));
    clock.advance(Duration.ofSeconds(10));
    assertEquals(0, delay(5));
  }

  @Test
  void spacesMessagesToAGroupThreeSecondsApartForTwentyAMinute() {
    assertEquals(0, delay(-100));
    assertEquals(3000, delay(-100));
  }

  @Test
  void keepsToTwentyFiveMessagesASecondOverall() {
    long last = 0;
    for (long chat = 1; chat <= 60; chat++) {
      last = delay(chat);
    }
    assertEquals(59 * 40, last, "sixty chats at once take 2.4 seconds");
  }

  @Test
  void doesNotDelayOneChatBecauseAnotherIsWaiting() {
    delay(5);
    delay(5);
    assertEquals(80, delay(6), "only the overall spacing, not chat 5's second");
  }

  @Test
  void doesNotPaceWhenToldNotTo() {
    Pacer none = new Pacer(clock, Pacer.Pacing.NONE);
    for (int i = 0; i < 10; i++) {
      assertEquals(Duration.ZERO, none.reserve(5));
    }
  }
}
