package org.balagh.retrieval.meaning;

import java.util.List;

/** Turns text into unit vectors whose dot product says how close two texts are in meaning. */
public interface Embedder {

  /** Names the model; vectors of different models are never mixed. */
  String id();

  /** A question's vector. */
  float[] question(String text);

  /** The vectors of stored sentences, in order. */
  List<float[]> sentences(List<String> texts);
}
