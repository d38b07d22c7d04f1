package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.balagh.bot.Fixtures;
import org.balagh.bot.LogCapture;
import org.balagh.bot.chat.ChatCore;
import org.balagh.bot.journal.Journal;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admin commands honour {@code BALAGH_ADMIN_IDS} by the sender's user id through Telegram: in
 * private chats and groups, not through edited messages (the bot does not ask for them and ignores
 * them), forwarded messages (the forwarder is the sender), anonymous group admins and channels (no
 * user id to check), or crafted button data. A data file is added first, so that any reload would
 * show in the statement count. The token is in no log line, no error message and nothing a start
 * that waits for the Bot API says about why it waits.
 */
class SecurityTest {

  static final long ADMIN = 1;
  static final long USER = 5;
  static final long GROUP = -1001;

  /** Telegram's stand-in sender for anonymous group admins and for channels. */
  static final long ANONYMOUS_ADMIN = 1_087_968_824L;

  static final long CHANNEL_BOT = 136_817_688L;

  @TempDir Path folder;
  Archive archive;
  FakeBotApi api;
  TelegramBot bot;
  LogCapture logs;
  int statements;

  @BeforeEach
  void setUp() throws Exception {
    archive = Fixtures.archive(folder);
    statements = archive.statements().size();
    Fixtures.statementsOf(archive.dataFolder(), "TJ", "Tajikistan", 3);
    api = new FakeBotApi();
    logs = new LogCapture(Level.DEBUG);
    Stats stats = new Stats(Clock.systemUTC());
    ChatCore core = Fixtures.core(archive, Set.of(ADMIN), stats, Fixtures.ROOMY, Clock.systemUTC());
    bot =
        TelegramBot.start(
            TelegramBotTest.settings(api),
            Journal.open(folder.resolve("journal.db"), Clock.systemUTC()),
            core,
            stats);
  }

  @AfterEach
  void tearDown() throws Exception {
    try {
      bot.close();
      for (String line : logs.lines()) {
        assertFalse(line.contains(FakeBotApi.TOKEN), line);
      }
      for (FakeBotApi.Call call : api.calls()) {
        assertFalse(call.params().toString().contains(FakeBotApi.TOKEN), call.toString());
      }
    } finally {
      logs.close();
      api.close();
      archive.close();
    }
  }

  ObjectNode from(long chat, long user, boolean isBot, int messageId, String text) {
    ObjectNode sender = FakeBotApi.user(user, "en").put("is_bot", isBot);
    return FakeBotApi.message(chat, sender, messageId).put("text", text);
  }

  void assertNotReloaded() throws Exception {
    // A marker after everything else: once it is answered, the updates before it were handled.
    api.text(99, 99, "en", 1, "/help");
    api.awaitOne("sendMessage", c -> c.chatId() == 99);
    assertEquals(statements, archive.statements().size(), "no reload happened");
  }

  @Test
  void refusesANonAdminInPrivateAndInAGroupAndServesTheAdminInBoth() throws Exception {
    api.text(USER, USER, "en", 1, "/reload");
    api.text(GROUP, USER, "en", 2, "/reload@" + FakeBotApi.BOT_NAME);
    api.text(GROUP, USER, "en", 3, "/stats@" + FakeBotApi.BOT_NAME);
    List<FakeBotApi.Call> refusals =
        api.await("sendMessage", 3, c -> c.chatId() == USER || c.chatId() == GROUP);
    for (FakeBotApi.Call refusal : refusals) {
      assertEquals("Sorry, that is for the bot’s administrators.", refusal.text());
    }
    assertNotReloaded();
    api.text(GROUP, ADMIN, "en", 4, "/reload@" + FakeBotApi.BOT_NAME);
    FakeBotApi.Call report = api.awaitOne("sendMessage", c -> c.text().startsWith("Reloaded in "));
    assertEquals(GROUP, report.chatId());
    assertEquals(statements + 3, archive.statements().size());
  }

  @Test
  void ignoresEditedMessagesFromAnyone() throws Exception {
    api.push("edited_message", from(USER, USER, false, 1, "/reload"));
    api.push("edited_message", from(ADMIN, ADMIN, false, 1, "/reload"));
    api.push("edited_message", from(GROUP, ADMIN, false, 1, "/reload@" + FakeBotApi.BOT_NAME));
    assertNotReloaded();
    assertEquals(1, api.calls("sendMessage").size(), "only the marker was answered");
  }

  @Test
  void takesAForwardedMessageAsTheForwardersNotTheOriginalSenders() throws Exception {
    ObjectNode forwarded = from(USER, USER, false, 1, "/reload");
    forwarded
        .putObject("forward_origin")
        .put("type", "user")
        .put("date", 1_767_225_000)
        .set("sender_user", FakeBotApi.user(ADMIN, "en"));
    api.push("message", forwarded);
    assertEquals(
        "Sorry, that is for the bot’s administrators.",
        api.awaitOne("sendMessage", c -> c.chatId() == USER).text());
    assertNotReloaded();
  }

  @Test
  void ignoresAnonymousGroupAdminsAndChannelsWhoseUserIdIsNotKnown() throws Exception {
    ObjectNode anonymous =
        from(GROUP, ANONYMOUS_ADMIN, true, 1, "/reload@" + FakeBotApi.BOT_NAME)
            .set("sender_chat", FakeBotApi.chat(GROUP));
    api.push("message", anonymous);
    ObjectNode channel =
        from(GROUP, CHANNEL_BOT, true, 2, "/reload@" + FakeBotApi.BOT_NAME)
            .set("sender_chat", FakeBotApi.chat(-1002).put("type", "channel"));
    api.push("message", channel);
    assertNotReloaded();
    assertEquals(1, api.calls("sendMessage").size(), "only the marker was answered");
  }

  @Test
  void answersCraftedButtonDataFromANonAdminWithAToastAndNoEffect() throws Exception {
    List<String> crafted =
        List.of("/reload", "reload", "a:reload", "admin:stats", "r:1", "m:AAAAAAAA:1", "s:", "");
    for (int i = 0; i < crafted.size(); i++) {
      api.press(USER, USER, 1000, "cb-" + i, crafted.get(i));
      api.press(GROUP, USER, 1000, "cg-" + i, crafted.get(i));
    }
    api.await("answerCallbackQuery", 2 * crafted.size(), c -> true);
    assertNotReloaded();
    assertEquals(List.of(), api.rejected());
  }

  @Test
  void keepsTheTokenOutOfWhatTheStartSaysWhileItWaitsAndOfItsError() throws Exception {
    for (URI unusable : List.of(URI.create("http://127.0.0.1:1"), api.url())) {
      if (unusable.equals(api.url())) {
        api.outage("getMe", FakeBotApi.Fault.status(500), Duration.ofMinutes(1));
      }
      TelegramBot.Settings settings =
          new TelegramBot.Settings(
              FakeBotApi.TOKEN,
              unusable,
              1,
              1,
              Pacer.Pacing.NONE,
              Outbox.Retry.DEFAULT,
              Duration.ofSeconds(1),
              Duration.ofSeconds(1),
              Duration.ofSeconds(2));
      List<String> reasons = new CopyOnWriteArrayList<>();
      AtomicReference<Exception> thrown = new AtomicReference<>();
      Thread starting =
          new Thread(
              () -> {
                try {
                  TelegramBot.start(
                          settings,
                          Journal.inMemory(Clock.systemUTC()),
                          null,
                          new Stats(Clock.systemUTC()),
                          reasons::add)
                      .close();
                } catch (Exception e) {
                  thrown.set(e);
                }
              });
      starting.start();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (reasons.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      starting.interrupt();
      starting.join(10_000);
      assertTrue(reasons.size() >= 2, "two attempts failed and were told: " + reasons);
      for (String reason : reasons) {
        assertTrue(reason.startsWith("getMe: "), reason);
        assertFalse(reason.contains(FakeBotApi.TOKEN), reason);
      }
      assertTrue(thrown.get().getMessage().startsWith("start-up interrupted"), thrown.toString());
      for (Throwable t = thrown.get(); t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t.getMessage()).contains(FakeBotApi.TOKEN), t.toString());
      }
    }
    assertTrue(Files.exists(folder.resolve("journal.db")));
  }
}
