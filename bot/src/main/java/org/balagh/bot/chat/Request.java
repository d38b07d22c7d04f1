package org.balagh.bot.chat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text addressed to the bot asks for: a command with its argument, or (command empty) a
 * question. In a private chat every text is addressed to the bot; in a group only {@code /ask},
 * {@code /command@bot}, a mention of the bot and a reply to it are.
 */
record Request(String command, String argument) {

  private static final Pattern COMMAND =
      Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+([\\s\\S]*))?");

  boolean isQuestion() {
    return command.isEmpty();
  }

  /** The request in a text, or empty when the text is not for this bot. */
  static Optional<Request> read(String text, boolean group, boolean replyToBot, String botName) {
    String t = text.strip();
    Matcher m = COMMAND.matcher(t);
    if (m.matches()) {
      String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
      String target = m.group(2);
      if (target != null && !target.equalsIgnoreCase(botName)) {
        return Optional.empty();
      }
      if (group && target == null && !name.equals("ask")) {
        return Optional.empty();
      }
      return Optional.of(new Request(name, m.group(3) == null ? "" : m.group(3).strip()));
    }
    if (!group) {
      return Optional.of(new Request("", t));
    }
    if (mentions(t, botName)) {
      return Optional.of(new Request("", withoutMention(t, botName)));
    }
    return replyToBot ? Optional.of(new Request("", t)) : Optional.empty();
  }

  static boolean mentions(String text, String botName) {
    return !botName.isEmpty() && mention(botName).matcher(text).find();
  }

  private static String withoutMention(String text, String botName) {
    return mention(botName).matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  private static Pattern mention(String botName) {
    return Pattern.compile(
        "(?<![A-Za-z0-9_])@" + Pattern.quote(botName) + "(?![A-Za-z0-9_])",
        Pattern.CASE_INSENSITIVE);
  }
}
