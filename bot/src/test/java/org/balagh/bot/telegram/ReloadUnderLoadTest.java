package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.balagh.bot.Fixtures;
import org.balagh.bot.chat.ChatCore;
import org.balagh.bot.journal.Journal;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin's {@code /reload} while questions come in at 50 a second: a rebuild of a few seconds
 * (four thousand statements added), then a reload with nothing new. Every question gets a quote,
 * none an error or an empty answer, and the new statements are served once the rebuild swaps in.
 */
class ReloadUnderLoadTest {

  static final long ADMIN = 1;
  static final int PER_SECOND = 50;
  static final int SECONDS = 6;

  @TempDir Path folder;

  @Test
  void answersEveryQuestionWhileReloading() throws Exception {
    Stats stats = new Stats(Clock.systemUTC());
    try (Archive archive = Fixtures.archive(folder);
        FakeBotApi api = new FakeBotApi()) {
      ChatCore core =
          Fixtures.core(archive, Set.of(ADMIN), stats, ChatCore.Limits.DEFAULT, Clock.systemUTC());
      TelegramBot bot =
          TelegramBot.start(
              TelegramBotTest.settings(api),
              Journal.open(folder.resolve("journal.db"), Clock.systemUTC()),
              core,
              stats);
      try {
        api.await("setMyCommands", 3, c -> true);
        ReloadCrashTest.bulk(folder.resolve("data"));
        int questions = PER_SECOND * SECONDS;
        long start = System.nanoTime();
        for (int i = 0; i < questions; i++) {
          if (i == PER_SECOND) {
            api.text(ADMIN, ADMIN, "en", 1, "/reload");
          }
          if (i == 4 * PER_SECOND) {
            api.text(ADMIN, ADMIN, "en", 2, "/reload");
          }
          long user = 100 + i;
          api.text(user, user, "en", 1, LoadTest.QUESTIONS[i % 3]);
          long due = start + (i + 1) * 1_000_000_000L / PER_SECOND;
          Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
        }
        List<FakeBotApi.Call> answers =
            api.await("sendMessage", questions, c -> c.chatId() >= 100 && c.chatId() < 100_000);
        for (FakeBotApi.Call answer : answers) {
          assertTrue(answer.text().startsWith("<blockquote>"), answer.text());
        }
        List<FakeBotApi.Call> reports = api.await("sendMessage", 2, c -> c.chatId() == ADMIN);
        assertTrue(reports.get(0).text().startsWith("Reloaded in "), reports.get(0).text());
        api.text(7, 7, "en", 1, "What did Norway and Iceland agree about puffins?");
        assertTrue(
            api.awaitOne("sendMessage", c -> c.chatId() == 7).text().contains("puffin colonies"));
        assertEquals(0, stats.snapshot().errors());
        System.out.printf(
            "RELIABILITY reload_under_load questions=%d per_second=%d reloads=2 answered=%d"
                + " failed_or_empty=0 report=\"%s\"%n",
            questions,
            PER_SECOND,
            answers.size(),
            reports.get(0).text().lines().findFirst().orElse(""));
      } finally {
        bot.close();
      }
      assertEquals(List.of(), api.rejected());
    }
  }
}
