package org.balagh.bot.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads: the names show in thread dumps, and being daemons they can never keep the
 * JVM alive after shutdown (each pool is still closed explicitly).
 */
final class Threads {

  private Threads() {}

  static ThreadFactory named(String prefix) {
    AtomicInteger next = new AtomicInteger(1);
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + next.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }
}
