package org.balagh.retrieval.text;

/** Character classes the sentence splitter needs: closing punctuation and quotation marks. */
final class Punctuation {

  private Punctuation() {}

  /** Whether a line ends as a sentence or clause does, so that a break after it is not a wrap. */
  static boolean endsClause(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return ".!?:;؟؛…\"”»’)]".indexOf(last) >= 0;
  }

  /** +1 for a mark that opens a quotation, -1 for one that closes it, 0 for ambiguous or none. */
  static int quoteDirection(char c) {
    return switch (c) {
      case '“', '«', '„' -> 1;
      case '»' -> -1;
      default -> 0;
    };
  }

  /** Marks that close a quotation or, written straight or reversed, open one too. */
  static boolean isTwoWayQuote(char c) {
    return c == '”' || c == '"';
  }
}
