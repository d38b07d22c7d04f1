package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.balagh.bot.Fixtures;
import org.balagh.bot.MutableClock;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden test of the conversation core, on the fixtures, with no transport at all. */
class ChatCoreTest {

  static final long USER = 5;
  static final long ADMIN = 1;
  static final String BOT = "balagh_bot";
  static final String C5 = Fixtures.C5;

  @TempDir static Path folder;
  static Archive archive;

  final MutableClock clock = new MutableClock();
  final Stats stats = new Stats(clock);
  final ChatCore core =
      core(new ChatCore.Limits(1000, Duration.ofSeconds(1), Duration.ofMinutes(1)));

  @BeforeAll
  static void open() throws IOException {
    archive = Fixtures.archive(folder);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  ChatCore core(ChatCore.Limits limits) {
    return Fixtures.core(archive, Set.of(ADMIN), stats, limits, clock);
  }

  static Incoming.Text text(long user, String lang, String text) {
    return new Incoming.Text(new Sender(user, lang), Chat.direct(user), 10, text, false, BOT);
  }

  static Incoming.Text inGroup(String text, boolean replyToBot) {
    return new Incoming.Text(
        new Sender(USER, "en"), new Chat(-100, true), 20, text, replyToBot, BOT);
  }

  Reply.Send ask(String lang, String text) {
    List<Reply> replies = core.reply(text(USER, lang, text));
    assertEquals(1, replies.size(), replies.toString());
    return assertInstanceOf(Reply.Send.class, replies.get(0));
  }

  static Incoming.Press press(String data) {
    return new Incoming.Press(new Sender(USER, "en"), Chat.direct(USER), 11, "cb-1", data);
  }

  static void assertTelegramSafe(List<Reply> replies) {
    for (Reply reply : replies) {
      String html =
          reply instanceof Reply.Send s ? s.html() : reply instanceof Reply.Edit e ? e.html() : "";
      Keyboard keyboard =
          reply instanceof Reply.Send s
              ? s.keyboard()
              : reply instanceof Reply.Edit e ? e.keyboard() : Keyboard.NONE;
      if (!html.isEmpty()) {
        assertEquals(
            java.util.Optional.empty(), org.balagh.bot.TelegramRules.messageProblem(html), html);
        assertTrue(html.length() <= HtmlCutter.LIMIT);
      }
      for (Button button : keyboard.buttons()) {
        assertTrue(button.isLink() || button.target().getBytes().length <= 64, button.toString());
      }
    }
  }

  @Test
  void answersAPrivateQuestionWithTheQuoteTitleDateLanguageAndSourceAsAReply() {
    int total = archive.answer(C5, Answering.ANSWERS).answers().size();
    Reply.Send reply = ask("en", C5);
    assertEquals(Fixtures.c5Answer(total), reply.html());
    assertEquals(USER, reply.chatId());
    assertEquals(10, reply.replyTo());
    String key = StatementKeys.key("c5-2023");
    List<List<Button>> rows = reply.keyboard().rows();
    assertEquals(
        List.of(new Button("Source 🔗", Button.Kind.LINK, "https://example.org/c5")), rows.get(0));
    assertEquals(new Button("Context", Button.Kind.CONTEXT, "c:" + key + ":1"), rows.get(1).get(0));
    assertTrue(rows.get(1).get(1).target().matches("m:[A-Za-z0-9]{8}:1"), rows.get(1).toString());
    assertEquals(
        List.of(
            new Button("👍", Button.Kind.UP, "v:u:" + key + ":1"),
            new Button("👎", Button.Kind.DOWN, "v:d:" + key + ":1")),
        rows.get(2));
    assertEquals(1, stats.snapshot().questions());
  }

  @Test
  void answersInTheQuestionsLanguageWhateverTheTelegramLanguage() {
    Reply.Send reply = ask("fr", "هل تدعم كازاخستان مبادرة الحكم الذاتي التي قدمها المغرب؟");
    assertTrue(
        reply.html().startsWith("<blockquote>وفي بلاغ مشترك وقعه السيد نورتليو"), reply.html());
    assertTrue(reply.html().contains("\nالعربية · الجواب 1 من "), reply.html());
    assertEquals("السياق", reply.keyboard().rows().get(1).get(0).label());
    assertEquals("المصدر 🔗", reply.keyboard().rows().get(0).get(0).label());
  }

  @Test
  void saysKindlyInTheQuestionsLanguageWhenNothingStoredAnswers() {
    Reply.Send english = ask("fr", "How do I bake a chocolate cake?");
    assertEquals(Phrase.NOTHING_FOUND.in(Lang.EN), english.html());
    assertTrue(
        english.html().contains("/sources") && english.html().contains("naming the country"));
    assertEquals(Keyboard.NONE, english.keyboard());
    assertEquals(10, english.replyTo());
    Reply.Send arabic = ask("en", "هل يمكن طهي الكعكة بدون بيض؟");
    assertEquals(Phrase.NOTHING_FOUND.in(Lang.AR), arabic.html());
    assertFalse(arabic.html().contains("<blockquote>"));
    assertEquals(1.0, stats.snapshot().abstentionRate());
  }

  @Test
  void saysWhenNothingStoredComesFromTheCountryAskedThoughOthersSpeakOfIt() {
    Reply.Send reply = ask("en", "ما موقف كازاخستان من كأس العالم لكرة القدم؟");
    assertEquals(Phrase.NOTHING_FROM.in(Lang.AR, "كازاخستان"), reply.html());
    assertFalse(reply.html().contains("<blockquote>"));
  }

  @Test
  void welcomesInTheUsersLanguageWithThreeExampleQuestions() {
    for (String code : List.of("ar", "en", "fr-CA", "de", "")) {
      Lang lang = Lang.of(code);
      String html = ask(code, "/start").html();
      assertTrue(html.startsWith(Phrase.WELCOME.in(lang)), html);
      assertEquals(3, html.split("\n• <i>", -1).length - 1, html);
      assertTrue(html.endsWith(Phrase.WELCOME_END.in(lang)));
    }
    assertTrue(ask("de", "/start").html().contains("What did Kazakhstan say"));
    assertTrue(ask("ar", "/start").html().contains("هل تدعم كازاخستان"));
  }

  @Test
  void listsTheCommandsAndShowsAdminsTheirs() {
    String user = ask("en", "/help").html();
    assertTrue(user.contains("/ask") && user.contains("/latest") && user.contains("/sources"));
    assertTrue(user.contains("/country") && user.contains("/compare"), user);
    assertTrue(user.contains("@" + BOT));
    assertFalse(user.contains("/reload"));
    List<Reply> admin = core.reply(text(ADMIN, "en", "/help"));
    assertTrue(((Reply.Send) admin.get(0)).html().contains("/reload"));
  }

  @Test
  void answersAskAndExplainsAnEmptyOne() {
    assertTrue(ask("en", "/ask " + C5).html().contains("situation in Afghanistan"));
    String empty = ask("en", "/ask").html();
    assertTrue(empty.startsWith("Write your question after /ask"), empty);
  }

  @Test
  void listsTheNewestStatementsOfANamedCountryInAnyLanguage() {
    String all = ask("en", "/latest").html();
    assertTrue(
        all.startsWith(
            "<b>The newest statements</b>\n1. <a href=\"https://example.org/kz-ma-2025\">"),
        all);
    String expected =
        "<b>The newest statements involving Morocco</b>\n"
            + "1. <a href=\"https://example.org/kz-ma-2025\">Joint Statement of Kazakhstan and"
            + " Morocco</a> · 2025-03-10\n"
            + "2. <a href=\"https://example.org/fr-ma\">Déclaration conjointe de la France et du"
            + " Maroc</a> · 2024-10-28\n"
            + "3. <a href=\"https://telegraafm.com/?p=18494\">البلاغ المشترك للمغرب وكازاخستان"
            + " (بوريطة ونورتليو)</a>";
    assertEquals(expected, ask("en", "/latest Morocco").html());
    assertEquals(expected, ask("en", "/latest المغرب").html());
    assertEquals(expected, ask("en", "/latest MA").html());
  }

  @Test
  void escapesAnUnknownCountryInItsReply() {
    assertEquals(
        "I don’t know a country called “&lt;b&gt;Atlantis&amp;co”. Try its name in Arabic,"
            + " English or French.",
        ask("en", "/latest <b>Atlantis&co").html());
  }

  @Test
  void countsWhatIsStoredBySourceLanguageAndYear() {
    assertEquals(
        "<b>Stored: 6 statements, 38 sentences</b>\n\n"
            + "<b>By source</b>\n"
            + "Example Ministry: 2\n"
            + "Exemple: 1\n"
            + "The White House: 1\n"
            + "UN General Debate Corpus: 1\n"
            + "telegraafm.com: 1\n\n"
            + "<b>By language</b>\n"
            + "English: 4 · Arabic: 1 · French: 1\n\n"
            + "<b>By year</b>\n"
            + "2025: 1 · 2024: 1 · 2023: 3 · undated: 1",
        ask("en", "/sources").html());
  }

  @Test
  void pointsUnknownCommandsToHelp() {
    assertEquals(Phrase.UNKNOWN_COMMAND.in(Lang.EN), ask("en", "/frobnicate").html());
  }

  @Test
  void ignoresGroupChatterButAnswersWhatIsAddressedToIt() {
    assertEquals(List.of(), core.reply(inGroup("What about wheat in Africa?", false)));
    assertEquals(List.of(), core.reply(inGroup("/help", false)));
    assertEquals(List.of(), core.reply(inGroup("/ask@other_bot wheat", false)));
    for (Incoming.Text addressed :
        List.of(
            inGroup("/ask What did Kazakhstan say about wheat?", false),
            inGroup("@balagh_bot What did Kazakhstan say about wheat?", false),
            inGroup("What did Kazakhstan say about wheat?", true))) {
      Reply.Send reply = (Reply.Send) core.reply(addressed).get(0);
      assertTrue(reply.html().contains("exports of wheat"), reply.html());
      assertEquals(-100, reply.chatId());
      assertEquals(20, reply.replyTo());
    }
    Reply.Send help = (Reply.Send) core.reply(inGroup("/help@balagh_bot", false)).get(0);
    assertTrue(help.html().contains("/latest"));
    assertEquals(20, help.replyTo(), "in groups even commands are answered as replies");
  }

  @Test
  void moreEditsTheMessageToTheNextAnswerAndBack() {
    Reply.Send first = ask("en", C5);
    String more = first.keyboard().rows().get(1).get(1).target();
    List<Reply> replies = core.reply(press(more));
    assertEquals(2, replies.size());
    Reply.Edit second = assertInstanceOf(Reply.Edit.class, replies.get(0));
    assertEquals(USER, second.chatId());
    assertEquals(11, second.messageId());
    assertTrue(second.html().contains(" · answer 2 of "), second.html());
    assertEquals(new Reply.Toast("cb-1", ""), replies.get(1));
    List<Button> moves = second.keyboard().rows().get(1);
    assertEquals(Button.Kind.BACK, moves.get(0).kind());
    Reply.Edit back = (Reply.Edit) core.reply(press(moves.get(0).target())).get(0);
    assertEquals(first.html(), back.html());
    assertEquals(first.keyboard(), back.keyboard());
  }

  @Test
  void tellsWhenThereAreNoMoreAnswersOrTheQuestionExpired() {
    String more = ask("en", C5).keyboard().rows().get(1).get(1).target();
    String token = more.split(":")[1];
    assertEquals(
        List.of(new Reply.Toast("cb-1", Phrase.NO_MORE.in(Lang.EN))),
        core.reply(press("m:" + token + ":99")));
    clock.advance(Duration.ofDays(3));
    assertEquals(
        List.of(new Reply.Toast("cb-1", Phrase.EXPIRED.in(Lang.EN))), core.reply(press(more)));
  }

  @Test
  void showsTheSentencesAroundAnAnswerWithItInBold() {
    List<Reply> replies = core.reply(press("c:" + StatementKeys.key("c5-2023") + ":1"));
    assertEquals(
        List.of(
            new Reply.Send(
                USER,
                "<b>C5+1 Leaders’ Joint Statement</b> · 2023-09-19\n"
                    + "<blockquote>The leaders of the C5+1 met in New York. <b>The leaders noted"
                    + " that the situation in Afghanistan remains a matter of concern.</b> They"
                    + " supported a peaceful, stable and prosperous Central Asia. Mr. President,"
                    + " Dr. Smith and U.S. officials attended.</blockquote>\n"
                    + "<a href=\"https://example.org/c5\">example.org/c5</a>",
                11,
                Keyboard.NONE),
            new Reply.Toast("cb-1", "")),
        replies);
  }

  @Test
  void countsAVoteOnceAndThanksTheVoter() {
    String key = StatementKeys.key("c5-2023");
    assertEquals(
        List.of(new Reply.Toast("cb-1", "Thanks, noted.")), core.reply(press("v:u:" + key + ":1")));
    assertEquals(
        List.of(new Reply.Toast("cb-1", "Already noted, thanks.")),
        core.reply(press("v:u:" + key + ":1")));
    core.reply(press("v:d:" + key + ":2"));
    assertEquals(1, stats.snapshot().up());
    assertEquals(1, stats.snapshot().down());
  }

  @Test
  void answersCraftedButtonDataHarmlessly() {
    for (String data :
        List.of(
            "",
            "reload",
            "m:nope0000:1",
            "c:" + StatementKeys.key("no-such-statement") + ":1",
            "c:" + StatementKeys.key("c5-2023") + ":999",
            "v:u:../../x:1",
            "x".repeat(200))) {
      List<Reply> replies = core.reply(press(data));
      assertEquals(1, replies.size(), data);
      Reply.Toast toast = assertInstanceOf(Reply.Toast.class, replies.get(0));
      assertEquals("cb-1", toast.callbackId());
      assertFalse(toast.text().isEmpty());
    }
    assertEquals(0, stats.snapshot().errors());
  }

  @Test
  void listsUpToTenQuotesInline() {
    List<Reply> replies =
        core.reply(new Incoming.Inline(new Sender(USER, "en"), "q-1", "wheat exports"));
    Reply.Results results = assertInstanceOf(Reply.Results.class, replies.get(0));
    assertEquals("q-1", results.queryId());
    assertFalse(results.results().isEmpty());
    assertTrue(results.results().size() <= 10);
    InlineResult top = results.results().get(0);
    assertTrue(top.html().startsWith("<blockquote>"), top.html());
    assertTrue(top.description().contains(" · "), top.description());
    assertEquals(
        results.results().size(),
        results.results().stream().map(InlineResult::id).distinct().count());
    assertEquals(
        List.of(new Reply.Results("q-2", List.of())),
        core.reply(new Incoming.Inline(new Sender(USER, "en"), "q-2", "  ")));
    assertEquals(
        List.of(new Reply.Results("q-3", List.of())),
        core.reply(
            new Incoming.Inline(new Sender(USER, "en"), "q-3", "How do I bake a chocolate cake?")));
  }

  @Test
  void refusesAdminCommandsAndUploadsToOthersPolitely() {
    assertEquals(Phrase.ADMIN_ONLY.in(Lang.FR), ask("fr", "/reload").html());
    assertEquals(Phrase.ADMIN_ONLY.in(Lang.EN), ask("en", "/stats").html());
    Incoming.Upload upload =
        new Incoming.Upload(
            new Sender(USER, "ar"),
            Chat.direct(USER),
            12,
            "more.jsonl",
            100,
            "",
            false,
            BOT,
            max -> {
              throw new AssertionError("a refused upload must not be downloaded");
            });
    assertEquals(
        List.of(new Reply.Send(USER, Phrase.UPLOAD_ADMIN_ONLY.in(Lang.AR), 12, Keyboard.NONE)),
        core.reply(upload));
  }

  @Test
  void asksAFloodingUserOnceToSlowDownThenStaysQuiet() {
    ChatCore strict = core(new ChatCore.Limits(2, Duration.ofSeconds(10), Duration.ofMinutes(1)));
    strict.reply(text(USER, "en", "/help"));
    strict.reply(text(USER, "en", "/help"));
    assertEquals(
        List.of(new Reply.Send(USER, Phrase.SLOW_DOWN.in(Lang.EN), 0, Keyboard.NONE)),
        strict.reply(text(USER, "en", "/help")));
    assertEquals(List.of(), strict.reply(text(USER, "en", "/help")));
    assertEquals(1, strict.reply(text(ADMIN, "en", "/help")).size(), "admins are not limited");
    clock.advance(Duration.ofSeconds(10));
    assertEquals(1, strict.reply(text(USER, "en", "/help")).size());
  }

  @Test
  void keepsEveryReplyWithinTelegramsRules() {
    for (String question :
        List.of(
            C5,
            "<script>alert('x')</script> & wheat?",
            "wheat ".repeat(3000),
            "\u0000\u0007 wheat \ud800",
            "/latest <i>Morocco",
            "/country <i>Morocco",
            "/compare <b>Ukraine</b> & Kazakhstan <i>wheat",
            "/sources",
            "/start",
            "/help",
            "@balagh_bot",
            "/ask")) {
      for (String lang : List.of("ar", "en", "fr")) {
        assertTelegramSafe(core.reply(text(USER, lang, question)));
      }
    }
  }
}
