package org.balagh.retrieval.text;

import org.balagh.retrieval.model.Role;

/**
 * One speaker's turn in a transcript: the text from {@code start} to {@code end}, whose words begin
 * at {@code body}, after the speaker's label ("MS. PSAKI:", "Q", «سؤال:»). The label is kept as
 * written; it is empty for the text before the first label.
 */
public record Turn(int start, int body, int end, String speaker, Role role) {

  public Turn {
    if (start < 0 || body < start || end < body) {
      throw new IllegalArgumentException("bad turn [" + start + ", " + body + ", " + end + ")");
    }
    speaker = speaker == null ? "" : speaker;
    if (role == null) {
      throw new IllegalArgumentException("a turn needs a role");
    }
  }

  /** Whether an offset of the statement's text lies in this turn. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
