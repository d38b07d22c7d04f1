package org.balagh.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.balagh.retrieval.index.Fields;
import org.balagh.retrieval.index.SentenceIndex;

/**
 * How much each of a question's concepts tells, per field language: its rarity among that
 * language's sentences, as BM25 weighs it there. BM25 scores grow with a field's size, so an
 * English sentence in a field of 100,000 outscores an Arabic one in a field of 20 for the same
 * match; dividing by the question's information in each language puts them on one scale.
 */
final class Information {

  /** Fields with fewer documents are cheap to search whatever the term. */
  static final int LARGE_FIELD = 10_000;

  private final TermLookup lookup;
  private final Question question;
  private final float untranslated;
  private final Map<String, float[]> weights = new HashMap<>();
  private final Map<String, Float> scales = new HashMap<>();
  private final Map<String, Integer> docCounts = new HashMap<>();

  /**
   * @param untranslated how much a concept the question cannot say in a language (no glossary
   *     translation) counts in that language, as a share of its rarity in its own
   */
  Information(SentenceIndex index, Question question, float untranslated) {
    this.lookup = new TermLookup(index);
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

  /**
   * One over {@link #total}, or 0 for a question with nothing to look for. Kept per language: every
   * query term and every candidate sentence asks for it.
   */
  float scale(String language) {
    return scales.computeIfAbsent(
        language,
        l -> {
          float total = total(l);
          return total <= 0 ? 0 : 1f / total;
        });
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
    int docs = Math.max(docCount(field), docFreq);
    return (float) Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
  }

  int docFreq(String field, String term) {
    return lookup.docFreq(new Term(field, term));
  }

  /** The lookups of the question's terms, shared by everything that reads them. */
  TermLookup lookup() {
    return lookup;
  }

  /**
   * The share of a field's documents that hold a term; 0 in a field too small for a term's cost to
   * matter (fewer than {@link #LARGE_FIELD} documents).
   */
  float share(String field, String term) {
    return isLarge(field) ? (float) docFreq(field, term) / docCount(field) : 0;
  }

  /**
   * A concept's terms worth searching in a kind of field: those in at most {@code maxShare} of its
   * documents in their language, where the field is large. Common terms ("state", "countries")
   * weigh little in BM25 yet cost most to search. A concept whose terms are all common keeps its
   * rarest.
   */
  List<Question.Term> searchable(Question.Concept concept, String kind, float maxShare) {
    List<Question.Term> rare = new ArrayList<>();
    Question.Term rarest = null;
    float rarestShare = Float.MAX_VALUE;
    for (Question.Term term : concept.terms()) {
      float share = share(Fields.analysed(kind, term.fieldLanguage()), term.text());
      if (share <= maxShare) {
        rare.add(term);
      }
      if (share < rarestShare) {
        rarest = term;
        rarestShare = share;
      }
    }
    return rare.isEmpty() && rarest != null ? List.of(rarest) : rare;
  }

  /** Whether a field has {@link #LARGE_FIELD} documents or more. */
  boolean isLarge(String field) {
    return docCount(field) >= LARGE_FIELD;
  }

  private int docCount(String field) {
    return docCounts.computeIfAbsent(
        field,
        f -> {
          try {
            return lookup.searcher(f).getIndexReader().getDocCount(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
