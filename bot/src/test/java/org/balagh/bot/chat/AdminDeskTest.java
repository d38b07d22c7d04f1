package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.balagh.bot.Fixtures;
import org.balagh.bot.MutableClock;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.MeaningProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrators' side of the core: /reload, /stats and uploads, each on a fresh archive. */
class AdminDeskTest {

  static final long ADMIN = 1;

  @TempDir Path folder;
  Archive archive;
  Path data;
  final MutableClock clock = new MutableClock();
  final Stats stats = new Stats(clock);
  ChatCore core;

  /** The rows of the installed glossary, which every data folder is answered with. */
  int installed;

  @BeforeEach
  void open() throws IOException {
    archive = Fixtures.archive(folder);
    data = folder.resolve("data");
    core = Fixtures.core(archive, Set.of(ADMIN), stats, Fixtures.ROOMY, clock);
    installed = archive.installedGlossaryRows();
  }

  @AfterEach
  void close() throws IOException {
    archive.close();
  }

  private String say(String lang, String text) {
    List<Reply> replies =
        core.reply(
            new Incoming.Text(new Sender(ADMIN, lang), Chat.direct(ADMIN), 3, text, false, "b"));
    return ((Reply.Send) replies.get(0)).html();
  }

  private String upload(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return upload(name, bytes.length, max -> bytes);
  }

  private String upload(String name, long size, Fetcher content) {
    List<Reply> replies =
        core.reply(
            new Incoming.Upload(
                new Sender(ADMIN, "en"),
                Chat.direct(ADMIN),
                4,
                name,
                size,
                "",
                false,
                "b",
                content));
    assertEquals(1, replies.size());
    Reply.Send reply = (Reply.Send) replies.get(0);
    assertEquals(4, reply.replyTo());
    return reply.html();
  }

  @Test
  void reloadsAndReportsCountsSkippedRecordsAndTime() throws IOException {
    Files.writeString(
        data.resolve("broken.jsonl"),
        "{\"id\":\"ok-1\",\"url\":\"https://example.org/ok\",\"text\":\"Saffron was discussed.\"}\n"
            + "{\"id\": \"no-url\", \"text\": \"x\"}\n");
    String html = say("en", "/reload");
    assertTrue(
        html.matches(
            "(?s)Reloaded in \\d+\\.\\d s: 7 statements, 39 sentences\\.\n"
                + "Glossary rows: "
                + installed
                + "\\.\n"
                + "Records skipped: 1\n• <code>broken\\.jsonl:2: .*</code>"),
        html);
    assertFalse(archive.answer("What about saffron?", 1).abstained(), "the good record is served");
    assertTrue(say("fr", "/reload").startsWith("Déjà à jour (vérifié en "));
  }

  @Test
  void reportsTheGlossaryRowsAndTheGlossaryLinesItCouldNotReadEvenWhenTheIndexIsCurrent()
      throws IOException {
    Files.writeString(
        data.resolve("extra.glossary.tsv"), "en\tfr\tar\nsaffron\tsafran\tالزعفران\nbroken line\n");
    assertEquals(
        "Glossary rows: "
            + (installed + 1)
            + ".\nRecords skipped: 1\n"
            + "• <code>extra.glossary.tsv:3: expected three tab-separated cells, English, French and"
            + " Arabic</code>",
        say("en", "/reload")
            .replaceFirst(
                "^Already up to date \\(checked in [0-9.]+ s\\): 6"
                    + " statements, 38 sentences\\.\n",
                ""));
    assertTrue(say("ar", "/reload").contains("\nصفوف المسرد: " + (installed + 1) + ".\n"));
  }

  @Test
  void addsAnUploadedGlossaryAndReloadsSoQuestionsReachTheOtherLanguages() throws IOException {
    // Neither the installed glossary nor a lexicon knows freekeh: an English question cannot
    // reach this sentence.
    Files.writeString(
        data.resolve("grains.jsonl"),
        "{\"id\":\"grains\",\"url\":\"https://example.org/grains\",\"language\":\"ar\","
            + "\"text\":\"ناقش البلدان تصدير الفريكة إلى آسيا الوسطى.\"}\n");
    archive.reload();
    String question = "What about freekeh?";
    assertFalse(answerTo(question).contains("الفريكة"), "no glossary yet");
    String html =
        upload(
            "Grain Terms.glossary.tsv",
            "en\tfr\tar\nfreekeh\tfrikeh\tالفريكة\nbulgur\tboulgour\tالبرغل\n");
    assertTrue(
        html.matches(
            "Added Grain_Terms\\.glossary\\.tsv \\(glossary rows: 2\\)\\.\n\n"
                + "Already up to date \\(checked in .*\\): 7 statements, 39 sentences\\.\n"
                + "Glossary rows: "
                + (installed + 2)
                + "\\."),
        html);
    assertTrue(answerTo(question).contains("الفريكة"), answerTo(question));
  }

  @Test
  void explainsWhichGlossaryLinesToFix() {
    assertEquals(
        Phrase.BAD_GLOSSARY.in(Lang.EN, "t.glossary.tsv")
            + "\n• <code>uploads/t.glossary.tsv:2: expected three tab-separated cells, English,"
            + " French and Arabic</code>",
        upload("t.glossary.tsv", "en\tfr\tar\nbusiness council\tconseil d'affaires\n"));
  }

  private String answerTo(String question) {
    List<Reply> replies =
        core.reply(new Incoming.Text(new Sender(9, "en"), Chat.direct(9), 5, question, false, "b"));
    return ((Reply.Send) replies.get(0)).html();
  }

  @Test
  void aReloadThatLoadsNothingKeepsAnsweringFromTheOldIndex() throws IOException {
    Files.writeString(data.resolve("seed.jsonl"), "junk\n");
    Files.writeString(data.resolve("statements.jsonl"), "junk\n");
    String html = say("en", "/reload");
    assertTrue(html.startsWith("Reload failed: no statement could be loaded from "), html);
    assertTrue(html.endsWith("Still answering from the previous index."));
    assertFalse(archive.answer("What did Kazakhstan say about wheat?", 1).abstained());
  }

  @Test
  void showsUptimeCorpusQuestionsAbstentionsLatencyFeedbackAndErrors() {
    say("en", "What did Kazakhstan say about wheat?");
    say("en", "How do I bake a chocolate cake?");
    stats.vote(true);
    stats.error();
    clock.advance(Duration.ofMinutes(61));
    String html = say("en", "/stats");
    assertTrue(
        html.matches(
            "<b>Balagh</b>\nUp for 1h 1m\nCorpus: 6 statements, 38 sentences, 2 files\n"
                + "Questions answered: 2, 1 with nothing stored \\(50 %\\)\nInline queries: 0\n"
                + "Answer latency: p50 \\d+\\.\\d ms · p99 \\d+\\.\\d ms\n"
                + "Feedback: 👍 1 · 👎 0\nErrors: 1\n"
                + "Re-ranking by meaning: switched off; answers are lexical"),
        html);
  }

  @Test
  void saysHowFarTheReRankingByMeaningHasGotAndWhyItIsOff() {
    assertEquals(
        "\nRe-ranking by meaning: on (120 sentence vectors stored)",
        AdminDesk.meaning(Lang.EN, new MeaningProgress("ready", 130, 130, 7, 120, "")));
    assertEquals(
        "\nRe-ranking by meaning: embedding the sentences, 512 of 130000 gone through; answers"
            + " are lexical until then",
        AdminDesk.meaning(Lang.EN, new MeaningProgress("embedding", 512, 130000, 500, 90, "")));
    assertEquals(
        "\nRe-ranking by meaning: the model is loading",
        AdminDesk.meaning(Lang.EN, new MeaningProgress("loading", 0, 0, 0, 0, "")));
    assertEquals(
        "\nRe-ranking by meaning: unavailable (java.io.IOException: disk &lt;full&gt;); answers"
            + " are lexical",
        AdminDesk.meaning(
            Lang.EN,
            new MeaningProgress("failed", 4, 9, 0, 0, "java.io.IOException: disk <full>")));
    assertEquals(
        "\nإعادة الترتيب بحسب المعنى: معطّلة؛ الإجابات لفظية",
        AdminDesk.meaning(Lang.AR, new MeaningProgress("off", 0, 0, 0, 0, "")));
  }

  @Test
  void addsAnUploadedStatementFileAndReloads() {
    String html =
        upload(
            "../Saffron Talks.jsonl",
            "{\"id\":\"saffron-1\",\"title\":\"Saffron talks\",\"date\":\"2025-05-05\","
                + "\"url\":\"https://example.org/saffron\",\"text\":\"Morocco and Kazakhstan"
                + " agreed to expand the saffron trade.\"}\n");
    assertTrue(
        html.matches(
            "(?s)Added Saffron_Talks\\.jsonl \\(statements: 1\\)\\.\n\nReloaded in .*: 7 statements, .*"),
        html);
    assertTrue(Files.exists(data.resolve("uploads/Saffron_Talks.jsonl")));
    Reply.Send answer =
        (Reply.Send)
            core.reply(
                    new Incoming.Text(
                        new Sender(9, "en"),
                        Chat.direct(9),
                        5,
                        "What did Morocco and Kazakhstan agree about saffron?",
                        false,
                        "b"))
                .get(0);
    assertTrue(answer.html().contains("expand the saffron trade"), answer.html());
  }

  @Test
  void explainsWhyAnUploadWasRefused() {
    assertEquals(
        "evil.exe: I take only .json, .jsonl, .txt and .csv statement files, news feeds (.xml,"
            + " .rss, .atom), saved web pages (.html) and .glossary.tsv glossaries.",
        upload("evil.exe", "x"));
    assertEquals(
        "dup.jsonl was not added: these ids are already stored in other files (rename them, or"
            + " send the file that holds them, under its name, to replace it):\n"
            + "• <code>c5-2023</code>",
        upload(
            "dup.jsonl",
            "{\"id\":\"c5-2023\",\"url\":\"https://example.org/x\",\"text\":\"Again.\"}\n"));
    assertTrue(
        upload("bad.json", "{oops")
            .startsWith(
                "bad.json was not added: it holds no valid statement.\n• <code>uploads/bad.json:1: not valid JSON"));
  }

  @Test
  void refusesAnOversizeUploadBeforeDownloadingIt() {
    assertEquals(
        "big.jsonl is larger than the 5 MiB limit.",
        upload(
            "big.jsonl",
            10_000_000,
            max -> {
              throw new AssertionError("not to be downloaded");
            }));
  }

  @Test
  void reportsADownloadThatFailed() {
    assertEquals(
        "I could not fetch x.jsonl: download failed: HTTP 404",
        upload(
            "x.jsonl",
            10,
            max -> {
              throw new IOException("download failed: HTTP 404");
            }));
  }
}
