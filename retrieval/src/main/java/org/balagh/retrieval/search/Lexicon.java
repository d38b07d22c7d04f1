package org.balagh.retrieval.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.ArabicInflections;
import org.balagh.retrieval.analysis.FrenchInflections;
import org.balagh.retrieval.lang.LanguageResources;

/**
 * Word translations between Arabic, English and French, from the installed lexicons ({@code
 * lexicons/*.tsv.gz}, see data/SOURCES.md), read as analysed terms so that a question's word meets
 * them as the index does: «الاتفاقيات» and «اتفاق» alike. A word's translations are weighted by the
 * lexicons' own weights, made to add up to one, and only its {@link #KEPT} best are kept: a word
 * with many uncertain translations does not outweigh one with a sure one.
 */
final class Lexicon {

  /** At most this many translations of a word into one language. */
  static final int KEPT = 6;

  /** The language key of Arabic words' translations as whole words (see {@link #wholeReading}). */
  private static final String WHOLE_ARABIC = "ar-whole";

  /** The lexicons: file, source language, target language, and whether it is read both ways. */
  private record Source(String file, String from, String to, boolean bothWays) {}

  private static final List<Source> SOURCES = sources();

  /** A translation of a word: its analysed terms in a language, and its share of the word. */
  record Translation(String language, List<String> terms, float weight) {}

  private final Map<String, List<Translation>> translations;

  Lexicon(Map<String, List<Translation>> translations) {
    this.translations = translations;
  }

  /** Each word's translations, by "language TAB analysed word". */
  Map<String, List<Translation>> translations() {
    return translations;
  }

  /** The installed lexicon files, in the order they are read. */
  static List<String> files() {
    return SOURCES.stream().map(Source::file).toList();
  }

  static Lexicon empty() {
    return new Lexicon(Map.of());
  }

  /** The installed lexicons, analysed as statements are. */
  static Lexicon installed(Analyzers analyzers) {
    // source language + term -> target language -> target terms -> weight
    Map<String, Map<String, Map<List<String>, Float>>> raw = new HashMap<>();
    Map<String, Map<String, List<List<String>>>> analysed = new HashMap<>();
    for (Source source : SOURCES) {
      for (LanguageResources.Row row : LanguageResources.rows("lexicons/" + source.file())) {
        if (row.cells().length < 2) {
          continue;
        }
        float weight = row.cells().length > 2 ? parse(row.cells()[2]) : 1f;
        add(
            raw,
            analysed,
            analyzers,
            source.from(),
            row.cells()[0],
            source.to(),
            row.cells()[1],
            weight);
        if (source.bothWays()) {
          add(
              raw,
              analysed,
              analyzers,
              source.to(),
              row.cells()[1],
              source.from(),
              row.cells()[0],
              weight);
        }
      }
    }
    Map<String, List<Translation>> out = new HashMap<>();
    raw.forEach(
        (key, byLanguage) -> {
          List<Translation> kept = new ArrayList<>();
          byLanguage.forEach(
              (language, targets) -> {
                List<Map.Entry<List<String>, Float>> best = new ArrayList<>(targets.entrySet());
                best.sort(Map.Entry.<List<String>, Float>comparingByValue().reversed());
                best = best.subList(0, Math.min(KEPT, best.size()));
                float sum = 0;
                for (Map.Entry<List<String>, Float> t : best) {
                  sum += t.getValue();
                }
                for (Map.Entry<List<String>, Float> t : best) {
                  kept.add(new Translation(language, t.getKey(), t.getValue() / sum));
                }
              });
          kept.sort(Comparator.comparing(Translation::language));
          out.put(key, List.copyOf(kept));
        });
    return new Lexicon(out);
  }

  private static void add(
      Map<String, Map<String, Map<List<String>, Float>>> raw,
      Map<String, Map<String, List<List<String>>>> analysed,
      Analyzers analyzers,
      String from,
      String word,
      String to,
      String translation,
      float weight) {
    if (weight <= 0) {
      return;
    }
    // A phrase's words would each stand for the whole: phrases are the glossary's. Its
    // translation is not analysed at all: analysing is most of the start's cost.
    List<List<String>> source = words(analysed, analyzers, word, from);
    if (source.size() != 1) {
      return;
    }
    List<List<String>> target = words(analysed, analyzers, translation, to);
    if (target.isEmpty()) {
      return;
    }
    List<String> terms = new ArrayList<>(target.size());
    target.forEach(readings -> terms.add(readings.get(0)));
    raw.computeIfAbsent(key(from, source.get(0).get(0)), k -> new LinkedHashMap<>())
        .computeIfAbsent(to, l -> new HashMap<>())
        .merge(terms, weight, Float::sum);
    if (from.equals("ar") && word.indexOf(' ') < 0) {
      raw.computeIfAbsent(
              key(WHOLE_ARABIC, wholeReading(source.get(0))), k -> new LinkedHashMap<>())
          .computeIfAbsent(to, l -> new HashMap<>())
          .merge(terms, weight, Float::sum);
    }
  }

  /**
   * An analysed Arabic word as a whole: its whole-word reading (see {@link Analyzers#isWholeWord}),
   * or its stem when the stemmer took nothing off but the article. The key of its translations as a
   * whole word, beside those of its stem, in a lexicon and in a question alike.
   */
  private static String wholeReading(List<String> readings) {
    for (String reading : readings) {
      if (Analyzers.isWholeWord(reading)) {
        return reading.substring(1);
      }
    }
    return readings.get(0);
  }

  /** A text's analysed words, each with its readings, each text analysed once. */
  private static List<List<String>> words(
      Map<String, Map<String, List<List<String>>>> analysed,
      Analyzers analyzers,
      String text,
      String language) {
    // Keyed by the text alone within a language: a key made for each of the half million lookups
    // was a good part of the start's cost.
    return analysed
        .computeIfAbsent(language, l -> new HashMap<>())
        .computeIfAbsent(text, k -> analyzers.statementWords(text, language));
  }

  private static float parse(String weight) {
    try {
      return Float.parseFloat(weight.strip());
    } catch (NumberFormatException e) {
      return 0f;
    }
  }

  private static String key(String language, String term) {
    return language + "\t" + term;
  }

  /**
   * The translations of a word of a language, by the first of its readings that has any; an Arabic
   * word's as the whole word it is ({@link #wholeReading}) when a lexicon holds it so, since a stem
   * may be two words' («الأسرى», prisoners, and «الأسرة», family, are both {@code اسر}).
   */
  List<Translation> of(String language, List<String> readings) {
    if (language.equals("ar")) {
      List<Translation> found = translations.get(key(WHOLE_ARABIC, wholeReading(readings)));
      if (found != null) {
        return found;
      }
    }
    for (String reading : readings) {
      List<Translation> found = translations.get(key(language, reading));
      if (found != null) {
        return found;
      }
    }
    // An inflected verb, or an Arabic adverb's case ending: the headword it may stand for, an
    // Arabic one as the whole word first, as above.
    for (String reading : readings) {
      for (String headword : headwords(language, reading)) {
        List<Translation> found =
            translations.get(key(language.equals("ar") ? WHOLE_ARABIC : language, headword));
        if (found == null) {
          found = translations.get(key(language, headword));
        }
        if (found != null) {
          return found;
        }
      }
    }
    return List.of();
  }

  private static List<String> headwords(String language, String reading) {
    return switch (language) {
      case "ar" -> ArabicInflections.headwords(reading);
      case "fr" -> FrenchInflections.headwords(reading);
      default -> List.of();
    };
  }

  private static List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    for (String pair : List.of("ar-en", "en-ar", "fr-en", "en-fr", "ar-fr", "fr-ar")) {
      String from = pair.substring(0, 2);
      String to = pair.substring(3);
      sources.add(new Source(pair + ".learned.tsv.gz", from, to, false));
      sources.add(new Source(pair + ".cldr.tsv.gz", from, to, false));
    }
    sources.add(new Source("fr-en.wikdict.tsv.gz", "fr", "en", true));
    // Arabic WordNet and the Wiktionary wordnets of the Open Multilingual Wordnet, joined to
    // English through Princeton WordNet: the vocabulary of news ("truce", "ambassador",
    // "blockade") that interface strings seldom hold. Each direction is its own file: a word's
    // weight is one over the lemmas of its synset in the other language.
    for (String pair :
        List.of("ar-en.awn", "en-ar.awn", "ar-en.wikt", "en-ar.wikt", "fr-en.wikt", "en-fr.wikt")) {
      sources.add(new Source(pair + ".tsv.gz", pair.substring(0, 2), pair.substring(3, 5), false));
    }
    return List.copyOf(sources);
  }
}
