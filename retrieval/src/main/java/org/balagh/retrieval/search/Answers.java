package org.balagh.retrieval.search;

import java.util.List;

/**
 * The answers to one question, best first; empty when nothing stored answers it.
 *
 * @param unheard when there is no answer and the question asks to hear from countries (see {@link
 *     Question#speakers}) whose statements say nothing of it while others' do: those countries
 *     ("nothing stored from China on this"); else empty
 * @param tookNanos time spent answering, with the index already open
 */
public record Answers(
    Question question, List<Answer> answers, List<String> unheard, long tookNanos) {

  public Answers {
    answers = List.copyOf(answers);
    unheard = List.copyOf(unheard);
  }

  public boolean abstained() {
    return answers.isEmpty();
  }

  public double tookMillis() {
    return tookNanos / 1e6;
  }
}
