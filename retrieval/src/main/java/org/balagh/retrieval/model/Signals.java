package org.balagh.retrieval.model;

/**
 * What the engine saw of one answer, from which its confidence is read (see {@link
 * ConfidenceModel}).
 *
 * @param coverage the rarity-weighted share of the question's concepts the sentence, its context or
 *     its statement expresses (see {@code Evidence})
 * @param covered how many of the question's concepts it covers, each counted by its share of the
 *     coverage (coverage times the concepts that weigh anything): the same share of a long question
 *     is more evidence than of a short one
 * @param relevance its match, per unit of the question's information, up to 1
 * @param margin how far it stands above the next answer: 1 minus the next one's score over its own
 * @param meaning its closeness in meaning to the question: the cosine of their vectors less {@link
 *     #MEANING_CENTRE}, about the middle of the cosines seen; 0 when not measured (a question in
 *     another language than English, or the sentences not yet embedded)
 * @param otherLanguage whether the sentence is in another language than the question
 * @param reply whether it was reached through a reporter's question it replies to
 * @param onTopic whether the sentence itself says something of the topic a question sets apart from
 *     who spoke (true when it sets none apart)
 * @param speakerAsked whether the question asks to hear from a country, whose statement it is
 * @param questionLanguage the question's language
 */
public record Signals(
    float coverage,
    float covered,
    float relevance,
    float margin,
    float meaning,
    boolean otherLanguage,
    boolean reply,
    boolean onTopic,
    boolean speakerAsked,
    String questionLanguage) {

  /** The cosine that {@code meaning} is read from. */
  public static final float MEANING_CENTRE = 0.8f;

  /** The same signals with another margin: known only once the answers are ranked. */
  public Signals withMargin(float value) {
    return new Signals(
        coverage,
        covered,
        relevance,
        value,
        meaning,
        otherLanguage,
        reply,
        onTopic,
        speakerAsked,
        questionLanguage);
  }
}
