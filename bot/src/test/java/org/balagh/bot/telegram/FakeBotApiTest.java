package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake refuses what Telegram refuses, so that the end-to-end tests mean something. */
class FakeBotApiTest {

  FakeBotApi api;
  OkHttpClient http;
  OkHttpTelegramClient client;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    http = new OkHttpClient();
    client = new OkHttpTelegramClient(http, FakeBotApi.TOKEN, TelegramBot.telegramUrl(api.url()));
  }

  @AfterEach
  void stop() {
    api.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private String refusal(BotApiMethod<?> method) {
    return assertThrows(TelegramApiRequestException.class, () -> client.execute(method))
        .getApiResponse();
  }

  private static SendMessage html(String text) {
    return SendMessage.builder().chatId(5L).text(text).parseMode("HTML").build();
  }

  @Test
  void refusesHtmlTelegramDoesNotParse() {
    assertEquals(
        "Bad Request: Can't parse entities: unsupported start tag \"div\"",
        refusal(html("<div>x</div>")));
    assertEquals(
        "Bad Request: Can't parse entities: can't find end tag corresponding to start tag b",
        refusal(html("<b>bold")));
    assertEquals(
        "Bad Request: Can't parse entities: unsupported entity at byte offset 2",
        refusal(html("a & b")));
    assertEquals(
        "Bad Request: Can't parse entities: bad attributes in tag \"span\"",
        refusal(html("<span class=\"x\">y</span>")));
  }

  @Test
  void refusesTextOverFourThousandNinetySixUnitsAfterEntities() throws Exception {
    assertEquals("Bad Request: message is too long", refusal(html("x".repeat(4097))));
    client.execute(html("<b>" + "&amp;".repeat(4096) + "</b>"));
  }

  @Test
  void refusesCallbackDataOverSixtyFourBytes() {
    InlineKeyboardMarkup markup =
        new InlineKeyboardMarkup(
            List.of(
                new InlineKeyboardRow(
                    InlineKeyboardButton.builder()
                        .text("b")
                        .callbackData("é".repeat(33))
                        .build())));
    assertEquals(
        "Bad Request: BUTTON_DATA_INVALID",
        refusal(SendMessage.builder().chatId(5L).text("t").replyMarkup(markup).build()));
  }

  @Test
  void refusesAnEditThatChangesNothing() throws Exception {
    Message sent = client.execute(html("<b>same</b>"));
    EditMessageText edit =
        EditMessageText.builder()
            .chatId(5L)
            .messageId(sent.getMessageId())
            .text("<b>same</b>")
            .parseMode("HTML")
            .build();
    assertEquals(
        "Bad Request: message is not modified: specified new message content and reply markup"
            + " are exactly the same as a current content and reply markup of the message",
        refusal(edit));
  }

  @Test
  void refusesACallbackQueryAnsweredTwice() throws Exception {
    api.press(5, 5, 1000, "cb", "x");
    AnswerCallbackQuery answer = new AnswerCallbackQuery("cb");
    client.execute(answer);
    assertEquals(
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
        refusal(answer));
  }

  @Test
  void answersWithA429AndItsRetryAfterWhenTold() {
    api.failNext("sendMessage", 1, 429, 7);
    TelegramApiRequestException e =
        assertThrows(TelegramApiRequestException.class, () -> client.execute(html("x")));
    assertEquals(429, e.getErrorCode());
    assertEquals(7, e.getParameters().getRetryAfter());
  }
}
