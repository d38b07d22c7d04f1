package org.balagh.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The questions behind the More buttons, under short random tokens: bounded (the oldest go first)
 * and expiring, so memory stays small however many questions are asked. Thread-safe.
 */
final class QuestionStore {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int TOKEN_LENGTH = 8;

  private record Entry(String question, Instant stored) {}

  private final Clock clock;
  private final Random random;
  private final Duration lifetime;
  private final Map<String, Entry> entries;

  QuestionStore(Clock clock, Random random, int capacity, Duration lifetime) {
    this.clock = clock;
    this.random = random;
    this.lifetime = lifetime;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Stores a question and returns its token. */
  synchronized String put(String question) {
    String token;
    do {
      token = token();
    } while (entries.containsKey(token));
    entries.put(token, new Entry(question, clock.instant()));
    return token;
  }

  /** The question stored under a token, unless it expired or was pushed out. */
  synchronized Optional<String> get(String token) {
    Entry entry = entries.get(token);
    if (entry == null) {
      return Optional.empty();
    }
    if (entry.stored().plus(lifetime).isBefore(clock.instant())) {
      entries.remove(token);
      return Optional.empty();
    }
    return Optional.of(entry.question());
  }

  synchronized int size() {
    return entries.size();
  }

  private String token() {
    StringBuilder token = new StringBuilder(TOKEN_LENGTH);
    for (int i = 0; i < TOKEN_LENGTH; i++) {
      token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return token.toString();
  }
}
