package org.balagh.bot.telegram;

import java.util.Optional;
import org.balagh.bot.chat.Chat;
import org.balagh.bot.chat.Incoming;
import org.balagh.bot.chat.Sender;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns Telegram updates into the conversation's values: texts and documents from people (not bots,
 * not channels), button presses and inline queries. Everything else is ignored.
 */
final class UpdateReader {

  private final long botId;
  private final String botName;
  private final FileDownloads downloads;

  UpdateReader(long botId, String botName, FileDownloads downloads) {
    this.botId = botId;
    this.botName = botName == null ? "" : botName;
    this.downloads = downloads;
  }

  Optional<Incoming> read(Update update) {
    if (update.getMessage() != null) {
      return message(update.getMessage());
    }
    if (update.getCallbackQuery() != null) {
      return Optional.of(press(update.getCallbackQuery()));
    }
    InlineQuery inline = update.getInlineQuery();
    if (inline != null && inline.getFrom() != null) {
      return Optional.of(
          new Incoming.Inline(sender(inline.getFrom()), inline.getId(), inline.getQuery()));
    }
    return Optional.empty();
  }

  /** The key whose updates must be handled in order: the chat, or the user for inline queries. */
  static long key(Incoming incoming) {
    if (incoming instanceof Incoming.Text text) {
      return text.chat().id();
    }
    if (incoming instanceof Incoming.Press press) {
      return press.chat().id();
    }
    if (incoming instanceof Incoming.Upload upload) {
      return upload.chat().id();
    }
    return incoming.sender().id();
  }

  private Optional<Incoming> message(Message message) {
    User from = message.getFrom();
    String type = message.getChat() == null ? "" : message.getChat().getType();
    if (from == null || Boolean.TRUE.equals(from.getIsBot()) || "channel".equals(type)) {
      return Optional.empty();
    }
    Chat chat = new Chat(message.getChatId(), !"private".equals(type));
    Message replied = message.getReplyToMessage();
    boolean replyToBot =
        replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId;
    Document document = message.getDocument();
    if (document != null) {
      return Optional.of(
          new Incoming.Upload(
              sender(from),
              chat,
              message.getMessageId(),
              document.getFileName(),
              document.getFileSize() == null ? 0 : document.getFileSize(),
              message.getCaption(),
              replyToBot,
              botName,
              downloads.fetcher(document.getFileId())));
    }
    if (message.getText() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Incoming.Text(
            sender(from), chat, message.getMessageId(), message.getText(), replyToBot, botName));
  }

  private static Incoming.Press press(CallbackQuery query) {
    Sender sender = sender(query.getFrom());
    MaybeInaccessibleMessage message = query.getMessage();
    if (message == null) {
      return new Incoming.Press(
          sender, Chat.direct(sender.id()), 0, query.getId(), query.getData());
    }
    String type = message.getChat() == null ? "private" : message.getChat().getType();
    return new Incoming.Press(
        sender,
        new Chat(message.getChatId(), !"private".equals(type)),
        message.getMessageId(),
        query.getId(),
        query.getData());
  }

  private static Sender sender(User user) {
    return new Sender(user.getId(), user.getLanguageCode());
  }
}
