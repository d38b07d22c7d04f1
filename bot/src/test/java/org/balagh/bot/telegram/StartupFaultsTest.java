package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.balagh.bot.Fixtures;
import org.balagh.bot.LogCapture;
import org.balagh.bot.chat.ChatCore;
import org.balagh.bot.journal.Journal;
import org.balagh.bot.ops.Stats;
import org.balagh.bot.telegram.FakeBotApi.Fault;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults while the bot starts: each Bot API method of the start-up ({@code getMe}, {@code
 * setMyCommands}, {@code deleteWebhook}, the first {@code getUpdates}) answered in turn with JSON
 * without {@code ok} (what {@code telegram-test-api} answers a method it lacks, which made the
 * library's callback throw and leave its future for ever incomplete), a proxy's HTML 502 page, no
 * answer for longer than the read timeout, and a dropped connection, every call of it for {@link
 * #FAULT} from its first call. The bot must be polling and answering within seconds of the fault
 * ending, every time, having logged the fault, without logging the token or sending anything
 * Telegram refuses. The command menu is a courtesy: the bot does not wait for it. Each case prints
 * one {@code RELIABILITY} line.
 */
class StartupFaultsTest {

  static final Duration FAULT = Duration.ofSeconds(1);

  /**
   * A hung call's wait: longer than any call's read timeout, the long poll's included (its second
   * plus the 2 s read timeout). At 3 s, the fake's closing the connection raced the poll's own
   * timeout, and when it won, OkHttp silently retried the call on a new connection once the fault
   * was over: no failure to log.
   */
  static final Duration HOLD = Duration.ofSeconds(4);

  static final long READY_WITHIN_MS = 8_000;

  @TempDir Path folder;
  Archive archive;
  FakeBotApi api;
  Stats stats;
  LogCapture logs;
  ExecutorService starter;
  Future<TelegramBot> started;

  @BeforeEach
  void setUp() throws Exception {
    archive = Fixtures.archive(folder);
    api = new FakeBotApi();
    stats = new Stats(Clock.systemUTC());
    logs = new LogCapture(Level.INFO);
    starter = Executors.newSingleThreadExecutor(Threads.named("test-starter"));
  }

  @AfterEach
  void tearDown() throws Exception {
    try {
      if (started != null && started.isDone() && !started.isCancelled()) {
        try {
          started.get().close();
        } catch (ExecutionException e) {
          // The start failed; the test has said so.
        }
      } else if (started != null) {
        // A start that never finished (the library's future never completed): cut it short.
        started.cancel(true);
      }
      starter.shutdownNow();
      assertTrue(starter.awaitTermination(10, TimeUnit.SECONDS), "the start-up thread ended");
      for (String line : logs.lines()) {
        assertFalse(line.contains(FakeBotApi.TOKEN), line);
      }
    } finally {
      logs.close();
      api.close();
      archive.close();
    }
    assertEquals(List.of(), api.rejected(), "requests Telegram would have refused");
  }

  static Stream<Arguments> faults() {
    List<Fault> faults =
        List.of(
            Fault.of(Fault.Kind.NO_OK),
            Fault.status(502),
            Fault.hang(HOLD),
            Fault.of(Fault.Kind.RESET));
    return Stream.of("getMe", "setMyCommands", "deleteWebhook", "getUpdates")
        .flatMap(method -> faults.stream().map(fault -> Arguments.of(method, fault)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faults")
  void pollsAndAnswersWithinSecondsOfAStartUpFaultEnding(String method, Fault fault)
      throws Exception {
    ChatCore core = Fixtures.core(archive, Set.of(), stats, Fixtures.ROOMY, Clock.systemUTC());
    TelegramBot.Settings settings =
        new TelegramBot.Settings(
            FakeBotApi.TOKEN,
            api.url(),
            2,
            1,
            Pacer.Pacing.NONE,
            new Outbox.Retry(3, Duration.ofMillis(100), Duration.ofSeconds(5)),
            Duration.ofSeconds(5),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2));
    api.outageFromFirstCall(method, fault, FAULT);
    started =
        starter.submit(
            () ->
                TelegramBot.start(
                    settings,
                    Journal.open(folder.resolve("journal.db"), Clock.systemUTC()),
                    core,
                    stats));
    long readyAt = awaitReady(method);
    long faultEnds = awaitOutageEnd(method);
    long afterFaultMillis = Math.max(0, (readyAt - faultEnds) / 1_000_000);
    api.text(7, 7, "en", 1, "/help");
    assertTrue(api.awaitOne("sendMessage", c -> c.chatId() == 7).text().startsWith("Send me"));
    int faulted = api.faultsMet(method);
    System.out.printf(
        "RELIABILITY startup_fault=%s:%s for %dms calls_faulted=%d ready_after_fault_ms=%d%n",
        method, describe(fault), FAULT.toMillis(), faulted, afterFaultMillis);
    assertTrue(faulted >= 1, "the fault met at least one call of " + method);
    awaitLogged(
        switch (method) {
          case "setMyCommands" -> "event=commands_not_registered";
          case "getUpdates" -> "event=poll_failed";
          default -> "event=start_retry step=" + method + " attempt=1";
        });
    assertTrue(
        afterFaultMillis < READY_WITHIN_MS,
        "ready " + afterFaultMillis + " ms after the fault ended");
  }

  /**
   * Waits until the start has returned and the bot polls, at most 20 s after the fault on {@code
   * method} ended (30 s in all); the time it did (nanoTime).
   */
  private long awaitReady(String method) throws Exception {
    long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < api.outageEnd(method).orElse(giveUp) + 20_000_000_000L
        && System.nanoTime() < giveUp) {
      if (started.isDone()) {
        TelegramBot bot;
        try {
          bot = started.get();
        } catch (ExecutionException e) {
          throw new AssertionError("the start failed instead of waiting the fault out", e);
        }
        if (bot.polling()) {
          return System.nanoTime();
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        (started.isDone() ? "started but not polling" : "still starting")
            + " 20 s after the fault ended, or 30 s after the start; calls: "
            + api.calls());
  }

  /** Waits a little for a log line holding {@code event}: each fault is logged. */
  private void awaitLogged(String event) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (logs.lines().stream().noneMatch(line -> line.contains(event))) {
      assertTrue(System.nanoTime() < deadline, "logged " + event + ": " + logs.lines());
      Thread.sleep(20);
    }
  }

  /** When the outage of {@code method} ended, waiting a little for its first call if need be. */
  private long awaitOutageEnd(String method) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (api.outageEnd(method).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return api.outageEnd(method)
        .orElseThrow(() -> new AssertionError(method + " never called: " + api.calls()));
  }

  private static String describe(Fault fault) {
    return switch (fault.kind()) {
      case STATUS -> fault.status() + "(html)";
      case HANG -> "hang(" + fault.millis() + "ms)";
      default -> fault.kind().name().toLowerCase(Locale.ROOT);
    };
  }
}
