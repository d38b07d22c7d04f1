package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.balagh.bot.Fixtures;
import org.balagh.bot.MutableClock;
import org.balagh.bot.admin.Stats;
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

  /** The line under the quote's title: date, language, place among the answers. */
  static String facts(Reply.Send reply) {
    String[] lines = reply.html().split("\n");
    return lines[lines.length - 2];
  }

  @Test
  void marksAnArabicQuoteAsTheOriginalUnderAnEnglishQuestion() {
    Reply.Send reply = ask("fr", "Will Morocco and Kazakhstan set up a joint business council?");
    assertTrue(reply.html().contains("مجلس للأعمال"), reply.html());
    assertTrue(facts(reply).startsWith("Arabic original · answer 1 of "), facts(reply));
    assertEquals("Context", reply.keyboard().rows().get(1).get(0).label());
  }

  @Test
  void marksAnArabicQuoteAsTheOriginalUnderAFrenchQuestion() {
    Reply.Send reply =
        ask(
            "en",
            "Le Maroc et le Kazakhstan vont-ils coopérer pour la sécurité alimentaire mondiale ?");
    assertTrue(reply.html().contains("الأمن الغذائي العالمي"), reply.html());
    assertTrue(facts(reply).startsWith("original en arabe · réponse 1 sur "), facts(reply));
    assertEquals("Contexte", reply.keyboard().rows().get(1).get(0).label());
  }

  @Test
  void marksAnEnglishQuoteAsTheOriginalUnderAnArabicQuestion() {
    Reply.Send reply = ask("en", "ماذا قالت كازاخستان عن سباق التسلح النووي؟");
    assertTrue(reply.html().contains("nuclear arms race"), reply.html());
    assertTrue(
        facts(reply).startsWith("2023 · النص الأصلي بالإنجليزية · الجواب 1 من "), facts(reply));
    assertEquals("السياق", reply.keyboard().rows().get(1).get(0).label());
  }

  @Test
  void namesTheLanguageAloneWhenTheQuoteIsInTheQuestionsLanguage() {
    Reply.Send reply = ask("fr", "What did the C5+1 leaders say about Afghanistan?");
    assertTrue(facts(reply).startsWith("2023-09-19 · English · answer 1 of "), facts(reply));
  }
}
