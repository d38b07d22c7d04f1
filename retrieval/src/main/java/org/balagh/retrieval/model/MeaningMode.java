package org.balagh.retrieval.model;

/** How the sentences' vectors, for re-ranking English answers by meaning, are made. */
public enum MeaningMode {
  /** No model: lexical answers only. */
  OFF,
  /** Every sentence embedded in the background; used once all are. */
  BACKGROUND,
  /** Candidates embedded when first asked for (evaluations, one-off questions). */
  ON_DEMAND
}
