package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balagh.bot.Fixtures;
import org.balagh.bot.MutableClock;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /country} and {@code /latest} through the conversation core: every form of a country's
 * name in each language, the dated timeline, its pages, and arguments meant to break it.
 */
class CountryTimelineTest {

  static final long USER = 5;

  /**
   * Morocco's statements in the fixtures, newest first, for a user whose Telegram speaks English.
   */
  static final String MOROCCO =
      "<b>Statements involving Morocco</b> (3, newest first)\n\n"
          + "<b>2025</b>\n"
          + "2025-03-10 · <a href=\"https://example.org/kz-ma-2025\">Joint Statement of Kazakhstan"
          + " and Morocco</a>\n\n"
          + "<b>2024</b>\n"
          + "2024-10-28 · <a href=\"https://example.org/fr-ma\">Déclaration conjointe de la France"
          + " et du Maroc</a>\n\n"
          + "<b>undated</b>\n"
          + "<a href=\"https://telegraafm.com/?p=18494\">البلاغ المشترك للمغرب وكازاخستان (بوريطة"
          + " ونورتليو)</a>";

  /** Kazakhstan's: the UN speech, known by its year only, goes under 2023 without a date. */
  static final String KAZAKHSTAN =
      "<b>Statements involving Kazakhstan</b> (4, newest first)\n\n"
          + "<b>2025</b>\n"
          + "2025-03-10 · <a href=\"https://example.org/kz-ma-2025\">Joint Statement of Kazakhstan"
          + " and Morocco</a>\n\n"
          + "<b>2023</b>\n"
          + "2023-09-19 · <a href=\"https://example.org/c5\">C5+1 Leaders’ Joint Statement</a>\n"
          + "<a href=\"https://doi.org/10.7910/DVN/0TJX8Y\">Statement by Kazakhstan at the UN General"
          + " Assembly general debate, session 78 (2023)</a>\n\n"
          + "<b>undated</b>\n"
          + "<a href=\"https://telegraafm.com/?p=18494\">البلاغ المشترك للمغرب وكازاخستان (بوريطة"
          + " ونورتليو)</a>";

  @TempDir static Path folder;
  static Archive archive;
  static ChatCore core;

  @BeforeAll
  static void open() throws IOException {
    Path data = Fixtures.data(folder.resolve("data"));
    Fixtures.statementsOf(data, "TJ", "Tajikistan", 24);
    StringBuilder uzbek = new StringBuilder();
    for (int n = 1; n <= 12; n++) {
      uzbek.append(
          String.format(
              "{\"id\": \"uz-%d\", \"title\": \"%d %s\", \"date\": \"2019-01-%02d\", \"countries\":"
                  + " [\"UZ\"], \"url\": \"https://example.org/uz/%d?%s\", \"text\": \"Uzbekistan"
                  + " spoke %d.\"}%n",
              n, n, "Long & 1 < 2 ".repeat(30), n, n, "q=1&".repeat(150), n));
    }
    Files.writeString(data.resolve("uz.jsonl"), uzbek);
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

  static List<Reply> press(String data) {
    List<Reply> replies =
        core.reply(new Incoming.Press(new Sender(USER, "en"), Chat.direct(USER), 11, "cb-1", data));
    ChatCoreTest.assertTelegramSafe(replies);
    return replies;
  }

  private static void checkCountry(String expected, String... names) {
    for (String name : names) {
      assertEquals(expected, say("en", "/country " + name).html(), name);
    }
  }

  private static void checkLatest(String country, String... names) {
    String expected = say("en", "/latest " + country).html();
    assertTrue(expected.startsWith("<b>The newest statements involving " + country + "</b>\n"));
    for (String name : names) {
      assertEquals(expected, say("en", "/latest " + name).html(), name);
    }
  }

  @Test
  void listsACountrysStatementsNewestFirstUnderTheirYearsWithLinks() {
    Reply.Send reply = say("en", "/country Morocco");
    assertEquals(MOROCCO, reply.html());
    assertEquals(Keyboard.NONE, reply.keyboard(), "one page needs no buttons");
    assertEquals(0, reply.replyTo());
  }

  @Test
  void readsMoroccoInEnglish() {
    checkCountry(MOROCCO, "Morocco", "Moroccan", "the Kingdom of Morocco", "MOROCCO", "ma");
  }

  @Test
  void readsMoroccoInFrench() {
    checkCountry(MOROCCO, "Maroc", "marocain", "marocaine", "le Royaume du Maroc");
  }

  @Test
  void readsMoroccoInArabic() {
    checkCountry(MOROCCO, "المغرب", "المغربي", "المغربية", "المملكة المغربية");
  }

  @Test
  void readsKazakhstanInEnglish() {
    checkCountry(KAZAKHSTAN, "Kazakhstan", "Kazakh", "Kazakhstani", "KZ");
  }

  @Test
  void readsKazakhstanInFrench() {
    checkCountry(KAZAKHSTAN, "Kazakhstan", "kazakh", "kazakhe");
  }

  @Test
  void readsKazakhstanInArabic() {
    checkCountry(KAZAKHSTAN, "كازاخستان", "الكازاخستاني", "الكازاخستانية", "وكازاخستان");
  }

  @Test
  void latestReadsEveryFormToo() {
    checkLatest("Morocco", "Moroccan", "Maroc", "marocain", "المغرب", "المغربي", "MA");
    checkLatest("Kazakhstan", "Kazakh", "kazakh", "كازاخستان", "الكازاخستاني", "kz");
  }

  @Test
  void speaksTheUsersLanguage() {
    String french = say("fr", "/country Maroc").html();
    assertTrue(
        french.startsWith(
            "<b>Déclarations concernant : Maroc</b> (3, les plus récentes d’abord)\n\n<b>2025</b>"),
        french);
    assertTrue(french.contains("\n\n<b>sans date</b>\n"), french);
    String arabic = say("ar", "/country Morocco").html();
    assertTrue(
        arabic.startsWith("<b>البيانات المتعلقة بـالمغرب</b> (3، الأحدث أولًا)\n\n<b>2025</b>"),
        arabic);
    assertTrue(arabic.contains("\n\n<b>بلا تاريخ</b>\n"), arabic);
  }

  @Test
  void pagesTenAtATimeWithOlderAndNewer() {
    Reply.Send first = say("en", "/country Tajik");
    assertTrue(
        first
            .html()
            .startsWith(
                "<b>Statements involving Tajikistan</b> (25, newest first)\n\n<b>2023</b>\n"
                    + "2023-09-19 · <a href=\"https://example.org/c5\">C5+1 Leaders’ Joint"
                    + " Statement</a>\n\n<b>2010</b>\n"
                    + "2010-08-01 · <a href=\"https://example.org/tj/24\">Statement 24</a>\n"),
        first.html());
    assertTrue(first.html().endsWith("\n\n1–10 of 25; 15 older"), first.html());
    assertEquals(
        List.of(List.of(new Button("Older ▸", Button.Kind.OLDER, "t:TJ:10"))),
        first.keyboard().rows());

    List<Reply> second = press("t:TJ:10");
    assertEquals(new Reply.Toast("cb-1", ""), second.get(1));
    Reply.Edit page = assertInstanceOf(Reply.Edit.class, second.get(0));
    assertEquals(11, page.messageId());
    assertTrue(
        page.html()
            .contains("\n\n<b>2006</b>\n2006-11-01 · <a href=\"https://example.org/tj/15\">"),
        page.html());
    assertTrue(page.html().endsWith("\n\n11–20 of 25; 5 older"), page.html());
    assertEquals(
        List.of(
            new Button("◂ Newer", Button.Kind.NEWER, "t:TJ:0"),
            new Button("Older ▸", Button.Kind.OLDER, "t:TJ:20")),
        page.keyboard().buttons());

    Reply.Edit last = (Reply.Edit) press("t:TJ:20").get(0);
    assertTrue(last.html().endsWith("/tj/1\">Statement 1</a>\n\n21–25 of 25"), last.html());
    assertEquals(
        List.of(new Button("◂ Newer", Button.Kind.NEWER, "t:TJ:10")), last.keyboard().buttons());
    assertEquals(first.html(), ((Reply.Edit) press("t:TJ:0").get(0)).html());
  }

  @Test
  void fitsLongTitlesInFewerPerPageAndNewerGoesBackToThePageBefore() {
    List<String> pages = new ArrayList<>();
    List<Integer> seen = new ArrayList<>();
    Reply.Send first = say("en", "/country Uzbekistan");
    String html = first.html();
    Keyboard keyboard = first.keyboard();
    while (true) {
      pages.add(html);
      assertTrue(html.length() <= HtmlCutter.LIMIT, html);
      Matcher m = Pattern.compile("example\\.org/uz/(\\d+)\\?").matcher(html);
      while (m.find()) {
        seen.add(Integer.parseInt(m.group(1)));
      }
      if (pages.size() > 1) {
        String newer = keyboard.buttons().get(0).target();
        assertEquals(pages.get(pages.size() - 2), ((Reply.Edit) press(newer).get(0)).html());
      }
      Button last =
          keyboard.buttons().isEmpty()
              ? null
              : keyboard.buttons().get(keyboard.buttons().size() - 1);
      if (last == null || last.kind() != Button.Kind.OLDER) {
        break;
      }
      Reply.Edit next = (Reply.Edit) press(last.target()).get(0);
      html = next.html();
      keyboard = next.keyboard();
    }
    assertTrue(pages.size() >= 3, "long titles make short pages: " + pages.size());
    assertEquals(List.of(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1), seen);
    assertTrue(pages.get(0).contains("Long &amp; 1 &lt; 2 Long"), pages.get(0));
  }

  @Test
  void explainsAnEmptyOrUnknownCountryAndOneWithNothingStored() {
    assertEquals(Phrase.COUNTRY_EMPTY.in(Lang.FR), say("fr", "/country").html());
    assertEquals(Phrase.COUNTRY_EMPTY.in(Lang.AR), say("ar", "/country   ").html());
    assertEquals(
        "I don’t know a country called “Atlantis”. Try its name in Arabic, English or French.",
        say("en", "/country Atlantis").html());
    assertEquals(
        "Je ne connais pas de pays nommé « &lt;script&gt;alert(1)&lt;/script&gt; ». Essayez son"
            + " nom en arabe, en anglais ou en français.",
        say("fr", "/country <script>alert(1)</script>").html());
    assertEquals(
        Phrase.UNKNOWN_COUNTRY.in(Lang.EN, "x".repeat(60) + "…"),
        say("en", "/country " + "x".repeat(10_000)).html());
    assertEquals("No stored statement involves Chile.", say("en", "/country Chile").html());
  }

  @Test
  void takesAHugeArgumentThatNamesACountry() {
    assertEquals(MOROCCO, say("en", "/country " + "Morocco ".repeat(1_250)).html());
  }

  @Test
  void answersStaleOrCraftedPageButtonsWithAToast() {
    for (String data : List.of("t:ZZ:0", "t:CL:0", "t:MA:3", "t:MA:999999")) {
      assertEquals(
          List.of(new Reply.Toast("cb-1", Phrase.STALE_BUTTON.in(Lang.EN))), press(data), data);
    }
    List<Reply> inline =
        core.reply(
            new Incoming.Press(new Sender(USER, "en"), Chat.direct(USER), 0, "cb-2", "t:TJ:10"));
    assertEquals(List.of(new Reply.Toast("cb-2", Phrase.STALE_BUTTON.in(Lang.EN))), inline);
  }

  @Test
  void answersInGroupsOnlyWhenAddressed() {
    Incoming.Text bare =
        new Incoming.Text(
            new Sender(USER, "en"), new Chat(-100, true), 20, "/country Morocco", false, "bot");
    assertEquals(List.of(), core.reply(bare));
    Incoming.Text addressed =
        new Incoming.Text(
            new Sender(USER, "en"), new Chat(-100, true), 21, "/country@Bot Morocco", false, "bot");
    assertEquals(List.of(new Reply.Send(-100, MOROCCO, 21, Keyboard.NONE)), core.reply(addressed));
  }

  @Test
  void helpMentionsTheCountryCommandsInEachLanguage() {
    for (Lang lang : Lang.values()) {
      String help = say(lang.code(), "/help").html();
      assertTrue(help.contains("/country <i>") && help.contains("/compare <i>"), help);
    }
  }
}
