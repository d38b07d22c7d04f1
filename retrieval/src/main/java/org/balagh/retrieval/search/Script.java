package org.balagh.retrieval.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of a question in one script: Arabic words go to the Arabic chain, the rest (names such as
 * "C5+1" or "Lobito" inside an Arabic question) to a Latin one.
 */
record Script(String text, boolean arabic) {

  static List<Script> split(String text) {
    List<Script> runs = new ArrayList<>();
    StringBuilder arabic = new StringBuilder();
    StringBuilder other = new StringBuilder();
    for (String word : text.split(" ")) {
      (word.codePoints().anyMatch(Script::isArabic) ? arabic : other).append(word).append(' ');
    }
    if (arabic.length() > 0) {
      runs.add(new Script(arabic.toString().strip(), true));
    }
    if (!other.toString().isBlank()) {
      runs.add(new Script(other.toString().strip(), false));
    }
    return runs;
  }

  /** Whether a character is of the Arabic script. */
  static boolean isArabic(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
  }
}
