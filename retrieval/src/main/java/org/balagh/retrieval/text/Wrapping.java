package org.balagh.retrieval.text;

/**
 * Tells hard-wrapped texts (a paragraph broken over many lines, blank lines between paragraphs, as
 * in older UN records) from texts that keep one paragraph a line.
 */
final class Wrapping {

  private static final double WRAPPED_SHARE = 0.2;
  private static final int MIN_EVIDENCE = 3;

  private Wrapping() {}

  /**
   * A text is hard-wrapped when a fifth or more of its line breaks fall mid-sentence: the line
   * before ends without closing punctuation and the next one goes on in lower case.
   */
  static boolean isHardWrapped(String text) {
    int breaks = 0;
    int midSentence = 0;
    int lineStart = 0;
    String previous = null;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd).strip();
      if (line.isEmpty()) {
        previous = null;
      } else {
        if (previous != null) {
          breaks++;
          if (!Punctuation.endsClause(previous) && Character.isLowerCase(line.codePointAt(0))) {
            midSentence++;
          }
        }
        previous = line;
      }
      lineStart = lineEnd + 1;
    }
    return midSentence >= MIN_EVIDENCE && midSentence >= WRAPPED_SHARE * breaks;
  }
}
