package org.balagh.bot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The library's OkHttp client with a deadline on every wait. The library completes a call's future
 * from OkHttp's callback, which can throw before completing it, and its {@code execute} then waits
 * for ever; here {@code execute} waits at most {@code deadline}, and {@link #bounded} gives a
 * future that fails at the deadline. OkHttp's own call timeout, a little shorter, normally ends the
 * call first: the deadline only ends the wait for a future nobody will complete.
 */
final class DeadlineClient extends OkHttpTelegramClient {

  private final Duration deadline;

  DeadlineClient(OkHttpClient http, String token, TelegramUrl url, Duration deadline) {
    super(http, token, url);
    this.deadline = deadline;
  }

  @Override
  public <T extends Serializable, M extends BotApiMethod<T>> T execute(M method)
      throws TelegramApiException {
    CompletableFuture<T> call = executeAsync(method);
    try {
      return call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelegramApiException(method.getMethod() + " interrupted", e);
    } catch (TimeoutException e) {
      throw failure(e, method.getMethod());
    } catch (ExecutionException e) {
      throw failure(e.getCause(), method.getMethod());
    }
  }

  /**
   * The call's future, failed with a {@link TimeoutException} if it is not done by the deadline.
   */
  <T extends Serializable> CompletableFuture<T> bounded(BotApiMethod<T> method)
      throws TelegramApiException {
    return executeAsync(method).orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** How a call failed, as the library would say it, a missed deadline included. */
  TelegramApiException failure(Throwable error, String method) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof TelegramApiException e) {
      return e;
    }
    if (cause instanceof TimeoutException) {
      return new TelegramApiException(
          "no answer to " + method + " within " + deadline.toMillis() + " ms");
    }
    return new TelegramApiException("Unable to execute " + method + " method", cause);
  }
}
