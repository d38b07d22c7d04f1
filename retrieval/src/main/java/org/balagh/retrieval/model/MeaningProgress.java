package org.balagh.retrieval.model;

/**
 * How far the embedding of the sentences, for re-ranking English answers by meaning, has got.
 *
 * @param state off, loading, unavailable (the model could not load: see problem), embedding, or
 *     ready
 * @param checked sentences of the current index gone through
 * @param total sentences of the current index
 * @param embedded sentences embedded since the index was opened (the rest had vectors)
 * @param stored vectors stored, for this and earlier indexes
 * @param problem why the model is unavailable or embedding stopped; empty otherwise
 */
public record MeaningProgress(
    String state, long checked, long total, long embedded, long stored, String problem) {}
