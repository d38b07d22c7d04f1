package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.balagh.bot.TelegramRules;
import org.junit.jupiter.api.Test;

class HtmlCutterTest {

  private static void check(String html, int limit, String expected) {
    String cut = HtmlCutter.cut(html, limit);
    assertEquals(expected, cut);
    assertTrue(cut.length() <= limit, cut.length() + " > " + limit);
    assertEquals(java.util.Optional.empty(), TelegramRules.htmlProblem(cut));
  }

  @Test
  void leavesShortTextAlone() {
    check("<b>short</b>", 20, "<b>short</b>");
  }

  @Test
  void cutsAfterTheLastSentenceThatFits() {
    check("One two three. Four five six. Seven eight nine.", 34, "One two three. Four five six.…");
  }

  @Test
  void cutsAfterAnArabicQuestionMark() {
    check(
        "هل تدعم كازاخستان المبادرة؟ نعم تدعمها بقوة كبيرة جدا",
        40,
        "هل تدعم كازاخستان المبادرة؟…");
  }

  @Test
  void cutsAtAWordWhenNoSentenceEndKeepsHalf() {
    check("alpha beta gamma delta epsilon", 20, "alpha beta gamma…");
  }

  @Test
  void cutsBetweenCharactersInOneLongWord() {
    check("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…");
  }

  @Test
  void closesTheTagsOpenAtTheCut() {
    check(
        "<blockquote>First sentence here. <b>Second one is long</b></blockquote> tail",
        50,
        "<blockquote>First sentence here.…</blockquote>");
  }

  @Test
  void neverCutsInsideAnEntity() {
    check("a &amp; b &amp; c &amp; d", 12, "a &amp; b…");
  }

  @Test
  void neverSplitsASurrogatePair() {
    check("😀😀😀😀😀😀", 6, "😀😀…");
  }

  @Test
  void neverCutsInsideALinkTag() {
    check(
        "see <a href=\"https://example.org/a/very/long/path\">the source</a> now",
        60,
        "see <a href=\"https://example.org/a/very/long/path\">the…</a>");
  }

  @Test
  void keepsRandomMarkupWellFormedAndWithinTheLimit() {
    Random random = new Random(42);
    String[] words = {"word", "جملة", "&amp;", "&lt;", "x.", "؟", "😀", "\n", " "};
    for (int round = 0; round < 200; round++) {
      StringBuilder html = new StringBuilder("<blockquote>");
      for (int i = 0; i < 400; i++) {
        if (random.nextInt(30) == 0) {
          html.append("<b>").append(words[random.nextInt(words.length)]).append("</b>");
        }
        html.append(words[random.nextInt(words.length)]).append(' ');
      }
      html.append("</blockquote>\n<a href=\"https://example.org\">link</a>");
      int limit = 50 + random.nextInt(2000);
      String cut = HtmlCutter.cut(html.toString(), limit);
      assertTrue(cut.length() <= limit);
      assertEquals(java.util.Optional.empty(), TelegramRules.htmlProblem(cut), cut);
    }
  }
}
