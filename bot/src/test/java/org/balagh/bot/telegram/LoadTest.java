package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.balagh.bot.Fixtures;
import org.balagh.bot.chat.ChatCore;
import org.balagh.bot.journal.Journal;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bursts of questions from many users through the fake Bot API, on the fixture corpus, with the
 * real journal and the real flood limits. Each user asks one question a round; a round is one
 * burst. Checks every question is answered once, each chat's answers come in the order asked, the
 * heap stays bounded, and (at Telegram's pace) that no chat gets more than one message a second nor
 * the bot more than thirty a second, as the fake server's clock sees them. Prints answers a second
 * and p50/p99 latency from the update being handed to the bot to its answer arriving.
 *
 * <p>CI runs it small; the full run is {@code -Dbalagh.load.users=500 -Dbalagh.load.rounds=4}.
 */
class LoadTest {

  static final int USERS = Integer.getInteger("balagh.load.users", 100);
  static final int ROUNDS = Integer.getInteger("balagh.load.rounds", 3);
  static final String[] QUESTIONS = {
    Fixtures.C5,
    "What did Kazakhstan say about wheat?",
    "What did Ukraine say about the Black Sea Grain Initiative?",
    "Qu'ont dit la France et le Maroc sur leur partenariat ?"
  };

  @TempDir Path folder;
  Archive archive;
  FakeBotApi api;
  Stats stats;
  TelegramBot bot;

  @BeforeEach
  void setUp() throws Exception {
    archive = Fixtures.archive(folder);
    api = new FakeBotApi();
    stats = new Stats(Clock.systemUTC());
  }

  @AfterEach
  void tearDown() throws Exception {
    if (bot != null) {
      bot.close();
    }
    api.close();
    archive.close();
    assertEquals(List.of(), api.rejected(), "requests Telegram would have refused");
  }

  void start(Pacer.Pacing pacing) throws Exception {
    ChatCore core =
        Fixtures.core(archive, Set.of(), stats, ChatCore.Limits.DEFAULT, Clock.systemUTC());
    bot =
        TelegramBot.start(
            new TelegramBot.Settings(
                FakeBotApi.TOKEN,
                api.url(),
                8,
                1,
                pacing,
                Outbox.Retry.DEFAULT,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofSeconds(10)),
            Journal.open(folder.resolve("journal.db"), Clock.systemUTC()),
            core,
            stats);
    api.await("setMyCommands", 3, c -> true);
  }

  @Test
  void answersEveryQuestionInOrderWithinTelegramsLimits() throws Exception {
    start(Pacer.Pacing.TELEGRAM);
    Result result = run(USERS, ROUNDS);
    List<FakeBotApi.Call> sends = result.answers();
    Map<Long, Long> lastByChat = new HashMap<>();
    long closest = Long.MAX_VALUE;
    for (FakeBotApi.Call send : sends) {
      Long last = lastByChat.put(send.chatId(), send.nanos());
      if (last != null) {
        closest = Math.min(closest, send.nanos() - last);
      }
    }
    int busiestSecond = 0;
    for (int i = 0, j = 0; i < sends.size(); i++) {
      while (sends.get(i).nanos() - sends.get(j).nanos() >= 1_000_000_000L) {
        j++;
      }
      busiestSecond = Math.max(busiestSecond, i - j + 1);
    }
    System.out.printf(
        "RELIABILITY load=paced %s closest_in_a_chat_ms=%d busiest_second=%d%n",
        result, closest / 1_000_000, busiestSecond);
    // Pacer reserves 1 s a chat and 40 ms overall; the server's clock may see a few ms less.
    assertTrue(closest >= 950_000_000L, "a chat got two messages " + closest / 1e6 + " ms apart");
    assertTrue(busiestSecond <= 30, busiestSecond + " messages in one second");
  }

  @Test
  void answersTwoThousandQuestionsFromFiveHundredUsersAsFastAsItCan() throws Exception {
    start(Pacer.Pacing.NONE);
    Result result = run(500, 4);
    System.out.printf("RELIABILITY load=unpaced %s%n", result);
  }

  record Result(
      int users,
      int questions,
      List<FakeBotApi.Call> answers,
      double seconds,
      long p50Millis,
      long p99Millis,
      double answerP99Millis,
      long heapBeforeMb,
      long heapPeakMb,
      long heapAfterMb) {
    @Override
    public String toString() {
      return String.format(
          "users=%d questions=%d answered=%d seconds=%.1f answers_per_s=%.1f"
              + " latency_p50_ms=%d latency_p99_ms=%d core_p99_ms=%.1f"
              + " heap_mb_before=%d peak=%d after=%d",
          users,
          questions,
          answers.size(),
          seconds,
          answers.size() / seconds,
          p50Millis,
          p99Millis,
          answerP99Millis,
          heapBeforeMb,
          heapPeakMb,
          heapAfterMb);
    }
  }

  /** {@code rounds} bursts of one question from each of {@code users}, a second apart. */
  Result run(int users, int rounds) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(heapBefore);
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    Map<String, Integer> updateOf = new HashMap<>();
    for (int round = 1; round <= rounds; round++) {
      for (int user = 1; user <= users; user++) {
        int update = api.text(user, user, "en", round, QUESTIONS[(user + round) % 4]);
        updateOf.put(user + ":" + round, update);
      }
      Thread.sleep(1000);
    }
    int questions = users * rounds;
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (answers().size() < questions && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    sampler.interrupt();
    List<FakeBotApi.Call> answers = answers();
    assertEquals(questions, answers.size(), "answered");
    Map<String, Integer> seen = new HashMap<>();
    Map<Long, Integer> lastRound = new HashMap<>();
    List<Long> latencies = new ArrayList<>();
    long first = Long.MAX_VALUE;
    for (FakeBotApi.Call answer : answers) {
      assertTrue(answer.text().startsWith("<blockquote>"), answer.text());
      int round = answer.params().at("/reply_parameters/message_id").asInt();
      String key = answer.chatId() + ":" + round;
      assertEquals(null, seen.put(key, 1), "answered once: " + key);
      Integer before = lastRound.put(answer.chatId(), round);
      assertTrue(before == null || before < round, "in order in chat " + answer.chatId());
      long served = api.servedAt(updateOf.get(key)).orElseThrow();
      first = Math.min(first, served);
      latencies.add(answer.nanos() - served);
    }
    latencies.sort(null);
    double seconds = (answers.get(answers.size() - 1).nanos() - first) / 1e9;
    System.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();
    assertTrue(
        heapAfter - heapBefore < 64L * 1024 * 1024,
        "heap grew by " + (heapAfter - heapBefore) / 1024 / 1024 + " MB");
    return new Result(
        users,
        questions,
        answers,
        seconds,
        percentile(latencies, 0.50) / 1_000_000,
        percentile(latencies, 0.99) / 1_000_000,
        stats.snapshot().p99Millis(),
        heapBefore >> 20,
        peak.get() >> 20,
        heapAfter >> 20);
  }

  /** The answers to questions, in the order the fake received them. */
  List<FakeBotApi.Call> answers() {
    return api.calls("sendMessage").stream()
        .filter(c -> c.status() == 200 && c.params().has("reply_parameters"))
        .toList();
  }

  static long percentile(List<Long> sorted, double p) {
    return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
  }
}
