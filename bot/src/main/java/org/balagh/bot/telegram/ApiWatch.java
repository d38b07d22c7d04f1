package org.balagh.bot.telegram;

import java.io.IOException;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.balagh.bot.admin.Stats;

/**
 * Watches every Bot API call on the wire, the long poll included (the library retries failed polls
 * on its own, out of our sight): counts the calls answered with an error, by HTTP status, and those
 * that got no answer, in {@link Stats}; and remembers whether the latest {@code getUpdates} worked,
 * which is what "polling" means for readiness. Calls cancelled at shutdown count for nothing.
 */
final class ApiWatch implements Interceptor {

  private final Stats stats;
  // True at first: getMe has just worked when polling starts.
  private volatile boolean pollWorks = true;

  ApiWatch(Stats stats) {
    this.stats = stats;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    // Method names are case-insensitive; the library sends them in lower case.
    boolean poll =
        chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      if (!chain.call().isCanceled()) {
        stats.telegramError(Stats.NO_RESPONSE);
        if (poll) {
          pollWorks = false;
        }
      }
      throw e;
    }
    if (!response.isSuccessful()) {
      stats.telegramError(response.code());
    }
    if (poll) {
      pollWorks = response.isSuccessful();
    }
    return response;
  }

  /** Whether the latest long poll was answered with success (true before the first one). */
  boolean pollWorks() {
    return pollWorks;
  }
}
