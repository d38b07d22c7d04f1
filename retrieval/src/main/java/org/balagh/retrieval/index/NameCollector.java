package org.balagh.retrieval.index;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.balagh.retrieval.analysis.Words;
import org.balagh.retrieval.text.NameKey;

/**
 * Gathers, while statements are indexed, the names the archive writes, by their {@link NameKey}: in
 * English and French the capitalised words, in Arabic every word (Arabic has no capitals). A
 * question may then reach a name in the other script ("Biden" «بايدن») without a table of people. A
 * capitalised word the archive writes in lower case as often is a word that opened a sentence
 * ("Later", "Humanity"), not a name, and is left out. Written beside the index as {@link
 * GenerationLayout#NAMES}.
 */
final class NameCollector {

  /** Of the names with one key in one language, the most written are kept. */
  static final int PER_KEY = 5;

  private final Map<String, Map<String, AtomicInteger>> byKey = new ConcurrentHashMap<>();

  /** How many times each Latin word is written in lower case, by field language. */
  private final Map<String, AtomicInteger> lowerCase = new ConcurrentHashMap<>();

  /** Notes the names of one statement's text, written in a field language. */
  void add(String text, String fieldLanguage) {
    boolean arabic = fieldLanguage.equals("ar");
    if (!arabic && !fieldLanguage.equals("en") && !fieldLanguage.equals("fr")) {
      return;
    }
    for (Words.Word word : Words.split(text)) {
      String surface = word.text();
      if (!arabic && Character.isLowerCase(surface.charAt(0))) {
        lowerCase
            .computeIfAbsent(fieldLanguage + "\t" + surface, s -> new AtomicInteger())
            .incrementAndGet();
      }
      if (arabic ? !Words.isArabic(surface) : !Character.isUpperCase(surface.charAt(0))) {
        continue;
      }
      String key = NameKey.of(surface);
      // Every Arabic word is gathered, so a short key there would be most of the vocabulary's.
      if (!key.isEmpty() && !(arabic && NameKey.isShort(key))) {
        byKey
            .computeIfAbsent(fieldLanguage + "\t" + key, k -> new ConcurrentHashMap<>())
            .computeIfAbsent(surface, s -> new AtomicInteger())
            .incrementAndGet();
      }
    }
  }

  /**
   * Writes {@code language<TAB>key<TAB>name<TAB>count} lines, by key, the most written first: the
   * same file for the same statements.
   */
  void write(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Map<String, AtomicInteger>> key : new TreeMap<>(byKey).entrySet()) {
        List<Map.Entry<String, AtomicInteger>> names = new ArrayList<>(key.getValue().entrySet());
        String language = key.getKey().substring(0, key.getKey().indexOf('\t'));
        names.removeIf(n -> n.getValue().get() <= lowerCaseCount(language, n.getKey()));
        // Most written first; among as many, alphabetically, so that the names kept at the cut do
        // not depend on which worker saw them first.
        names.sort(
            Comparator.comparing((Map.Entry<String, AtomicInteger> n) -> -n.getValue().get())
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, AtomicInteger> name :
            names.subList(0, Math.min(PER_KEY, names.size()))) {
          out.write(key.getKey() + "\t" + name.getKey() + "\t" + name.getValue().get() + "\n");
        }
      }
    }
  }

  /**
   * How many times a name is written in lower case ("later" for "Later", "humanity" for
   * "HUMANITY").
   */
  private int lowerCaseCount(String language, String name) {
    AtomicInteger count = lowerCase.get(language + "\t" + name.toLowerCase(Locale.ROOT));
    return count == null ? 0 : count.get();
  }
}
