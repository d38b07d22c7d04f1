package org.balagh.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.balagh.retrieval.FixtureData;
import org.balagh.retrieval.index.Fields;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.StatementInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reporter's question, the only candidate, leads to the official's reply: every sentence of the
 * reply becomes a candidate, and of them the one that says what was asked ranks first, though it
 * was no candidate itself (in a large archive the candidates are the best few hundred sentences of
 * all, and a reply's sentences are often not among them).
 */
class RepliesTest {

  @TempDir static Path folder;
  private static SentenceIndex index;
  private static StatementInfo briefing;

  @BeforeAll
  static void build() throws IOException {
    Path data = Files.createDirectories(folder.resolve("data"));
    FixtureData.writeStatement(
        data,
        "briefing",
        "Press Briefing by the Press Secretary",
        "2024-05-02",
        "US",
        "MS. LANE: Good afternoon, everyone.",
        "Q Will the ministry reopen the consulate in Osaka next year?",
        "MS. LANE: We have been working closely with our partners across the region for months.",
        "Our teams travelled widely this spring and heard a great deal from local leaders.",
        "The consulate in Osaka reopens next year, in March.",
        "Q And on another topic, the weather?",
        "MS. LANE: I have nothing on that.");
    index = FixtureData.index(data, folder.resolve("index"));
    briefing = index.catalog().get(0);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  /** The document of the briefing's sentence that starts with these words. */
  private static int sentence(String start) {
    int first = index.firstSentence(briefing.ordinal());
    for (int doc = first; doc < first + briefing.sentences(); doc++) {
      if (index.text(doc).startsWith(start)) {
        return doc;
      }
    }
    throw new AssertionError("no sentence starts with " + start);
  }

  @Test
  void ranksFirstTheReplySentenceThatSaysWhatWasAsked() throws IOException {
    int asking = sentence("Will the ministry");
    assertTrue(index.role(asking).asks());
    Map<Term, Float> topic =
        Map.of(
            new Term(Fields.analysed(Fields.SENTENCE, "en"), "osaka"), 1f,
            new Term(Fields.analysed(Fields.SENTENCE, "en"), "consul"), 1f);
    StatementRuns.Scores scores =
        new StatementRuns(index, new TermLookup(index), List.of(briefing)).score(topic, Map.of());
    Replies.Redirected redirected =
        Replies.redirect(
            index,
            new Candidates.Pool(new ScoreDoc[] {new ScoreDoc(asking, scores.of(asking))}, scores));

    ScoreDoc best = redirected.hits()[0];
    for (ScoreDoc hit : redirected.hits()) {
      best = hit.score > best.score ? hit : best;
    }
    assertEquals(sentence("The consulate in Osaka"), best.doc);
    assertEquals(asking, redirected.asked().get(best.doc).doc());
    assertTrue(redirected.hits().length >= 3, "every sentence of the reply is a candidate");
  }
}
