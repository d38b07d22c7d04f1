package org.balagh.retrieval.model;

/**
 * BM25's parameters for each kind of field. Sentences get less length normalisation than BM25's
 * default: one-line sentences ("And this is what they did about it.") otherwise win on a single
 * shared word.
 */
public record Bm25(
    float sentenceK1, float sentenceB, float titleK1, float titleB, float bodyK1, float bodyB) {

  public static final Bm25 DEFAULTS = new Bm25(2.0f, 0.5f, 1.2f, 0.75f, 1.2f, 0.75f);
}
