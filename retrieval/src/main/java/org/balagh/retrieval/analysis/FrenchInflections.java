package org.balagh.retrieval.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms a conjugated French verb may have as a dictionary headword, for a stem that a
 * dictionary does not hold as it is. The light stemmer reduces an infinitive and its participles to
 * one stem ({@code condamner}, {@code condamné} → {@code condamn}) but leaves the endings of the
 * other tenses on: a question writes {@code condamnera}, {@code durerait}, {@code envisagent}.
 * Guesses only, tried in order once the word itself is unknown, each leaving at least three
 * letters:
 *
 * <ul>
 *   <li>the future's and the conditional's endings after the infinitive's {@code er}: {@code
 *       durerait} → {@code dur}, {@code accueillera} → {@code acueil};
 *   <li>the same endings after an infinitive in {@code r} ({@code re}, {@code ir} verbs), leaving
 *       five letters or more: {@code reprendront} → {@code reprendr}, but not {@code fera} → {@code
 *       fer};
 *   <li>the present's and the imperfect's endings, with the {@code e} a soft {@code g} or {@code c}
 *       keeps: {@code envisagent} → {@code envisag}, {@code envisageait} → {@code envisag}.
 * </ul>
 *
 * <p>Words are folded and stemmed as the index's are (no accents, no doubled letters).
 */
public final class FrenchInflections {

  private static final int MIN_LETTERS = 3;

  /** The future's and the conditional's endings, after the infinitive's {@code r}. */
  private static final List<String> FUTURE =
      List.of("aient", "ions", "iez", "ait", "ais", "ons", "ont", "ez", "ai", "as", "a");

  /** The present's and the imperfect's endings, longest first. */
  private static final List<String> PRESENT =
      List.of("aient", "ions", "iez", "ait", "ais", "ent", "ons", "ez");

  private FrenchInflections() {}

  /** The headword stems {@code stem} may stand for, most likely first; never {@code stem}. */
  public static List<String> headwords(String stem) {
    List<String> out = new ArrayList<>();
    for (String ending : FUTURE) {
      if (stem.endsWith("er" + ending)) {
        add(out, stem, stem.substring(0, stem.length() - ending.length() - 2));
      }
    }
    for (String ending : FUTURE) {
      // Longer than "fer" (iron), which "fera" (will do) would otherwise read as.
      if (stem.endsWith("r" + ending) && stem.length() - ending.length() > MIN_LETTERS + 1) {
        add(out, stem, stem.substring(0, stem.length() - ending.length()));
      }
    }
    // The longest ending only: "signaient" is "sign" + "aient", not "signai" + "ent".
    for (String ending : PRESENT) {
      if (stem.endsWith(ending)) {
        String rest = stem.substring(0, stem.length() - ending.length());
        add(out, stem, rest.endsWith("ge") || rest.endsWith("ce") ? chop(rest) : rest);
        break;
      }
    }
    return out;
  }

  private static String chop(String s) {
    return s.substring(0, s.length() - 1);
  }

  private static void add(List<String> out, String stem, String form) {
    if (form.length() >= MIN_LETTERS && !form.equals(stem) && !out.contains(form)) {
      out.add(form);
    }
  }
}
