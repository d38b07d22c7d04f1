package org.balagh.bot.telegram;

import java.util.regex.Pattern;

/**
 * Removes the bot token from text bound for logs or chats, such as exception messages that carry a
 * request address ({@code /bot<token>/sendMessage}): this bot's token, and anything shaped like a
 * token. Logback's pattern does the same for every log line, as a second guard.
 */
final class Redactor {

  /** What BotFather's tokens look like: digits, a colon, 20 or more URL-safe characters. */
  static final Pattern TOKEN_SHAPE = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{20,}");

  static final String MASK = "<token>";

  private final String token;

  Redactor(String token) {
    this.token = token;
  }

  String redact(String text) {
    if (text == null) {
      return "";
    }
    String out = token.isEmpty() ? text : text.replace(token, MASK);
    return TOKEN_SHAPE.matcher(out).replaceAll(MASK);
  }

  /** An exception as one redacted line: its class and message, and its causes'. */
  String describe(Throwable error) {
    StringBuilder line = new StringBuilder();
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      line.append(line.length() == 0 ? "" : " <- ")
          .append(e.getClass().getSimpleName())
          .append(e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    return redact(line.toString().replaceAll("\\s+", " "));
  }
}
