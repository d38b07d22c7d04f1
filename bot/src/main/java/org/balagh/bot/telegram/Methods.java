package org.balagh.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.balagh.bot.chat.Button;
import org.balagh.bot.chat.InlineResult;
import org.balagh.bot.chat.Keyboard;
import org.balagh.bot.chat.Reply;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The Bot API call for each reply: HTML parse mode, link previews off, inline keyboards. */
final class Methods {

  /** How long Telegram may cache inline answers, in seconds: the corpus changes rarely. */
  static final int INLINE_CACHE_SECONDS = 300;

  private static final LinkPreviewOptions NO_PREVIEW =
      LinkPreviewOptions.builder().isDisabled(true).build();

  private Methods() {}

  static BotApiMethod<?> of(Reply reply) {
    if (reply instanceof Reply.Send send) {
      return SendMessage.builder()
          .chatId(send.chatId())
          .text(send.html())
          .parseMode(ParseMode.HTML)
          .linkPreviewOptions(NO_PREVIEW)
          .replyParameters(
              send.replyTo() > 0
                  ? ReplyParameters.builder()
                      .messageId(send.replyTo())
                      .allowSendingWithoutReply(true)
                      .build()
                  : null)
          .replyMarkup(markup(send.keyboard()))
          .build();
    }
    if (reply instanceof Reply.Edit edit) {
      return EditMessageText.builder()
          .chatId(edit.chatId())
          .messageId(edit.messageId())
          .text(edit.html())
          .parseMode(ParseMode.HTML)
          .linkPreviewOptions(NO_PREVIEW)
          .replyMarkup(markup(edit.keyboard()))
          .build();
    }
    if (reply instanceof Reply.Toast toast) {
      return AnswerCallbackQuery.builder()
          .callbackQueryId(toast.callbackId())
          .text(toast.text().isEmpty() ? null : toast.text())
          .build();
    }
    Reply.Results results = (Reply.Results) reply;
    List<InlineQueryResult> articles = new ArrayList<>();
    for (InlineResult result : results.results()) {
      articles.add(article(result));
    }
    return AnswerInlineQuery.builder()
        .inlineQueryId(results.queryId())
        .results(articles)
        .cacheTime(INLINE_CACHE_SECONDS)
        .isPersonal(false)
        .build();
  }

  private static InlineQueryResultArticle article(InlineResult result) {
    return InlineQueryResultArticle.builder()
        .id(result.id())
        .title(result.title())
        .description(result.description())
        .inputMessageContent(
            InputTextMessageContent.builder()
                .messageText(result.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(NO_PREVIEW)
                .build())
        .replyMarkup(
            new InlineKeyboardMarkup(
                List.of(
                    new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text("🔗").url(result.url()).build()))))
        .build();
  }

  /** The inline keyboard of a reply; null (no keyboard) when it has no buttons. */
  static InlineKeyboardMarkup markup(Keyboard keyboard) {
    if (keyboard.isEmpty()) {
      return null;
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (List<Button> buttons : keyboard.rows()) {
      InlineKeyboardRow row = new InlineKeyboardRow();
      for (Button button : buttons) {
        InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> built =
            InlineKeyboardButton.builder().text(button.label());
        row.add(
            button.isLink()
                ? built.url(button.target()).build()
                : built.callbackData(button.target()).build());
      }
      rows.add(row);
    }
    return new InlineKeyboardMarkup(rows);
  }
}
