package org.balagh.retrieval.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.Words;
import org.balagh.retrieval.lang.LanguageResources;

/**
 * Names that stand for a country's government in a question: its capital ("Beijing's view", «موقف
 * الرياض», « Pékin ») or its seat of government ("the White House", «الكرملين»), from the installed
 * {@code capitals.tsv} and {@code government-seats.tsv}. Found in a question's analysed words as
 * the glossary's expressions are. In Latin script a name counts only capitalised ("Malé", not
 * "male"), and a capital that names an agreement, a summit or a process ("the Paris Agreement",
 * «اتفاق باريس») is a place, not a government ({@code metonym-blockers.tsv}).
 */
final class Metonyms {

  private static final List<String> FILES = List.of("capitals.tsv", "government-seats.tsv");
  private static final List<String> LANGUAGES = List.of("en", "fr", "ar");

  private final PhraseTable<Metonym> names = new PhraseTable<>();
  private final Map<String, Set<String>> blockBefore = new HashMap<>();
  private final Map<String, Set<String>> blockAfter = new HashMap<>();
  private final Map<String, Set<String>> places = new HashMap<>();

  /** A name as written, and the country it stands for. */
  record Metonym(String name, String code) {}

  Metonyms(Analyzers analyzers) {
    for (String file : FILES) {
      for (LanguageResources.Row line : LanguageResources.rows(file)) {
        String code = line.cells()[0].strip();
        if (code.equals("code")) {
          continue;
        }
        if (line.cells().length < 1 + LANGUAGES.size() || !code.matches("[A-Z]{2}")) {
          throw new IllegalStateException(
              file + ":" + line.number() + ": expected code, en, fr, ar");
        }
        for (int l = 0; l < LANGUAGES.size(); l++) {
          for (String name : line.cells()[l + 1].split("\\|")) {
            if (!name.isBlank()) {
              names.add(
                  LANGUAGES.get(l),
                  Glossary.firstReadings(analyzers, name.strip(), LANGUAGES.get(l)),
                  new Metonym(name.strip(), code));
            }
          }
        }
      }
    }
    for (LanguageResources.Row line : LanguageResources.rows("metonym-blockers.tsv")) {
      String language = line.cells()[0];
      String kind = line.cells()[1];
      Map<String, Set<String>> side =
          kind.equals("before") ? blockBefore : kind.equals("after") ? blockAfter : places;
      Set<String> words = side.computeIfAbsent(language, l -> new HashSet<>());
      for (String word : line.cells()[2].split("\\|")) {
        if (kind.equals("place")) {
          words.add(Words.fold(word));
        } else {
          words.addAll(analyzers.questionTerms(word, language));
        }
      }
    }
  }

  /**
   * The country each name in a question's words stands for.
   *
   * @param words the analysed words of one run of the question in a field language
   * @param text that run's text, to tell "Malé" from "male"
   */
  List<PhraseTable.Match<Metonym>> find(List<List<String>> words, String language, String text) {
    List<PhraseTable.Match<Metonym>> found = new ArrayList<>();
    for (PhraseTable.Match<Metonym> match : names.find(words, language)) {
      String first = Words.split(match.value().name()).get(0).text();
      if (!written(text, first, language)
          || blocked(words, match.from() - 1, blockBefore.get(language))
          || blocked(words, match.to(), blockAfter.get(language))
          || isPlace(text, first, language)) {
        continue;
      }
      found.add(match);
    }
    return found;
  }

  /**
   * Whether the text writes the name itself, not only a word that analyses alike: capitalised in
   * Latin script ("Malé", not "male"), and in Arabic as a word of its own, proclitics aside
   * («الرياضة», sport, stems as «الرياض» does).
   */
  private static boolean written(String text, String name, String language) {
    if (!language.equals("ar")) {
      return text.contains(name);
    }
    String folded = Words.fold(name);
    for (Words.Word word : Words.split(text)) {
      String written = Words.fold(word.text());
      if (written.equals(folded)
          || written.endsWith(folded)
              && PROCLITICS.contains(written.substring(0, written.length() - folded.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Arabic proclitics that may come before a name: و، ف and the prepositions ب، ل. */
  private static final Set<String> PROCLITICS =
      Set.of("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "وال", "بال", "لل");

  /**
   * Whether the name, where the text first writes it, follows a word that makes it a place ("in
   * Rabat"), or, in Arabic, carries a preposition of its own («بالرباط»).
   */
  private boolean isPlace(String text, String name, String language) {
    Set<String> before = places.getOrDefault(language, Set.of());
    String folded = Words.fold(name);
    List<Words.Word> written = Words.split(text);
    for (int i = 0; i < written.size(); i++) {
      String word = Words.fold(written.get(i).text());
      if (word.equals(folded)) {
        return i > 0 && before.contains(Words.fold(written.get(i - 1).text()));
      }
      if (language.equals("ar")
          && word.length() > folded.length()
          && word.endsWith(folded)
          && PREPOSITIONS.contains(word.substring(0, word.length() - folded.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Proclitics that make an Arabic name a place: ب، ل، و+ب… («بالرباط», «وبالرباط»). */
  private static final Set<String> PREPOSITIONS = Set.of("ب", "ل", "وب", "ول", "فب", "فل");

  private static boolean blocked(List<List<String>> words, int at, Set<String> blockers) {
    if (blockers == null || at < 0 || at >= words.size()) {
      return false;
    }
    for (String reading : words.get(at)) {
      if (blockers.contains(reading)) {
        return true;
      }
    }
    return false;
  }
}
