package org.balagh.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.balagh.bot.admin.Stats;
import org.balagh.bot.chat.Conversation;
import org.balagh.bot.chat.Incoming;
import org.balagh.bot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives the updates the long-polling session fetched and hands each to the conversation on the
 * chat queues: one chat's updates in order, different chats at once. The library has already moved
 * its offset past them, so an update that fails is logged and counted, never retried. A "typing…"
 * indicator goes out when an answer takes long.
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

  UpdateConsumer(
      UpdateReader reader,
      Conversation conversation,
      Outbox outbox,
      ChatQueues queues,
      ScheduledExecutorService timer,
      Duration typingAfter,
      Stats stats) {
    this.reader = reader;
    this.conversation = conversation;
    this.outbox = outbox;
    this.queues = queues;
    this.timer = timer;
    this.typingAfter = typingAfter;
    this.stats = stats;
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      Optional<Incoming> incoming;
      try {
        incoming = reader.read(update);
      } catch (RuntimeException e) {
        LOG.error("event=update_unreadable update={}", update.getUpdateId(), e);
        stats.error();
        continue;
      }
      if (incoming.isEmpty()) {
        LOG.debug("event=update_ignored update={}", update.getUpdateId());
        continue;
      }
      long key = UpdateReader.key(incoming.get());
      if (!queues.submit(key, () -> handle(update.getUpdateId(), incoming.get()))) {
        LOG.warn(
            "event=update_dropped update={} chat={} reason=busy_or_stopping",
            update.getUpdateId(),
            key);
        stats.error();
      }
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
    for (Reply reply : replies) {
      outbox.deliver(reply);
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
