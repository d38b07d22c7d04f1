package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.balagh.bot.Fixtures;
import org.balagh.bot.LogCapture;
import org.balagh.bot.OpsClient;
import org.balagh.bot.chat.ChatCore;
import org.balagh.bot.chat.Conversation;
import org.balagh.bot.chat.Incoming;
import org.balagh.bot.journal.Journal;
import org.balagh.bot.ops.Metrics;
import org.balagh.bot.ops.OpsServer;
import org.balagh.bot.ops.Readiness;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the real TelegramBots client and long-polling session against a fake Bot API on
 * 127.0.0.1, scripted updates in, the exact requests the bot makes checked on the way out.
 */
class TelegramBotTest {

  static final long ADMIN = 1;
  static final long USER = 5;
  static final long GROUP = -1001;
  static final String C5 = Fixtures.C5;

  @TempDir Path folder;
  Archive archive;
  FakeBotApi api;
  Stats stats;
  ChatCore core;
  TelegramBot bot;
  boolean rejectionsExpected;

  @BeforeEach
  void setUp() throws IOException {
    archive = Fixtures.archive(folder);
    api = new FakeBotApi();
    stats = new Stats(Clock.systemUTC());
    core = Fixtures.core(archive, Set.of(ADMIN), stats, Fixtures.ROOMY, Clock.systemUTC());
  }

  @AfterEach
  void tearDown() throws IOException {
    if (bot != null) {
      bot.close();
    }
    api.close();
    archive.close();
    if (!rejectionsExpected) {
      assertEquals(List.of(), api.rejected(), "requests Telegram would have refused");
    }
  }

  static TelegramBot.Settings settings(FakeBotApi api) {
    return new TelegramBot.Settings(
        FakeBotApi.TOKEN,
        api.url(),
        4,
        1,
        Pacer.Pacing.NONE,
        new Outbox.Retry(4, Duration.ofMillis(100), Duration.ofSeconds(5)),
        Duration.ofMillis(300),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5));
  }

  void start(Conversation conversation) throws Exception {
    bot =
        TelegramBot.start(
            settings(api),
            Journal.open(folder.resolve("journal.db"), Clock.systemUTC()),
            conversation,
            stats);
  }

  /** The statement key the core writes into callback data: base64url SHA-256, 11 chars. */
  static String key(String id) throws Exception {
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(id.getBytes(StandardCharsets.UTF_8));
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 11);
  }

  /** Asks the C5 question in a private chat and returns the bot's answer message. */
  FakeBotApi.Call askC5() {
    api.text(USER, USER, "en", 10, C5);
    return api.awaitOne("sendMessage", c -> true);
  }

  @Test
  void startsByAskingWhoItIsAndRegisteringCommandsInThreeLanguages() throws Exception {
    start(core);
    assertEquals(FakeBotApi.BOT_NAME, bot.username());
    List<FakeBotApi.Call> menus = api.await("setMyCommands", 3, c -> true);
    assertEquals(
        Set.of("", "ar", "fr"),
        menus.stream()
            .map(c -> c.params().path("language_code").asText(""))
            .collect(Collectors.toSet()));
    for (FakeBotApi.Call menu : menus) {
      assertEquals(
          List.of("ask", "latest", "country", "compare", "sources", "help", "start"),
          menu.params().path("commands").findValuesAsText("command"));
    }
    assertEquals(1, api.calls("deleteWebhook").size());
    assertEquals(1, api.calls("getMe").size());
  }

  @Test
  void startsWithAWarningWhenGetMeLeavesOutIsBotAsSomeEmulatorsDo() throws Exception {
    api.getMeWithoutIsBot();
    try (LogCapture logs = new LogCapture(Level.INFO)) {
      start(core);
      assertEquals(FakeBotApi.BOT_NAME, bot.username());
      assertTrue(
          logs.lines().stream().anyMatch(line -> line.contains("event=getme_without_is_bot")),
          logs.lines().toString());
    }
    askC5();
  }

  @Test
  void pollsAServerThatAnswersPollsAtOnceNoMoreThanTenTimesASecond() throws Exception {
    start(core);
    api.answerPollsAtOnce();
    // The poll held when the switch came is answered within a second.
    Thread.sleep(1200);
    int before = api.polls();
    Thread.sleep(2000);
    int polls = api.polls() - before;
    assertTrue(polls <= 2 * 10 + 1, polls + " polls in 2 s");
    askC5();
  }

  @Test
  void logsNoPollFailureForThePollItCutsShortWhenStopping() throws Exception {
    start(core);
    // Polls come back at once and follow each other: one is nearly always under way.
    api.answerPollsAtOnce();
    Thread.sleep(1500);
    try (LogCapture logs = new LogCapture(Level.INFO)) {
      bot.close();
      assertEquals(
          List.of(),
          logs.lines().stream().filter(line -> line.contains("event=poll_failed")).toList());
    }
    assertEquals(0, stats.snapshot().telegramErrors().getOrDefault(Stats.NO_RESPONSE, 0L));
  }

  @Test
  void answersAPrivateQuestionAsAnHtmlReplyWithTheQuoteAndItsSource() throws Exception {
    start(core);
    FakeBotApi.Call send = askC5();
    int total = archive.answer(C5, 5).answers().size();
    assertEquals(USER, send.chatId());
    assertEquals(Fixtures.c5Answer(total), send.text());
    assertEquals(
        "html", send.params().path("parse_mode").asText().toLowerCase(java.util.Locale.ROOT));
    assertEquals(10, send.params().at("/reply_parameters/message_id").asInt());
    assertTrue(send.params().at("/link_preview_options/is_disabled").asBoolean());
    JsonNode keyboard = send.keyboard();
    assertEquals("Source 🔗", keyboard.at("/0/0/text").asText());
    assertEquals("https://example.org/c5", keyboard.at("/0/0/url").asText());
    String c5 = key("c5-2023");
    assertEquals("Context", keyboard.at("/1/0/text").asText());
    assertEquals("c:" + c5 + ":1", keyboard.at("/1/0/callback_data").asText());
    assertEquals("More ▸", keyboard.at("/1/1/text").asText());
    assertTrue(keyboard.at("/1/1/callback_data").asText().matches("m:[A-Za-z0-9]{8}:1"));
    assertEquals("v:u:" + c5 + ":1", keyboard.at("/2/0/callback_data").asText());
    assertEquals("v:d:" + c5 + ":1", keyboard.at("/2/1/callback_data").asText());
  }

  @Test
  void editsForMoreSendsContextAndAnswersEveryPress() throws Exception {
    start(core);
    FakeBotApi.Call answer = askC5();
    int botMessage = answer.result().path("message_id").asInt();
    assertEquals("", press(botMessage, "cb-more", answer.keyboard().at("/1/1/callback_data")));
    FakeBotApi.Call edit = api.awaitOne("editMessageText", c -> true);
    assertEquals(botMessage, edit.params().path("message_id").asInt());
    assertTrue(edit.text().contains(" · answer 2 of "), edit.text());
    assertEquals(
        "html", edit.params().path("parse_mode").asText().toLowerCase(java.util.Locale.ROOT));

    assertEquals("", press(botMessage, "cb-context", answer.keyboard().at("/1/0/callback_data")));
    FakeBotApi.Call context = api.await("sendMessage", 2, c -> true).get(1);
    assertTrue(
        context.text().contains("<b>The leaders noted that the situation in Afghanistan"),
        context.text());
    assertEquals(botMessage, context.params().at("/reply_parameters/message_id").asInt());

    assertEquals(
        "Thanks, noted.", press(botMessage, "cb-vote", answer.keyboard().at("/2/0/callback_data")));
    assertEquals(1, stats.snapshot().up());
  }

  @Test
  void pagesACountrysStatementsInAGroupWithButtonsThatEditTheMessage() throws Exception {
    Fixtures.statementsOf(folder.resolve("data"), "TJ", "Tajikistan", 24);
    archive.reload();
    start(core);
    api.text(GROUP, USER, "en", 7, "/country@" + FakeBotApi.BOT_NAME + " طاجيكستان");
    FakeBotApi.Call send = api.awaitOne("sendMessage", c -> true);
    assertEquals(GROUP, send.chatId());
    assertEquals(
        "<b>Statements involving Tajikistan</b> (25, newest first)\n\n"
            + "<b>2023</b>\n"
            + "2023-09-19 · <a href=\"https://example.org/c5\">C5+1 Leaders’ Joint Statement</a>\n\n"
            + "<b>2010</b>\n"
            + "2010-08-01 · <a href=\"https://example.org/tj/24\">Statement 24</a>\n"
            + "2010-03-01 · <a href=\"https://example.org/tj/23\">Statement 23</a>\n\n"
            + "<b>2009</b>\n"
            + "2009-10-01 · <a href=\"https://example.org/tj/22\">Statement 22</a>\n"
            + "2009-05-01 · <a href=\"https://example.org/tj/21\">Statement 21</a>\n\n"
            + "<b>2008</b>\n"
            + "2008-12-01 · <a href=\"https://example.org/tj/20\">Statement 20</a>\n"
            + "2008-07-01 · <a href=\"https://example.org/tj/19\">Statement 19</a>\n"
            + "2008-02-01 · <a href=\"https://example.org/tj/18\">Statement 18</a>\n\n"
            + "<b>2007</b>\n"
            + "2007-09-01 · <a href=\"https://example.org/tj/17\">Statement 17</a>\n"
            + "2007-04-01 · <a href=\"https://example.org/tj/16\">Statement 16</a>\n\n"
            + "1–10 of 25; 15 older",
        send.text());
    assertTrue(send.text().length() <= 4096);
    assertEquals(
        "html", send.params().path("parse_mode").asText().toLowerCase(java.util.Locale.ROOT));
    assertEquals(7, send.params().at("/reply_parameters/message_id").asInt());
    assertEquals(
        "[[{\"text\":\"Older ▸\",\"callback_data\":\"t:TJ:10\"}]]", send.keyboard().toString());

    int botMessage = send.result().path("message_id").asInt();
    api.press(GROUP, USER, botMessage, "cb-older", "t:TJ:10");
    FakeBotApi.Call edit = api.awaitOne("editMessageText", c -> true);
    assertEquals(GROUP, edit.chatId());
    assertEquals(botMessage, edit.params().path("message_id").asInt());
    assertTrue(edit.text().startsWith("<b>Statements involving Tajikistan</b> (25, newest first)"));
    assertTrue(edit.text().endsWith("\n\n11–20 of 25; 5 older"), edit.text());
    assertEquals(
        "[[{\"text\":\"◂ Newer\",\"callback_data\":\"t:TJ:0\"},"
            + "{\"text\":\"Older ▸\",\"callback_data\":\"t:TJ:20\"}]]",
        edit.keyboard().toString());
    assertEquals("", api.awaitOne("answerCallbackQuery", c -> true).params().path("text").asText());
  }

  @Test
  void comparesTwoCountriesWithALinkButtonForEachSide() throws Exception {
    start(core);
    api.text(USER, USER, "fr", 8, "/compare Ukraine and Kazakhstan on wheat");
    FakeBotApi.Call send = api.awaitOne("sendMessage", c -> true);
    assertTrue(
        send.text().startsWith("<b>Ukraine and Kazakhstan on “wheat”</b>\n\n<b>Ukraine</b>\n"),
        send.text());
    assertEquals(
        "[[{\"text\":\"Ukraine 🔗\",\"url\":\"https://example.org/ua-grain\"},"
            + "{\"text\":\"Kazakhstan 🔗\",\"url\":\"https://example.org/kz-ma-2025\"}]]",
        send.keyboard().toString());
  }

  /** Presses a button of a bot message and returns the text of the callback answer. */
  String press(int botMessage, String callbackId, JsonNode data) {
    api.press(USER, USER, botMessage, callbackId, data.asText());
    return api.awaitOne(
            "answerCallbackQuery",
            c -> c.params().path("callback_query_id").asText().equals(callbackId))
        .params()
        .path("text")
        .asText();
  }

  @Test
  void pressingTheSameMoreButtonTwiceDoesNotMakeTelegramRefuseAnEdit() throws Exception {
    start(core);
    FakeBotApi.Call answer = askC5();
    int botMessage = answer.result().path("message_id").asInt();
    String more = answer.keyboard().at("/1/1/callback_data").asText();
    api.press(USER, USER, botMessage, "cb-1", more);
    api.press(USER, USER, botMessage, "cb-2", more);
    api.await("answerCallbackQuery", 2, c -> true);
    assertEquals(1, api.calls("editMessageText").size());
  }

  @Test
  void answersCraftedCallbackDataWithAPoliteToastAndNothingElse() throws Exception {
    start(core);
    List<String> crafted = List.of("m:AAAAAAAA:3", "c:zzz:999999", "/reload", "x".repeat(64), "");
    for (int i = 0; i < crafted.size(); i++) {
      api.press(USER, USER, 77, "cb-" + i, crafted.get(i));
    }
    List<FakeBotApi.Call> toasts = api.await("answerCallbackQuery", crafted.size(), c -> true);
    for (FakeBotApi.Call toast : toasts) {
      assertFalse(toast.params().path("text").asText().isEmpty());
    }
    assertEquals(List.of(), api.calls("sendMessage"));
    assertEquals(List.of(), api.calls("editMessageText"));
  }

  @Test
  void listsUpToTenQuotesForAnInlineQuery() throws Exception {
    start(core);
    api.inline(USER, "iq-1", "wheat exports");
    FakeBotApi.Call answer = api.awaitOne("answerInlineQuery", c -> true);
    JsonNode results = answer.params().path("results");
    assertTrue(results.size() >= 1 && results.size() <= 10, results.toString());
    JsonNode top = results.get(0);
    assertEquals("article", top.path("type").asText());
    assertTrue(top.at("/input_message_content/message_text").asText().startsWith("<blockquote>"));
    assertEquals(
        "html",
        top.at("/input_message_content/parse_mode").asText().toLowerCase(java.util.Locale.ROOT));
    assertTrue(top.at("/reply_markup/inline_keyboard/0/0/url").asText().startsWith("https://"));
  }

  @Test
  void answersInGroupsOnlyWhatIsAddressedToIt() throws Exception {
    start(core);
    api.text(GROUP, USER, "en", 1, "What did Kazakhstan say about wheat?");
    api.text(GROUP, USER, "en", 2, "/help");
    api.text(GROUP, USER, "en", 3, "/ask What did Kazakhstan say about wheat?");
    api.text(
        GROUP, USER, "en", 4, "@" + FakeBotApi.BOT_NAME + " What did Kazakhstan say about wheat?");
    api.text(GROUP, USER, "en", 5, "/sources@" + FakeBotApi.BOT_NAME);
    api.replyToBot(GROUP, USER, 6, "What did Kazakhstan say about wheat?", 1000);
    List<FakeBotApi.Call> sent = api.await("sendMessage", 4, c -> c.chatId() == GROUP);
    assertEquals(
        List.of(3, 4, 5, 6),
        sent.stream().map(c -> c.params().at("/reply_parameters/message_id").asInt()).toList());
    Thread.sleep(300);
    assertEquals(4, api.calls("sendMessage").size(), "chatter and bare /help are ignored");
  }

  @Test
  void refusesAdminCommandsAndUploadsFromOthersPolitely() throws Exception {
    start(core);
    api.text(USER, USER, "fr", 1, "/reload");
    api.document(USER, USER, 2, "f-1", "more.jsonl", 100, null);
    List<FakeBotApi.Call> sent = api.await("sendMessage", 2, c -> true);
    assertEquals("Désolé, c’est réservé aux administrateurs du bot.", sent.get(0).text());
    assertTrue(sent.get(1).text().startsWith("Thanks, but only the bot’s administrators"));
    assertEquals(List.of(), api.calls("getFile"), "nothing is downloaded for a non-admin");
  }

  @Test
  void addsAnAdminsStatementFileDownloadedFromTheConfiguredServerAndReloads() throws Exception {
    start(core);
    byte[] content =
        ("{\"id\":\"saffron-1\",\"title\":\"Saffron talks\",\"date\":\"2025-05-05\","
                + "\"url\":\"https://example.org/saffron\",\"text\":\"Morocco and Kazakhstan agreed"
                + " to expand the saffron trade.\"}\n")
            .getBytes(StandardCharsets.UTF_8);
    api.file("f-9", "documents/file_9.jsonl", content);
    api.document(ADMIN, ADMIN, 3, "f-9", "saffron talks.jsonl", content.length, null);
    FakeBotApi.Call report = api.awaitOne("sendMessage", c -> true);
    assertTrue(
        report.text().startsWith("Added saffron_talks.jsonl (statements: 1).\n\nReloaded in "),
        report.text());
    assertEquals(3, report.params().at("/reply_parameters/message_id").asInt());
    assertEquals(
        "/file/bot" + FakeBotApi.TOKEN + "/documents/file_9.jsonl",
        api.awaitOne("download", c -> true).params().path("path").asText());
    assertTrue(Files.exists(folder.resolve("data/uploads/saffron_talks.jsonl")));
    api.text(USER, USER, "en", 4, "What did Morocco and Kazakhstan agree about saffron?");
    FakeBotApi.Call answer = api.await("sendMessage", 2, c -> true).get(1);
    assertTrue(answer.text().contains("expand the saffron trade"), answer.text());
  }

  @Test
  void reloadsForAnAdminAndReportsWhatWasSkipped() throws Exception {
    start(core);
    Files.writeString(folder.resolve("data/broken.jsonl"), "{\"id\": \"x\"}\n");
    api.text(ADMIN, ADMIN, "en", 1, "/reload");
    FakeBotApi.Call report = api.awaitOne("sendMessage", c -> true);
    assertTrue(
        report.text().contains("Records skipped: 1\n• <code>broken.jsonl:1: "), report.text());
  }

  @Test
  void waitsTheRetryAfterOfA429AndSendsAgain() throws Exception {
    start(core);
    api.failNext("sendMessage", 1, 429, 1);
    long start = System.nanoTime();
    api.text(USER, USER, "en", 1, "/help");
    api.awaitOne("sendMessage", c -> true);
    assertTrue(System.nanoTime() - start >= 1_000_000_000L, "waited retry_after");
    assertEquals(
        List.of(429, 200), api.calls("sendMessage").stream().map(FakeBotApi.Call::status).toList());
    assertEquals(0, stats.snapshot().errors());
    assertEquals(Map.of(429, 1L), stats.snapshot().telegramErrors());
  }

  @Test
  void retriesServerErrorsWithBackoff() throws Exception {
    start(core);
    api.failNext("sendMessage", 1, 500, 0);
    api.failNext("sendMessage", 1, 502, 0);
    api.text(USER, USER, "en", 1, "/help");
    api.awaitOne("sendMessage", c -> true);
    assertEquals(
        List.of(500, 502, 200),
        api.calls("sendMessage").stream().map(FakeBotApi.Call::status).toList());
    assertEquals(Map.of(500, 1L, 502, 1L), stats.snapshot().telegramErrors());
  }

  @Test
  void givesUpAfterTheLastAttemptAndCountsAnError() throws Exception {
    start(core);
    api.failNext("sendMessage", 4, 500, 0);
    api.text(USER, USER, "en", 1, "/help");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (stats.snapshot().errors() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(1, stats.snapshot().errors());
    assertEquals(4, api.calls("sendMessage").size());
  }

  @Test
  void keepsEachChatInOrderWhileOtherChatsGoAhead() throws Exception {
    start(
        incoming -> {
          if (incoming instanceof Incoming.Text text && text.text().equals("/sources")) {
            sleep(1500);
          }
          return core.reply(incoming);
        });
    api.text(USER, USER, "en", 1, "/sources");
    api.text(USER, USER, "en", 2, "/help");
    api.text(7, 7, "en", 1, "/help");
    List<FakeBotApi.Call> sent = api.await("sendMessage", 3, c -> true);
    assertEquals(List.of(7L, USER, USER), sent.stream().map(FakeBotApi.Call::chatId).toList());
    assertTrue(sent.get(1).text().startsWith("<b>Stored:"), "the slow one first in its chat");
  }

  @Test
  void aFailingUpdateDoesNotStopItsChatAndAPressIsStillAnswered() throws Exception {
    start(
        incoming -> {
          if (incoming instanceof Incoming.Text text && text.text().equals("boom")
              || incoming instanceof Incoming.Press) {
            throw new IllegalStateException("boom");
          }
          return core.reply(incoming);
        });
    api.text(USER, USER, "en", 1, "boom");
    api.press(USER, USER, 1000, "cb-boom", "m:AAAAAAAA:1");
    api.text(USER, USER, "en", 2, "/help");
    assertTrue(api.awaitOne("sendMessage", c -> true).text().startsWith("Send me a question"));
    api.awaitOne("answerCallbackQuery", c -> true);
    assertEquals(2, stats.snapshot().errors());
  }

  @Test
  void showsTypingWhenAnAnswerTakesLong() throws Exception {
    start(
        incoming -> {
          sleep(700);
          return core.reply(incoming);
        });
    api.text(USER, USER, "en", 1, C5);
    FakeBotApi.Call typing = api.awaitOne("sendChatAction", c -> true);
    assertEquals(USER, typing.chatId());
    assertEquals("typing", typing.params().path("action").asText());
    api.awaitOne("sendMessage", c -> true);
  }

  @Test
  void isReadyWhilePollingAndItsMetricsCountAQuestionAskedThroughTelegram() throws Exception {
    Readiness readiness = new Readiness(Clock.systemUTC());
    OpsServer ops =
        OpsServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            readiness,
            new Metrics(stats));
    try {
      OpsClient client = new OpsClient(ops.address());
      readiness.indexOpen();
      assertEquals(503, client.get("/readyz").status());
      start(core);
      readiness.polling(bot::problem);
      assertTrue(
          client
              .get("/readyz")
              .body()
              .matches("ready phase=polling since=\\S+Z index=open telegram=polling\n"),
          client.get("/readyz").body());
      api.failNext("sendMessage", 1, 429, 0);
      askC5();
      OpsClient.Answer metrics = client.get("/metrics");
      assertEquals(1, metrics.sample("balagh_questions_total"));
      assertEquals(0, metrics.sample("balagh_abstentions_total"));
      assertEquals(1, metrics.sample("balagh_answer_latency_seconds_count"));
      assertEquals(1, metrics.sample("balagh_answer_latency_seconds_bucket{le=\"+Inf\"}"));
      assertEquals(1, metrics.sample("balagh_telegram_api_errors_total{code=\"429\"}"));
      bot.close();
      assertTrue(
          client.get("/readyz").body().endsWith(" telegram=not_polling reason=\"stopped\"\n"),
          client.get("/readyz").body());
    } finally {
      ops.close();
    }
  }

  @Test
  void stopsCountingAsPollingWhenTheBotApiGoesAway() throws Exception {
    start(core);
    api.await("setMyCommands", 3, c -> true);
    assertTrue(bot.polling());
    api.close();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (bot.polling() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertFalse(bot.polling());
    assertTrue(stats.snapshot().telegramErrors().getOrDefault(Stats.NO_RESPONSE, 0L) >= 1);
  }

  @Test
  void stopsPollingAndFinishesTheReplyInFlightOnClose() throws Exception {
    start(
        incoming -> {
          sleep(1000);
          return core.reply(incoming);
        });
    api.text(USER, USER, "en", 1, "/help");
    while (api.calls().stream().noneMatch(c -> c.method().equals("sendChatAction"))) {
      Thread.sleep(20);
    }
    long started = System.nanoTime();
    bot.close();
    assertTrue(System.nanoTime() - started < 5_000_000_000L);
    assertEquals(1, api.calls("sendMessage").size(), "the reply in flight was sent");
    int polls = api.polls();
    Thread.sleep(1500);
    assertEquals(polls, api.polls(), "no more polling");
    assertEquals(
        List.of(),
        Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter(name -> name.startsWith("balagh-"))
            .toList());
  }

  @Test
  void refusesToStartWithATokenTelegramDoesNotKnow() {
    TelegramBot.Settings wrong =
        new TelegramBot.Settings(
            "654321:TEST-some_other_token_abcdefghijklmn",
            api.url(),
            1,
            1,
            Pacer.Pacing.NONE,
            Outbox.Retry.DEFAULT,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(5));
    Exception e =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class,
            () -> TelegramBot.start(wrong, Journal.inMemory(Clock.systemUTC()), core, stats));
    assertEquals(
        "Telegram refused the token (TELEGRAM_BOT_TOKEN): ask @BotFather for the right one",
        e.getMessage());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
