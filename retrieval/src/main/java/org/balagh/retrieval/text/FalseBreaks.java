package org.balagh.retrieval.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which of ICU's candidate sentence breaks in one paragraph are not sentence ends: after
 * titles and other abbreviations ({@code Mr.}, {@code U.S.}, {@code No. 5}), after initials, after
 * a bare paragraph number ({@code 17.}), before a lower-case word, and inside quotation marks that
 * close later in the paragraph.
 */
final class FalseBreaks {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "vs", "e.g", "i.e", "cf", "gen", "lt",
          "col", "maj", "sgt", "capt", "adm", "gov", "sen", "rep", "hon", "jr", "sr", "h.e",
          "h.r.h", "h.m", "amb", "rev", "jan", "feb", "apr", "aug", "sept", "oct", "nov", "inc",
          "ltd", "corp", "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.s.s.r", "d.c", "approx", "mme",
          "mmes", "mlle", "mm", "s.e", "s.m", "dept", "govt", "bros", "mt", "al", "viz");

  /** Abbreviations that are ordinary words too ("no"), so only count before a number. */
  private static final Set<String> BEFORE_NUMBER =
      Set.of(
          "no", "nos", "art", "arts", "para", "paras", "p", "pp", "vol", "ch", "fig", "sq", "op",
          "dec", "sec", "n", "nr");

  private static final Pattern LIST_NUMBER =
      Pattern.compile("\\(?([0-9]{1,3}|[ivxlcIVXLC]{1,5}|[a-zA-Z])[.)]");
  private static final int MAX_QUOTE = 3 * SentenceSplitter.MAX_SENTENCE;

  private final String paragraph;
  private final int[] depth;
  private final int[] nextClosed;

  FalseBreaks(String paragraph) {
    this.paragraph = paragraph;
    this.depth = quoteDepths(paragraph);
    this.nextClosed = nextClosedPositions(depth);
  }

  /** Whether the break at {@code end} of the sentence starting at {@code start} is false. */
  boolean isFalse(int start, int end) {
    String left = paragraph.substring(start, end).stripTrailing();
    String right = paragraph.substring(end).stripLeading();
    if (left.isEmpty() || right.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(right.codePointAt(0))) {
      return true;
    }
    if (LIST_NUMBER.matcher(left).matches()) {
      return true;
    }
    if (left.endsWith(".")) {
      String word = lastWord(left);
      if (ABBREVIATIONS.contains(word) || isInitial(left)) {
        return true;
      }
      if (BEFORE_NUMBER.contains(word) && Character.isDigit(right.charAt(0))) {
        return true;
      }
    }
    return insideQuote(end);
  }

  private boolean insideQuote(int position) {
    int at = Math.min(position, depth.length - 1);
    return depth[at] > 0 && nextClosed[at] >= 0 && nextClosed[at] - position <= MAX_QUOTE;
  }

  private static String lastWord(String left) {
    int i = left.length() - 1;
    while (i > 0 && !Character.isWhitespace(left.charAt(i - 1)) && left.charAt(i - 1) != '(') {
      i--;
    }
    String word = left.substring(i, left.length() - 1);
    return word.toLowerCase(java.util.Locale.ROOT);
  }

  /** A single capital letter before the dot: an initial, as in "John F. Kennedy". */
  private static boolean isInitial(String left) {
    int n = left.length();
    return n >= 2
        && Character.isUpperCase(left.charAt(n - 2))
        && (n == 2 || !Character.isLetter(left.charAt(n - 3)));
  }

  /** The quotation depth before each position, reading “ « as openers, » as closer. */
  private static int[] quoteDepths(String text) {
    int[] depths = new int[text.length() + 1];
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      depths[i] = depth;
      char c = text.charAt(i);
      int direction = Punctuation.quoteDirection(c);
      if (direction == 0 && Punctuation.isTwoWayQuote(c)) {
        direction = depth > 0 ? -1 : 1;
      }
      depth = Math.max(0, depth + direction);
    }
    depths[text.length()] = depth;
    return depths;
  }

  /** For each position, the next position at which no quotation is open, or -1. */
  private static int[] nextClosedPositions(int[] depths) {
    int[] next = new int[depths.length];
    int closed = -1;
    for (int i = depths.length - 1; i >= 0; i--) {
      if (depths[i] == 0) {
        closed = i;
      }
      next[i] = closed;
    }
    return next;
  }
}
