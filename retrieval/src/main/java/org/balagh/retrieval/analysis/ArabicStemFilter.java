package org.balagh.retrieval.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Applies {@link ArabicStemmer} to each token not marked as a keyword, and, for a word that may
 * start with a lone proclitic ({@code بمراكش}), adds the stem without it at the same position.
 */
final class ArabicStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private String pending;
  private State pendingState;

  ArabicStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pendingState);
      term.setEmpty().append(pending);
      increment.setPositionIncrement(0);
      pending = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    String without = ArabicStemmer.withoutProclitic(term.toString());
    term.setLength(ArabicStemmer.stem(term.buffer(), term.length()));
    if (without != null) {
      String variant = ArabicStemmer.stem(without);
      if (!variant.contentEquals(term)) {
        pending = variant;
        pendingState = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    pendingState = null;
  }
}
