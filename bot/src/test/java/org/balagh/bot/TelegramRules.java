package org.balagh.bot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Telegram accepts in HTML parse mode, as its Bot API documents it: only its tags, each closed
 * in order, {@code < > &} escaped outside tags, only the entities {@code &lt; &gt; &amp; &quot;}
 * and numeric ones; and at most 4096 UTF-16 units of text once entities are parsed.
 */
public final class TelegramRules {

  public static final int MAX_TEXT = 4096;
  public static final int MAX_CALLBACK_BYTES = 64;

  private static final Set<String> TAGS =
      Set.of(
          "b",
          "strong",
          "i",
          "em",
          "u",
          "ins",
          "s",
          "strike",
          "del",
          "span",
          "tg-spoiler",
          "a",
          "tg-emoji",
          "code",
          "pre",
          "blockquote");
  private static final Map<String, Pattern> ATTRIBUTES =
      Map.of(
          "a", Pattern.compile("href=\"[^\"<>]*\""),
          "span", Pattern.compile("class=\"tg-spoiler\""),
          "tg-emoji", Pattern.compile("emoji-id=\"[0-9]+\""),
          "code", Pattern.compile("class=\"language-[A-Za-z0-9_+-]+\""),
          "blockquote", Pattern.compile("expandable"));
  private static final Pattern ENTITY =
      Pattern.compile("&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});");

  private TelegramRules() {}

  /** Why Telegram would refuse this HTML, as its error says, or empty if it takes it. */
  public static Optional<String> htmlProblem(String html) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          return Optional.of("Can't parse entities: unclosed start tag at byte offset " + i);
        }
        String tag = html.substring(i + 1, end);
        if (tag.startsWith("/")) {
          String name = tag.substring(1).strip();
          if (open.isEmpty() || !open.peek().equals(name)) {
            return Optional.of(
                "Can't parse entities: can't find start tag corresponding to end tag " + name);
          }
          open.pop();
        } else {
          String[] parts = tag.split("\\s+", 2);
          String name = parts[0];
          if (!TAGS.contains(name)) {
            return Optional.of("Can't parse entities: unsupported start tag \"" + name + "\"");
          }
          Pattern allowed = ATTRIBUTES.get(name);
          boolean hasAttributes = parts.length > 1 && !parts[1].isBlank();
          if ((name.equals("a") && !hasAttributes)
              || (hasAttributes
                  && (allowed == null || !allowed.matcher(parts[1].strip()).matches()))) {
            return Optional.of("Can't parse entities: bad attributes in tag \"" + name + "\"");
          }
          open.push(name);
        }
        i = end + 1;
      } else if (c == '&') {
        var m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) {
          return Optional.of("Can't parse entities: unsupported entity at byte offset " + i);
        }
        i = m.end();
      } else if (c == '>') {
        return Optional.of("Can't parse entities: unexpected > at byte offset " + i);
      } else {
        i++;
      }
    }
    if (!open.isEmpty()) {
      return Optional.of(
          "Can't parse entities: can't find end tag corresponding to start tag " + open.peek());
    }
    return Optional.empty();
  }

  /** The text a reader sees, entities decoded and tags dropped, in UTF-16 units. */
  public static int visibleLength(String html) {
    String text = html.replaceAll("<[^>]*>", "");
    text = ENTITY.matcher(text).replaceAll("x");
    return text.length();
  }

  /** Why Telegram would refuse this message text, or empty. */
  public static Optional<String> messageProblem(String html) {
    if (html.isEmpty()) {
      return Optional.of("Bad Request: message text is empty");
    }
    Optional<String> problem = htmlProblem(html);
    if (problem.isPresent()) {
      return problem.map(p -> "Bad Request: " + p);
    }
    if (visibleLength(html) > MAX_TEXT) {
      return Optional.of("Bad Request: message is too long");
    }
    return Optional.empty();
  }
}
