package org.balagh.retrieval.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The one table from language to analysis, used when indexing and when asking. Each analysed field
 * is named {@code <kind>.<lang>}, with lang one of {@link #FIELD_LANGUAGES}; statements in other
 * languages share the {@code xx} chain.
 */
public final class Analyzers {

  /** The languages that have a chain of their own, and {@code xx} for the rest. */
  public static final List<String> FIELD_LANGUAGES = List.of("ar", "en", "fr", "xx");

  private final CountryNames countries;
  private final Map<String, Analyzer> forStatements;
  private final Map<String, Analyzer> forQuestions;
  private final Analyzer byField;

  public Analyzers(CountryNames countries) {
    this.countries = countries;
    this.forStatements = table(false);
    this.forQuestions = table(true);
    this.byField =
        new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
          @Override
          protected Analyzer getWrappedAnalyzer(String fieldName) {
            return forStatements.get(
                fieldLanguage(fieldName.substring(fieldName.indexOf('.') + 1)));
          }
        };
  }

  private Map<String, Analyzer> table(boolean questions) {
    return Map.of(
        "ar", new TextAnalyzer("ar", questions, countries),
        "en", new TextAnalyzer("en", questions, countries),
        "fr", new TextAnalyzer("fr", questions, countries),
        "xx", new TextAnalyzer("xx", questions, countries));
  }

  /** The field language a statement language is analysed as. */
  public static String fieldLanguage(String language) {
    return FIELD_LANGUAGES.contains(language) ? language : "xx";
  }

  public CountryNames countries() {
    return countries;
  }

  /** The analyzer for index fields, chosen by the language suffix of the field name. */
  public Analyzer forIndex() {
    return byField;
  }

  /** The terms a text yields in a field language, as statements are analysed. */
  public List<String> statementTerms(String text, String fieldLanguage) {
    return terms(forStatements.get(fieldLanguage(fieldLanguage)), text);
  }

  /** The terms a question yields in a field language: question words dropped. */
  public List<String> questionTerms(String text, String fieldLanguage) {
    return terms(forQuestions.get(fieldLanguage(fieldLanguage)), text);
  }

  /** The terms a text yields as statements are analysed, grouped by word (see below). */
  public List<List<String>> statementWords(String text, String fieldLanguage) {
    return words(forStatements.get(fieldLanguage(fieldLanguage)), text);
  }

  /**
   * The terms a question yields, grouped by word: the readings of one word (such as {@code بمراكش}
   * and {@code مراكش}) form one group.
   */
  public List<List<String>> questionWords(String text, String fieldLanguage) {
    return words(forQuestions.get(fieldLanguage(fieldLanguage)), text);
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    words(analyzer, text).forEach(terms::addAll);
    return terms;
  }

  private static List<List<String>> words(Analyzer analyzer, String text) {
    List<List<String>> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || words.isEmpty()) {
          words.add(new ArrayList<>());
        }
        words.get(words.size() - 1).add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory cannot fail", e);
    }
    return words;
  }

  /** Whether a term is an Arabic word whole, beside its stem (see {@link ArabicStemFilter}). */
  public static boolean isWholeWord(String term) {
    return term.startsWith(ArabicStemFilter.WHOLE);
  }

  /** Whether a term stands for a country (see {@link CountryNameFilter}). */
  public static boolean isCountryTerm(String term) {
    return term.startsWith(CountryNameFilter.PREFIX);
  }

  /** The ISO code of a country term (see {@link #isCountryTerm}). */
  public static String countryCode(String term) {
    return term.substring(CountryNameFilter.PREFIX.length()).toUpperCase(java.util.Locale.ROOT);
  }

  /** The term that stands for a country in every analysed field. */
  public static String countryTerm(String code) {
    return CountryNameFilter.token(code);
  }
}
