package org.balagh.retrieval.search;

import java.util.List;

/**
 * The answers to one question, best first; empty when nothing stored answers it.
 *
 * @param tookNanos time spent answering, with the index already open
 */
public record Answers(Question question, List<Answer> answers, long tookNanos) {

  public Answers {
    answers = List.copyOf(answers);
  }

  public boolean abstained() {
    return answers.isEmpty();
  }

  public double tookMillis() {
    return tookNanos / 1e6;
  }
}
