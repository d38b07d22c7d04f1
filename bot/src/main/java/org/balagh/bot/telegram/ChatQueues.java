package org.balagh.bot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a fixed pool of named threads, one chat's tasks in order and different chats'
 * concurrently. A chat's next task is queued behind the others after each one, so a busy chat
 * cannot starve the rest; a slow or failing task holds up only its own chat. Bounded: past {@code
 * maxPending} tasks in all, or {@code maxPerChat} in one chat, submissions are refused.
 */
final class ChatQueues {

  private static final Logger LOG = LoggerFactory.getLogger(ChatQueues.class);

  private final ExecutorService pool;
  private final int maxPending;
  private final int maxPerChat;
  private final Map<Long, ArrayDeque<Runnable>> queues = new HashMap<>();
  private int pending;
  private boolean closed;

  ChatQueues(int threads, int maxPending, int maxPerChat, String name) {
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            Threads.named(name));
    this.maxPending = maxPending;
    this.maxPerChat = maxPerChat;
  }

  /** Queues a task behind the chat's earlier ones; false if closed or full. */
  synchronized boolean submit(long chat, Runnable task) {
    ArrayDeque<Runnable> queue = queues.get(chat);
    if (closed || pending >= maxPending || (queue != null && queue.size() >= maxPerChat)) {
      return false;
    }
    return add(chat, task);
  }

  /** What became of a task offered with {@link #offer}. */
  enum Offer {
    QUEUED,
    CHAT_FULL,
    CLOSED
  }

  /**
   * Queues a task, first waiting for room while all queues together are full (so that a caller
   * feeding them slows down rather than drops work); refused if its chat's queue is full or the
   * queues close.
   */
  synchronized Offer offer(long chat, Runnable task) throws InterruptedException {
    while (!closed && pending >= maxPending) {
      wait();
    }
    ArrayDeque<Runnable> queue = queues.get(chat);
    if (closed) {
      return Offer.CLOSED;
    }
    if (queue != null && queue.size() >= maxPerChat) {
      return Offer.CHAT_FULL;
    }
    add(chat, task);
    return Offer.QUEUED;
  }

  /** Must hold the lock. */
  private boolean add(long chat, Runnable task) {
    ArrayDeque<Runnable> queue = queues.get(chat);
    pending++;
    if (queue == null) {
      queue = new ArrayDeque<>();
      queues.put(chat, queue);
      queue.add(task);
      pool.execute(() -> drain(chat));
    } else {
      queue.add(task);
    }
    return true;
  }

  /** Runs the chat's oldest task, then requeues the chat if more are waiting. */
  private void drain(long chat) {
    Runnable task;
    synchronized (this) {
      task = queues.get(chat).peek();
    }
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.error("event=task_failed chat={}", chat, e);
    } finally {
      synchronized (this) {
        ArrayDeque<Runnable> queue = queues.get(chat);
        queue.poll();
        pending--;
        if (queue.isEmpty()) {
          queues.remove(chat);
        } else {
          pool.execute(() -> drain(chat));
        }
        notifyAll();
      }
    }
  }

  synchronized int pending() {
    return pending;
  }

  /**
   * Refuses new tasks, waits up to {@code timeout} for those queued and running, then stops the
   * threads (interrupting any still busy). True if everything finished in time.
   */
  boolean close(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean drained;
    synchronized (this) {
      closed = true;
      notifyAll();
      long left;
      while (pending > 0 && (left = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      drained = pending == 0;
    }
    pool.shutdownNow();
    pool.awaitTermination(1, TimeUnit.SECONDS);
    return drained;
  }
}
