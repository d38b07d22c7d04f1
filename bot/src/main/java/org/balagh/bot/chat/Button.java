package org.balagh.bot.chat;

import java.util.Objects;

/**
 * One inline button.
 *
 * @param target the address of a {@link Kind#LINK}, else the {@code callback_data} it sends back
 */
public record Button(String label, Kind kind, String target) {

  /** What a button does; adapters without buttons (the console) offer the same as commands. */
  public enum Kind {
    LINK,
    MORE,
    BACK,
    CONTEXT,
    UP,
    DOWN,
    NEWER,
    OLDER
  }

  public Button {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
  }

  public boolean isLink() {
    return kind == Kind.LINK;
  }
}
