package org.balagh.retrieval.index;

/**
 * Names of the index fields. Analysed fields carry the field language as a suffix ({@code s.ar},
 * {@code s.en}, …; see {@code Analyzers}).
 */
public final class Fields {

  /** The sentence itself, analysed. */
  public static final String SENTENCE = "s";

  /** The statement's title, analysed, in the statement index. */
  public static final String TITLE = "t";

  /** The whole statement, analysed, in the statement index. */
  public static final String BODY = "b";

  /** Countries the sentence names (ISO codes). */
  public static final String SENTENCE_COUNTRY = "cc";

  /** Countries the statement involves (ISO codes). */
  public static final String STATEMENT_COUNTRY = "scc";

  /** The kinds of answer the sentence can give (see {@code AnswerKind}). */
  public static final String KIND = "kind";

  /**
   * The statement's ordinal in the catalogue (doc values: where its sentences are is read once).
   */
  public static final String STATEMENT = "stmt";

  /** The number of the transcript turn a sentence was spoken in (doc values; transcripts only). */
  public static final String TURN = "turn";

  /** The role of that turn's speaker (doc values, a {@code Role} ordinal; transcripts only). */
  public static final String ROLE = "role";

  /** The number of a sentence's analysed terms (doc values; transcripts only). */
  public static final String WORDS = "words";

  /** That turn's speaker label as written (stored only; transcripts only). */
  public static final String SPEAKER = "speaker";

  /** Who the sentence quotes in their own words, as it names them (stored only; quotes only). */
  public static final String QUOTING = "quoting";

  /** The sentence, verbatim (stored only). */
  public static final String TEXT = "text";

  private Fields() {}

  /** The field language of an analysed field: {@code ar} for {@code s.ar}. */
  public static String languageOf(String analysedField) {
    return analysedField.substring(analysedField.indexOf('.') + 1);
  }

  /** The analysed field of a kind in a field language: {@code s.ar}. */
  public static String analysed(String kind, String fieldLanguage) {
    return kind + "." + fieldLanguage;
  }
}
