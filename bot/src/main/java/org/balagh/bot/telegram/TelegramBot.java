package org.balagh.bot.telegram;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.balagh.bot.chat.Conversation;
import org.balagh.bot.journal.Journal;
import org.balagh.bot.ops.Stats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The Telegram transport: the TelegramBots 9 long-polling session and client, pointed at the
 * configured Bot API server, around the conversation core. Every Bot API call has a deadline, and
 * no wait on one is longer. Starting waits out a Bot API that fails or does not answer ({@code
 * getMe}, {@code deleteWebhook} and the first {@code getUpdates} are retried with back-off, and
 * whoever starts it hears why it waits), and fails only when Telegram refuses the token. Every
 * thread it starts is named, a daemon, and stopped by {@link #close()}, which stops polling, lets
 * replies in flight finish (within a deadline) and releases the HTTP clients.
 */
public final class TelegramBot implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

  /**
   * How the transport runs.
   *
   * @param workers threads handling updates
   * @param pollSeconds the long-poll timeout Telegram holds {@code getUpdates} for
   * @param typingAfter how long an answer may take before "typing…" is shown
   * @param drain how long {@link #close()} waits for replies in flight
   * @param readTimeout how long a Bot API call may go without an answer (beyond the long poll);
   *     twice that ends any call, and a second more any wait for one
   */
  record Settings(
      String token,
      URI apiUrl,
      int workers,
      int pollSeconds,
      Pacer.Pacing pacing,
      Outbox.Retry retry,
      Duration typingAfter,
      Duration drain,
      Duration readTimeout) {

    static Settings of(String token, URI apiUrl) {
      return new Settings(
          token,
          apiUrl,
          8,
          50,
          Pacer.Pacing.TELEGRAM,
          Outbox.Retry.DEFAULT,
          Duration.ofMillis(800),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30));
    }

    /** How long any wait for a Bot API call may last: past OkHttp's own end of the call. */
    Duration deadline() {
      return readTimeout.multipliedBy(2).plusSeconds(1);
    }
  }

  private final AtomicBoolean closed = new AtomicBoolean();
  private final Settings settings;
  private final ApiWatch watch;
  private final ExecutorService httpThreads;
  private final OkHttpClient http;
  private final Polling polling;
  private final ScheduledThreadPoolExecutor timer;
  private final ChatQueues queues;
  private final Journal journal;
  private String username = "";

  private TelegramBot(Settings settings, Journal journal, Stats stats) {
    this.settings = settings;
    this.journal = journal;
    this.watch = new ApiWatch(stats, new Redactor(settings.token()));
    this.httpThreads = Executors.newCachedThreadPool(Threads.named("balagh-http"));
    this.http =
        new OkHttpClient.Builder()
            .dispatcher(new Dispatcher(httpThreads))
            // Polling's client is built from this one and keeps the interceptors; the watch, first,
            // sees the answers as the guard leaves them.
            .addInterceptor(watch)
            .addInterceptor(new AnswerGuard())
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.readTimeout())
            .callTimeout(settings.readTimeout().multipliedBy(2))
            .build();
    this.polling = new Polling(http, httpThreads, settings.pollSeconds(), watch::pollWorks);
    this.timer = new ScheduledThreadPoolExecutor(1, Threads.named("balagh-typing"));
    this.timer.setRemoveOnCancelPolicy(true);
    this.queues = new ChatQueues(settings.workers(), 1_000, 50, "balagh-chat");
  }

  /**
   * Starts the bot for real Telegram, or the self-hosted Bot API server at {@code apiUrl}, with its
   * journal of updates in flight in the file {@code journal}; returns once it polls. While it
   * cannot yet, {@code waiting} hears why, after each failed attempt. Throws if Telegram refuses
   * the token, or if interrupted.
   */
  public static TelegramBot start(
      String token,
      URI apiUrl,
      Path journal,
      Conversation conversation,
      Stats stats,
      Consumer<String> waiting)
      throws TelegramApiException, IOException {
    return start(
        Settings.of(token, apiUrl),
        Journal.open(journal, Clock.systemUTC()),
        conversation,
        stats,
        waiting);
  }

  /** Starts the bot, which owns {@code journal} from then on and closes it. */
  static TelegramBot start(
      Settings settings, Journal journal, Conversation conversation, Stats stats)
      throws TelegramApiException {
    return start(settings, journal, conversation, stats, reason -> {});
  }

  /** Starts the bot, telling {@code waiting} why it is not polling yet. */
  static TelegramBot start(
      Settings settings,
      Journal journal,
      Conversation conversation,
      Stats stats,
      Consumer<String> waiting)
      throws TelegramApiException {
    TelegramBot bot = new TelegramBot(settings, journal, stats);
    try {
      bot.run(conversation, stats, waiting);
      return bot;
    } catch (TelegramApiException e) {
      bot.close();
      // Main prints this message: no token in it, whatever the library put there.
      throw new TelegramApiException(new Redactor(settings.token()).redact(e.getMessage()), e);
    } catch (RuntimeException e) {
      bot.close();
      throw e;
    }
  }

  private void run(Conversation conversation, Stats stats, Consumer<String> waiting)
      throws TelegramApiException {
    Redactor redactor = new Redactor(settings.token());
    TelegramUrl url = telegramUrl(settings.apiUrl());
    DeadlineClient client = new DeadlineClient(http, settings.token(), url, settings.deadline());
    StartupRetry retry = new StartupRetry(waiting, redactor, new Random());
    User me = retry.until("getMe", () -> whoAmI(client));
    username = me.getUserName() == null ? "" : me.getUserName();
    CommandMenu.register(client, redactor);
    Outbox outbox =
        new Outbox(
            client,
            new Pacer(Clock.systemUTC(), settings.pacing()),
            settings.retry(),
            stats,
            redactor);
    FileDownloads downloads =
        new FileDownloads(client, http, HttpUrl.get(settings.apiUrl()), settings.token(), redactor);
    UpdateConsumer consumer =
        new UpdateConsumer(
            new UpdateReader(me.getId(), username, downloads),
            conversation,
            outbox,
            queues,
            timer,
            settings.typingAfter(),
            stats,
            new UpdateJournal(journal, Clock.systemUTC(), stats));
    consumer.replay();
    retry.until(
        "deleteWebhook",
        () -> {
          polling.start(settings.token(), url, consumer);
          return true;
        });
    awaitFirstPoll(retry);
    LOG.info(
        "event=started bot=@{} api={} workers={}", username, url.getHost(), settings.workers());
  }

  /** Waits until a poll has worked; the library retries failed ones, with {@link PollBackOff}. */
  private void awaitFirstPoll(StartupRetry retry) throws TelegramApiException {
    try {
      while (!watch.awaitPoll(Duration.ofSeconds(1))) {
        retry.waiting(watch.pollProblem().orElse(ApiWatch.NOT_YET));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelegramApiException("start-up interrupted while waiting for getUpdates", e);
    }
  }

  /**
   * Whether the bot is receiving updates: its long-polling session runs and the latest {@code
   * getUpdates} was answered with success. False once {@link #close()} has begun.
   */
  public boolean polling() {
    return problem().isEmpty();
  }

  /** Why the bot is not receiving updates, if it is not: stopped, or the latest poll's failure. */
  public Optional<String> problem() {
    if (closed.get() || !polling.running()) {
      return Optional.of("stopped");
    }
    return watch.pollProblem();
  }

  /** The bot's username, as Telegram knows it. */
  public String username() {
    return username;
  }

  /** The bot's own user; Telegram's 401 or 404 (the token refused) is fatal. */
  private static User whoAmI(DeadlineClient client) throws TelegramApiException {
    User me;
    try {
      me = client.execute(new LenientGetMe());
    } catch (TelegramApiRequestException e) {
      if (e.getErrorCode() != null && (e.getErrorCode() == 401 || e.getErrorCode() == 404)) {
        throw new StartupRetry.Fatal(
            "Telegram refused the token (TELEGRAM_BOT_TOKEN): ask @BotFather for the right one");
      }
      throw e;
    }
    if (me == null || me.getId() == null) {
      throw new TelegramApiException("getMe answered without the bot's user");
    }
    return me;
  }

  static TelegramUrl telegramUrl(URI apiUrl) {
    boolean https = "https".equalsIgnoreCase(apiUrl.getScheme());
    int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : https ? 443 : 80;
    return new TelegramUrl(https ? "https" : "http", apiUrl.getHost(), port, false);
  }

  /** Stops polling, waits for replies in flight (up to the drain deadline), frees everything. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    LOG.info("event=stopping");
    watch.stop();
    try {
      polling.close();
    } catch (Exception e) {
      LOG.warn("event=polling_close_failed", e);
    }
    boolean drained = false;
    try {
      drained = queues.close(settings.drain());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    timer.shutdownNow();
    http.dispatcher().cancelAll();
    httpThreads.shutdown();
    try {
      httpThreads.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.connectionPool().evictAll();
    try {
      journal.close();
    } catch (IOException e) {
      LOG.warn("event=journal_close_failed", e);
    }
    LOG.info("event=stopped drained={}", drained);
  }
}
