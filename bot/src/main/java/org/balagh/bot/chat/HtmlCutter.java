package org.balagh.bot.chat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Cuts Telegram HTML to at most a number of UTF-16 units, at a sentence end if that keeps at least
 * half, else at a word, else between characters; never inside a tag, an entity or a surrogate pair.
 * The tags still open at the cut are closed after an ellipsis, so the result stays well-formed. ICU
 * finds the sentence ends because the JDK's BreakIterator misses Arabic {@code ؟}.
 */
public final class HtmlCutter {

  /** Telegram's limit for a message text. */
  public static final int LIMIT = 4096;

  private static final String ELLIPSIS = "…";

  private HtmlCutter() {}

  public static String cut(String html) {
    return cut(html, LIMIT);
  }

  public static String cut(String html, int limit) {
    if (html.length() <= limit) {
      return html;
    }
    return new Scan(html, limit).run();
  }

  /** A place the text may be cut at, with the tags open there. */
  private record Cut(int at, List<String> open) {}

  private static final class Scan {
    private final String html;
    private final int limit;
    private final BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
    private final Deque<String> open = new ArrayDeque<>();
    private List<String> snapshot = List.of();
    private int closing;
    private Cut sentence;
    private Cut word;
    private Cut any;

    Scan(String html, int limit) {
      this.html = html;
      this.limit = limit;
    }

    String run() {
      int i = 0;
      while (i < html.length()) {
        if (html.charAt(i) == '<') {
          int end = html.indexOf('>', i);
          if (end < 0 || !offer(i, false, true)) {
            break;
          }
          tag(html.substring(i + 1, end));
          i = end + 1;
        } else {
          int end = html.indexOf('<', i);
          end = end < 0 ? html.length() : end;
          if (!text(i, end)) {
            break;
          }
          i = end;
        }
      }
      Cut pick =
          sentence != null && sentence.at() >= limit / 2
              ? sentence
              : word != null && word.at() >= limit / 2 ? word : any;
      if (pick == null) {
        return ELLIPSIS;
      }
      StringBuilder out = new StringBuilder(html.substring(0, pick.at()).stripTrailing());
      out.append(ELLIPSIS);
      for (String name : pick.open()) {
        out.append("</").append(name).append('>');
      }
      return out.toString();
    }

    private void tag(String inside) {
      if (inside.startsWith("/")) {
        String name = open.pop();
        closing -= name.length() + 3;
      } else {
        String name = inside.split("[\\s/]", 2)[0];
        open.push(name);
        closing += name.length() + 3;
      }
      snapshot = List.copyOf(open);
    }

    /** Scans the text between two tags; false once nothing further fits. */
    private boolean text(int start, int end) {
      String raw = html.substring(start, end);
      StringBuilder decoded = new StringBuilder(raw.length());
      int[] rawAt = new int[raw.length() + 1];
      int r = 0;
      while (r < raw.length()) {
        rawAt[decoded.length()] = r;
        int semicolon = raw.charAt(r) == '&' ? raw.indexOf(';', r) : -1;
        if (semicolon > r) {
          decoded.append(Html.unescape(raw.substring(r, semicolon + 1)));
          r = semicolon + 1;
        } else {
          decoded.append(raw.charAt(r++));
        }
      }
      rawAt[decoded.length()] = raw.length();
      sentences.setText(decoded.toString());
      int nextSentence = sentences.following(0);
      for (int b = 1; b < decoded.length(); b++) {
        while (nextSentence != BreakIterator.DONE && nextSentence < b) {
          nextSentence = sentences.next();
        }
        if (Character.isLowSurrogate(decoded.charAt(b))
            && Character.isHighSurrogate(decoded.charAt(b - 1))) {
          continue;
        }
        boolean atWord =
            Character.isWhitespace(decoded.charAt(b - 1))
                && !Character.isWhitespace(decoded.charAt(b));
        if (!offer(start + rawAt[b], nextSentence == b, atWord)) {
          return false;
        }
      }
      return true;
    }

    /** Records a cut at {@code at} if it fits; false when it does not (nor will any later one). */
    private boolean offer(int at, boolean sentenceEnd, boolean wordEnd) {
      if (at + ELLIPSIS.length() + closing > limit) {
        return false;
      }
      Cut cut = new Cut(at, snapshot);
      any = cut;
      if (wordEnd || sentenceEnd) {
        word = cut;
      }
      if (sentenceEnd) {
        sentence = cut;
      }
      return true;
    }
  }
}
