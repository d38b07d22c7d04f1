package org.balagh.bot.telegram;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.balagh.bot.chat.Keyboard;
import org.balagh.bot.chat.Reply;
import org.balagh.bot.ops.Stats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends replies through the Bot API client. The library never retries, so this does: messages are
 * paced within Telegram's limits, a 429 waits its {@code retry_after}, server and network errors
 * back off exponentially; other refusals are logged and counted. An answer that says the call
 * worked but cannot be read counts as sent, never as a reason to send again. An edit that would not
 * change a message is skipped, as Telegram would refuse it.
 */
final class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
  private static final int REMEMBERED = 10_000;

  /**
   * How hard to try.
   *
   * @param attempts tries per reply, the first included
   * @param firstBackoff the wait after the first failure, doubled after each further one
   * @param maxRetryAfter a 429 asking to wait longer than this is given up on
   */
  record Retry(int attempts, Duration firstBackoff, Duration maxRetryAfter) {
    static final Retry DEFAULT = new Retry(5, Duration.ofMillis(500), Duration.ofSeconds(60));
  }

  /** What one of the bot's messages shows, to skip edits that change nothing. */
  private record Shown(String html, Keyboard keyboard) {}

  private final TelegramClient client;
  private final Pacer pacer;
  private final Retry retry;
  private final Stats stats;
  private final Redactor redactor;
  private final Map<String, Shown> shown =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shown> eldest) {
          return size() > REMEMBERED;
        }
      };

  Outbox(TelegramClient client, Pacer pacer, Retry retry, Stats stats, Redactor redactor) {
    this.client = client;
    this.pacer = pacer;
    this.retry = retry;
    this.stats = stats;
    this.redactor = redactor;
  }

  /**
   * Sends one reply, retrying as needed; never throws. True when it is settled: Telegram took it,
   * or refused it for good (a 4xx); false when it gave up on a passing fault (server or network
   * errors past the last attempt, a {@code retry_after} too long) or was interrupted, so it may be
   * tried again later.
   */
  boolean deliver(Reply reply) {
    if (reply instanceof Reply.Edit edit && unchanged(edit)) {
      LOG.debug("event=edit_skipped chat={} message={}", edit.chatId(), edit.messageId());
      return true;
    }
    BotApiMethod<?> method = Methods.of(reply);
    Duration backoff = retry.firstBackoff();
    try {
      for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
        pace(reply);
        try {
          remember(reply, client.execute(method));
          return true;
        } catch (TelegramApiRequestException e) {
          int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
          String description = String.valueOf(e.getApiResponse());
          if (tookEffect(e)) {
            LOG.warn(
                "event=send_result_unreadable method={} reason=\"{}\"",
                method.getMethod(),
                redactor.describe(e));
            return true;
          }
          if (code == 429) {
            Duration wait = retryAfter(e);
            LOG.warn(
                "event=telegram_429 method={} retry_after_s={}",
                method.getMethod(),
                wait.toSeconds());
            if (wait.compareTo(retry.maxRetryAfter()) > 0) {
              LOG.error(
                  "event=send_gave_up method={} reason=retry_after_too_long", method.getMethod());
              stats.error();
              return false;
            }
            Thread.sleep(wait.toMillis());
            continue;
          }
          if (code == 400 && description.contains("message is not modified")) {
            remember(reply, null);
            return true;
          }
          if (code > 0 && code < 500) {
            LOG.warn(
                "event=send_refused method={} code={} description=\"{}\"",
                method.getMethod(),
                code,
                redactor.redact(description));
            stats.error();
            return true;
          }
          backoff = backOff(method, attempt, backoff, e);
        } catch (TelegramApiValidationException e) {
          LOG.error(
              "event=send_invalid method={} reason=\"{}\"", method.getMethod(), e.getMessage());
          stats.error();
          return true;
        } catch (TelegramApiException e) {
          backoff = backOff(method, attempt, backoff, e);
        }
      }
      LOG.error("event=send_gave_up method={} attempts={}", method.getMethod(), retry.attempts());
      stats.error();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("event=send_interrupted method={}", method.getMethod());
      stats.error();
      return false;
    }
  }

  /** Shows "typing…" in a chat without waiting for Telegram; a courtesy, tried once. */
  void typing(long chatId) {
    try {
      client
          .executeAsync(SendChatAction.builder().chatId(chatId).action("typing").build())
          .whenComplete(
              (done, error) -> {
                if (error != null) {
                  LOG.debug(
                      "event=typing_failed chat={} reason=\"{}\"",
                      chatId,
                      redactor.describe(error));
                }
              });
    } catch (TelegramApiException e) {
      LOG.debug("event=typing_failed chat={} reason=\"{}\"", chatId, redactor.describe(e));
    }
  }

  private Duration backOff(BotApiMethod<?> method, int attempt, Duration wait, Exception e)
      throws InterruptedException {
    LOG.warn(
        "event=send_retry method={} attempt={} wait_ms={} reason=\"{}\"",
        method.getMethod(),
        attempt,
        wait.toMillis(),
        redactor.describe(e));
    if (attempt < retry.attempts()) {
      Thread.sleep(wait.toMillis());
    }
    return wait.multipliedBy(2);
  }

  private void pace(Reply reply) throws InterruptedException {
    long chat =
        reply instanceof Reply.Send send
            ? send.chatId()
            : reply instanceof Reply.Edit edit ? edit.chatId() : 0;
    if (chat != 0) {
      Thread.sleep(pacer.reserve(chat).toMillis());
    }
  }

  /**
   * Whether Telegram took the call though its answer could not be read: the answer was JSON with a
   * boolean {@code ok} ({@link AnswerGuard} turns any other into an error with a code), yet not of
   * the shape the library expects, which in practice is an {@code ok: true} whose result it cannot
   * map ({@code telegram-test-api} gives a message's {@code date} in milliseconds). Sending again
   * would send the message twice.
   */
  static boolean tookEffect(TelegramApiRequestException e) {
    // The library leaves the code 0 when it could not read an answer.
    boolean noCode = e.getErrorCode() == null || e.getErrorCode() == 0;
    return noCode && e.getCause() instanceof JsonMappingException;
  }

  private static Duration retryAfter(TelegramApiRequestException e) {
    Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
    return Duration.ofSeconds(seconds == null ? 1 : Math.max(0, seconds));
  }

  private synchronized boolean unchanged(Reply.Edit edit) {
    return new Shown(edit.html(), edit.keyboard())
        .equals(shown.get(edit.chatId() + ":" + edit.messageId()));
  }

  private synchronized void remember(Reply reply, Serializable result) {
    if (reply instanceof Reply.Send send && result instanceof Message message) {
      shown.put(
          send.chatId() + ":" + message.getMessageId(), new Shown(send.html(), send.keyboard()));
    } else if (reply instanceof Reply.Edit edit) {
      shown.put(edit.chatId() + ":" + edit.messageId(), new Shown(edit.html(), edit.keyboard()));
    }
  }
}
