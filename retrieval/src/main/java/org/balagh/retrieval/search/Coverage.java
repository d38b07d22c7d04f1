package org.balagh.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.index.Fields;

/**
 * Which of a question's concepts each candidate sentence expresses, in the sentence itself or only
 * around it (its neighbours, its statement's title), and how much of the question that covers, each
 * concept weighted by its rarity (IDF): a sentence that names only the country asked about covers
 * little of "What did Kazakhstan say about wheat?".
 */
final class Coverage {

  private static final String[] AROUND = {Fields.CONTEXT, Fields.TITLE};

  private final IndexReader reader;
  private final Question question;
  private final float[] weights;
  private final float total;

  Coverage(IndexReader reader, Question question) {
    this.reader = reader;
    this.question = question;
    this.weights = new float[question.concepts().size()];
    float sum = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = idf(question.concepts().get(i));
      sum += weights[i];
    }
    this.total = sum;
  }

  /**
   * The coverage of each document, in the order given; a concept met only around the sentence
   * counts {@code aroundWeight} of one met in it.
   *
   * @param docs documents of the sentence index, in increasing order
   */
  float[] of(int[] docs, float aroundWeight) {
    float[] coverage = new float[docs.length];
    if (total <= 0) {
      return coverage;
    }
    long[] inSentence = new long[docs.length];
    long[] around = new long[docs.length];
    List<Question.Concept> concepts = question.concepts();
    for (int c = 0; c < concepts.size() && c < Long.SIZE; c++) {
      Question.Concept concept = concepts.get(c);
      for (Question.Term term : concept.terms()) {
        mark(
            docs,
            Fields.analysed(Fields.SENTENCE, term.fieldLanguage()),
            term.text(),
            c,
            inSentence);
        for (String kind : AROUND) {
          mark(docs, Fields.analysed(kind, term.fieldLanguage()), term.text(), c, around);
        }
      }
      if (concept.country()) {
        // Multi-word names ("the United States") are tagged per sentence and per statement.
        String code = Analyzers.countryCode(concept.label());
        mark(docs, Fields.SENTENCE_COUNTRY, code, c, inSentence);
        mark(docs, Fields.STATEMENT_COUNTRY, code, c, around);
      }
    }
    for (int d = 0; d < docs.length; d++) {
      float matched = 0;
      for (int c = 0; c < weights.length && c < Long.SIZE; c++) {
        long bit = 1L << c;
        if ((inSentence[d] & bit) != 0) {
          matched += weights[c];
        } else if ((around[d] & bit) != 0) {
          // Who spoke is as well met by the statement as by the sentence.
          matched += (concepts.get(c).speaker() ? 1f : aroundWeight) * weights[c];
        }
      }
      coverage[d] = matched / total;
    }
    return coverage;
  }

  /** Sets bit {@code concept} of each document that holds the term in the field. */
  private void mark(int[] docs, String field, String text, int concept, long[] masks) {
    BytesRef bytes = new BytesRef(text);
    try {
      int d = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        int end = leaf.docBase + leaf.reader().maxDoc();
        if (d >= docs.length) {
          return;
        }
        if (docs[d] >= end) {
          continue;
        }
        PostingsEnum postings = postings(leaf, field, bytes);
        for (; d < docs.length && docs[d] < end; d++) {
          int local = docs[d] - leaf.docBase;
          if (postings == null) {
            continue;
          }
          int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
          if (at == DocIdSetIterator.NO_MORE_DOCS) {
            postings = null;
          } else if (at == local) {
            masks[d] |= 1L << concept;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PostingsEnum postings(LeafReaderContext leaf, String field, BytesRef term)
      throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return null;
    }
    TermsEnum iterator = terms.iterator();
    return iterator.seekExact(term) ? iterator.postings(null, PostingsEnum.NONE) : null;
  }

  /** The rarest reading of a concept that statements use; a word none uses weighs most. */
  private float idf(Question.Concept concept) {
    int docs = reader.numDocs();
    int rarest = 0;
    for (Question.Term term : concept.terms()) {
      try {
        int df =
            reader.docFreq(
                new Term(Fields.analysed(Fields.SENTENCE, term.fieldLanguage()), term.text()));
        if (df > 0 && (rarest == 0 || df < rarest)) {
          rarest = df;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return (float) Math.log(1 + (docs - rarest + 0.5) / (rarest + 0.5));
  }
}
