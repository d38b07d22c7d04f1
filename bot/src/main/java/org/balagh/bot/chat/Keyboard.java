package org.balagh.bot.chat;

import java.util.List;

/** Rows of inline buttons under a message; {@link #NONE} for none. */
public record Keyboard(List<List<Button>> rows) {

  public static final Keyboard NONE = new Keyboard(List.of());

  public Keyboard {
    rows = rows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Every button, row after row. */
  public List<Button> buttons() {
    return rows.stream().flatMap(List::stream).toList();
  }
}
