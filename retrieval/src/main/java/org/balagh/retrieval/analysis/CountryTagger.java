package org.balagh.retrieval.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the countries a text names, in any of Arabic, English and French, by matching the longest
 * gazetteer phrase at each word ("Saudi Arabia" before "Arabia", "Latin America" blocking
 * "America").
 */
public final class CountryTagger {

  private final CountryNames names;

  public CountryTagger(CountryNames names) {
    this.names = names;
  }

  /** A country named in a text: its code, and the characters {@code [start, end)} naming it. */
  public record Mention(String code, int start, int end) {}

  /**
   * Each country named in a text in {@code language} ({@link CountryNames#ANY} when unknown), with
   * how often, in order of first mention.
   */
  public Map<String, Integer> mentions(String text, String language) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention mention : find(text, language)) {
      counts.merge(mention.code(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Every naming of a country in a text, in order, with where it is: whole words, a proclitic
   * included ({@code وكازاخستان}), so that what is left of the text is not cut inside a word.
   */
  public List<Mention> find(String text, String language) {
    List<Words.Word> words = Words.split(text);
    String[] folded = new String[words.size()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = Words.fold(words.get(i).text());
    }
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < folded.length) {
      String best = names.acronym(words.get(i).text(), language);
      int length = best == null ? 0 : 1;
      for (String key : names.firstWordKeys(folded[i])) {
        int j = i + 1;
        while (true) {
          String code = names.phrase(key, language);
          if (code != null && j - i > length) {
            best = code;
            length = j - i;
          }
          if (j == folded.length || !names.isPrefix(key, language)) {
            break;
          }
          key = key + " " + folded[j++];
        }
      }
      if (best != null && !best.equals(CountryNames.BLOCKED)) {
        found.add(new Mention(best, words.get(i).start(), words.get(i + length - 1).end()));
      }
      i += Math.max(1, length);
    }
    return found;
  }

  /** The countries named in a text, in order of first mention. */
  public List<String> countries(String text, String language) {
    return List.copyOf(mentions(text, language).keySet());
  }
}
