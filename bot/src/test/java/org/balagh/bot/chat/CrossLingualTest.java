package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
 * Answers across languages, through the glossary: the interface speaks the question's language
 * whatever the user's Telegram language, and a quote in another language is marked as the original.
 */
class CrossLingualTest {

  @TempDir static Path folder;
  static Archive archive;
  static ChatCore core;

  @BeforeAll
  static void open() throws IOException {
    Path data = Fixtures.data(folder.resolve("data"));
    Fixtures.glossary(data);
    Files.writeString(
        data.resolve("test.glossary.tsv"),
        "en\tfr\tar\nnuclear arms race\tcourse aux armements nucléaires\tسباق التسلح النووي\n");
    archive = Archive.open(data, folder.resolve("index"));
    archive.reload();
    MutableClock clock = new MutableClock();
    core = Fixtures.core(archive, Set.of(), new Stats(clock), Fixtures.ROOMY, clock);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  static Reply.Send ask(String telegramLanguage, String question) {
    List<Reply> replies =
        core.reply(
            new Incoming.Text(
                new Sender(5, telegramLanguage), Chat.direct(5), 10, question, false, "b"));
    return (Reply.Send) replies.get(0);
  }

  /**
   * Checks the line under the quote's title: date and language, then, when the engine found more
   * than one answer, the answer's place among them (its calibration decides how many).
   */
  static void checkFacts(String expected, Reply.Send reply, String place) {
    String[] lines = reply.html().split("\n");
    String facts = lines[lines.length - 2];
    assertTrue(
        facts.equals(expected) || facts.matches(Pattern.quote(expected + place) + "[0-9]+"), facts);
  }

  @Test
  void marksAnArabicQuoteAsTheOriginalUnderAnEnglishQuestion() {
    Reply.Send reply = ask("fr", "Will Morocco and Kazakhstan set up a joint business council?");
    assertTrue(reply.html().contains("مجلس للأعمال"), reply.html());
    checkFacts("Arabic original", reply, " · answer 1 of ");
    assertEquals("Context", reply.keyboard().rows().get(1).get(0).label());
  }

  @Test
  void marksAnArabicQuoteAsTheOriginalUnderAFrenchQuestion() {
    Reply.Send reply =
        ask(
            "en",
            "Le Maroc et le Kazakhstan vont-ils coopérer pour la sécurité alimentaire mondiale ?");
    assertTrue(reply.html().contains("الأمن الغذائي العالمي"), reply.html());
    checkFacts("original en arabe", reply, " · réponse 1 sur ");
    assertEquals("Contexte", reply.keyboard().rows().get(1).get(0).label());
  }

  @Test
  void marksAnEnglishQuoteAsTheOriginalUnderAnArabicQuestion() {
    Reply.Send reply = ask("en", "ماذا قالت كازاخستان عن سباق التسلح النووي؟");
    assertTrue(reply.html().contains("nuclear arms race"), reply.html());
    checkFacts("2023 · النص الأصلي بالإنجليزية", reply, " · الجواب 1 من ");
    assertEquals("السياق", reply.keyboard().rows().get(1).get(0).label());
  }

  @Test
  void namesTheLanguageAloneWhenTheQuoteIsInTheQuestionsLanguage() {
    Reply.Send reply = ask("fr", "What did the C5+1 leaders say about Afghanistan?");
    checkFacts("2023-09-19 · English", reply, " · answer 1 of ");
  }
}
