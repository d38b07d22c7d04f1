package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
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

/**
 * A question worded like a reporter's, over a press briefing: the reply quotes the official's
 * answer, says the question it answers and who said it, in the question's language.
 */
class AttributionReplyTest {

  @TempDir static Path folder;
  static Archive archive;

  final MutableClock clock = new MutableClock();
  final ChatCore core = Fixtures.core(archive, Set.of(), new Stats(clock), Fixtures.ROOMY, clock);

  @BeforeAll
  static void open() throws IOException {
    Path data = Fixtures.data(folder.resolve("data"));
    Files.writeString(
        data.resolve("briefing.jsonl"),
        "{\"id\": \"briefing\", \"title\": \"Press Briefing by the Press Secretary\","
            + " \"date\": \"2024-05-02\", \"language\": \"en\", \"publisher\": \"The White House\","
            + " \"url\": \"https://example.org/briefing\", \"text\": \"MS. LANE: Good afternoon."
            + "\\n\\nQ Will the administration lift the tariffs on Norwegian salmon before the"
            + " summer?\\n\\nMS. LANE: No. Those duties stay in place until the review of the"
            + " fisheries agreement is complete.\"}\n");
    Files.writeString(
        data.resolve("speech.jsonl"),
        "{\"id\": \"TCD_78_2023\", \"title\": \"Statement by Chad at the UN General Assembly\","
            + " \"year\": 2023, \"language\": \"en\", \"countries\": [\"TD\"],"
            + " \"url\": \"https://doi.org/10.7910/DVN/0TJX8Y\", \"url_is_collection\": true,"
            + " \"text\": \"Chad calls for a lasting ceasefire around Lake Chad's fishing grounds.\"}\n");
    archive = Archive.open(data, folder.resolve("index"));
    archive.reload();
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  @Test
  void quotesTheOfficialsReplyWithTheQuestionItAnswersAndWhoSaidIt() {
    List<Reply> replies =
        core.reply(
            ChatCoreTest.text(
                5,
                "en",
                "Will the administration lift the tariffs on Norwegian salmon this summer?"));
    Reply.Send reply = (Reply.Send) replies.get(0);
    assertEquals(
        "<blockquote>Those duties stay in place until the review of the fisheries agreement is"
            + " complete.</blockquote>\n"
            + "Asked: “Will the administration lift the tariffs on Norwegian salmon before the"
            + " summer?”\n"
            + "Said by Ms. Lane\n"
            + "— <b>Press Briefing by the Press Secretary</b>\n"
            + "2024-05-02 · English\n"
            + "<a href=\"https://example.org/briefing\">example.org/briefing</a>",
        reply.html().replaceFirst(" · answer 1 of \\d+", ""));
  }

  @Test
  void saysWhoIssuedAStatementAndWhenItsLinkLeadsToAWholeCollection() {
    Reply.Send reply =
        (Reply.Send)
            core.reply(ChatCoreTest.text(5, "en", "Does Chad want a ceasefire around the lake?"))
                .get(0);
    String html = reply.html();
    org.junit.jupiter.api.Assertions.assertTrue(
        html.contains("Issued by Chad\n")
            && html.endsWith(
                "doi.org/10.7910/DVN/0TJX8Y</a> (" + Phrase.COLLECTION.in(Lang.EN) + ")"),
        html);
  }

  @Test
  void namesWhoIssuedItInFrenchWithoutAnArticleToGuess() {
    Reply.Send reply =
        (Reply.Send)
            core.reply(
                    ChatCoreTest.text(6, "fr", "Le Tchad veut-il un cessez-le-feu autour du lac ?"))
                .get(0);
    org.junit.jupiter.api.Assertions.assertTrue(
        reply.html().contains("\nÉmis par : Tchad\n"), reply.html());
  }
}
