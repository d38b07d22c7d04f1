package org.balagh.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.balagh.retrieval.index.Fields;
import org.balagh.retrieval.index.SentenceIndex;

/**
 * The terms one question needs, each looked up in its index's dictionary once: its statistics, its
 * queries and its postings all start from that lookup. In a field of millions of sentences a lookup
 * costs about as much as reading a short posting list, and a question reads each term's several
 * times over.
 */
final class TermLookup {

  private final IndexSearcher sentences;
  private final IndexSearcher statements;
  private final Map<Term, TermStates> states = new HashMap<>();

  TermLookup(SentenceIndex index) {
    this.sentences = index.sentences();
    this.statements = index.statements();
  }

  /** The searcher of the index that holds a field: statements' text and titles, else sentences. */
  IndexSearcher searcher(String field) {
    String kind = field.substring(0, Math.max(0, field.indexOf('.')));
    return kind.equals(Fields.BODY) || kind.equals(Fields.TITLE) ? statements : sentences;
  }

  /** How many documents hold the term. */
  int docFreq(Term term) {
    return states(term).docFreq();
  }

  /** A query for the term that needs no further lookup. */
  TermQuery query(Term term) {
    return new TermQuery(term, states(term));
  }

  /** The term's postings in a segment of its index, or null where it does not occur. */
  PostingsEnum postings(LeafReaderContext leaf, Term term, int flags) throws IOException {
    TermState state = states(term).get(leaf);
    Terms terms = state == null ? null : leaf.reader().terms(term.field());
    if (terms == null) {
      return null;
    }
    TermsEnum iterator = terms.iterator();
    iterator.seekExact(term.bytes(), state);
    return iterator.postings(null, flags);
  }

  private TermStates states(Term term) {
    return states.computeIfAbsent(
        term,
        t -> {
          try {
            return TermStates.build(searcher(t.field()), t, true);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
