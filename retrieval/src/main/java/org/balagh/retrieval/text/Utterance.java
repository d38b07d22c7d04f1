package org.balagh.retrieval.text;

import java.util.ArrayList;
import java.util.List;
import org.balagh.retrieval.model.Role;

/**
 * A sentence of a statement with the turn it was spoken in: its place in the text, the turn's
 * number in the statement (from 0), and the turn's speaker and role.
 */
public record Utterance(Span span, int turn, String speaker, Role role) {

  /**
   * The sentences of a text in their turns. A sentence that starts with its turn's label ("MS.
   * PSAKI: Thanks.") starts after it, the label being who speaks rather than what is said; one that
   * is nothing but a label is left out.
   */
  public static List<Utterance> of(String text, List<Span> sentences, List<Turn> turns) {
    List<Utterance> out = new ArrayList<>(sentences.size());
    int t = 0;
    for (Span span : sentences) {
      while (t + 1 < turns.size() && turns.get(t + 1).start() <= span.start()) {
        t++;
      }
      Turn turn = turns.get(t);
      int start = Math.max(span.start(), Math.min(turn.body(), span.end()));
      while (start < span.end() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (hasLetterOrDigit(text, start, span.end())) {
        out.add(new Utterance(new Span(start, span.end()), t, turn.speaker(), turn.role()));
      }
    }
    return out;
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
