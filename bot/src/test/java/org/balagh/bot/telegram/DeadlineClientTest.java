package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The library's client against the fake Bot API: an answer without {@code ok} makes its callback
 * throw before completing the call's future, so the deadline is all that ends the wait; behind the
 * answer guard the same answer fails at once, as a server error; and {@code getMe} without {@code
 * is_bot} is read as the bot's.
 */
class DeadlineClientTest {

  static final Duration DEADLINE = Duration.ofSeconds(1);

  final OkHttpClient plain = new OkHttpClient();
  FakeBotApi api;

  @BeforeEach
  void setUp() throws IOException {
    api = new FakeBotApi();
  }

  @AfterEach
  void tearDown() {
    api.close();
    plain.dispatcher().executorService().shutdownNow();
    plain.connectionPool().evictAll();
  }

  DeadlineClient client(OkHttpClient http) {
    return new DeadlineClient(http, FakeBotApi.TOKEN, TelegramBot.telegramUrl(api.url()), DEADLINE);
  }

  @Test
  void endsTheWaitAtTheDeadlineWhenTheLibraryNeverCompletesTheCall() throws Exception {
    api.failNext("getMe", 2, FakeBotApi.Fault.of(FakeBotApi.Fault.Kind.NO_OK));
    DeadlineClient client = client(plain);
    long started = System.nanoTime();
    TelegramApiException e =
        assertThrows(TelegramApiException.class, () -> client.execute(new GetMe()));
    long waited = (System.nanoTime() - started) / 1_000_000;
    assertEquals("no answer to getme within 1000 ms", e.getMessage());
    assertTrue(waited >= 1000 && waited < 3000, waited + " ms");
    ExecutionException bounded =
        assertThrows(ExecutionException.class, () -> client.bounded(new GetMe()).get());
    assertEquals(
        "no answer to getme within 1000 ms",
        client.failure(bounded.getCause(), "getme").getMessage());
  }

  @Test
  void failsAtOnceAsAServerErrorBehindTheAnswerGuard() {
    api.failNext("getMe", 1, FakeBotApi.Fault.of(FakeBotApi.Fault.Kind.NO_OK));
    DeadlineClient client = client(plain.newBuilder().addInterceptor(new AnswerGuard()).build());
    long started = System.nanoTime();
    TelegramApiRequestException e =
        assertThrows(TelegramApiRequestException.class, () -> client.execute(new GetMe()));
    assertTrue(System.nanoTime() - started < 900_000_000L, "at once");
    assertEquals(500, e.getErrorCode());
    assertEquals(
        "Unreadable answer to getme (HTTP 500): {'message':'API method 'getMe' is not"
            + " supported.'}",
        e.getApiResponse());
  }

  @Test
  void readsAGetMeWithoutIsBotAsTheBots() throws Exception {
    api.getMeWithoutIsBot();
    User me = client(plain).execute(new LenientGetMe());
    assertEquals(FakeBotApi.BOT_ID, me.getId());
    assertEquals(true, me.getIsBot());
    assertThrows(TelegramApiException.class, () -> client(plain).execute(new GetMe()));
  }
}
