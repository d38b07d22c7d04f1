package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Faults from Telegram, injected by the fake Bot API while questions come in: the bot keeps
 * running, answers every question exactly once (one duplicate only where Telegram took a message
 * and its answer was lost, which no client can tell from a lost message), sends nothing Telegram
 * would refuse, never logs the token, and has answered the backlog within seconds of the fault
 * ending. Each case prints one {@code RELIABILITY} line with its figures.
 */
class TelegramFaultsTest {

  static final int QUESTIONS = 8;
  static final Duration FAULT = Duration.ofSeconds(2);

  @TempDir Path folder;
  Archive archive;
  FakeBotApi api;
  Stats stats;
  TelegramBot bot;
  LogCapture logs;

  @BeforeEach
  void setUp() throws Exception {
    archive = Fixtures.archive(folder);
    api = new FakeBotApi();
    stats = new Stats(Clock.systemUTC());
    ChatCore core = Fixtures.core(archive, Set.of(), stats, Fixtures.ROOMY, Clock.systemUTC());
    logs = new LogCapture(Level.INFO);
    bot =
        TelegramBot.start(
            new TelegramBot.Settings(
                FakeBotApi.TOKEN,
                api.url(),
                4,
                1,
                Pacer.Pacing.TELEGRAM,
                Outbox.Retry.DEFAULT,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(2)),
            Journal.open(folder.resolve("journal.db"), Clock.systemUTC()),
            core,
            stats);
    api.await("setMyCommands", 3, c -> true);
  }

  @AfterEach
  void tearDown() throws Exception {
    try {
      if (bot != null) {
        bot.close();
      }
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

  /**
   * The cases: the method faulted, the fault, whether it lasts {@link #FAULT} (else it meets the
   * next calls only), how many calls it meets then, and the duplicates it may cause.
   */
  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("sendMessage", Fault.status(500), true, 0, 0),
        Arguments.of("sendMessage", Fault.status(502), true, 0, 0),
        Arguments.of("sendMessage", Fault.tooMany(1), true, 0, 0),
        Arguments.of("sendMessage", Fault.slow(Duration.ofMillis(1500)), false, 4, 0),
        Arguments.of("sendMessage", Fault.hang(Duration.ofSeconds(3)), false, 3, 0),
        Arguments.of("sendMessage", Fault.of(Fault.Kind.RESET), true, 0, 0),
        Arguments.of("sendMessage", Fault.of(Fault.Kind.MALFORMED), true, 0, 0),
        Arguments.of("sendMessage", Fault.of(Fault.Kind.NO_OK), true, 0, 0),
        Arguments.of("sendMessage", Fault.of(Fault.Kind.UNREADABLE_RESULT), true, 0, 0),
        Arguments.of("sendMessage", Fault.of(Fault.Kind.LOST_ANSWER), false, 2, 2),
        Arguments.of("getUpdates", Fault.status(500), true, 0, 0),
        Arguments.of("getUpdates", Fault.status(502), true, 0, 0),
        Arguments.of("getUpdates", Fault.tooMany(1), true, 0, 0),
        Arguments.of("getUpdates", Fault.status(409), true, 0, 0),
        Arguments.of("getUpdates", Fault.hang(Duration.ofSeconds(4)), false, 2, 0),
        Arguments.of("getUpdates", Fault.of(Fault.Kind.RESET), true, 0, 0),
        Arguments.of("getUpdates", Fault.of(Fault.Kind.MALFORMED), true, 0, 0));
  }

  @ParameterizedTest(name = "{0} {1} outage={2} next={3}")
  @MethodSource("faults")
  void answersEveryQuestionOnceAndRecoversWithinSeconds(
      String method, Fault fault, boolean outage, int next, int duplicatesAllowed)
      throws Exception {
    long start = System.nanoTime();
    long faultEnds;
    if (outage) {
      faultEnds = api.outage(method, fault, FAULT);
    } else {
      api.failNext(method, next, fault);
      faultEnds = -1;
    }
    for (int i = 0; i < QUESTIONS; i++) {
      api.text(100 + i, 100 + i, "en", 1, Fixtures.C5);
      Thread.sleep(FAULT.toMillis() / QUESTIONS);
    }
    List<FakeBotApi.Call> answers =
        api.await("sendMessage", QUESTIONS, c -> c.chatId() >= 100 && c.chatId() < 200);
    // A duplicate would come within a retry or two.
    Thread.sleep(1500);
    Map<Long, Long> perChat =
        api.calls("sendMessage").stream()
            .filter(c -> c.status() == 200)
            .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
    long duplicates = perChat.values().stream().mapToLong(n -> n - 1).sum();
    assertEquals(QUESTIONS, perChat.size(), "every question answered: " + perChat);
    assertTrue(
        duplicates <= duplicatesAllowed,
        duplicates + " duplicates, at most " + duplicatesAllowed + " allowed: " + perChat);
    for (FakeBotApi.Call answer : answers) {
      assertTrue(answer.text().startsWith("<blockquote>"), answer.text());
    }
    if (faultEnds < 0) {
      // A fault on the next calls ends when the last of them is answered.
      faultEnds =
          api.calls(method).stream()
              .filter(c -> c.status() != 200 || fault.kind() != Fault.Kind.STATUS)
              .limit(next)
              .mapToLong(FakeBotApi.Call::nanos)
              .max()
              .orElse(start);
    }
    long last = answers.stream().mapToLong(FakeBotApi.Call::nanos).max().orElseThrow();
    long recoveryMillis = Math.max(0, (last - faultEnds) / 1_000_000);
    // Still polling and answering after it all.
    api.text(300, 300, "en", 1, "/help");
    api.awaitOne("sendMessage", c -> c.chatId() == 300);
    System.out.printf(
        "RELIABILITY fault=%s:%s%s questions=%d answered=%d duplicates=%d"
            + " backlog_cleared_after_fault_ms=%d%n",
        method,
        describe(fault),
        outage ? " for " + FAULT.toSeconds() + "s" : " x" + next,
        QUESTIONS,
        perChat.size(),
        duplicates,
        recoveryMillis);
    assertTrue(recoveryMillis < 10_000, "recovered " + recoveryMillis + " ms after the fault");
  }

  private static String describe(Fault fault) {
    Function<Fault, String> name = f -> f.kind().name().toLowerCase(java.util.Locale.ROOT);
    return switch (fault.kind()) {
      case STATUS -> fault.status() + (fault.status() == 429 ? "(retry_after=1)" : "");
      case SLOW, HANG -> name.apply(fault) + "(" + fault.millis() + "ms)";
      default -> name.apply(fault);
    };
  }
}
