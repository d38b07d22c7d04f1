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
 * their words, and quoting it would put those words in their mouth. The same holds between English
 * and French, which write a name alike ("Biden") or the names table carries it ("Poutine",
 * "Putin"): a French question about what Biden said is not answered from an English statement that
 * never names him. Across scripts a name may be written otherwise than the names table knows («بي
 * سكي بي», BSkyB), so statements in the other script are left as they are. Who a country is heard
 * from is read from the statements' speakers instead (see {@link Evidence#involvesSpeaker}, which
 * applies both).
 */
final class SpeakerNames {

  private SpeakerNames() {}

  /**
   * The statements that name who the question asks to hear from, and the languages in which only
   * those may answer for them.
   *
   * @param ordinals catalogue ordinals of the statements that name them
   * @param languages the field languages the restriction holds in: the question's own, and the
   *     other of English and French when the question is in one of them and names them there
   */
  record Named(Set<Integer> ordinals, Set<String> languages) {}

  /**
   * Who the question asks to hear from, as the statements that name them; null when it asks what no
   * one but countries said, or asks no one's words at all.
   */
  static Named statements(SentenceIndex index, Question question) throws IOException {
    if (!question.speech() || !question.speakers().isEmpty()) {
      return null;
    }
    String own = Analyzers.fieldLanguage(question.language());
    Set<String> languages = new HashSet<>();
    languages.add(own);
    if (LATIN.contains(own)) {
      languages.addAll(LATIN);
    }
    Set<String> restricted = new HashSet<>();
    BooleanQuery.Builder named = new BooleanQuery.Builder();
    int clauses = 0;
    for (Question.Concept concept : question.concepts()) {
      if (!concept.speaker() || concept.country()) {
        continue;
      }
      for (Question.Term term : concept.terms()) {
        if (!languages.contains(term.fieldLanguage())) {
          continue;
        }
        restricted.add(term.fieldLanguage());
        for (String kind : new String[] {Fields.TITLE, Fields.BODY}) {
          String field = Fields.analysed(kind, term.fieldLanguage());
          named.add(new TermQuery(new Term(field, term.text())), BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
    }
    if (clauses == 0 || !restricted.contains(own)) {
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
    return new Named(ordinals, restricted);
  }

  /** The languages that write names in the same letters. */
  private static final Set<String> LATIN = Set.of("en", "fr");
}
