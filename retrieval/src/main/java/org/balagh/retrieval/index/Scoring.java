package org.balagh.retrieval.index;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 per field. Sentences get less length normalisation than BM25's default: one-line sentences
 * ("And this is what they did about it.") otherwise win on a single shared word.
 */
public final class Scoring {

  /** BM25 parameters for each kind of field. */
  public record Params(
      float sentenceK1, float sentenceB, float titleK1, float titleB, float bodyK1, float bodyB) {}

  public static final Params DEFAULTS = new Params(2.0f, 0.5f, 1.2f, 0.75f, 1.2f, 0.75f);

  private Scoring() {}

  public static Similarity similarity() {
    return similarity(DEFAULTS);
  }

  public static Similarity similarity(Params p) {
    BM25Similarity sentence = new BM25Similarity(p.sentenceK1(), p.sentenceB());
    BM25Similarity title = new BM25Similarity(p.titleK1(), p.titleB());
    BM25Similarity body = new BM25Similarity(p.bodyK1(), p.bodyB());
    BM25Similarity other = new BM25Similarity();
    return new PerFieldSimilarityWrapper() {
      @Override
      public Similarity get(String field) {
        if (field.startsWith(Fields.SENTENCE + ".")) {
          return sentence;
        }
        if (field.startsWith(Fields.TITLE + ".")) {
          return title;
        }
        if (field.startsWith(Fields.BODY + ".")) {
          return body;
        }
        return other;
      }
    };
  }
}
