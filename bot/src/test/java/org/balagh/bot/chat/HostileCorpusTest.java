package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balagh.bot.Fixtures;
import org.balagh.bot.MutableClock;
import org.balagh.bot.TelegramRules;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corpus text full of markup characters, and too long for one message, still makes safe replies.
 */
class HostileCorpusTest {

  @TempDir static Path folder;
  static Archive archive;
  static ChatCore core;

  static final String LINK =
      "<a href=\"https://example.org/a?x=1&amp;y=&lt;2&gt;\">example.org/a?x=1&amp;y=&lt;2&gt;</a>";
  static final String LONG = "The ministers reviewed grain corridors and storage capacity again";

  @BeforeAll
  static void open() throws IOException {
    Path data = Files.createDirectories(folder.resolve("data"));
    String sentences =
        "Officials said that 3 < 4 & 5 > 2 and \\\"x<y\\\" stay text in zanzibar."
            + (" " + (LONG + ", ").repeat(14) + "in zanzibar.").repeat(6);
    Files.writeString(
        data.resolve("hostile.jsonl"),
        "{\"id\": \"hostile-1\", \"title\": \"A 1 < 2 & more "
            + "very long title words ".repeat(40)
            + "\", \"date\": \"2024-01-02\", \"language\": \"en\", \"countries\": [\"TZ\"],"
            + " \"url\": \"https://example.org/a?x=1&y=<2>\", \"text\": \""
            + sentences
            + "\"}\n");
    archive = Archive.open(data, folder.resolve("index"));
    archive.reload();
    MutableClock clock = new MutableClock();
    core = Fixtures.core(archive, Set.of(), new Stats(clock), Fixtures.ROOMY, clock);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  private static Reply.Send ask(String text) {
    return (Reply.Send)
        core.reply(new Incoming.Text(new Sender(5, "en"), Chat.direct(5), 1, text, false, "b"))
            .get(0);
  }

  @Test
  void escapesMarkupFromTheCorpus() {
    Reply.Send reply = ask("What did officials say about x and y text in Zanzibar?");
    String html = reply.html();
    assertTrue(html.contains("3 &lt; 4 &amp; 5 &gt; 2 and \"x&lt;y\" stay"), html);
    assertTrue(html.contains("<b>A 1 &lt; 2 &amp; more very long title"), html);
    assertTrue(html.endsWith(LINK), html);
    assertEquals(Optional.empty(), TelegramRules.messageProblem(html));
  }

  @Test
  void cutsALongContextInsideTheQuoteAndKeepsTheSourceLink() {
    Reply.Send answer = ask("grain corridors storage capacity zanzibar");
    String context = answer.keyboard().rows().get(1).get(0).target();
    List<Reply> replies =
        core.reply(new Incoming.Press(new Sender(5, "en"), Chat.direct(5), 2, "cb", context));
    String html = ((Reply.Send) replies.get(0)).html();
    assertTrue(html.length() <= 4096, "length " + html.length());
    assertTrue(html.contains("…</"), html);
    assertTrue(html.endsWith("</blockquote>\n" + LINK), html);
    assertEquals(Optional.empty(), TelegramRules.messageProblem(html));
  }

  @Test
  void keepsInlineTitlesShortPlainText() {
    Reply.Results results =
        (Reply.Results)
            core.reply(new Incoming.Inline(new Sender(5, "en"), "q", "grain corridors zanzibar"))
                .get(0);
    for (InlineResult result : results.results()) {
      assertTrue(result.title().length() <= 100, result.title());
      assertTrue(result.description().length() <= 120, result.description());
      assertFalse(result.title().contains("&lt;"));
      assertEquals(Optional.empty(), TelegramRules.messageProblem(result.html()));
    }
  }
}
