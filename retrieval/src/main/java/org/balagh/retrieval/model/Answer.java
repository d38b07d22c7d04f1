package org.balagh.retrieval.model;

import java.util.Objects;

/**
 * One quoted sentence and where it comes from.
 *
 * @param position the sentence's place in its statement, from 0
 * @param score the ranking score (higher is better; comparable within one question only)
 * @param confidence from 0 to 1: the probability that it answers the question, read from its
 *     signals (see {@link ConfidenceModel}); below the calibrated threshold the engine does not
 *     answer
 * @param attribution who, in a transcript, says it, and the question it answers
 * @param signals what the confidence was read from
 */
public record Answer(
    String sentence,
    StatementInfo statement,
    int position,
    float score,
    float confidence,
    Attribution attribution,
    Signals signals) {

  public Answer {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(signals, "signals");
  }
}
