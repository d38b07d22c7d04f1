package org.balagh.retrieval.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.index.Fields;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.StatementInfo;
import org.balagh.retrieval.model.Tuning;

/**
 * The sentences worth re-ranking for a question: the best by BM25, each term weighted by one over
 * the question's information in its language (see {@link Information}) so that every language
 * competes fairly, and the few of each statement that matches best as a whole that best say its
 * topic: a sentence naming only the topic ("the situation in Afghanistan") would otherwise be lost
 * among thousands like it, the statement having been found by who spoke.
 *
 * <p>A sentence's score comes from its own language's terms alone, so each language is searched on
 * its own: a small field whole, a large one (millions of sentences of long speeches) among the
 * sentences of its best statements only, where its best sentences are, at a small part of the cost.
 * Countries and the kind of answer asked for count in re-ranking ({@link Evidence#bonus}): as query
 * terms their long postings would cost much and tell little.
 */
final class Candidates {

  /** The statements, best matches as wholes, whose sentences are searched on their own too. */
  static final int TOP_STATEMENTS = 10;

  private final SentenceIndex index;
  private final Information information;
  private final Tuning tuning;

  Candidates(SentenceIndex index, Information information, Tuning tuning) {
    this.index = index;
    this.information = information;
    this.tuning = tuning;
  }

  /**
   * The candidates, and the scores of every sentence of the statements read sentence by sentence (a
   * sentence not among the candidates may yet be wanted: the reply to a reporter's question).
   */
  record Pool(ScoreDoc[] hits, StatementRuns.Scores scores) {}

  /** The candidates, given the statements that match best as wholes, best first. */
  Pool find(Question question, List<StatementInfo> statements) throws IOException {
    Clauses topic = new Clauses();
    Clauses speaker = new Clauses();
    Clauses all = new Clauses();
    for (Question.Concept concept : question.concepts()) {
      float weight = concept.speaker() ? tuning.speaker() : 1f;
      for (Question.Term term :
          information.searchable(concept, Fields.SENTENCE, tuning.commonShare())) {
        float boost = weight * information.scale(term.fieldLanguage());
        (concept.speaker() ? speaker : topic).add(Fields.SENTENCE, term, boost);
        all.add(Fields.SENTENCE, term, boost);
      }
    }
    List<StatementInfo> read = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      if (i < TOP_STATEMENTS || information.isLarge(sentenceField(statements.get(i)))) {
        read.add(statements.get(i));
      }
    }
    StatementRuns.Scores scores =
        new StatementRuns(index, information.lookup(), read)
            .score(topic.boosts(), speaker.boosts());
    Map<Integer, ScoreDoc> hits = new LinkedHashMap<>();
    int n = tuning.candidates();
    if (n > 0) {
      List<ScoreDoc> best = new ArrayList<>();
      for (Map.Entry<String, Clauses> language : all.byLanguage().entrySet()) {
        String field = Fields.analysed(Fields.SENTENCE, language.getKey());
        if (information.isLarge(field) && !statements.isEmpty()) {
          best.addAll(
              scores.best(s -> Analyzers.fieldLanguage(s.language()).equals(language.getKey()), n));
        } else {
          TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(n, null, n);
          best.addAll(
              List.of(
                  index
                      .sentences()
                      .search(language.getValue().build(information.lookup()), top)
                      .scoreDocs));
        }
      }
      best.sort(
          Comparator.comparingDouble((ScoreDoc hit) -> hit.score)
              .reversed()
              .thenComparingInt(hit -> hit.doc));
      best.subList(0, Math.min(n, best.size())).forEach(hit -> hits.put(hit.doc, hit));
    }
    if (tuning.passages() > 0) {
      for (StatementInfo statement :
          statements.subList(0, Math.min(TOP_STATEMENTS, statements.size()))) {
        scores.bestOf(statement, tuning.passages()).forEach(hit -> hits.putIfAbsent(hit.doc, hit));
      }
    }
    return new Pool(hits.values().toArray(ScoreDoc[]::new), scores);
  }

  private static String sentenceField(StatementInfo statement) {
    return Fields.analysed(Fields.SENTENCE, Analyzers.fieldLanguage(statement.language()));
  }
}
