package org.balagh.retrieval.search;

import org.balagh.retrieval.index.Scoring;

/**
 * The weights that combine the evidence for a sentence, set on ARCD train and the project's English
 * questions (see the README).
 *
 * @param context weight of the neighbouring sentences' match, relative to the sentence's own
 * @param title weight of the statement title's match, scored on the statement
 * @param sentenceCountry weight of the sentence naming a country the question names
 * @param statementCountry weight of the statement involving a country the question names
 * @param statement weight of the whole statement's match (its text and title)
 * @param around how much a concept met only around a sentence (neighbours, title) counts towards
 *     its coverage, against 1 for one met in the sentence
 * @param coverage exponent of the coverage that multiplies a sentence's score
 * @param answerKind weight of the sentence giving the kind of answer asked for (a time, a number)
 * @param speaker weight, in the sentence, of the words that name who spoke ("What did <em>the
 *     G7</em> say about …"), against 1 for the topic
 * @param titleEcho how much is taken off a sentence's score for the rarity of the concepts it
 *     shares with its statement's title (see {@code Evidence.titleEcho})
 * @param untranslated how much a concept the question cannot say in a sentence's language counts in
 *     what that sentence has to cover
 * @param candidates sentences ranked before re-ranking
 * @param statements statements scored for statement-level evidence
 * @param minConfidence below this confidence (coverage) a sentence is not offered as an answer;
 *     calibrated on answerable and unanswerable questions (see the README)
 * @param bm25 BM25 parameters per field kind
 */
public record Tuning(
    float context,
    float title,
    float sentenceCountry,
    float statementCountry,
    float statement,
    float around,
    float coverage,
    float answerKind,
    float speaker,
    float titleEcho,
    float untranslated,
    int candidates,
    int statements,
    float minConfidence,
    Scoring.Params bm25) {

  public static final Tuning DEFAULTS =
      new Tuning(
          0f, 2f, 0.5f, 0.5f, 1f, 0.5f, 1f, 1f, 0.5f, 0f, 0.5f, 100, 100, 0.5f, Scoring.DEFAULTS);

  /** The same weights with another confidence threshold. */
  public Tuning withMinConfidence(float threshold) {
    return new Tuning(
        context,
        title,
        sentenceCountry,
        statementCountry,
        statement,
        around,
        coverage,
        answerKind,
        speaker,
        titleEcho,
        untranslated,
        candidates,
        statements,
        threshold,
        bm25);
  }
}
