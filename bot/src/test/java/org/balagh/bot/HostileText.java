package org.balagh.bot;

import java.util.List;

/**
 * Text a public bot meets from people who mean harm or just paste anything: query syntax, control
 * characters, bidi and zero-width marks, markup and script, emoji, lookups that some loggers
 * expand, format strings, commands and callback shapes, a lone surrogate.
 */
public final class HostileText {

  private HostileText() {}

  public static final List<String> SAMPLES =
      List.of(
          "+-&&||!(){}[]^\"~*?:\\/",
          "wheat AND OR NOT \"unclosed",
          "title:* OR text:[a TO z]~2^9",
          "\u0000\u0001\u0007\u001b[31m\r\n\t\u007f\u009b",
          "\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
          "\u200b\u200c\u200d\u2060\ufeff",
          "<script>alert(1)</script>",
          "<b>bold</b> <a href=\"javascript:alert(1)\">x</a> &amp; &lt; &#0; &bogus;",
          "</blockquote></b><i>",
          "😀🇲🇦👍🏽‍🔥",
          "${jndi:ldap://127.0.0.1/a}",
          "${env:TELEGRAM_BOT_TOKEN}",
          "%s%s%s%n%x%d %1$s {0} {} \\u0000",
          "/reload",
          "/stats@balagh_bot",
          "@balagh_bot",
          "m:AAAAAAAA:99",
          "t:ZZ:999999",
          "\ud800",
          "كازاخستان؟؟؟ ‏القمح‎",
          "Qu'ont dit « la France » ?");
}
