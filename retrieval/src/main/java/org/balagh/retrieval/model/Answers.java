package org.balagh.retrieval.model;

import java.util.List;

/**
 * The answers to one question, best first; empty when nothing stored answers it.
 *
 * @param question the question as read: cleaned of control characters, cut to its greatest length
 * @param language the language it is asked in (ISO 639-1)
 * @param topical whether it asks about anything besides countries: one that only names them is not
 *     looked up
 * @param unheard when there is no answer and the question asks to hear from countries (see {@link
 *     org.balagh.retrieval.search.Question#speakers}) whose statements say nothing of it while
 *     others' do: those countries ("nothing stored from China on this"); else empty
 * @param tookNanos time spent answering, with the index already open
 */
public record Answers(
    String question,
    String language,
    boolean topical,
    List<Answer> answers,
    List<String> unheard,
    long tookNanos) {

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
