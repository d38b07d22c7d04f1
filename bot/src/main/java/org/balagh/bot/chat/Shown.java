package org.balagh.bot.chat;

import java.util.Objects;

/** What a message of the bot shows: Telegram-safe HTML of at most 4096 units, and its buttons. */
record Shown(String html, Keyboard keyboard) {

  Shown {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(keyboard, "keyboard");
  }

  /** Text alone, without buttons. */
  static Shown of(String html) {
    return new Shown(html, Keyboard.NONE);
  }
}
