package org.balagh.tools.eval;

import java.util.List;
import java.util.Objects;

/**
 * A question with what a right answer looks like: the top quoted sentence contains one of {@code
 * expect}, or, when {@code abstain} is set, there is no answer at all.
 */
public record EvalQuestion(
    String id, String language, String text, List<String> expect, boolean abstain) {

  public EvalQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    expect = List.copyOf(expect);
    if (!abstain && expect.isEmpty()) {
      throw new IllegalArgumentException("question " + id + " expects neither text nor abstention");
    }
  }

  /** Whether a quoted sentence holds one of the expected texts, whitespace folded. */
  public boolean isAnsweredBy(String sentence) {
    String folded = fold(sentence);
    return expect.stream().anyMatch(e -> folded.contains(fold(e)));
  }

  static String fold(String text) {
    return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B-\\u200F]+", " ").strip();
  }
}
