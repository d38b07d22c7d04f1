package org.balagh.bot.chat;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who already gave feedback on which answer, so a vote counts once; remembers a bounded number. */
final class Votes {

  private final Map<String, Boolean> seen;

  Votes(int capacity) {
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Whether this is the user's first vote on this answer; records it. */
  synchronized boolean first(long user, String statementKey, int position) {
    return seen.putIfAbsent(user + ":" + statementKey + ":" + position, Boolean.TRUE) == null;
  }
}
