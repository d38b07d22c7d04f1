package org.balagh.bot.chat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact {@code callback_data} of the buttons, at most 64 bytes as Telegram requires. Clients
 * can send anything back, so {@link #decode} accepts only the exact shapes it writes.
 */
public sealed interface CallbackData {

  /** Telegram's limit, in bytes. */
  int MAX_BYTES = 64;

  /** Answer {@code index} (from 0) of the question stored under {@code token}. */
  record More(String token, int index) implements CallbackData {}

  /** The sentences around sentence {@code position} of the statement keyed {@code key}. */
  record Context(String key, int position) implements CallbackData {}

  /** 👍 ({@code up}) or 👎 on sentence {@code position} of the statement keyed {@code key}. */
  record Vote(boolean up, String key, int position) implements CallbackData {}

  /** The page of the statements of {@code country} (ISO code) that starts at {@code offset}. */
  record Timeline(String country, int offset) implements CallbackData {}

  Pattern MORE = Pattern.compile("m:([A-Za-z0-9]{1,16}):([0-9]{1,2})");
  Pattern CONTEXT = Pattern.compile("c:([A-Za-z0-9_-]{1,16}):([0-9]{1,6})");
  Pattern VOTE = Pattern.compile("v:([ud]):([A-Za-z0-9_-]{1,16}):([0-9]{1,6})");
  Pattern TIMELINE = Pattern.compile("t:([A-Z]{2}):([0-9]{1,6})");

  static String encode(CallbackData data) {
    String text;
    if (data instanceof More more) {
      text = "m:" + more.token() + ":" + more.index();
    } else if (data instanceof Context context) {
      text = "c:" + context.key() + ":" + context.position();
    } else if (data instanceof Timeline timeline) {
      text = "t:" + timeline.country() + ":" + timeline.offset();
    } else {
      Vote vote = (Vote) data;
      text = "v:" + (vote.up() ? "u" : "d") + ":" + vote.key() + ":" + vote.position();
    }
    if (decode(text).isEmpty() || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("not encodable as callback data: " + data);
    }
    return text;
  }

  /** The data a button sent, or empty for anything this bot did not write. */
  static Optional<CallbackData> decode(String text) {
    if (text == null || text.length() > MAX_BYTES) {
      return Optional.empty();
    }
    Matcher m = MORE.matcher(text);
    if (m.matches()) {
      return Optional.of(new More(m.group(1), Integer.parseInt(m.group(2))));
    }
    m = CONTEXT.matcher(text);
    if (m.matches()) {
      return Optional.of(new Context(m.group(1), Integer.parseInt(m.group(2))));
    }
    m = TIMELINE.matcher(text);
    if (m.matches()) {
      return Optional.of(new Timeline(m.group(1), Integer.parseInt(m.group(2))));
    }
    m = VOTE.matcher(text);
    if (m.matches()) {
      return Optional.of(
          new Vote(m.group(1).equals("u"), m.group(2), Integer.parseInt(m.group(3))));
    }
    return Optional.empty();
  }
}
