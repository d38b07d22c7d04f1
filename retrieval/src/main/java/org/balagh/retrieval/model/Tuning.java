package org.balagh.retrieval.model;

/**
 * The weights that combine the evidence for a sentence, set on ARCD train and the project's English
 * questions (see the README).
 *
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
 * @param untranslated how much a concept the question cannot say in a sentence's language counts in
 *     what that sentence has to cover
 * @param confidenceScale the score per unit of question information (summed IDF) that counts as
 *     full confidence
 * @param ownLanguage factor for sentences in the question's language
 * @param offTopic factor for a sentence that says nothing of the topic a question sets apart from
 *     who spoke (see {@code Evidence.namesTopic})
 * @param missingCountry factor, in ranking only, for each country the question names that neither a
 *     sentence, its neighbours nor its statement involves: "Did Morocco and Kazakhstan agree to
 *     fight terrorism together?" asks what both said, before what one said alone
 * @param candidates sentences ranked before re-ranking
 * @param commonShare terms in a larger share of a field's sentences are left out of the search for
 *     candidates (they still count in re-ranking)
 * @param passages sentences ranked within each of the statements that match best as wholes
 * @param statements statements of each language scored for statement-level evidence; in a large
 *     sentence field, candidates come from their sentences only
 * @param commonStatementShare terms in a larger share of a large field's statements are left out of
 *     the statement text's score (not the title's)
 * @param meaning weight of an English candidate's closeness in meaning to the question, against 1
 *     for its lexical score, when the best are re-ranked by meaning (see {@code meaning.Rerank})
 * @param meaningDepth how many of the best candidates are re-ranked by meaning
 * @param confidence reads an answer's probability of answering from its signals, and says below
 *     which one Balagh abstains (see {@link ConfidenceModel})
 * @param bm25 BM25 parameters per field kind
 */
public record Tuning(
    float title,
    float sentenceCountry,
    float statementCountry,
    float statement,
    float around,
    float coverage,
    float answerKind,
    float speaker,
    float untranslated,
    float confidenceScale,
    float ownLanguage,
    float offTopic,
    float missingCountry,
    int candidates,
    float commonShare,
    int passages,
    int statements,
    float commonStatementShare,
    float meaning,
    int meaningDepth,
    ConfidenceModel confidence,
    Bm25 bm25) {

  public static final Tuning DEFAULTS =
      new Tuning(
          2f, // title
          0.5f, // sentenceCountry
          0.5f, // statementCountry
          1f, // statement
          0.5f, // around
          1f, // coverage
          1f, // answerKind
          0.5f, // speaker
          0.5f, // untranslated
          0.5f, // confidenceScale
          2f, // ownLanguage
          0.5f, // offTopic
          0.25f, // missingCountry
          100, // candidates
          0.05f, // commonShare
          5, // passages
          50, // statements
          0.1f, // commonStatementShare
          1f, // meaning
          20, // meaningDepth
          ConfidenceModel.load(), // confidence
          Bm25.DEFAULTS); // bm25

  /** The same weights with another confidence threshold. */
  public Tuning withMinConfidence(float threshold) {
    return new Tuning(
        title,
        sentenceCountry,
        statementCountry,
        statement,
        around,
        coverage,
        answerKind,
        speaker,
        untranslated,
        confidenceScale,
        ownLanguage,
        offTopic,
        missingCountry,
        candidates,
        commonShare,
        passages,
        statements,
        commonStatementShare,
        meaning,
        meaningDepth,
        confidence.withThreshold(threshold),
        bm25);
  }

  /** The confidence below which Balagh abstains on a question in a language. */
  public float minConfidence(String language) {
    return confidence.threshold(language);
  }
}
