package org.balagh.retrieval.analysis;

import java.util.Arrays;

/**
 * A light Arabic stemmer for folded text (see {@link ArabicFolding}): strips one run of proclitics
 * ({@code و ف} + {@code ب ك ل} + {@code ال}) and then at most one suffix, and never leaves a stem
 * shorter than three letters.
 *
 * <p>Based on Light10 (Larkey, Ballesteros &amp; Connell 2007), with two changes: suffixes are
 * stripped once, not repeatedly, so {@code بيانها} becomes {@code بيان} rather than {@code بي}; and
 * dual and pronoun suffixes common in diplomatic text ({@code تين تان هما هم}) are stripped.
 *
 * <p>And the ending a noun takes before a possessive pronoun: the feminine {@code ة} is written
 * {@code ت} there ({@code الوحدة}, {@code وحدتها}), so after {@code ها هما هم} a final {@code ت}
 * goes as {@code ة} would, and a plural {@code ات} as it would alone ({@code علاقاتها}, {@code
 * العلاقات}). A {@code ت} after alef ({@code ثباتها}) or one that would leave fewer than three
 * letters ({@code بيتها}) stays: it is more likely the word's own. The pronoun {@code ه} is left
 * out: folded, it is also the feminine ending ({@code الثابتة}), after a {@code ت} of the word's.
 */
public final class ArabicStemmer {

  private static final char[][] ARTICLES =
      chars("وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال");
  private static final char[][] SUFFIXES =
      chars("تين", "تان", "هما", "ها", "ان", "ات", "ون", "ين", "يه", "هم", "ه", "ي");
  private static final char[][] PRONOUNS = chars("هما", "ها", "هم");
  private static final char[] PLURAL = "ات".toCharArray();
  private static final int MIN_STEM = 3;

  private static final String PROCLITICS = "وفبلك";

  /** The imperfect's prefixes a verb may start with (ArabicInflections reads them too). */
  static final String VERB_PREFIXES = "يتن";

  private static final String CONJUNCTIONS = "وف";

  private ArabicStemmer() {}

  /** Stems {@code s[0..len)} in place and returns the new length. */
  public static int stem(char[] s, int len) {
    len = stripPrefix(s, len);
    return stripSuffix(s, len);
  }

  /** Stems a whole (folded) word. */
  public static String stem(String word) {
    char[] chars = word.toCharArray();
    return new String(chars, 0, stem(chars, chars.length));
  }

  /**
   * A (folded) word without its article and the proclitics before it, its ending kept: «الأسرى»
   * (prisoners) is {@code اسري}, where its stem, {@code اسر}, is that of «أسرة» (family) too.
   */
  public static String withoutArticle(String word) {
    char[] chars = word.toCharArray();
    int len = stripPrefix(chars, chars.length);
    return new String(chars, 0, len);
  }

  private static int stripPrefix(char[] s, int len) {
    for (char[] article : ARTICLES) {
      if (len - article.length >= 2 && startsWith(s, len, article)) {
        return shift(s, len, article.length);
      }
    }
    return len;
  }

  /**
   * The word read as a lone proclitic ({@code و ف ب ل ك}) or present-tense prefix ({@code ي ت ن})
   * plus a word of at least three letters, without it; null when it does not start with one, or
   * starts with the article (which {@link #stem} strips).
   */
  public static String withoutProclitic(String word) {
    if (word.length() < 4
        || (PROCLITICS.indexOf(word.charAt(0)) < 0 && VERB_PREFIXES.indexOf(word.charAt(0)) < 0)) {
      return null;
    }
    char[] chars = word.toCharArray();
    if (stripPrefix(chars, chars.length) != chars.length) {
      return null;
    }
    // A conjunction may come before a preposition or verb prefix (ويتركز، وبمراكش), not before
    // another conjunction: the second و of ووحدتها begins the word.
    boolean second =
        CONJUNCTIONS.indexOf(word.charAt(0)) >= 0
            && word.length() >= 5
            && CONJUNCTIONS.indexOf(word.charAt(1)) < 0
            && (PROCLITICS.indexOf(word.charAt(1)) >= 0
                || VERB_PREFIXES.indexOf(word.charAt(1)) >= 0);
    return word.substring(second ? 2 : 1);
  }

  private static int stripSuffix(char[] s, int len) {
    for (char[] suffix : SUFFIXES) {
      if (len - suffix.length >= MIN_STEM && endsWith(s, len, suffix)) {
        int stem = len - suffix.length;
        return isPronoun(suffix) ? stripTeh(s, stem) : stem;
      }
    }
    return len;
  }

  /** The stem of a noun that held a pronoun, without the ending the pronoun made it take. */
  private static int stripTeh(char[] s, int len) {
    if (len - PLURAL.length >= MIN_STEM && endsWith(s, len, PLURAL)) {
      return len - PLURAL.length;
    }
    if (len - 1 >= MIN_STEM && s[len - 1] == 'ت' && s[len - 2] != 'ا') {
      return len - 1;
    }
    return len;
  }

  private static boolean isPronoun(char[] suffix) {
    for (char[] pronoun : PRONOUNS) {
      if (Arrays.equals(pronoun, suffix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(char[] s, int len, char[] prefix) {
    if (prefix.length > len) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (s[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(char[] s, int len, char[] suffix) {
    if (suffix.length > len) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (s[len - suffix.length + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int shift(char[] s, int len, int by) {
    System.arraycopy(s, by, s, 0, len - by);
    return len - by;
  }

  private static char[][] chars(String... words) {
    char[][] out = new char[words.length][];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].toCharArray();
    }
    return out;
  }
}
