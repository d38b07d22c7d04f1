package org.balagh.retrieval.analysis;

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

  /**
   * Each country named in a text in {@code language} ({@link CountryNames#ANY} when unknown), with
   * how often, in order of first mention.
   */
  public Map<String, Integer> mentions(String text, String language) {
    List<Words.Word> words = Words.split(text);
    String[] folded = new String[words.size()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = Words.fold(words.get(i).text());
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
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
        counts.merge(best, 1, Integer::sum);
      }
      i += Math.max(1, length);
    }
    return counts;
  }

  /** The countries named in a text, in order of first mention. */
  public List<String> countries(String text, String language) {
    return List.copyOf(mentions(text, language).keySet());
  }
}
