package org.balagh.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balagh.retrieval.index.StatementInfo;
import org.balagh.retrieval.search.Answer;

/**
 * Writes replies as Telegram HTML: corpus and user text escaped, only Telegram's tags, and at most
 * {@link HtmlCutter#LIMIT} UTF-16 units. The quote stays in its own language, which is named.
 */
final class ReplyFormatter {

  private static final int SHORT_URL = 50;
  private static final int INLINE_TITLE = 100;

  /** An answer: the sentence in a blockquote, then title, date, language and the source link. */
  String answer(Answer answer, int index, int total, Lang ui) {
    StatementInfo statement = answer.statement();
    List<String> facts = new ArrayList<>();
    if (!statement.displayDate().isEmpty()) {
      facts.add(statement.displayDate());
    }
    String language = languageName(statement.language(), ui);
    if (!language.isEmpty()) {
      facts.add(language);
    }
    if (total > 1) {
      facts.add(Phrase.ANSWER_OF.in(ui, index + 1, total));
    }
    String html =
        "<blockquote>"
            + Html.escape(oneLine(answer.sentence()))
            + "</blockquote>\n— <b>"
            + Html.escape(oneLine(statement.displayTitle()))
            + "</b>\n"
            + (facts.isEmpty() ? "" : Html.escape(String.join(" · ", facts)) + "\n")
            + link(statement.url());
    return HtmlCutter.cut(html);
  }

  /** The sentences around an answer, the answer's own in bold. */
  String context(StatementInfo statement, List<String> sentences, int center, Lang ui) {
    StringBuilder quote = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = Html.escape(oneLine(sentences.get(i)));
      quote.append(i == 0 ? "" : " ").append(i == center ? "<b>" + sentence + "</b>" : sentence);
    }
    String date = statement.displayDate();
    String html =
        "<b>"
            + Html.escape(oneLine(statement.displayTitle()))
            + "</b>"
            + (date.isEmpty() ? "" : " · " + Html.escape(date))
            + "\n<blockquote>"
            + quote
            + "</blockquote>\n"
            + link(statement.url());
    return HtmlCutter.cut(html);
  }

  /** A numbered list of statements: linked title and date. */
  String statements(String header, List<StatementInfo> statements) {
    StringBuilder html = new StringBuilder(header);
    int n = 1;
    for (StatementInfo statement : statements) {
      String date = statement.displayDate();
      html.append('\n')
          .append(n++)
          .append(". <a href=\"")
          .append(Html.attribute(statement.url()))
          .append("\">")
          .append(Html.escape(oneLine(statement.displayTitle())))
          .append("</a>")
          .append(date.isEmpty() ? "" : " · " + Html.escape(date));
    }
    return HtmlCutter.cut(html.toString());
  }

  /** Plain text for an inline result's title: the start of the sentence. */
  String inlineTitle(Answer answer) {
    String sentence = oneLine(answer.sentence());
    return sentence.length() <= INLINE_TITLE
        ? sentence
        : sentence.substring(0, INLINE_TITLE - 1).stripTrailing() + "…";
  }

  /** Plain text for an inline result's description: title and date. */
  String inlineDescription(Answer answer) {
    String date = answer.statement().displayDate();
    return oneLine(answer.statement().displayTitle()) + (date.isEmpty() ? "" : " · " + date);
  }

  /** A language's name in the interface language, or empty for codes the JDK does not know. */
  static String languageName(String code, Lang ui) {
    if (code == null || code.isBlank() || code.equals("und")) {
      return "";
    }
    Locale locale = Locale.forLanguageTag(code);
    String name = locale.getDisplayLanguage(ui.locale());
    return name.isEmpty() || name.equalsIgnoreCase(code) ? "" : name;
  }

  static String link(String url) {
    String shown = url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
    if (shown.length() > SHORT_URL) {
      shown = shown.substring(0, SHORT_URL - 1) + "…";
    }
    return "<a href=\"" + Html.attribute(url) + "\">" + Html.escape(shown) + "</a>";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
