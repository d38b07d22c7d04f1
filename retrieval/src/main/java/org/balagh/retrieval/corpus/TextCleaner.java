package org.balagh.retrieval.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the Markdown and HTML residue that conversions leave in statements ({@code **bold**},
 * {@code *emphasis*}, {@code <sup>nd</sup>}, {@code [links](…)}, {@code \.} escapes, rule lines),
 * so that the stored text reads as the source did. Cleaning clean text changes nothing.
 */
public final class TextCleaner {

  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^<>\\s]+)>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\[\\]\\n]+)]\\((https?://|/)[^)\\s]*\\)");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~\"'])");
  private static final Pattern STRAY_BACKSLASH = Pattern.compile("\\\\");
  private static final Pattern EMPHASIS = Pattern.compile("\\*+");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|nbsp|#\\d{1,6});");
  private static final Pattern RULE_LINE = Pattern.compile("[\\s*_#=\\-–—]*");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-+•]\\s+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u2060\\uFEFF\\u00AD]");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]+");

  /** The characters some pattern above starts from or replaces (see {@link #isPlain}). */
  private static final String MARKUP = "*<[&\\#\t\u00A0\u2007\u202F\u200B\u200C\u2060\uFEFF\u00AD";

  private static final Map<String, String> ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

  private TextCleaner() {}

  /** Cleans a whole text, keeping its paragraphs (one per line) and dropping empty lines. */
  public static String clean(String text) {
    String unified = text.replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = new ArrayList<>();
    boolean blank = false;
    for (String line : unified.split("\n", -1)) {
      if (RULE_LINE.matcher(line).matches()) {
        // Keep one blank line where the source had one: hard-wrapped speeches mark paragraphs so.
        blank = !lines.isEmpty();
        continue;
      }
      if (blank) {
        lines.add("");
        blank = false;
      }
      lines.add(cleanLine(line));
    }
    return String.join("\n", lines).strip();
  }

  /** Cleans one line: a title, or a paragraph. */
  public static String cleanLine(String line) {
    return isPlain(line) ? line.strip() : byPatterns(line);
  }

  /** Every pattern in turn. */
  static String byPatterns(String line) {
    String s = HEADING.matcher(line).replaceFirst("");
    s = BULLET.matcher(s).replaceFirst("");
    s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = TAG.matcher(s).replaceAll("");
    s = entities(s);
    s = EMPHASIS.matcher(s).replaceAll("");
    s = unescape(s);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    return s.strip();
  }

  /**
   * Whether a line holds nothing any pattern here would change, so that cleaning it is only
   * stripping it: most lines of an imported archive, read again at every index build.
   */
  static boolean isPlain(String line) {
    int first = 0;
    while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
      first++;
    }
    if (first < line.length() && "-+•".indexOf(line.charAt(first)) >= 0) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (MARKUP.indexOf(c) >= 0
          || c == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  private static String entities(String s) {
    return ENTITY
        .matcher(s)
        .replaceAll(
            m -> {
              String name = m.group(1);
              if (!name.startsWith("#")) {
                return Matcher.quoteReplacement(ENTITIES.get(name));
              }
              int code = Integer.parseInt(name.substring(1));
              boolean valid = Character.isValidCodePoint(code) && !Character.isISOControl(code);
              return Matcher.quoteReplacement(valid ? Character.toString(code) : m.group());
            });
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = ESCAPE.matcher(s);
    int last = 0;
    while (m.find()) {
      out.append(STRAY_BACKSLASH.matcher(s.substring(last, m.start())).replaceAll(""));
      out.append(m.group(1).equals("\\") ? "" : m.group(1));
      last = m.end();
    }
    out.append(STRAY_BACKSLASH.matcher(s.substring(last)).replaceAll(""));
    return out.toString();
  }
}
