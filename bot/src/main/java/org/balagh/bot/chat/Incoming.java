package org.balagh.bot.chat;

import java.util.Objects;

/** What a transport hands the conversation: a message, a button press, an inline query, a file. */
public sealed interface Incoming
    permits Incoming.Text, Incoming.Press, Incoming.Inline, Incoming.Upload {

  Sender sender();

  /**
   * A text message.
   *
   * @param messageId the message's id in its chat, for replies
   * @param replyToBot whether it replies to a message of the bot
   * @param botName the bot's username without {@code @}; empty where there is none (console)
   */
  record Text(
      Sender sender, Chat chat, int messageId, String text, boolean replyToBot, String botName)
      implements Incoming {
    public Text {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(chat, "chat");
      text = text == null ? "" : text;
      botName = botName == null ? "" : botName;
    }
  }

  /**
   * A press on one of the bot's inline buttons.
   *
   * @param messageId the message the button is on; 0 when that message is not in a chat the bot can
   *     edit (a message sent through inline mode)
   * @param data the button's {@code callback_data}, as the client sent it: untrusted
   */
  record Press(Sender sender, Chat chat, int messageId, String callbackId, String data)
      implements Incoming {
    public Press {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(callbackId, "callbackId");
      data = data == null ? "" : data;
    }
  }

  /** An inline query: {@code @bot question} typed in any chat. */
  record Inline(Sender sender, String queryId, String query) implements Incoming {
    public Inline {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(queryId, "queryId");
      query = query == null ? "" : query;
    }
  }

  /**
   * A document sent to the bot.
   *
   * @param size the size Telegram declares, before anything is downloaded
   * @param caption the text sent with it, which may mention the bot in a group
   */
  record Upload(
      Sender sender,
      Chat chat,
      int messageId,
      String fileName,
      long size,
      String caption,
      boolean replyToBot,
      String botName,
      Fetcher content)
      implements Incoming {
    public Upload {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(chat, "chat");
      Objects.requireNonNull(content, "content");
      fileName = fileName == null ? "" : fileName;
      caption = caption == null ? "" : caption;
      botName = botName == null ? "" : botName;
    }
  }
}
