package org.balagh.retrieval.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of analysed terms, per field language, each with a value, found in a question's analysed
 * words longest first and without overlap: the glossary's expressions ("autonomy plan"), the
 * capitals that stand for governments ("Abu Dhabi"). A word matches a phrase's term through any of
 * its readings ({@code بمراكش} or {@code مراكش}).
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

  /** A match: question words {@code [from, to)} express the phrase {@code terms}. */
  record Match<V>(int from, int to, List<String> terms, V value) {}

  private final Map<String, Map<String, List<List<String>>>> byFirstTerm = new HashMap<>();
  private final Map<List<String>, V> values = new HashMap<>();

  /** Adds a phrase of a field language; the first value given for a phrase is kept. */
  void add(String language, List<String> terms, V value) {
    if (terms.isEmpty() || values.containsKey(key(language, terms))) {
      return;
    }
    byFirstTerm
        .computeIfAbsent(language, l -> new HashMap<>())
        .computeIfAbsent(terms.get(0), t -> new ArrayList<>())
        .add(List.copyOf(terms));
    values.put(key(language, terms), value);
  }

  /**
   * The phrases a question's words express, longest first and not overlapping.
   *
   * @param words the question's analysed words in one language, each with its readings
   */
  List<Match<V>> find(List<List<String>> words, String language) {
    Map<String, List<List<String>>> starts = byFirstTerm.getOrDefault(language, Map.of());
    List<Match<V>> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      List<String> best = null;
      for (String reading : words.get(i)) {
        for (List<String> terms : starts.getOrDefault(reading, List.of())) {
          if ((best == null || terms.size() > best.size()) && matchesAt(words, i, terms)) {
            best = terms;
          }
        }
      }
      if (best == null) {
        i++;
      } else {
        matches.add(new Match<>(i, i + best.size(), best, values.get(key(language, best))));
        i += best.size();
      }
    }
    return matches;
  }

  private static boolean matchesAt(List<List<String>> words, int at, List<String> terms) {
    if (at + terms.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < terms.size(); k++) {
      if (!words.get(at + k).contains(terms.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> key(String language, List<String> terms) {
    List<String> key = new ArrayList<>(terms.size() + 1);
    key.add(language);
    key.addAll(terms);
    return key;
  }
}
