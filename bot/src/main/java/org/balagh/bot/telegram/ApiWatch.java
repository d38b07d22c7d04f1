package org.balagh.bot.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.balagh.bot.ops.Stats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches every Bot API call on the wire, the long poll included (the library retries failed polls
 * on its own, out of our sight): counts the calls answered with an error, by HTTP status, and those
 * that got no answer, in {@link Stats}; and remembers whether the latest {@code getUpdates} worked,
 * and if not why, which is what "polling" means for readiness. Polling counts as not working until
 * a first poll has been answered. A run of failed polls is logged once when it starts and once when
 * it ends. Calls cancelled or cut short once the bot is stopping count for nothing.
 */
final class ApiWatch implements Interceptor {

  static final String NOT_YET = "getUpdates: not answered yet";

  private static final Logger LOG = LoggerFactory.getLogger(ApiWatch.class);

  private final Stats stats;
  private final Redactor redactor;
  private final Object lock = new Object();
  // Why the latest long poll did not work; empty while they do.
  private Optional<String> pollProblem = Optional.of(NOT_YET);
  private long failingSince;
  private volatile boolean stopping;

  ApiWatch(Stats stats, Redactor redactor) {
    this.stats = stats;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    boolean poll = isPoll(chain.request());
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      if (!chain.call().isCanceled() && !stopping) {
        stats.telegramError(Stats.NO_RESPONSE);
        if (poll) {
          pollFailed(redactor.describe(e));
        }
      }
      throw e;
    }
    if (!response.isSuccessful()) {
      stats.telegramError(response.code());
    }
    if (poll && response.isSuccessful()) {
      pollWorked();
    } else if (poll) {
      pollFailed(("HTTP " + response.code() + " " + response.message()).strip());
    }
    return response;
  }

  /** The bot is stopping: calls failing from now on are its doing, not the Bot API's. */
  void stop() {
    stopping = true;
  }

  /** Whether a request is a long poll. Method names are case-insensitive (the library's: lower). */
  static boolean isPoll(Request request) {
    return request.url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
  }

  /** Whether the latest long poll was answered with success (false before the first one). */
  boolean pollWorks() {
    return pollProblem().isEmpty();
  }

  /** Why polling does not work: the latest poll's failure, or none answered yet. */
  Optional<String> pollProblem() {
    synchronized (lock) {
      return pollProblem;
    }
  }

  /** Waits at most {@code max} for a poll to work; whether the latest one has. */
  boolean awaitPoll(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    synchronized (lock) {
      for (long left = max.toNanos(); pollProblem.isPresent() && left > 0; ) {
        lock.wait(Math.max(1, left / 1_000_000));
        left = deadline - System.nanoTime();
      }
      return pollProblem.isEmpty();
    }
  }

  private void pollWorked() {
    synchronized (lock) {
      if (pollProblem.isPresent() && !pollProblem.get().equals(NOT_YET)) {
        LOG.info(
            "event=poll_recovered failed_ms={}", (System.nanoTime() - failingSince) / 1_000_000);
      }
      pollProblem = Optional.empty();
      lock.notifyAll();
    }
  }

  private void pollFailed(String reason) {
    synchronized (lock) {
      if (pollProblem.isEmpty() || pollProblem.get().equals(NOT_YET)) {
        LOG.warn("event=poll_failed reason=\"{}\"", reason);
        failingSince = System.nanoTime();
      }
      pollProblem = Optional.of("getUpdates: " + reason);
      lock.notifyAll();
    }
  }
}
