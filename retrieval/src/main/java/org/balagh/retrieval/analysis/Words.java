package org.balagh.retrieval.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits plain text into words for the country gazetteer, and folds a word into the key the
 * gazetteer stores: lower case without accents for Latin script, {@link ArabicFolding} for Arabic.
 * Dotted acronyms ({@code U.S.}, {@code U.A.E.}) come out as one word ({@code US}, {@code UAE}).
 */
public final class Words {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Words() {}

  /** A word and where it starts and ends in the text. */
  public record Word(String text, int start, int end) {}

  public static List<Word> split(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      if (isAcronymAt(text, i)) {
        StringBuilder acronym = new StringBuilder();
        while (i + 1 < n && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.') {
          acronym.append(text.charAt(i));
          i += 2;
        }
        words.add(new Word(acronym.toString(), start, i));
        continue;
      }
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      words.add(new Word(text.substring(start, i), start, i));
    }
    return words;
  }

  /** Two or more single capitals each followed by a dot: "U.S.", "U.K.". */
  private static boolean isAcronymAt(String text, int i) {
    if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      return false;
    }
    int letters = 0;
    while (i + 1 < text.length()
        && Character.isUpperCase(text.charAt(i))
        && text.charAt(i + 1) == '.'
        && (i + 2 >= text.length() || !Character.isLowerCase(text.charAt(i + 2)))) {
      letters++;
      i += 2;
    }
    return letters >= 2;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The gazetteer key of one word. */
  public static String fold(String word) {
    if (isAscii(word)) {
      return word.toLowerCase(Locale.ROOT);
    }
    if (isArabic(word)) {
      return ArabicFolding.fold(word);
    }
    return withoutMarks(word);
  }

  /** Lower case, accents and other combining marks removed: the rare, costly way, kept apart. */
  private static String withoutMarks(String word) {
    String stripped = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    return stripped.toLowerCase(Locale.ROOT);
  }

  /** Whether a word is all capitals (an acronym such as US or UAE, never the pronoun "us"). */
  public static boolean isAllCaps(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter;
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word has an Arabic letter. */
  public static boolean isArabic(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      // No Arabic character comes before U+0600: most words are told apart without a lookup.
      if (c >= '\u0600' && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
        return true;
      }
    }
    return false;
  }
}
