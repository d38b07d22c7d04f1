package org.balagh.retrieval.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Applies {@link ArabicStemmer} to each token not marked as a keyword, and, for a word that may
 * start with a lone proclitic ({@code بمراكش}), adds the stem without it at the same position.
 * After them comes the whole word, without its article but with its ending ({@code =عمليه} for
 * {@code العملية}), marked with {@link #WHOLE}: a stem may be two words' ({@code عمل} is both work
 * and operation, {@code عملية}), and a sentence that writes the question's very word matches that
 * term too.
 */
final class ArabicStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>();
  private State pendingState;

  /** What marks the term of a whole word (see the class comment). */
  static final String WHOLE = "=";

  ArabicStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pendingState);
      term.setEmpty().append(pending.poll());
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    String word = term.toString();
    String without = ArabicStemmer.withoutProclitic(word);
    term.setLength(ArabicStemmer.stem(term.buffer(), term.length()));
    if (without != null) {
      String variant = ArabicStemmer.stem(without);
      if (!variant.contentEquals(term)) {
        pending.add(variant);
      }
    }
    String whole = ArabicStemmer.withoutArticle(word);
    if (!whole.contentEquals(term)) {
      pending.add(WHOLE + whole);
    }
    if (!pending.isEmpty()) {
      pendingState = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    pendingState = null;
  }
}
