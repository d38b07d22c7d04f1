package org.balagh.bot.telegram;

import java.time.Duration;
import java.util.Random;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The wait between failed {@code getUpdates} calls: from {@code first}, half as long again after
 * each failure, never more than {@code max}, each wait jittered by up to a quarter either way. The
 * library's own back-off grows to a minute and, after fifteen minutes of failures, waits fifteen
 * minutes a time; capped here, the bot is polling again within seconds of Telegram coming back.
 */
final class PollBackOff implements BackOff {

  static final Duration FIRST = Duration.ofMillis(500);
  static final Duration MAX = Duration.ofSeconds(5);

  private final Duration first;
  private final Duration max;
  private final Random random;
  private long next;

  PollBackOff(Duration first, Duration max, Random random) {
    this.first = first;
    this.max = max;
    this.random = random;
    reset();
  }

  @Override
  public synchronized void reset() {
    next = first.toMillis();
  }

  @Override
  public synchronized long nextBackOffMillis() {
    long wait = next;
    next = Math.min(max.toMillis(), next + next / 2);
    long jitter = wait / 4;
    return jitter == 0 ? wait : wait - jitter + (long) (random.nextDouble() * 2 * jitter);
  }
}
