package org.balagh.bot.telegram;

import java.util.Random;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Runs a start-up step ({@code getMe}, {@code deleteWebhook}) until it works, since a Bot API that
 * is down, behind a failing proxy or slow to answer usually comes back: each failure is logged with
 * its reason and the attempt, told to whoever watches the start ({@code /readyz}), and followed by
 * a wait growing from half a second to five ({@link PollBackOff}'s). Only a {@link Fatal} failure,
 * one that waiting will not heal, ends it.
 */
final class StartupRetry {

  /** A start-up failure that retrying cannot heal, such as a token Telegram refuses. */
  static final class Fatal extends TelegramApiException {
    Fatal(String message) {
      super(message);
    }
  }

  /** One attempt of a step. */
  interface Step<T> {
    T attempt() throws TelegramApiException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(StartupRetry.class);

  private final Consumer<String> waiting;
  private final Redactor redactor;
  private final Random random;

  /** {@code waiting} hears why the start is not done yet, after each failed attempt. */
  StartupRetry(Consumer<String> waiting, Redactor redactor, Random random) {
    this.waiting = waiting;
    this.redactor = redactor;
    this.random = random;
  }

  /**
   * The step's result, once an attempt works. Throws the {@link Fatal} failure of an attempt, or a
   * {@link TelegramApiException} if interrupted while waiting (the interrupt is kept).
   */
  <T> T until(String step, Step<T> once) throws TelegramApiException {
    PollBackOff backOff = new PollBackOff(PollBackOff.FIRST, PollBackOff.MAX, random);
    for (int attempt = 1; ; attempt++) {
      try {
        return once.attempt();
      } catch (Fatal e) {
        throw e;
      } catch (TelegramApiException e) {
        long wait = backOff.nextBackOffMillis();
        String reason = step + ": " + redactor.describe(e);
        LOG.warn(
            "event=start_retry step={} attempt={} retry_in_ms={} reason=\"{}\"",
            step,
            attempt,
            wait,
            reason);
        waiting.accept(reason + " (attempt " + attempt + ", next in " + wait + " ms)");
        pause(wait, step);
      }
    }
  }

  /** Says why the start waits, without an attempt having failed (the first poll not yet back). */
  void waiting(String reason) {
    waiting.accept(redactor.redact(reason));
  }

  private static void pause(long millis, String step) throws TelegramApiException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelegramApiException("start-up interrupted while retrying " + step, e);
    }
  }
}
