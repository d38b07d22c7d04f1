package org.balagh.retrieval.corpus;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses whether a text is Arabic, English or French: by script first, then by the share of common
 * function words, which settles the two Latin-script languages on a sentence or more.
 */
public final class LanguageGuesser {

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "of", "to", "is", "in", "that", "for", "with", "on", "are", "was", "this",
          "what", "did", "does", "say", "about", "how", "who", "which", "will", "has", "have",
          "its", "their", "by", "from", "be", "it", "said", "when", "why", "do", "would", "should",
          "an");
  private static final Set<String> FRENCH =
      Set.of(
          "le",
          "la",
          "les",
          "des",
          "et",
          "est",
          "du",
          "une",
          "un",
          "pour",
          "dans",
          "que",
          "qui",
          "sur",
          "au",
          "aux",
          "par",
          "avec",
          "sont",
          "ce",
          "cette",
          "il",
          "elle",
          "ont",
          "quel",
          "quelle",
          "quels",
          "quelles",
          "comment",
          "pourquoi",
          "quand",
          "dit",
          "vont",
          "ils",
          "de",
          "en",
          "à",
          "l",
          "d",
          "qu",
          "ne",
          "pas",
          "se",
          "sa",
          "son",
          "ses",
          "leur",
          "leurs",
          "t");

  private LanguageGuesser() {}

  /** Returns "ar", "en" or "fr", or "und" when the text has no letters to judge by. */
  public static String guess(String text) {
    int arabic = 0;
    int latin = 0;
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
      if (script == Character.UnicodeScript.ARABIC) {
        arabic++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (arabic == 0 && latin == 0) {
      return "und";
    }
    if (arabic >= latin) {
      return "ar";
    }
    return frenchOrEnglish(text.substring(0, limit));
  }

  private static String frenchOrEnglish(String text) {
    int english = 0;
    int french = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (ENGLISH.contains(word)) {
        english++;
      }
      if (FRENCH.contains(word)) {
        french++;
      }
    }
    boolean accents =
        text.chars().anyMatch(c -> "éèêàùçôîœ".indexOf(Character.toLowerCase(c)) >= 0);
    if (french > english || (french == english && accents)) {
      return "fr";
    }
    return "en";
  }
}
