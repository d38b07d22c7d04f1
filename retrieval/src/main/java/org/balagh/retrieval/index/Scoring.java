package org.balagh.retrieval.index;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.balagh.retrieval.model.Bm25;

/** BM25 per field, with the parameters of each kind of field (see {@link Bm25}). */
public final class Scoring {

  private Scoring() {}

  public static Similarity similarity() {
    return similarity(Bm25.DEFAULTS);
  }

  public static Similarity similarity(Bm25 p) {
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
