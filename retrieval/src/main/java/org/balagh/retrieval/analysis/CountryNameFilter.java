package org.balagh.retrieval.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces the words that name a country, in any form the gazetteer knows (كازاخستان، الكازاخستاني،
 * كازاخستانية، Kazakh, Kazakhstani, kazakhstanais, the United States, الولايات المتحدة…), by one
 * token for that country, the same in every language, and marks it so stemmers leave it alone.
 * Country names and their adjectives then meet, across languages too. The longest name wins, and
 * phrases such as "Latin America" pass through unchanged.
 */
final class CountryNameFilter extends TokenFilter {

  /** Country tokens start with a character that no tokenizer keeps inside a word. */
  static final String PREFIX = "§";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final CountryNames names;
  private final String language;

  /** Tokens read ahead and not yet looked at as the start of a name. */
  private final Deque<State> ahead = new ArrayDeque<>();

  /** Tokens of a blocking phrase, to emit unchanged. */
  private final Deque<State> unchanged = new ArrayDeque<>();

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
    if (!unchanged.isEmpty()) {
      restoreState(unchanged.poll());
      return true;
    }
    if (!next()) {
      return false;
    }
    if (!startsNoLatinName()) {
      // Kept out of this method, which then stays small: the JIT compiles it once, quickly.
      readName();
    }
    return true;
  }

  /** Replaces the longest name that starts at the current token, if one does, by its token. */
  private void readName() throws IOException {
    String firstText = term.toString();
    String best = names.acronym(firstText, language);
    List<String> keys = names.firstWordKeys(fold(firstText));
    if (best == null && !startsName(keys)) {
      // Most words start no name: passed on without saving the stream's state.
      return;
    }
    State first = captureState();
    List<State> read = new ArrayList<>();
    int bestLength = best == null ? 0 : 1;
    for (String key : keys) {
      int length = 1;
      while (true) {
        String code = names.phrase(key, language);
        if (code != null && length > bestLength) {
          best = code;
          bestLength = length;
        }
        if (!names.isPrefix(key, language)) {
          break;
        }
        if (read.size() < length) {
          if (!next()) {
            break;
          }
          read.add(captureState());
        }
        restoreState(read.get(length - 1));
        key = key + " " + fold(term.toString());
        length++;
      }
    }
    int used = Math.max(0, bestLength - 1);
    for (int i = read.size() - 1; i >= used; i--) {
      ahead.addFirst(read.get(i));
    }
    restoreState(first);
    if (best != null && best.equals(CountryNames.BLOCKED)) {
      unchanged.addAll(read.subList(0, used));
    } else if (best != null) {
      term.setEmpty().append(token(best));
      keyword.setKeyword(true);
    }
  }

  /**
   * Whether the token is a word of ASCII letters, not all capitals, that no name starts with: its
   * key is then its lower case, looked up by hash without making a string of it.
   */
  private boolean startsNoLatinName() {
    char[] buffer = term.buffer();
    int hash = 0;
    boolean lower = false;
    for (int i = 0; i < term.length(); i++) {
      char c = buffer[i];
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else {
        return false;
      }
      hash = 31 * hash + c;
    }
    // An all-capitals word may be an acronym ("UAE"), looked up as it is.
    return lower && !names.mayBeLatinKey(hash);
  }

  /** Whether a name, or a longer name's first word, is one of these keys. */
  private boolean startsName(List<String> keys) {
    for (String key : keys) {
      if (names.phrase(key, language) != null || names.isPrefix(key, language)) {
        return true;
      }
    }
    return false;
  }

  /** Moves to the next token not yet looked at: one read ahead, or a new one. */
  private boolean next() throws IOException {
    if (!ahead.isEmpty()) {
      restoreState(ahead.poll());
      return true;
    }
    return input.incrementToken();
  }

  /** A token's gazetteer key; "d'Ivoire" gives two words, as the gazetteer splits it. */
  private static String fold(String token) {
    List<Words.Word> words = Words.split(token);
    if (words.size() == 1) {
      return Words.fold(words.get(0).text());
    }
    StringBuilder key = new StringBuilder();
    for (Words.Word word : words) {
      key.append(key.length() == 0 ? "" : " ").append(Words.fold(word.text()));
    }
    return key.toString();
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    ahead.clear();
    unchanged.clear();
  }
}
