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
 * What each candidate sentence shows of a question, read from the postings: which concepts it
 * expresses itself, which only its neighbours or its statement's title or countries do, and whether
 * it gives the kind of answer asked for. Each concept weighs its rarity (IDF), so a sentence that
 * names only the country asked about covers little of "What did Kazakhstan say about wheat?".
 */
final class Evidence {

  private final IndexReader reader;
  private final Question question;
  private final int[] docs;
  private final String[] languages;
  private final float[] weights;
  private final float total;
  private final long[] inSentence;
  private final long[] inTitle;
  private final long[] around;

  /**
   * Reads the evidence of the given documents of the sentence index.
   *
   * @param docs documents in increasing order
   * @param languages the field language of each document
   */
  Evidence(IndexReader reader, Question question, int[] docs, String[] languages) {
    this.reader = reader;
    this.question = question;
    this.docs = docs;
    this.languages = languages;
    this.inSentence = new long[docs.length];
    this.inTitle = new long[docs.length];
    this.around = new long[docs.length];
    List<Question.Concept> concepts = question.concepts();
    int count = Math.min(concepts.size(), Long.SIZE);
    this.weights = new float[count];
    float sum = 0;
    for (int c = 0; c < count; c++) {
      Question.Concept concept = concepts.get(c);
      weights[c] = idf(concept);
      sum += weights[c];
      for (Question.Term term : concept.terms()) {
        String language = term.fieldLanguage();
        mark(Fields.analysed(Fields.SENTENCE, language), term.text(), c, inSentence);
        mark(Fields.analysed(Fields.TITLE, language), term.text(), c, inTitle);
        mark(Fields.analysed(Fields.CONTEXT, language), term.text(), c, around);
      }
      if (concept.country()) {
        // Multi-word names ("the United States") are tagged per sentence and per statement.
        String code = Analyzers.countryCode(concept.label());
        mark(Fields.SENTENCE_COUNTRY, code, c, inSentence);
        mark(Fields.STATEMENT_COUNTRY, code, c, around);
      }
    }
    this.total = sum;
  }

  /**
   * The share of the question each document covers, by rarity. A concept met only around the
   * sentence counts {@code aroundWeight} of one met in it, unless it names who spoke: that is met
   * as well by the statement as by the sentence. A concept the question cannot say in the
   * document's language (no glossary translation) counts only {@code untranslated} of its weight in
   * what there is to cover.
   */
  float[] coverage(float aroundWeight, float untranslated) {
    float[] coverage = new float[docs.length];
    if (total <= 0) {
      return coverage;
    }
    for (int d = 0; d < docs.length; d++) {
      float matched = 0;
      float possible = 0;
      long nearby = inTitle[d] | around[d];
      for (int c = 0; c < weights.length; c++) {
        long bit = 1L << c;
        Question.Concept concept = question.concepts().get(c);
        possible += (expressible(concept, languages[d]) ? 1f : untranslated) * weights[c];
        if ((inSentence[d] & bit) != 0) {
          matched += weights[c];
        } else if ((nearby & bit) != 0) {
          matched += (concept.speaker() ? 1f : aroundWeight) * weights[c];
        }
      }
      coverage[d] = possible <= 0 ? 0 : Math.min(1f, matched / possible);
    }
    return coverage;
  }

  /** Whether the question holds a term for a concept in a field language. */
  private static boolean expressible(Question.Concept concept, String language) {
    for (Question.Term term : concept.terms()) {
      if (term.fieldLanguage().equals(language)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How much of each document's own match merely repeats its statement's title: the rarity of the
   * concepts both name. Those words pick the statement; the sentence should answer with the rest
   * ("Camp David" finds the statement, "how often … meetings" the sentence).
   */
  float[] titleEcho() {
    float[] echo = new float[docs.length];
    for (int d = 0; d < docs.length; d++) {
      long both = inSentence[d] & inTitle[d];
      for (int c = 0; c < weights.length; c++) {
        if ((both & (1L << c)) != 0) {
          echo[d] += weights[c];
        }
      }
    }
    return echo;
  }

  /**
   * What each document gains, besides its text match, for naming a country the question names,
   * belonging to a statement that involves one, and giving the kind of answer asked for: the weight
   * of each, times the rarity of the index term that records it. Kept out of the Lucene query,
   * where long postings without frequencies would keep it from skipping.
   */
  float[] bonus(Tuning tuning) {
    float[] bonus = new float[docs.length];
    for (String code : question.countries()) {
      add(Fields.SENTENCE_COUNTRY, code, tuning.sentenceCountry(), bonus);
      add(Fields.STATEMENT_COUNTRY, code, tuning.statementCountry(), bonus);
    }
    if (question.asks() != null) {
      add(Fields.KIND, question.asks().term(), tuning.answerKind(), bonus);
    }
    return bonus;
  }

  private void add(String field, String term, float weight, float[] bonus) {
    if (weight <= 0) {
      return;
    }
    long[] has = new long[docs.length];
    mark(field, term, 0, has);
    float gain = weight * idf(docFreq(field, term));
    for (int d = 0; d < docs.length; d++) {
      if (has[d] != 0) {
        bonus[d] += gain;
      }
    }
  }

  /** Sets bit {@code concept} of each document that holds the term in the field. */
  private void mark(String field, String text, int concept, long[] masks) {
    BytesRef bytes = new BytesRef(text);
    try {
      int d = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        if (d >= docs.length) {
          return;
        }
        int end = leaf.docBase + leaf.reader().maxDoc();
        if (docs[d] >= end) {
          continue;
        }
        PostingsEnum postings = postings(leaf, field, bytes);
        for (; d < docs.length && docs[d] < end; d++) {
          if (postings == null) {
            continue;
          }
          int local = docs[d] - leaf.docBase;
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
    int rarest = 0;
    for (Question.Term term : concept.terms()) {
      int df = docFreq(Fields.analysed(Fields.SENTENCE, term.fieldLanguage()), term.text());
      if (df > 0 && (rarest == 0 || df < rarest)) {
        rarest = df;
      }
    }
    return idf(rarest);
  }

  /** BM25's inverse document frequency. */
  private float idf(int docFreq) {
    return (float) Math.log(1 + (reader.numDocs() - docFreq + 0.5) / (docFreq + 0.5));
  }

  private int docFreq(String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
