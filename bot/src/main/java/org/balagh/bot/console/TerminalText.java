package org.balagh.bot.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balagh.bot.chat.Html;

/**
 * Telegram HTML as terminal lines: tags dropped, links as their address, entities decoded, and each
 * line holding right-to-left text wrapped in Unicode isolates so it reads right on terminals that
 * do bidi.
 */
final class TerminalText {

  private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">(.*?)</a>");
  private static final Pattern TAG = Pattern.compile("</?[a-z-]+(?:\\s[^>]*)?>");
  private static final char RLI = '\u2067';
  private static final char PDI = '\u2069';

  private TerminalText() {}

  static String render(String html) {
    Matcher m = LINK.matcher(html);
    StringBuilder linked = new StringBuilder();
    while (m.find()) {
      String url = Html.unescape(m.group(1));
      String text = Html.unescape(TAG.matcher(m.group(2)).replaceAll(""));
      String shown = url.contains(text.replace("…", "")) ? url : text + " <" + url + ">";
      m.appendReplacement(linked, Matcher.quoteReplacement(Html.escape(shown)));
    }
    m.appendTail(linked);
    String plain = Html.unescape(TAG.matcher(linked).replaceAll(""));
    StringBuilder out = new StringBuilder();
    for (String line : plain.split("\n", -1)) {
      out.append(line.isBlank() ? "" : "  " + isolate(line)).append('\n');
    }
    return out.toString();
  }

  private static String isolate(String line) {
    boolean rtl =
        line.codePoints()
            .anyMatch(
                c -> {
                  byte d = Character.getDirectionality(c);
                  return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                      || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT;
                });
    return rtl ? RLI + line + PDI : line;
  }
}
