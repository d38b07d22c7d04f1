package org.balagh.bot.telegram;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The library's long-polling session on our own thread and HTTP client, so that it can be stopped
 * for good: {@link #close()} cancels the schedule, aborts the {@code getUpdates} call the session
 * may be waiting in (up to {@code pollSeconds}) and ends its thread. Every call has a deadline: the
 * long poll its time plus the base client's call timeout, {@code deleteWebhook} the base client's
 * read timeout. Until a poll has worked, polls ask Telegram not to hold them, so that the first
 * answer (and readiness) comes at once rather than after a long poll's time.
 */
final class Polling implements AutoCloseable {

  /** The updates the bot asks for; everything else Telegram could send is of no use to it. */
  private static final List<String> UPDATES = List.of("message", "callback_query", "inline_query");

  /** The least time between the starts of two polls. */
  static final Duration SPACING = Duration.ofMillis(100);

  private final OkHttpClient http;
  private final ScheduledExecutorService thread;
  private final int pollSeconds;
  private final BooleanSupplier works;
  private volatile TelegramBotsLongPollingApplication application;
  // When the latest poll was sent (nanoTime); read and written on the poll thread only.
  private long lastPoll = System.nanoTime() - SPACING.toNanos();

  /** {@code works} says whether the latest poll worked. */
  Polling(OkHttpClient base, ExecutorService httpThreads, int pollSeconds, BooleanSupplier works) {
    int readMillis = base.readTimeoutMillis();
    this.http =
        base.newBuilder()
            .dispatcher(new Dispatcher(httpThreads))
            // Telegram holds the call for pollSeconds; past that, the usual timeouts.
            .readTimeout(Duration.ofSeconds(pollSeconds).plusMillis(readMillis))
            .callTimeout(Duration.ofSeconds(pollSeconds).plusMillis(base.callTimeoutMillis()))
            .addInterceptor(
                chain ->
                    ApiWatch.isPoll(chain.request())
                        ? chain.proceed(chain.request())
                        : chain
                            .withReadTimeout(readMillis, TimeUnit.MILLISECONDS)
                            .proceed(chain.request()))
            .build();
    this.thread = Executors.newSingleThreadScheduledExecutor(Threads.named("balagh-poll"));
    this.pollSeconds = pollSeconds;
    this.works = works;
  }

  /**
   * Deletes any webhook, then polls for updates and hands them to {@code consumer}. If deleting the
   * webhook fails, nothing is left registered and it may be called again.
   */
  void start(String token, TelegramUrl url, LongPollingUpdateConsumer consumer)
      throws TelegramApiException {
    TelegramBotsLongPollingApplication starting =
        new TelegramBotsLongPollingApplication(
            ObjectMapper::new,
            () -> http,
            () -> thread,
            () -> new PollBackOff(PollBackOff.FIRST, PollBackOff.MAX, new Random()));
    try {
      starting.registerBot(token, () -> url, updates(pollSeconds, works), consumer);
    } catch (TelegramApiException | RuntimeException e) {
      try {
        starting.close();
      } catch (Exception closing) {
        e.addSuppressed(closing);
      }
      throw e instanceof TelegramApiException t
          ? t
          : new TelegramApiException("deleteWebhook failed", e);
    }
    application = starting;
  }

  /** Whether the session has started and not been stopped. */
  boolean running() {
    TelegramBotsLongPollingApplication started = application;
    return started != null && started.isRunning();
  }

  /**
   * The request for each poll, made on the poll thread just before it is sent. A server that does
   * not hold polls (some emulators answer at once, whatever the timeout) would be polled in a busy
   * loop, so polls start at least {@link #SPACING} apart; Telegram holds them far longer.
   */
  private Function<Integer, GetUpdates> updates(int pollSeconds, BooleanSupplier works) {
    return last -> {
      long wait = lastPoll + SPACING.toNanos() - System.nanoTime();
      if (wait > 0) {
        try {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
          // Stopping: the poll about to be sent is cancelled with the rest.
          Thread.currentThread().interrupt();
        }
      }
      lastPoll = System.nanoTime();
      return GetUpdates.builder()
          .offset(last + 1)
          .limit(100)
          .timeout(works.getAsBoolean() ? pollSeconds : 0)
          .allowedUpdates(UPDATES)
          .build();
    };
  }

  /**
   * Stops polling. The session logs the aborted call as an ERROR (and its interrupted back-off as a
   * WARN); at shutdown neither is one, so its logger is muted until its thread has ended.
   */
  @Override
  public void close() throws Exception {
    ch.qos.logback.classic.Logger session = null;
    Level level = null;
    if (LoggerFactory.getLogger(BotSession.class) instanceof ch.qos.logback.classic.Logger logger) {
      session = logger;
      level = logger.getLevel();
      logger.setLevel(Level.OFF);
    }
    try {
      if (application != null) {
        application.close();
      }
    } finally {
      http.dispatcher().cancelAll();
      thread.shutdownNow();
      thread.awaitTermination(2, TimeUnit.SECONDS);
      http.connectionPool().evictAll();
      if (session != null) {
        session.setLevel(level);
      }
    }
  }
}
