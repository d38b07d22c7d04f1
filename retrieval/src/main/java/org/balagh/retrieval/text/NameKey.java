package org.balagh.retrieval.text;

import com.ibm.icu.text.Transliterator;
import org.balagh.retrieval.analysis.ArabicFolding;
import org.balagh.retrieval.analysis.Words;

/**
 * The consonants of a name, the same in Arabic and Latin script: «بايدن» and "Biden" are both
 * {@code bdn}, «بلينكن» and "Blinken" {@code blnkn}. Arabic is transliterated (ICU's Arabic-Latin),
 * its article and teh marbuta left out; vowels, the semivowels w and y and h are dropped, as Arabic
 * writes long vowels only and Latin writes short ones too; letters that the two scripts trade for
 * one another are one (b and p; c, g, j, k and q; f and v; s, x and z); a doubled letter counts
 * once. A word of one consonant has no key (the empty string); a key of {@link #SHORT} consonants
 * ("Obama", «أوباما»: {@code bm}) is short, and matches too much to be trusted alone.
 */
public final class NameKey {

  /** Keys with fewer consonants are none; keys with this many are short. */
  public static final int SHORT = 2;

  private static final ThreadLocal<Transliterator> ARABIC =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII"));

  private NameKey() {}

  /** The key of one word, or "" when it has a single consonant or none. */
  public static String of(String word) {
    String latin = Words.isArabic(word) ? ARABIC.get().transliterate(core(word)) : word;
    String folded = Words.fold(latin);
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = consonant(folded.charAt(i));
      if (c != 0 && (key.length() == 0 || key.charAt(key.length() - 1) != c)) {
        key.append(c);
      }
    }
    return key.length() < SHORT ? "" : key.toString();
  }

  /** Whether a key has so few consonants that many words share it ("bm", "rk"). */
  public static boolean isShort(String key) {
    return key.length() <= SHORT;
  }

  /** An Arabic word without its article and teh marbuta: «السوداني» is سوداني, «غزة» غزه. */
  static String core(String word) {
    String folded = ArabicFolding.fold(word);
    for (String article : new String[] {"وال", "بال", "فال", "لل", "ال"}) {
      if (folded.startsWith(article) && folded.length() - article.length() >= 3) {
        return folded.substring(article.length());
      }
    }
    return folded;
  }

  /** The consonant a letter counts as, or 0 for a vowel, a semivowel, h or anything else. */
  private static char consonant(char c) {
    return switch (c) {
      case 'b', 'p' -> 'b';
      case 'c', 'g', 'j', 'k', 'q' -> 'k';
      case 'f', 'v' -> 'f';
      case 's', 'x', 'z' -> 's';
      case 'd', 'l', 'm', 'n', 'r', 't' -> c;
      default -> 0;
    };
  }
}
