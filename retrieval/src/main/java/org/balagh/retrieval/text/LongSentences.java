package org.balagh.retrieval.text;

/** Finds where to cut an over-long sentence: after a semicolon, else a comma, else a space. */
final class LongSentences {

  private LongSentences() {}

  /** A cut point in {@code (start, limit]}, as late as possible at the best boundary available. */
  static int cut(String text, int start, int limit) {
    int floor = start + (limit - start) / 3;
    for (String marks : new String[] {";؛", ",،", " "}) {
      for (int i = limit - 1; i > floor; i--) {
        if (marks.indexOf(text.charAt(i)) >= 0) {
          return i + 1;
        }
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }
}
