package org.balagh.retrieval.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.balagh.retrieval.index.Fields;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.Tuning;

/**
 * Scores whole statements against a question: their text and, more, their title, each term weighted
 * by the question's information in its language. Each language is searched on its own and keeps its
 * best statements, so a question finds the few statements of a small language (the one Arabic
 * communiqué) however many statements of a large one its translated words also match. In a large
 * field (tens of thousands of long speeches) the text's part leaves out the terms most statements
 * hold, the title's part keeping them: in the text they weigh little, and reading them there is
 * most of the cost.
 */
final class StatementSearch {

  private StatementSearch() {}

  /** The best statements' scores by catalogue ordinal, best first; empty when weighted 0. */
  static Map<Integer, Float> best(
      SentenceIndex index, Question question, Information information, Tuning tuning)
      throws IOException {
    int n = tuning.statements();
    if (n <= 0 || tuning.statement() == 0f && tuning.title() == 0f) {
      return Map.of();
    }
    // The title is scored once per statement here rather than on each of its sentences, where
    // its terms' long postings would slow the sentence search down.
    Clauses query = new Clauses();
    for (Question.Concept concept : question.concepts()) {
      for (Question.Term term : concept.terms()) {
        float scale = information.scale(term.fieldLanguage());
        String text = Fields.analysed(Fields.BODY, term.fieldLanguage());
        if (information.share(text, term.text()) <= tuning.commonStatementShare()) {
          query.add(Fields.BODY, term, tuning.statement() * scale);
        }
        query.add(Fields.TITLE, term, tuning.title() * scale);
      }
    }
    List<ScoreDoc> found = new ArrayList<>();
    for (Clauses language : query.byLanguage().values()) {
      TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(n, null, n);
      found.addAll(
          List.of(index.statements().search(language.build(information.lookup()), top).scoreDocs));
    }
    found.sort(
        Comparator.comparingDouble((ScoreDoc hit) -> hit.score)
            .reversed()
            .thenComparingInt(hit -> index.ordinalOfStatementDoc(hit.doc)));
    Map<Integer, Float> scores = new LinkedHashMap<>();
    for (ScoreDoc hit : found) {
      scores.put(index.ordinalOfStatementDoc(hit.doc), hit.score);
    }
    return scores;
  }
}
