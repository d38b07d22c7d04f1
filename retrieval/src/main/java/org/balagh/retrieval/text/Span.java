package org.balagh.retrieval.text;

/** A half-open range {@code [start, end)} of a text: where one sentence lies in its statement. */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
