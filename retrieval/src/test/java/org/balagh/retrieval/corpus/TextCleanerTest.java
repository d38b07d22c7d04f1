package org.balagh.retrieval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  private static void check(String input, String expected) {
    assertEquals(expected, TextCleaner.clean(input));
  }

  @Test
  void removesBoldAndEmphasisMarks() {
    check(
        "**Bilateral Cooperation**\n*In the 21st century*, nations act.",
        "Bilateral Cooperation\nIn the 21st century, nations act.");
  }

  @Test
  void keepsTheTextOfHtmlTags() {
    check(
        "April 22<sup>nd</sup> and <span style=\"x\">THE ALLIANCE</span>",
        "April 22nd and THE ALLIANCE");
  }

  @Test
  void unescapesMarkdownAndDropsStrayBackslashes() {
    check("17\\. The G7 has a role\\- and m\\Member", "17. The G7 has a role- and mMember");
  }

  @Test
  void keepsLinkTextAndDropsTheAddress() {
    check(
        "have [launched a partnership](https://example.gov/x.pdf). Next",
        "have launched a partnership. Next");
    check(
        "Find more here: <https://www.state.gov/summit/>",
        "Find more here: https://www.state.gov/summit/");
  }

  @Test
  void dropsRuleLinesHeadingMarksAndBullets() {
    check(
        "One.\n* * *\n### 2. Gratitude\n-   The leaders agreed.\n# # #",
        "One.\n\n2. Gratitude\nThe leaders agreed.");
  }

  @Test
  void decodesEntitiesAndRemovesInvisibleCharacters() {
    check("values \u200b\u200bof A &amp; B", "values of A & B");
  }

  @Test
  void isIdempotentOnCleanText() {
    String clean = "وفي بلاغ مشترك، أعربت كازاخستان عن “دعمها”.\nSecond paragraph.";
    assertEquals(clean, TextCleaner.clean(clean));
    assertEquals(TextCleaner.clean(clean), TextCleaner.clean(TextCleaner.clean(clean)));
  }
}
