package org.balagh.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.balagh.retrieval.FixtureData;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.StatementInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementRunsTest {

  private static final String AFGHANISTAN = Analyzers.countryTerm("AF");

  @TempDir static Path folder;
  private static SentenceIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = FixtureData.index(FixtureData.copy(folder.resolve("data")), folder.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Clauses clauses(Object... termsAndWeights) {
    Clauses clauses = new Clauses();
    for (int i = 0; i < termsAndWeights.length; i += 2) {
      clauses.add(new Term("s.en", (String) termsAndWeights[i]), (Float) termsAndWeights[i + 1]);
    }
    return clauses;
  }

  @Test
  void scoresEachSentenceAsLuceneScoresTheWholeQuery() throws IOException {
    TermLookup lookup = new TermLookup(index);
    Clauses topic = clauses(AFGHANISTAN, 1.0f, "situat", 0.5f);
    Clauses speaker = clauses("leader", 0.25f, AFGHANISTAN, 0.5f);
    Clauses all = new Clauses();
    topic.boosts().forEach(all::add);
    speaker.boosts().forEach(all::add);
    List<ScoreDoc> expected =
        List.of(
            index
                .sentences()
                .search(all.build(lookup), new TopScoreDocCollectorManager(100, null, 100))
                .scoreDocs);
    assertTrue(expected.size() >= 2, "matches: " + expected.size());

    List<ScoreDoc> scored =
        new StatementRuns(index, lookup, index.catalog())
            .score(topic.boosts(), speaker.boosts())
            .best(statement -> true, 100);

    assertEquals(expected.size(), scored.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).doc, scored.get(i).doc);
      assertEquals(expected.get(i).score, scored.get(i).score, 1e-5f);
    }
  }

  @Test
  void keepsTheTopicApartFromWhoSpoke() throws IOException {
    StatementRuns.Scores scores =
        new StatementRuns(index, new TermLookup(index), index.catalog())
            .score(clauses(AFGHANISTAN, 1.0f).boosts(), clauses("leader", 1.0f).boosts());
    StatementInfo c5 =
        index.catalog().stream().filter(s -> s.id().equals("c5-2023")).findFirst().orElseThrow();

    List<ScoreDoc> topic = scores.bestOf(c5, 5);

    // Only the sentence that names Afghanistan says the topic, however often "leaders" occur.
    assertEquals(1, topic.size());
    assertEquals(
        "The leaders noted that the situation in Afghanistan remains a matter of concern.",
        index.text(topic.get(0).doc));
  }

  @Test
  void readsOnlyTheStatementsChosen() throws IOException {
    StatementInfo c5 =
        index.catalog().stream().filter(s -> s.id().equals("c5-2023")).findFirst().orElseThrow();
    List<ScoreDoc> best =
        new StatementRuns(index, new TermLookup(index), List.of(c5))
            .score(clauses("leader", 1.0f).boosts(), Map.of())
            .best(statement -> true, 100);
    assertTrue(!best.isEmpty());
    for (ScoreDoc hit : best) {
      assertEquals("c5-2023", index.statementOf(hit.doc).id());
    }
  }
}
