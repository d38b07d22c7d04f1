package org.balagh.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.balagh.bot.chat.Conversation;
import org.balagh.bot.chat.Incoming;
import org.balagh.bot.chat.Reply;
import org.balagh.bot.ops.Stats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives the updates the long-polling session fetched and hands each to the conversation on the
 * chat queues: one chat's updates in order, different chats at once. The library has already moved
 * its offset past them, so each is first written to the journal (before this returns, and so before
 * the next {@code getUpdates} confirms it to Telegram) and marked done once its replies are sent;
 * what a crash interrupts is replayed at the next start. An update the conversation fails on is
 * logged and counted, not retried. A "typing…" indicator goes out when an answer takes long.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateConsumer.class);

  private final UpdateReader reader;
  private final Conversation conversation;
  private final Outbox outbox;
  private final ChatQueues queues;
  private final ScheduledExecutorService timer;
  private final Duration typingAfter;
  private final Stats stats;
  private final UpdateJournal journal;

  UpdateConsumer(
      UpdateReader reader,
      Conversation conversation,
      Outbox outbox,
      ChatQueues queues,
      ScheduledExecutorService timer,
      Duration typingAfter,
      Stats stats,
      UpdateJournal journal) {
    this.reader = reader;
    this.conversation = conversation;
    this.outbox = outbox;
    this.queues = queues;
    this.timer = timer;
    this.typingAfter = typingAfter;
    this.stats = stats;
    this.journal = journal;
  }

  /**
   * Queues the updates a previous run accepted and did not finish, before polling starts, so that
   * each chat's replayed updates come before its new ones.
   */
  void replay() {
    List<Update> pending = journal.pending();
    if (!pending.isEmpty()) {
      LOG.info("event=replay updates={}", pending.size());
      dispatch(pending);
    }
  }

  /** Never throws: the library's polling task would end for good. */
  @Override
  public void consume(List<Update> updates) {
    dispatch(journal.accept(updates));
  }

  private void dispatch(List<Update> updates) {
    for (int i = 0; i < updates.size(); i++) {
      Update update = updates.get(i);
      try {
        if (!dispatch(update)) {
          LOG.info("event=stopping updates_left_pending={}", updates.size() - i);
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        LOG.info("event=interrupted updates_left_pending={}", updates.size() - i);
        return;
      } catch (RuntimeException e) {
        LOG.error("event=update_failed update={}", update.getUpdateId(), e);
        stats.error();
        journal.done(update.getUpdateId());
      }
    }
  }

  /** Reads and queues one update; false if the queues have closed and it stays pending. */
  private boolean dispatch(Update update) throws InterruptedException {
    Optional<Incoming> incoming;
    try {
      incoming = reader.read(update);
    } catch (RuntimeException e) {
      LOG.error("event=update_unreadable update={}", update.getUpdateId(), e);
      stats.error();
      journal.done(update.getUpdateId());
      return true;
    }
    if (incoming.isEmpty()) {
      LOG.debug("event=update_ignored update={}", update.getUpdateId());
      journal.done(update.getUpdateId());
      return true;
    }
    long key = UpdateReader.key(incoming.get());
    switch (queues.offer(key, () -> handle(update.getUpdateId(), incoming.get()))) {
      case QUEUED:
        return true;
      case CHAT_FULL:
        LOG.warn(
            "event=update_dropped update={} chat={} reason=chat_queue_full",
            update.getUpdateId(),
            key);
        stats.error();
        journal.done(update.getUpdateId());
        return true;
      default:
        return false;
    }
  }

  private void handle(int updateId, Incoming incoming) {
    long start = System.nanoTime();
    ScheduledFuture<?> typing = typing(incoming);
    List<Reply> replies;
    try {
      replies = conversation.reply(incoming);
    } catch (RuntimeException e) {
      LOG.error("event=update_failed update={}", updateId, e);
      stats.error();
      // Telegram shows a spinner on the button until the press is answered.
      replies =
          incoming instanceof Incoming.Press press
              ? List.of(new Reply.Toast(press.callbackId(), ""))
              : List.of();
    } finally {
      if (typing != null) {
        typing.cancel(false);
      }
    }
    boolean settled = true;
    for (Reply reply : replies) {
      settled &= outbox.deliver(reply);
    }
    if (settled && !Thread.currentThread().isInterrupted()) {
      journal.done(updateId);
    } else {
      LOG.warn("event=update_unsettled update={} action=replay_at_next_start", updateId);
    }
    LOG.info(
        "event=update update={} kind={} chat={} user={} replies={} latency_ms={}",
        updateId,
        incoming.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT),
        UpdateReader.key(incoming),
        incoming.sender().id(),
        replies.size(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Schedules "typing…" for a chat message whose answer is not back by then. */
  private ScheduledFuture<?> typing(Incoming incoming) {
    if (!(incoming instanceof Incoming.Text || incoming instanceof Incoming.Upload)) {
      return null;
    }
    long chat = UpdateReader.key(incoming);
    return timer.schedule(() -> outbox.typing(chat), typingAfter.toMillis(), TimeUnit.MILLISECONDS);
  }
}
