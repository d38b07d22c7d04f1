package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
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

/** {@code /compare} through the conversation core, on the fixtures and their glossary. */
class CompareTest {

  static final long USER = 5;

  static final String UKRAINE_KAZAKHSTAN =
      "<b>Ukraine and Kazakhstan on “wheat”</b>\n\n"
          + "<b>Ukraine</b>\n"
          + "<blockquote>The initiative allowed the export of wheat and maize to world"
          + " markets.</blockquote>\n"
          + "— <b>Statement on the Black Sea Grain Initiative</b>\n"
          + "2023-07-20 · English\n"
          + "<a href=\"https://example.org/ua-grain\">example.org/ua-grain</a>\n\n"
          + "<b>Kazakhstan</b>\n"
          + "<blockquote>The two countries discussed exports of wheat to Africa through a logistics"
          + " hub.</blockquote>\n"
          + "— <b>Joint Statement of Kazakhstan and Morocco</b>\n"
          + "2025-03-10 · English\n"
          + "<a href=\"https://example.org/kz-ma-2025\">example.org/kz-ma-2025</a>";

  @TempDir static Path folder;
  static Archive archive;
  static ChatCore core;

  @BeforeAll
  static void open() throws IOException {
    Path data = Fixtures.data(folder.resolve("data"));
    Fixtures.glossary(data);
    archive = Archive.open(data, folder.resolve("index"));
    archive.reload();
    MutableClock clock = new MutableClock();
    core = Fixtures.core(archive, Set.of(), new Stats(clock), Fixtures.ROOMY, clock);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  static Reply.Send say(String lang, String text) {
    List<Reply> replies =
        core.reply(
            new Incoming.Text(new Sender(USER, lang), Chat.direct(USER), 10, text, false, "b"));
    ChatCoreTest.assertTelegramSafe(replies);
    assertEquals(1, replies.size(), replies.toString());
    return assertInstanceOf(Reply.Send.class, replies.get(0));
  }

  @Test
  void quotesEachSidesBestSentenceSideBySideWithItsSource() {
    Reply.Send reply = say("en", "/compare Ukraine Kazakhstan wheat");
    assertEquals(UKRAINE_KAZAKHSTAN, reply.html());
    assertEquals(
        List.of(
            List.of(
                new Button("Ukraine 🔗", Button.Kind.LINK, "https://example.org/ua-grain"),
                new Button("Kazakhstan 🔗", Button.Kind.LINK, "https://example.org/kz-ma-2025"))),
        reply.keyboard().rows());
  }

  @Test
  void saysSoForASideWithNothingStored() {
    Reply.Send reply = say("en", "/compare France Kazakhstan nuclear arms race");
    assertEquals(
        "<b>France and Kazakhstan on “nuclear arms race”</b>\n\n"
            + "<b>France</b>\n"
            + "No stored statement of this country answers that.\n\n"
            + "<b>Kazakhstan</b>\n"
            + "<blockquote>We face the risk of another nuclear arms race.</blockquote>\n"
            + "— <b>Statement by Kazakhstan at the UN General Assembly general debate, session 78"
            + " (2023)</b>\n"
            + "2023 · English\n"
            + "<a href=\"https://doi.org/10.7910/DVN/0TJX8Y\">doi.org/10.7910/DVN/0TJX8Y</a>",
        reply.html());
    assertEquals(1, reply.keyboard().buttons().size());
  }

  @Test
  void quotesASentenceBothSidesShareOnce() {
    Reply.Send reply = say("en", "/compare Morocco Kazakhstan wheat");
    assertTrue(
        reply.html().endsWith("\n\n<b>Kazakhstan</b>\n" + Phrase.COMPARE_SAME.in(Lang.EN)),
        reply.html());
    assertEquals(1, reply.html().split("<blockquote>", -1).length - 1);
    assertEquals(
        List.of(new Button("Morocco 🔗", Button.Kind.LINK, "https://example.org/kz-ma-2025")),
        reply.keyboard().buttons());
  }

  @Test
  void speaksTheTopicsLanguageAndMarksAQuoteInAnother() {
    String french = say("en", "/compare Maroc et le Kazakhstan sur la sécurité alimentaire").html();
    assertTrue(
        french.startsWith(
            "<b>Maroc et Kazakhstan sur « sécurité alimentaire »</b>\n\n<b>Maroc</b>\n"
                + "<blockquote>كما جدد المغرب وكازاخستان التزامهما بالمساهمة في الأمن الغذائي"),
        french);
    assertTrue(french.contains("\noriginal en arabe\n"), french);
    assertTrue(french.endsWith(Phrase.COMPARE_SAME.in(Lang.FR)), french);
    String english = say("fr", "/compare Moroccan Kazakh food security").html();
    assertTrue(english.startsWith("<b>Morocco and Kazakhstan on “food security”</b>"), english);
    assertTrue(english.contains("\nArabic original\n"), english);
  }

  @Test
  void readsArabicNamesWithTheirProcliticsAndNamesOfSeveralWords() {
    String html = say("en", "/compare المملكة العربية السعودية وكازاخستان القمح").html();
    assertTrue(
        html.startsWith(
            "<b>المملكة العربية السعودية وكازاخستان بشأن «القمح»</b>\n\n"
                + "<b>المملكة العربية السعودية</b>\n"
                + Phrase.COMPARE_NONE.in(Lang.AR)
                + "\n\n<b>كازاخستان</b>\n<blockquote>وفي هذا السياق"),
        html);
    assertTrue(html.contains("للقمح عالميا"), html);
    assertTrue(
        say("en", "/compare Saudi Arabia and Côte d'Ivoire on wheat")
            .html()
            .startsWith("<b>Saudi Arabia and Côte d’Ivoire on “wheat”</b>\n\n<b>Saudi Arabia</b>"));
  }

  @Test
  void explainsHowToAskWhenACountryOrTheTopicIsMissing() {
    for (Lang lang : Lang.values()) {
      for (String argument :
          List.of(
              "",
              "Morocco",
              "Morocco wheat",
              "Morocco Moroccan wheat",
              "Morocco and Kazakhstan",
              "المغرب و كازاخستان ؟",
              "Morocco Kazakhstan what did they say",
              "x".repeat(10_000))) {
        assertEquals(
            Phrase.COMPARE_USAGE.in(lang),
            say(lang.code(), ("/compare " + argument).strip()).html(),
            argument);
      }
    }
  }

  @Test
  void staysWithinTelegramsRulesOnHostileArguments() {
    String tags = say("en", "/compare Ukraine Kazakhstan <script>alert('x')</script> wheat").html();
    assertTrue(
        tags.startsWith(
            "<b>Ukraine and Kazakhstan on “&lt;script&gt;alert('x')&lt;/script&gt; wheat”</b>"),
        tags);
    String huge = say("en", "/compare Ukraine Kazakhstan " + "wheat ".repeat(2_000)).html();
    assertTrue(huge.startsWith("<b>Ukraine and Kazakhstan on “wheat wheat"), huge);
    assertTrue(huge.length() <= HtmlCutter.LIMIT);
    assertTrue(huge.split("\n")[0].length() < 120, huge.split("\n")[0]);
  }

  @Test
  void answersInGroupsWhenAddressed() {
    Incoming.Text addressed =
        new Incoming.Text(
            new Sender(USER, "en"),
            new Chat(-100, true),
            21,
            "/compare@Bot Ukraine Kazakhstan wheat",
            false,
            "bot");
    List<Reply> replies = core.reply(addressed);
    Reply.Send reply = (Reply.Send) replies.get(0);
    assertEquals(UKRAINE_KAZAKHSTAN, reply.html());
    assertEquals(21, reply.replyTo());
    assertEquals(
        List.of(),
        core.reply(
            new Incoming.Text(
                new Sender(USER, "en"),
                new Chat(-100, true),
                22,
                "/compare Ukraine Kazakhstan wheat",
                false,
                "bot")));
  }
}
