package org.balagh.retrieval.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replays terms analysed once, so a sentence's terms serve its own field, its neighbours' context
 * fields and its statement's body without being analysed again.
 */
final class TermsTokenStream extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final String[][] parts;
  private int part;
  private int index;

  TermsTokenStream(String[]... parts) {
    this.parts = parts;
  }

  @Override
  public boolean incrementToken() {
    while (part < parts.length) {
      if (index < parts[part].length) {
        clearAttributes();
        term.setEmpty().append(parts[part][index++]);
        return true;
      }
      part++;
      index = 0;
    }
    return false;
  }

  @Override
  public void reset() {
    part = 0;
    index = 0;
  }
}
