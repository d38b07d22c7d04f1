package org.balagh.retrieval.analysis;

/**
 * Folds Arabic spelling variants to one form, on a {@code char[]} in place: removes diacritics
 * (tashkeel, superscript alef) and tatweel; writes every alef with hamza or madda, and alef wasla
 * {@code ٱ}, as bare alef; {@code ى} as {@code ي}; {@code ة} as {@code ه}; {@code ؤ} as {@code و};
 * {@code ئ} as {@code ي}; and the Persian letters {@code ک ی} as their Arabic forms.
 *
 * <p>Follows the normalisation of Larkey, Ballesteros &amp; Connell, "Light Stemming for Arabic
 * Information Retrieval" (2007), as Lucene's {@code ArabicNormalizer} does, and adds the hamza
 * seats and alef wasla that it leaves unfolded.
 */
public final class ArabicFolding {

  private ArabicFolding() {}

  /** Folds {@code s[0..len)} and returns the new length. */
  public static int fold(char[] s, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> s[out++] = 'ا';
        case 'ى', 'ئ', 'ی', 'ې' -> s[out++] = 'ي';
        case 'ة' -> s[out++] = 'ه';
        case 'ؤ' -> s[out++] = 'و';
        case 'ک' -> s[out++] = 'ك';
        case 'ـ' -> {}
        default -> {
          if (!isDiacritic(c)) {
            s[out++] = c;
          }
        }
      }
    }
    return out;
  }

  /** Folds a whole string. */
  public static String fold(String text) {
    char[] chars = text.toCharArray();
    return new String(chars, 0, fold(chars, chars.length));
  }

  /** Tashkeel (U+064B..U+065F), superscript alef (U+0670) and Quranic marks. */
  static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F')
        || c == '\u0670'
        || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6');
  }
}
