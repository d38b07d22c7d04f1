package org.balagh.retrieval.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Stopword sets per language: Lucene's (Snowball's for English and French) plus ours, and, for
 * questions only, the words that frame a question ("what did … say about", «ما موقف … من»).
 */
final class Stopwords {

  private Stopwords() {}

  /** Words dropped from statements and questions alike. */
  static CharArraySet common(String language) {
    List<String> words = new ArrayList<>();
    switch (language) {
      case "ar" ->
          ArabicAnalyzer.getDefaultStopSet().forEach(w -> words.add(new String((char[]) w)));
      case "en" -> words.addAll(snowball("english_stop.txt"));
      case "fr" -> words.addAll(snowball("french_stop.txt"));
      default -> {}
    }
    words.addAll(resource("stop-" + language + ".txt"));
    return fold(words, language);
  }

  /** Words dropped from questions: the common ones and the question words. */
  static CharArraySet question(String language) {
    List<String> words = new ArrayList<>();
    common(language).forEach(w -> words.add(new String((char[]) w)));
    words.addAll(resource("question-" + language + ".txt"));
    return fold(words, language);
  }

  private static CharArraySet fold(List<String> words, String language) {
    CharArraySet set = new CharArraySet(words.size(), false);
    for (String word : words) {
      set.add(language.equals("ar") ? ArabicFolding.fold(word) : word.toLowerCase(Locale.ROOT));
    }
    return CharArraySet.unmodifiableSet(set);
  }

  private static List<String> snowball(String name) {
    try (Reader reader =
        IOUtils.getDecodingReader(SnowballFilter.class, name, StandardCharsets.UTF_8)) {
      List<String> words = new ArrayList<>();
      WordlistLoader.getSnowballWordSet(reader).forEach(w -> words.add(new String((char[]) w)));
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> resource(String name) {
    InputStream in = Stopwords.class.getResourceAsStream(name);
    if (in == null) {
      return List.of();
    }
    try (in) {
      List<String> words = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
