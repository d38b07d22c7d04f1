package org.balagh.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.balagh.retrieval.index.Fields;

/**
 * How much each of a question's concepts tells, per field language: its rarity among that
 * language's sentences, as BM25 weighs it there. BM25 scores grow with a field's size, so an
 * English sentence in a field of 100,000 outscores an Arabic one in a field of 20 for the same
 * match; dividing by the question's information in each language puts them on one scale.
 */
final class Information {

  /** Fields with fewer documents are cheap to search whatever the term. */
  static final int LARGE_FIELD = 10_000;

  private final IndexReader reader;
  private final Question question;
  private final float untranslated;
  private final Map<String, float[]> weights = new HashMap<>();
  private final Map<Term, Integer> docFreqs = new HashMap<>();

  /**
   * @param untranslated how much a concept the question cannot say in a language (no glossary
   *     translation) counts in that language, as a share of its rarity in its own
   */
  Information(IndexReader reader, Question question, float untranslated) {
    this.reader = reader;
    this.question = question;
    this.untranslated = untranslated;
  }

  /** Each concept's weight in a field language (at most 64 concepts, as masks hold). */
  float[] weights(String language) {
    return weights.computeIfAbsent(
        language,
        l -> {
          List<Question.Concept> concepts = question.concepts();
          float[] w = new float[Math.min(concepts.size(), Long.SIZE)];
          for (int c = 0; c < w.length; c++) {
            Question.Concept concept = concepts.get(c);
            String own = concept.terms().get(0).fieldLanguage();
            if (expressible(concept, l)) {
              w[c] = idf(concept, l);
            } else {
              // A word the question cannot translate counts less there, unless no statement
              // uses it even in its own language: then the question asks what nothing here says,
              // and it weighs as a word no sentence of this language uses.
              w[c] =
                  unknown(concept, own)
                      ? idf(Fields.analysed(Fields.SENTENCE, l), 0)
                      : untranslated * idf(concept, own);
            }
          }
          return w;
        });
  }

  /** The question's whole information in a field language. */
  float total(String language) {
    float sum = 0;
    for (float w : weights(language)) {
      sum += w;
    }
    return sum;
  }

  /** One over {@link #total}, or 0 for a question with nothing to look for. */
  float scale(String language) {
    float total = total(language);
    return total <= 0 ? 0 : 1f / total;
  }

  /** Whether the question holds a term for a concept in a field language. */
  static boolean expressible(Question.Concept concept, String language) {
    for (Question.Term term : concept.terms()) {
      if (term.fieldLanguage().equals(language)) {
        return true;
      }
    }
    return false;
  }

  private boolean unknown(Question.Concept concept, String language) {
    String field = Fields.analysed(Fields.SENTENCE, language);
    for (Question.Term term : concept.terms()) {
      if (term.fieldLanguage().equals(language) && docFreq(field, term.text()) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The rarity of a concept's rarest reading in a field language (a word none uses, most). */
  private float idf(Question.Concept concept, String language) {
    String field = Fields.analysed(Fields.SENTENCE, language);
    int rarest = 0;
    for (Question.Term term : concept.terms()) {
      if (term.fieldLanguage().equals(language)) {
        int df = docFreq(field, term.text());
        if (df > 0 && (rarest == 0 || df < rarest)) {
          rarest = df;
        }
      }
    }
    return idf(field, rarest);
  }

  /** BM25's inverse document frequency, over the documents that have the field. */
  float idf(String field, int docFreq) {
    try {
      int docs = Math.max(reader.getDocCount(field), docFreq);
      return (float) Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int docFreq(String field, String term) {
    return docFreqs.computeIfAbsent(
        new Term(field, term),
        t -> {
          try {
            return reader.docFreq(t);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The share of a field's documents that hold a term; 0 in a field too small for a term's cost to
   * matter (fewer than {@link #LARGE_FIELD} documents).
   */
  float share(String field, String term) {
    try {
      int docs = reader.getDocCount(field);
      return docs < LARGE_FIELD ? 0 : (float) docFreq(field, term) / docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
