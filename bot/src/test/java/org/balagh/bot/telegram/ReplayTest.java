package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * What a previous run accepted and did not finish is answered at start, before the same chat's new
 * messages, and then marked done; a journal that fails while running costs the guarantee, not the
 * answers.
 */
class ReplayTest {

  @TempDir Path folder;

  static String update(int id, long chat, int messageId, String text) {
    ObjectNode message = FakeBotApi.message(chat, FakeBotApi.user(chat, "en"), messageId);
    message.put("text", text);
    ObjectNode update = message.objectNode().put("update_id", id);
    update.set("message", message);
    return update.toString();
  }

  @Test
  void answersWhatWasLeftPendingBeforeNewMessagesAndMarksItDone() throws Exception {
    Path journalFile = folder.resolve("journal.db");
    try (Journal journal = Journal.open(journalFile, Clock.systemUTC())) {
      long now = System.currentTimeMillis();
      journal.accept(
          List.of(
              new Journal.Entry(900, update(900, 5, 1, "/sources"), now),
              new Journal.Entry(901, update(901, 5, 2, "/help"), now),
              new Journal.Entry(902, update(902, 6, 1, "/help"), now - 25 * 3_600_000L)));
    }
    Stats stats = new Stats(Clock.systemUTC());
    try (Archive archive = Fixtures.archive(folder);
        FakeBotApi api = new FakeBotApi()) {
      ChatCore core = Fixtures.core(archive, Set.of(), stats, Fixtures.ROOMY, Clock.systemUTC());
      TelegramBot bot =
          TelegramBot.start(
              TelegramBotTest.settings(api),
              Journal.open(journalFile, Clock.systemUTC()),
              core,
              stats);
      try {
        api.text(5, 5, "en", 3, Fixtures.C5);
        List<FakeBotApi.Call> sent = api.await("sendMessage", 3, c -> c.chatId() == 5);
        assertTrue(sent.get(0).text().startsWith("<b>Stored:"), sent.get(0).text());
        assertTrue(sent.get(1).text().startsWith("Send me a question"), sent.get(1).text());
        assertTrue(sent.get(2).text().startsWith("<blockquote>"), sent.get(2).text());
        Thread.sleep(300);
        assertEquals(
            List.of(),
            api.calls("sendMessage").stream().filter(c -> c.chatId() == 6).toList(),
            "older than 24 h: not answered");
      } finally {
        bot.close();
      }
    }
    try (Journal journal = Journal.open(journalFile, Clock.systemUTC())) {
      assertEquals(List.of(), journal.pending());
    }
  }

  @Test
  void answersEvenWhenTheJournalFails() throws Exception {
    Stats stats = new Stats(Clock.systemUTC());
    try (Archive archive = Fixtures.archive(folder);
        FakeBotApi api = new FakeBotApi()) {
      ChatCore core = Fixtures.core(archive, Set.of(), stats, Fixtures.ROOMY, Clock.systemUTC());
      Journal journal = Journal.open(folder.resolve("journal.db"), Clock.systemUTC());
      TelegramBot bot = TelegramBot.start(TelegramBotTest.settings(api), journal, core, stats);
      try {
        journal.close();
        api.text(5, 5, "en", 1, "/help");
        assertTrue(api.awaitOne("sendMessage", c -> true).text().startsWith("Send me a question"));
        assertTrue(stats.snapshot().errors() >= 1, "counted");
      } finally {
        bot.close();
      }
    }
  }
}
