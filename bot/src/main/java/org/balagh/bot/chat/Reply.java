package org.balagh.bot.chat;

import java.util.List;
import java.util.Objects;

/** What the conversation asks a transport to do. HTML is Telegram-safe and at most 4096 units. */
public sealed interface Reply permits Reply.Send, Reply.Edit, Reply.Toast, Reply.Results {

  /**
   * A new message.
   *
   * @param replyTo the message it answers, 0 for none
   */
  record Send(long chatId, String html, int replyTo, Keyboard keyboard) implements Reply {
    public Send {
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(keyboard, "keyboard");
    }
  }

  /** A new text and keyboard for one of the bot's messages. */
  record Edit(long chatId, int messageId, String html, Keyboard keyboard) implements Reply {
    public Edit {
      Objects.requireNonNull(html, "html");
      Objects.requireNonNull(keyboard, "keyboard");
    }
  }

  /**
   * The answer to a button press, which Telegram needs for every press; {@code text} may be empty.
   */
  record Toast(String callbackId, String text) implements Reply {
    public Toast {
      Objects.requireNonNull(callbackId, "callbackId");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The answer to an inline query: up to ten quotes. */
  record Results(String queryId, List<InlineResult> results) implements Reply {
    public Results {
      Objects.requireNonNull(queryId, "queryId");
      results = List.copyOf(results);
    }
  }
}
