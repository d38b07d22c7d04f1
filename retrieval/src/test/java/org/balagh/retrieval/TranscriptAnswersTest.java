package org.balagh.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Role;
import org.balagh.retrieval.model.Tuning;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcripts in each language where a user's question repeats a reporter's almost word for word:
 * the reply that follows is the answer, never the reporter's words.
 */
class TranscriptAnswersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;
  @AutoClose private static Archive archive;

  @BeforeAll
  static void open() throws IOException {
    archive =
        FixtureData.archive(
            folder, Tuning.DEFAULTS.withMinConfidence(0f), TranscriptAnswersTest::addData);
  }

  private static void addData(Path data) throws IOException {
    write(
        data,
        "briefing-en",
        "en",
        "Press Briefing by the Press Secretary",
        "MS. LANE: Good afternoon, everyone.",
        "Q Will the administration lift the tariffs on Norwegian salmon before the summer?",
        "MS. LANE: No.",
        "Those duties stay in place until the review of the fisheries agreement is complete.",
        "Q And on another topic, the weather?",
        "MS. LANE: I have nothing on that.");
    write(
        data,
        "briefing-ar",
        "ar",
        "المؤتمر الصحفي للمتحدث باسم الوزارة",
        "المتحدث: مساء الخير.",
        "سؤال: هل ستغلق الوزارة سفارتها في ليما بسبب الأزمة؟",
        "جواب: لا.",
        "البعثة تواصل عملها بشكل طبيعي ولم يتقرر أي تغيير.");
    write(
        data,
        "briefing-fr",
        "fr",
        "Point de presse du porte-parole",
        "Le porte-parole : Bonjour à tous.",
        "Question : Le ministère va-t-il suspendre la coopération culturelle avec Lisbonne ?",
        "Réponse : Non.",
        "Les échanges d'artistes se poursuivent comme prévu cette année.");
    // A foreign ministry's press conference: only the spokesperson's label recurs; each outlet
    // asks once, one relaying another government's view.
    write(
        data,
        "press-conference",
        "en",
        "Foreign Ministry Spokesperson's Regular Press Conference",
        "Mao Ning: Good afternoon.",
        "AFP: Pakistan's foreign minister said the Kashmir dispute must be settled by UN"
            + " resolutions. Does the ministry agree with Pakistan on Kashmir?",
        "Mao Ning: The question of Kashmir is one left over from history.",
        "It should be resolved peacefully through dialogue between the two sides.",
        "Reuters: Will the ministry send an envoy to the Horn of Africa this month?",
        "Mao Ning: I have nothing to announce on that.");
  }

  private static void write(Path data, String id, String language, String title, String... lines)
      throws IOException {
    ObjectNode statement = JSON.createObjectNode();
    statement.put("id", id);
    statement.put("title", title);
    statement.put("date", "2024-05-02");
    statement.put("language", language);
    statement.put("url", "https://example.org/" + id);
    statement.put("text", String.join("\n\n", lines));
    Files.writeString(data.resolve(id + ".jsonl"), JSON.writeValueAsString(statement) + "\n");
  }

  private static void assertReply(Answer answer, String speaker, String reply, String asked) {
    assertEquals(reply, answer.sentence());
    assertEquals(Role.OFFICIAL, answer.attribution().role());
    assertEquals(speaker, answer.attribution().speaker());
    assertTrue(answer.attribution().askedBy().contains(asked), answer.attribution().askedBy());
  }

  @Test
  void answersAnEnglishReportersQuestionWithTheOfficialsReply() {
    Answer answer =
        FixtureData.top(
            archive, "Will the administration lift the tariffs on Norwegian salmon this summer?");
    assertReply(
        answer,
        "MS. LANE",
        "Those duties stay in place until the review of the fisheries agreement is complete.",
        "Norwegian salmon");
  }

  @Test
  void answersAnArabicReportersQuestionWithTheOfficialsReply() {
    Answer answer = FixtureData.top(archive, "هل ستغلق الوزارة سفارتها في ليما؟");
    assertReply(
        answer, "جواب", "البعثة تواصل عملها بشكل طبيعي ولم يتقرر أي تغيير.", "سفارتها في ليما");
  }

  @Test
  void answersAFrenchReportersQuestionWithTheOfficialsReply() {
    Answer answer =
        FixtureData.top(
            archive, "Le ministère va-t-il suspendre la coopération culturelle avec Lisbonne ?");
    assertReply(
        answer,
        "Réponse",
        "Les échanges d'artistes se poursuivent comme prévu cette année.",
        "coopération culturelle");
  }

  @Test
  void answersAPressConferenceWhoseOutletsAskOnceWithTheSpokespersonsReply() {
    Answer answer =
        FixtureData.top(
            archive,
            "Does the ministry agree with Pakistan that Kashmir must be settled by UN resolutions?");
    assertEquals(Role.OFFICIAL, answer.attribution().role(), answer.sentence());
    assertEquals("Mao Ning", answer.attribution().speaker());
    assertTrue(answer.attribution().askedBy().contains("Pakistan"), answer.attribution().askedBy());
    assertTrue(answer.sentence().contains("Kashmir") || answer.sentence().contains("dialogue"));
  }

  @Test
  void neverQuotesAReporterOrAModerator() {
    for (Answer answer : archive.answer("the weather topic", 10).answers()) {
      assertTrue(answer.attribution().role().speaksForPublisher(), answer.sentence());
    }
  }

  @Test
  void keepsTheSpeakersLabelOutOfTheQuote() {
    Answer answer = FixtureData.top(archive, "Good afternoon everyone from Ms. Lane");
    assertEquals("Good afternoon, everyone.", answer.sentence());
    assertEquals("MS. LANE", answer.attribution().speaker());
  }
}
