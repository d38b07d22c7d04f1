package org.balagh.bot.chat;

/**
 * Escaping for Telegram's HTML parse mode, which knows only {@code &lt; &gt; &amp; &quot;}. Text
 * also loses what Telegram would refuse or misread: control characters and lone surrogates.
 */
public final class Html {

  private Html() {}

  /** Text as element content. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /** Text as a double-quoted attribute value. */
  public static String attribute(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
        continue;
      } else if (c == '&') {
        out.append("&amp;");
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '"' && attribute) {
        out.append("&quot;");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Text with its entities decoded: what a reader sees of escaped content. */
  public static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
