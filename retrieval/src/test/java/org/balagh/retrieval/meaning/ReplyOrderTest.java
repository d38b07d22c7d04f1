package org.balagh.retrieval.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.balagh.retrieval.FixtureData;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.Tuning;
import org.balagh.retrieval.search.AnswerFinder;
import org.balagh.retrieval.search.QuestionParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question worded like a reporter's is answered by the official's reply; of the reply's
 * sentences, the one closest in meaning to the question answers first, though the reply's first
 * sentence shares more of its words. The reply keeps its place among the other candidates.
 */
class ReplyOrderTest {

  @TempDir static Path folder;
  private static SentenceIndex index;

  private static final String QUESTION =
      "Would American troops go into Syria to secure the chemical weapons sites?";

  /**
   * Closeness as a model of meaning would see it here: a constant, and how many words speak of
   * soldiers on the ground ("troops" and "boots" alike).
   */
  static final class Soldiers implements Embedder {
    private static final Set<String> SOLDIERS = Set.of("troops", "boots", "ground", "forces");

    @Override
    public String id() {
      return "soldiers";
    }

    @Override
    public float[] question(String text) {
      return vector(text);
    }

    @Override
    public List<float[]> sentences(List<String> texts) {
      List<float[]> out = new ArrayList<>();
      texts.forEach(t -> out.add(vector(t)));
      return out;
    }

    private static float[] vector(String text) {
      float[] v = {1, 0};
      for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
        if (SOLDIERS.contains(word)) {
          v[1] += 1;
        }
      }
      return Vectors.unit(v);
    }
  }

  @BeforeAll
  static void build() throws IOException {
    Path data = Files.createDirectories(folder.resolve("data"));
    FixtureData.writeStatement(
        data,
        "briefing",
        "Background Press Call on the Situation in Syria",
        "2024-12-09",
        "US",
        "MODERATOR: Thank you all for joining.",
        "Q Would American troops go into Syria to secure the chemical weapons sites?",
        "SENIOR ADMINISTRATION OFFICIAL: On chemical weapons sites, I do not have much more to add.",
        "I would not envision a scenario with our boots on the ground for such a mission.",
        "We are working with partners in the region on the matter.",
        "Q And on another topic, the weather?",
        "SENIOR ADMINISTRATION OFFICIAL: I have nothing on that.");
    FixtureData.writeStatement(
        data,
        "statement",
        "Statement on Chemical Weapons",
        "2024-12-10",
        "US",
        "The United States condemns the use of chemical weapons anywhere.",
        "Chemical weapons sites must be declared to inspectors.",
        "Our forces remain ready to defend our partners.");
    index = FixtureData.index(data, folder.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Answers ask(Meaning meaning) {
    AnswerFinder finder =
        new AnswerFinder(
            new QuestionParser(new Analyzers(CountryNames.load())),
            Tuning.DEFAULTS.withMinConfidence(0f),
            meaning);
    return finder.answer(index, QUESTION, 3);
  }

  @Test
  void lexicallyTheReplysFirstSentenceAnswers() {
    Answer first = ask(Meaning.off()).answers().get(0);
    assertTrue(first.sentence().startsWith("On chemical weapons sites"), first.sentence());
    assertEquals(QUESTION, first.attribution().askedBy());
  }

  @Test
  void byMeaningTheReplySentenceClosestToTheQuestionAnswersInTheReplysPlace() throws Exception {
    Meaning meaning = Meaning.open(folder.resolve("root"), MeaningMode.ON_DEMAND, new Soldiers());
    try {
      assertTrue(meaning.awaitLoaded(20_000));
      Answers lexical = ask(Meaning.off());
      Answers answers = ask(meaning);
      Answer first = answers.answers().get(0);
      assertTrue(first.sentence().startsWith("I would not envision"), first.sentence());
      assertEquals(QUESTION, first.attribution().askedBy());
      // The reply's place and score are the lexical first answer's; the other sentence of the
      // reply follows in the next place of the reply.
      assertEquals(lexical.answers().get(0).score(), first.score(), 1e-6);
      assertTrue(
          answers.answers().stream().anyMatch(a -> a.sentence().startsWith("On chemical weapons")),
          answers.answers().toString());
    } finally {
      meaning.close();
    }
  }
}
