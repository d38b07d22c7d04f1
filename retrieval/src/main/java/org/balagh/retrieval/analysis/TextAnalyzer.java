package org.balagh.retrieval.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chain of one language, for statements or for questions (which also drop question
 * words). Arabic: fold spelling variants, map country names and adjectives to one token, drop
 * stopwords, light-stem. English: possessives, countries, Porter. French: elisions, countries,
 * light stemming, accents folded. Other languages: countries and Unicode folding.
 */
final class TextAnalyzer extends Analyzer {

  private final String language;
  private final CountryNames countries;
  private final CharArraySet stopwords;

  TextAnalyzer(String language, boolean forQuestions, CountryNames countries) {
    this.language = language;
    this.countries = countries;
    this.stopwords = forQuestions ? Stopwords.question(language) : Stopwords.common(language);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new DecimalDigitFilter(source);
    switch (language) {
      case "ar" -> {
        stream = new LowerCaseFilter(stream);
        stream = new ArabicFoldingFilter(stream);
        stream = new CountryNameFilter(stream, countries, language);
        stream = new StopFilter(stream, stopwords);
        stream = new ArabicStemFilter(stream);
      }
      case "en" -> {
        stream = new EnglishPossessiveFilter(stream);
        stream = new CountryNameFilter(stream, countries, language);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, stopwords);
        stream = new PorterStemFilter(stream);
      }
      case "fr" -> {
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new CountryNameFilter(stream, countries, language);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, stopwords);
        stream = new FrenchLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
      }
      default -> {
        stream = new CountryNameFilter(stream, countries, language);
        stream = new ICUFoldingFilter(stream);
      }
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
