package org.balagh.retrieval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
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

  @Test
  void plainLinesAreOnlyStrippedAsEveryPatternWouldLeaveThem() throws IOException {
    ObjectMapper json = new ObjectMapper();
    int plain = 0;
    try (Stream<Path> files = Files.walk(Path.of("../data"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
        List<String> records = Files.readAllLines(file, StandardCharsets.UTF_8);
        // Every fifth statement: tens of thousands of lines, in a second or so.
        for (int r = 0; r < records.size(); r += 5) {
          for (String line : json.readTree(records.get(r)).path("text").asText().split("\n")) {
            agree(line);
            plain += TextCleaner.isPlain(line) ? 1 : 0;
          }
        }
      }
    }
    assertTrue(plain > 5_000, "plain lines: " + plain);
  }

  @Test
  void plainLinesAgreeWithThePatternsOnMixedText() {
    List<String> pieces =
        List.of(
            " ",
            "  ",
            "a",
            "- ",
            "+",
            "•",
            "**",
            "*",
            "<b>",
            "</b>",
            "[x](https://a.b)",
            "&amp;",
            "&#65;",
            "\\.",
            "\\",
            "# ",
            "\t",
            "\u00A0",
            "\u200B",
            "\u3000",
            "word",
            "۱",
            "-");
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder line = new StringBuilder();
      for (int j = random.nextInt(7); j >= 0; j--) {
        line.append(pieces.get(random.nextInt(pieces.size())));
      }
      agree(line.toString());
    }
  }

  private static void agree(String line) {
    assertEquals(TextCleaner.byPatterns(line), TextCleaner.cleanLine(line), () -> line);
  }
}
