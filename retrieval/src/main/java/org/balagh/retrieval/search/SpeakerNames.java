package org.balagh.retrieval.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.index.Fields;
import org.balagh.retrieval.index.SentenceIndex;

/**
 * Who a question asks to hear from when that is not a country ("What did Obama say about Iran?",
 * "What did the G7 say …"): of the statements in the question's language, only one that names them,
 * in its title or its text, may be quoted for them. A statement that never names them cannot hold
 * their words, and quoting it would put those words in their mouth. In another language a name may
 * be written otherwise than the names table knows («بي سكي بي», BSkyB), so statements in other
 * languages are left as they are. Who a country is heard from is read from the statements' speakers
 * instead (see {@link Evidence#involvesSpeaker}, which applies both).
 */
final class SpeakerNames {

  private SpeakerNames() {}

  /**
   * The catalogue ordinals of the statements that name, in the question's language, who it asks to
   * hear from; null when it asks what no one but countries said, or asks no one's words at all.
   */
  static Set<Integer> statements(SentenceIndex index, Question question) throws IOException {
    if (!question.speech() || !question.speakers().isEmpty()) {
      return null;
    }
    String own = Analyzers.fieldLanguage(question.language());
    BooleanQuery.Builder named = new BooleanQuery.Builder();
    int clauses = 0;
    for (Question.Concept concept : question.concepts()) {
      if (!concept.speaker() || concept.country()) {
        continue;
      }
      for (Question.Term term : concept.terms()) {
        if (!term.fieldLanguage().equals(own)) {
          continue;
        }
        for (String kind : new String[] {Fields.TITLE, Fields.BODY}) {
          String field = Fields.analysed(kind, term.fieldLanguage());
          named.add(new TermQuery(new Term(field, term.text())), BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
    }
    if (clauses == 0) {
      return null;
    }
    Set<Integer> ordinals = new HashSet<>();
    index
        .statements()
        .search(
            named.build(),
            new SimpleCollector() {
              private int base;

              @Override
              protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
              }

              @Override
              public void collect(int doc) {
                ordinals.add(index.ordinalOfStatementDoc(base + doc));
              }

              @Override
              public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
              }
            });
    return ordinals;
  }
}
