package org.balagh.retrieval.analysis;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces a word that names a country, in any form the gazetteer knows (كازاخستان، الكازاخستاني،
 * كازاخستانية، Kazakh, Kazakhstani, kazakhstanais…), by one token for that country, the same in
 * every language, and marks it so stemmers leave it alone. Country names and their adjectives then
 * meet, across languages too.
 */
final class CountryNameFilter extends TokenFilter {

  /** Country tokens start with a character that no tokenizer keeps inside a word. */
  static final String PREFIX = "§";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final CountryNames names;
  private final String language;

  CountryNameFilter(TokenStream input, CountryNames names, String language) {
    super(input);
    this.names = names;
    this.language = language;
  }

  /** The token that stands for a country in every analysed field. */
  static String token(String code) {
    return PREFIX + code.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String code = names.codeOfWord(term.toString(), language);
    if (code != null) {
      term.setEmpty().append(token(code));
      keyword.setKeyword(true);
    }
    return true;
  }
}
