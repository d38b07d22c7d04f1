package org.balagh.bot.ops;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Whether the bot can serve, for {@code /readyz}: the index is open and the Telegram session is
 * polling. Main reports each as it comes; the answer is read afresh at each request, so it turns
 * false again when polling fails or the bot stops. Thread-safe.
 */
public final class Readiness {

  /**
   * One reading.
   *
   * @param index the index is open and answering
   * @param telegram the long-polling session runs and its latest poll worked
   */
  record Status(boolean index, boolean telegram) {
    boolean ready() {
      return index && telegram;
    }

    /** One line, key=value, as the logs have it. */
    String describe() {
      return (ready() ? "ready" : "not_ready")
          + " index="
          + (index ? "open" : "loading")
          + " telegram="
          + (telegram ? "polling" : "not_polling");
    }
  }

  private volatile boolean index;
  private volatile BooleanSupplier telegram = () -> false;

  /** The index is open: the first load of the archive has finished. */
  public void indexOpen() {
    index = true;
  }

  /** Where to ask whether the Telegram session is polling, once it has started. */
  public void telegram(BooleanSupplier polling) {
    telegram = Objects.requireNonNull(polling);
  }

  Status check() {
    return new Status(index, telegram.getAsBoolean());
  }
}
