package org.balagh.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.ReloadReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden end-to-end test of the retrieval module, on small fixtures. */
class ArchiveTest {

  @TempDir static Path folder;
  private static Archive archive;

  @BeforeAll
  static void open() throws IOException {
    FixtureData.copy(folder.resolve("data"));
    archive = Archive.open(folder.resolve("data"), folder.resolve("index"));
    ReloadReport report = archive.reload();
    assertTrue(report.rebuilt());
    assertEquals(6, report.statements());
    // The fixture glossary at the folder's root, as older versions kept it, adds three rows to the
    // installed glossary; its other three are installed ones once analysed.
    assertEquals(archive.installedGlossaryRows() + 3, report.glossaryRows());
    assertEquals(
        "glossary.tsv:9: expected three tab-separated cells, English, French and Arabic",
        report.problems().get(0).toString());
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  private static Answer top(String question) {
    return FixtureData.top(archive, question);
  }

  @Test
  void answersAnArabicQuestionWithTheArabicSentence() {
    Answer answer = top("هل تدعم كازاخستان مبادرة الحكم الذاتي التي قدمها المغرب؟");
    assertTrue(
        answer.sentence().startsWith("وفي بلاغ مشترك وقعه السيد نورتليو"), answer.sentence());
    assertEquals("https://telegraafm.com/?p=18494", answer.statement().url());
    assertEquals("", answer.statement().displayDate());
  }

  @Test
  void quotesTheSentenceVerbatimWithItsStatement() {
    Answer answer = top("What did the C5+1 leaders say about Afghanistan?");
    assertEquals(
        "The leaders noted that the situation in Afghanistan remains a matter of concern.",
        answer.sentence());
    assertEquals("c5-2023", answer.statement().id());
    assertEquals("2023-09-19", answer.statement().displayDate());
    assertEquals(1, answer.position());
  }

  @Test
  void letsTheStatementCountryCountWhenTheSentenceOnlySaysTheTwoCountries() {
    Answer answer = top("What did Kazakhstan say about a logistics hub?");
    assertEquals(
        "The two countries discussed exports of wheat to Africa through a logistics hub.",
        answer.sentence());
  }

  @Test
  void questionWordsDoNotPickOneLineSentences() {
    Answer answer = top("What did Kazakhstan say about the nuclear arms race?");
    assertEquals("We face the risk of another nuclear arms race.", answer.sentence());
  }

  @Test
  void answersAnEnglishQuestionWithTheArabicSentenceThroughTheGlossary() {
    Answer answer = top("Will Morocco and Kazakhstan set up a joint business council?");
    assertTrue(answer.sentence().contains("مجلس للأعمال"), answer.sentence());
  }

  @Test
  void answersAFrenchQuestionWithTheArabicSentence() {
    Answer answer =
        top("Le Maroc et le Kazakhstan vont-ils coopérer pour la sécurité alimentaire mondiale ?");
    assertTrue(answer.sentence().contains("الأمن الغذائي العالمي"), answer.sentence());
  }

  @Test
  void abstainsWhenNothingStoredAnswers() {
    assertTrue(archive.answer("How do I bake a chocolate cake?", 3).abstained());
    assertTrue(archive.answer("Who won the football world cup?", 3).abstained());
    assertTrue(archive.answer("ما موقف كازاخستان من كأس العالم لكرة القدم؟", 3).abstained());
    assertTrue(archive.answer("", 3).abstained());
    assertTrue(archive.answer("What did they say?", 3).abstained());
  }

  @Test
  void neverFailsOnHostileText() {
    for (String question :
        List.of(
            "AND OR NOT",
            "\"unbalanced",
            "wheat*",
            "title:wheat",
            "(([[{{",
            "\u0000\u0007\u001b[31m wheat",
            "🌾🌾🌾",
            "wheat".repeat(20_000),
            "${jndi:ldap://x/a} %s %n",
            "\u202Ewheat\u200F")) {
      Answers answers = archive.answer(question, 3);
      assertTrue(answers.question().length() <= 500);
    }
  }

  @Test
  void givesTheSentencesAroundAnAnswer() {
    assertEquals(
        List.of(
            "The leaders of the C5+1 met in New York.",
            "The leaders noted that the situation in Afghanistan remains a matter of concern.",
            "They supported a peaceful, stable and prosperous Central Asia."),
        archive.context("c5-2023", 1, 1));
    assertEquals(List.of(), archive.context("no-such-id", 0, 1));
  }

  @Test
  void listsTheLatestStatementsOfACountry() {
    assertEquals(
        List.of("kz-ma-2025", "c5-2023", "kz-un-2023", "morocco-kazakhstan-joint-communique.ar"),
        archive.latest("KZ", 10).stream().map(s -> s.id()).toList());
  }

  @Test
  void reusesTheIndexWhileTheDataIsUnchangedAndRebuildsWhenItChanges() throws IOException {
    try (Archive again = Archive.open(folder.resolve("data"), folder.resolve("index"))) {
      assertFalse(again.reload().rebuilt());
    }
    Path data = FixtureData.copy(folder.resolve("data2"));
    try (Archive other = Archive.open(data, folder.resolve("index2"))) {
      assertTrue(other.reload().rebuilt());
      Files.writeString(
          data.resolve("more.jsonl"),
          "{\"id\":\"n\",\"url\":\"https://x.org\",\"text\":\"Chad spoke of dates.\"}\n");
      ReloadReport report = other.reload();
      assertTrue(report.rebuilt());
      assertEquals(7, report.statements());
      assertFalse(other.reload().rebuilt());
    }
  }

  @Test
  void rebuildsAnIndexWhoseCatalogueDisagreesWithItsSentences() throws IOException {
    Path data = FixtureData.copy(folder.resolve("data3"));
    Path index = folder.resolve("index3");
    try (Archive first = Archive.open(data, index)) {
      assertTrue(first.reload().rebuilt());
    }
    Path catalog;
    try (var files = Files.walk(index)) {
      catalog = files.filter(f -> f.endsWith("catalog.jsonl")).findFirst().orElseThrow();
    }
    Files.writeString(
        catalog,
        Files.readString(catalog).replaceFirst("\"sentences\":(\\d+)", "\"sentences\":99"));
    try (Archive again = Archive.open(data, index)) {
      assertTrue(again.reload().rebuilt());
      Answers answers = again.answer("What did the C5+1 leaders say about Afghanistan?", 1);
      assertEquals("c5-2023", answers.answers().get(0).statement().id());
    }
  }

  @Test
  void leavesNothingWritingUnderItsIndexOnceClosed() throws IOException {
    // The lexicons load in the background and keep their analysis under the index root; closing
    // waits for that, so a folder its owner deletes after close() is not written into meanwhile.
    Path index = folder.resolve("index4");
    Archive.open(folder.resolve("data"), index).close();
    try (var files = Files.list(index)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      assertEquals(
          1, names.stream().filter(n -> n.matches("lexicon-\\w+\\.bin")).count(), names.toString());
      assertFalse(names.stream().anyMatch(n -> n.endsWith(".tmp")), names.toString());
    }
  }
}
