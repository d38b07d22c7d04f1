package org.balagh.retrieval.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms an inflected Arabic word may have as a dictionary headword, for a stem that a
 * dictionary does not hold as it is. Dictionaries list a verb by its perfect third person masculine
 * singular ({@code فاز}, {@code اعتقد}, {@code استخدم}) and an adverb or noun without its case
 * ending; a question writes {@code فازت}, {@code يعتقد}, {@code يستخدم}, {@code أخيرا}. The light
 * stemmer leaves these endings and prefixes on: they would wrongly strip as many nouns in an index
 * ({@code بيت}, {@code تقرير}). Guesses only, tried in order once the word itself is unknown, each
 * leaving at least three letters:
 *
 * <ul>
 *   <li>the perfect's {@code ت} of the feminine and of the first and second persons: {@code فازت} →
 *       {@code فاز};
 *   <li>the perfect plural's {@code وا}: {@code قاموا} → {@code قام};
 *   <li>the accusative's {@code ا}: {@code أخيرا} → {@code اخير}, {@code كيلومترا} → {@code
 *       كيلومتر};
 *   <li>the imperfect's prefix {@code ي ت ن}, with the {@code ا} the derived forms take in the
 *       perfect: {@code يدعم} → {@code دعم}, {@code يعتقد} → {@code اعتقد}, {@code يستخدم} → {@code
 *       استخدم}.
 * </ul>
 *
 * <p>Words are folded ({@link ArabicFolding}) and stemmed as the index's are.
 */
public final class ArabicInflections {

  private static final int MIN_LETTERS = 3;

  private ArabicInflections() {}

  /** The headword forms {@code stem} may stand for, most likely first; never {@code stem}. */
  public static List<String> headwords(String stem) {
    List<String> out = new ArrayList<>();
    int n = stem.length();
    if (n <= MIN_LETTERS) {
      return out;
    }
    if (stem.endsWith("ت")) {
      add(out, stem, stem.substring(0, n - 1));
    }
    if (stem.endsWith("وا")) {
      add(out, stem, stem.substring(0, n - 2));
    }
    if (stem.endsWith("ا")) {
      add(out, stem, stem.substring(0, n - 1));
    }
    if (ArabicStemmer.VERB_PREFIXES.indexOf(stem.charAt(0)) >= 0) {
      String rest = stem.substring(1);
      add(out, stem, rest);
      add(out, stem, "ا" + rest);
    }
    return out;
  }

  private static void add(List<String> out, String stem, String form) {
    if (form.length() >= MIN_LETTERS && !form.equals(stem) && !out.contains(form)) {
      out.add(form);
    }
  }
}
