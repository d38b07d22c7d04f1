package org.balagh.retrieval.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.balagh.retrieval.index.Fields;

/**
 * The term clauses of a query, each once: a glossary translation shared by several words of a
 * phrase (every word of «مبادرة الحكم الذاتي» reaches "autonomy plan") is searched once, with the
 * weights of those words added up, rather than once per word: the same score, fewer clauses.
 */
final class Clauses {

  private final Map<Term, Float> boosts = new LinkedHashMap<>();

  /** Adds a question term to the analysed field of a kind in the term's language. */
  void add(String kind, Question.Term term, float boost) {
    float weight = boost * term.weight();
    if (weight > 0f) {
      add(new Term(Fields.analysed(kind, term.fieldLanguage()), term.text()), weight);
    }
  }

  void add(Term term, float weight) {
    boosts.merge(term, weight, Float::sum);
  }

  /** Each term, with its weight. */
  Map<Term, Float> boosts() {
    return Collections.unmodifiableMap(boosts);
  }

  /** One optional clause a term, each term's lookup shared. */
  Query build(TermLookup lookup) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boosts.forEach(
        (term, boost) ->
            query.add(new BoostQuery(lookup.query(term), boost), BooleanClause.Occur.SHOULD));
    return query.build();
  }

  /**
   * The clauses of each field language apart. A document is written in one language and has only
   * its fields: its score comes from its language's clauses alone.
   */
  Map<String, Clauses> byLanguage() {
    Map<String, Clauses> languages = new LinkedHashMap<>();
    boosts.forEach(
        (term, boost) ->
            languages
                .computeIfAbsent(Fields.languageOf(term.field()), l -> new Clauses())
                .add(term, boost));
    return languages;
  }
}
