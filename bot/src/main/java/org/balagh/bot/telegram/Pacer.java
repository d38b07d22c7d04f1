package org.balagh.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces outgoing messages within Telegram's limits: about one a second in a chat, twenty a minute
 * in a group, thirty a second overall. Each send reserves the next free slot and is told how long
 * to wait for it. Group chats are recognised by their negative ids. Thread-safe.
 */
final class Pacer {

  /**
   * Minimum spacing between messages: in one private chat, in one group, and overall. Overall 40 ms
   * (25 a second) rather than 34: a send that leaves late (a pause, a busy core) bunches with the
   * next ones, and at 34 ms a load test saw 31 arrive within one second; 40 ms leaves room for 160
   * ms of such delay within Telegram's 30 a second.
   */
  record Pacing(Duration perChat, Duration perGroup, Duration overall) {
    static final Pacing TELEGRAM =
        new Pacing(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(40));
    static final Pacing NONE = new Pacing(Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  private static final int CHATS = 10_000;

  private final Clock clock;
  private final Pacing pacing;
  private final Map<Long, Long> nextByChat = new HashMap<>();
  private long nextOverall;

  Pacer(Clock clock, Pacing pacing) {
    this.clock = clock;
    this.pacing = pacing;
  }

  /** Reserves a slot for one message to a chat and returns how long to wait for it. */
  synchronized Duration reserve(long chatId) {
    long now = clock.millis();
    long slot = Math.max(now, nextOverall);
    nextOverall = slot + pacing.overall().toMillis();
    long at = Math.max(slot, nextByChat.getOrDefault(chatId, 0L));
    Duration spacing = chatId < 0 ? pacing.perGroup() : pacing.perChat();
    nextByChat.put(chatId, at + spacing.toMillis());
    if (nextByChat.size() > CHATS) {
      nextByChat.values().removeIf(next -> next <= now);
    }
    return Duration.ofMillis(at - now);
  }
}
