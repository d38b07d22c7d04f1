package org.balagh.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.balagh.bot.Fixtures;
import org.balagh.bot.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console chat end to end, through the entry point, over the same core as the bot. */
class ConsoleChatTest {

  @TempDir Path folder;

  private String chat(String input, String lang) throws IOException {
    return chat(Fixtures.data(folder.resolve("data")), input, lang);
  }

  private String chat(Path data, String input, String lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Service.run(
            new Terminal(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(
                    "BALAGH_DATA", data.toString(),
                    "BALAGH_INDEX", folder.resolve("index").toString(),
                    "LANG", lang)));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void answersWithTheQuoteItsSourceAndTheButtonsAsCommands() throws IOException {
    String out =
        chat(
            "What did the C5+1 leaders say about Afghanistan?\n/context\nHow do I bake a cake?\n/quit\n",
            "en_GB.UTF-8");
    assertTrue(
        out.startsWith(
            "Balagh — 6 statements, 38 sentences. Ask in Arabic, English or French; /help for"
                + " commands, /quit to leave.\n"
                + "e.g.  ما موقف كازاخستان من مخطط الحكم الذاتي؟\n"
                + "      What did the C5+1 leaders say about Afghanistan?\n"
                + "› "
                + "  The leaders noted that the situation in Afghanistan remains a matter of"
                + " concern.\n"
                + "  Issued by United States\n"
                + "  — C5+1 Leaders’ Joint Statement\n"
                + "  2023-09-19 · English · answer 1 of "),
        out);
    assertTrue(
        out.contains(
            "\n  https://example.org/c5\n  ↳ /context  /more\n\n› "
                + "  C5+1 Leaders’ Joint Statement · 2023-09-19\n"
                + "  The leaders of the C5+1 met in New York. The leaders noted that the situation"
                + " in Afghanistan remains a matter of concern."),
        out);
    assertTrue(out.contains("\n› " + "  No stored statement answers that"), out);
    assertTrue(out.endsWith("› \n"), out);
  }

  @Test
  void isolatesRightToLeftLinesAndAnswersInTheQuestionsLanguageCommandsInTheTerminals()
      throws IOException {
    String out =
        chat("هل تدعم كازاخستان مبادرة الحكم الذاتي التي قدمها المغرب؟\n/stats\n", "fr_FR.UTF-8");
    assertTrue(out.contains("\n› " + "  \u2067وفي بلاغ مشترك"), out);
    assertTrue(out.contains("  \u2067العربية · الجواب 1 من "), out);
    assertTrue(out.contains("  Questions traitées : 1, dont 0 sans réponse enregistrée"), out);
  }

  @Test
  void pagesACountrysStatementsWithOlderAndComparesTwoCountries() throws IOException {
    Path data = Fixtures.data(folder.resolve("data"));
    Fixtures.statementsOf(data, "TJ", "Tajikistan", 24);
    String out =
        chat(data, "/country Tajik\n/older\n/newer\n/compare Ukraine Kazakhstan wheat\n", "en_US");
    assertTrue(
        out.contains(
            "› "
                + "  Statements involving Tajikistan (25, newest first)\n\n  2023\n"
                + "  2023-09-19 · C5+1 Leaders’ Joint Statement <https://example.org/c5>\n"),
        out);
    assertTrue(out.contains("\n  1–10 of 25; 15 older\n  ↳ /older\n\n› "), out);
    assertTrue(out.contains("\n  11–20 of 25; 5 older\n  ↳ /newer  /older\n\n› "), out);
    assertEquals(2, out.split("1–10 of 25", -1).length - 1, "/newer shows the first page again");
    assertTrue(
        out.contains(
            "› "
                + "  Ukraine and Kazakhstan on “wheat”\n\n  Ukraine\n"
                + "  The initiative allowed the export of wheat and maize to world markets.\n"),
        out);
  }
}
