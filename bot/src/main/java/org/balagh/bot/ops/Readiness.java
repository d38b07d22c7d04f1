package org.balagh.bot.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the bot is in its life and whether it can serve, for {@code /readyz} and the log: its phase
 * (loading the index, connecting to the Bot API, polling, stopping), since when, and, while it
 * cannot serve, why; so that an operator can tell a slow start from a stuck one. Ready means
 * polling with the latest {@code getUpdates} answered. Main reports each phase as it begins (each
 * logged as one {@code event=phase} line); the Telegram side is read afresh at each request, so
 * readiness turns false again when polling fails. Thread-safe.
 */
public final class Readiness {

  private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);

  /** The phases of the bot's life, in order. */
  public enum Phase {
    LOADING,
    CONNECTING,
    POLLING,
    STOPPING;

    /** The phase as the log and {@code /readyz} name it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One reading.
   *
   * @param phase where the bot is
   * @param since when that phase began
   * @param problem why it cannot serve, if it cannot
   * @param meaning how far the re-ranking by meaning has got (" meaning=STATE …"), which does not
   *     hold readiness back: answers are lexical until it is ready
   */
  record Status(Phase phase, Instant since, Optional<String> problem, String meaning) {
    boolean ready() {
      return problem.isEmpty();
    }

    /** One line, key=value, as the logs have it. */
    String describe() {
      return (ready() ? "ready" : "not_ready")
          + " phase="
          + phase.label()
          + " since="
          + since
          + " index="
          + (phase == Phase.LOADING ? "loading" : "open")
          + " telegram="
          + (ready() ? "polling" : "not_polling")
          + meaning
          + problem.map(why -> " reason=\"" + why.replace('"', '\'') + "\"").orElse("");
    }
  }

  private final Clock clock;
  private Phase phase = Phase.LOADING;
  private Instant since;
  private String waiting = "";
  private Supplier<Optional<String>> telegram = () -> Optional.of("not started");
  private Supplier<String> meaning = () -> "";

  /** Tells where the re-ranking by meaning is, as {@link Status#describe} says it. */
  public synchronized void meaning(Supplier<String> progress) {
    meaning = Objects.requireNonNull(progress);
  }

  /** Starts in the loading phase, now. */
  public Readiness(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
    this.since = now();
    LOG.info("event=phase phase={} since={}", phase.label(), since);
  }

  /** The index is open (the first load of the archive has finished): connecting to Telegram. */
  public void indexOpen() {
    enter(Phase.CONNECTING);
  }

  /** Why connecting has not finished yet: the latest failed attempt, or what it waits for. */
  public synchronized void waiting(String why) {
    waiting = Objects.requireNonNull(why);
  }

  /** Polling: {@code problem} says, when asked, why Telegram is not being polled, if it is not. */
  public void polling(Supplier<Optional<String>> problem) {
    synchronized (this) {
      telegram = Objects.requireNonNull(problem);
    }
    enter(Phase.POLLING);
  }

  /** Stopping: not ready again, for good. */
  public void stopping() {
    enter(Phase.STOPPING);
  }

  /** The phase the bot is in. */
  public synchronized Phase phase() {
    return phase;
  }

  Status check() {
    Phase now;
    Instant from;
    String why;
    Supplier<Optional<String>> poll;
    Supplier<String> embedding;
    synchronized (this) {
      now = phase;
      from = since;
      why = waiting;
      poll = telegram;
      embedding = meaning;
    }
    Optional<String> problem =
        switch (now) {
          case LOADING -> Optional.of("loading the index");
          case CONNECTING -> Optional.of(why.isEmpty() ? "connecting to the Bot API" : why);
          case POLLING -> poll.get();
          case STOPPING -> Optional.of("stopping");
        };
    return new Status(now, from, problem, embedding.get());
  }

  private void enter(Phase next) {
    Phase previous;
    Instant began;
    Instant at = now();
    synchronized (this) {
      previous = phase;
      began = since;
      phase = next;
      since = at;
      waiting = "";
    }
    LOG.info(
        "event=phase phase={} since={} previous={} previous_ms={}",
        next.label(),
        at,
        previous.label(),
        Duration.between(began, at).toMillis());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
