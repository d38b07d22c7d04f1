package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balagh.bot.Fixtures;
import org.balagh.bot.HostileText;
import org.balagh.bot.chat.ChatCore;
import org.balagh.bot.chat.Lang;
import org.balagh.bot.chat.Phrase;
import org.balagh.bot.journal.Journal;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text through Telegram end to end: as messages (one of 100,000 characters, 25 times what
 * Telegram itself lets through), inline queries and button data. Each message gets one reply that
 * Telegram takes (the fake refuses bad HTML and text over 4096 units), each press and inline query
 * is answered, nothing fails.
 */
class HostileTelegramTest {

  @TempDir Path folder;

  @Test
  void answersHostileMessagesQueriesAndPressesWithWhatTelegramAccepts() throws Exception {
    Stats stats = new Stats(Clock.systemUTC());
    try (Archive archive = Fixtures.archive(folder);
        FakeBotApi api = new FakeBotApi()) {
      ChatCore core = Fixtures.core(archive, Set.of(), stats, Fixtures.ROOMY, Clock.systemUTC());
      TelegramBot bot =
          TelegramBot.start(
              TelegramBotTest.settings(api),
              Journal.open(folder.resolve("journal.db"), Clock.systemUTC()),
              core,
              stats);
      try {
        List<String> texts = new ArrayList<>();
        for (String sample : HostileText.SAMPLES) {
          // Addressed to this bot: a command for another bot is rightly ignored.
          texts.add(sample.replace("@balagh_bot", "@" + FakeBotApi.BOT_NAME));
        }
        texts.add("wheat ".repeat(16_667));
        texts.add("<".repeat(100_000));
        long chat = 100;
        for (String text : texts) {
          api.text(chat, chat, "en", 1, text);
          api.inline(chat, "iq-" + chat, text.substring(0, Math.min(256, text.length())));
          api.press(chat, chat, 1000, "cb-" + chat, text);
          chat++;
        }
        int n = texts.size();
        List<FakeBotApi.Call> sends = api.await("sendMessage", n, c -> true);
        api.await("answerInlineQuery", n, c -> true);
        api.await("answerCallbackQuery", n, c -> true);
        Thread.sleep(300);
        assertEquals(n, api.calls("sendMessage").size(), "one reply a message");
        for (FakeBotApi.Call send : sends) {
          assertFalse(send.text().contains(Phrase.FAILED.in(Lang.EN)), send.text());
        }
        assertEquals(0, stats.snapshot().errors());
      } finally {
        bot.close();
      }
      assertEquals(List.of(), api.rejected(), "requests Telegram would have refused");
    }
  }
}
