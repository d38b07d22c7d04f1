package org.balagh.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.StatementInfo;

/**
 * Writes replies as Telegram HTML: corpus and user text escaped, only Telegram's tags, and at most
 * {@link HtmlCutter#LIMIT} UTF-16 units. The quote stays in its own language, which is named, and
 * marked as the original when it is not the interface language.
 */
final class ReplyFormatter {

  private static final int SHORT_URL = 50;
  private static final int INLINE_TITLE = 100;
  private static final int TITLE = 300;

  /** A reporter's question shown before a reply is cut to this many characters. */
  private static final int ASKED = 300;

  private final CountryArgument countries;

  ReplyFormatter(CountryArgument countries) {
    this.countries = countries;
  }

  /**
   * An answer: the sentence in a blockquote; the reporter's question it replies to, if it does; who
   * said it; then title, date, language and the source link. When too long, the quote is what gets
   * cut, so the source link always stays.
   */
  String answer(Answer answer, int index, int total, Lang ui) {
    String place = total > 1 ? Phrase.ANSWER_OF.in(ui, index + 1, total) : "";
    return quoted(
        quote(answer),
        "",
        attribution(answer, ui, true) + source(answer, place, ui),
        HtmlCutter.LIMIT);
  }

  /**
   * An answer alone, in at most {@code room} units: one side of a comparison, which names its
   * country already.
   */
  String answer(Answer answer, Lang ui, int room) {
    return quoted(quote(answer), "", attribution(answer, ui, false) + source(answer, "", ui), room);
  }

  /**
   * What the reply says of who speaks: the question a reply answers, whom the sentence quotes, and
   * the speaker of its turn ("Said by Ms. Psaki"), or, outside transcripts, the countries the
   * statement speaks for ("Issued by Morocco, Kazakhstan") when {@code issuer}; empty when neither
   * is known.
   */
  private String attribution(Answer answer, Lang ui, boolean issuer) {
    StringBuilder html = new StringBuilder();
    String asked = answer.attribution().askedBy();
    if (!asked.isEmpty()) {
      html.append('\n')
          .append(Phrase.ASKED.in(ui, Html.escape(HtmlCutter.cut(oneLine(asked), ASKED))));
    }
    String quoting = answer.attribution().quoting();
    if (!quoting.isEmpty()) {
      html.append('\n').append(Phrase.QUOTING.in(ui, Html.escape(quoting)));
    }
    String speaker = answer.attribution().speaker();
    List<String> speakers = answer.statement().speakers();
    if (!speaker.isEmpty()) {
      html.append('\n').append(Phrase.SAID_BY.in(ui, Html.escape(speakerName(speaker))));
    } else if (issuer && !speakers.isEmpty()) {
      List<String> names = speakers.stream().map(code -> countries.name(code, ui)).toList();
      html.append('\n').append(Phrase.ISSUED_BY.in(ui, Html.escape(ui.join(names))));
    }
    return html.toString();
  }

  /** A transcript's label as a name: "MS. PSAKI" reads "Ms. Psaki"; mixed case stays as written. */
  static String speakerName(String label) {
    if (!label.equals(label.toUpperCase(Locale.ROOT))) {
      return label;
    }
    StringBuilder name = new StringBuilder();
    boolean start = true;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      name.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '’' && c != '\'';
    }
    return name.toString();
  }

  private static String quote(Answer answer) {
    return Html.escape(oneLine(answer.sentence()));
  }

  /**
   * What follows a quote: title; date, language and {@code place}; the link, and whether it leads
   * to a whole collection rather than the statement.
   */
  private static String source(Answer answer, String place, Lang ui) {
    StatementInfo statement = answer.statement();
    List<String> facts = new ArrayList<>();
    if (!statement.displayDate().isEmpty()) {
      facts.add(statement.displayDate());
    }
    String language = quoteLanguage(statement.language(), ui);
    if (!language.isEmpty()) {
      facts.add(language);
    }
    if (!place.isEmpty()) {
      facts.add(place);
    }
    return "\n— <b>"
        + title(statement)
        + "</b>\n"
        + (facts.isEmpty() ? "" : Html.escape(String.join(" · ", facts)) + "\n")
        + link(statement.url())
        + (statement.urlIsCollection() ? " (" + Phrase.COLLECTION.in(ui) + ")" : "");
  }

  /** The sentences around an answer, the answer's own in bold; the quote is cut when too long. */
  String context(StatementInfo statement, List<String> sentences, int center, Lang ui) {
    StringBuilder quote = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = Html.escape(oneLine(sentences.get(i)));
      quote.append(i == 0 ? "" : " ").append(i == center ? "<b>" + sentence + "</b>" : sentence);
    }
    String date = statement.displayDate();
    String head =
        "<b>"
            + title(statement)
            + "</b>"
            + (date.isEmpty() ? "" : " · " + Html.escape(date))
            + "\n";
    return quoted(quote.toString(), head, "\n" + link(statement.url()), HtmlCutter.LIMIT);
  }

  /**
   * {@code head}, the quote in a blockquote cut to what {@code limit} leaves, then {@code tail}.
   */
  private static String quoted(String quote, String head, String tail, int limit) {
    String open = "<blockquote>";
    String close = "</blockquote>";
    int room = limit - head.length() - open.length() - close.length() - tail.length();
    return HtmlCutter.cut(
        head + open + HtmlCutter.cut(quote, Math.max(room, 1)) + close + tail, limit);
  }

  /** A numbered list of statements: linked title and date. */
  String statements(String header, List<StatementInfo> statements) {
    StringBuilder html = new StringBuilder(header);
    int n = 1;
    for (StatementInfo statement : statements) {
      String date = statement.displayDate();
      html.append('\n')
          .append(n++)
          .append(". ")
          .append(titleLink(statement))
          .append(date.isEmpty() ? "" : " · " + Html.escape(date));
    }
    return HtmlCutter.cut(html.toString());
  }

  /** A statement's title linked to its source. */
  static String titleLink(StatementInfo statement) {
    return "<a href=\"" + Html.attribute(statement.url()) + "\">" + title(statement) + "</a>";
  }

  /** A statement's title, escaped, and cut when it is very long. */
  private static String title(StatementInfo statement) {
    return HtmlCutter.cut(Html.escape(oneLine(statement.displayTitle())), TITLE);
  }

  /** Plain text for an inline result's title: the start of the sentence. */
  String inlineTitle(Answer answer) {
    return clip(oneLine(answer.sentence()), INLINE_TITLE);
  }

  /** Plain text for an inline result's description: title and date. */
  String inlineDescription(Answer answer) {
    String date = answer.statement().displayDate();
    return clip(oneLine(answer.statement().displayTitle()), INLINE_TITLE)
        + (date.isEmpty() ? "" : " · " + date);
  }

  private static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  /**
   * A quote's language for the line under it: its name when the reader's interface speaks it
   * ("English"), else marked as the original ("Arabic original", «النص الأصلي بالإنجليزية»).
   */
  static String quoteLanguage(String code, Lang ui) {
    String name = languageName(code, ui);
    if (name.isEmpty() || ui.code().equals(code)) {
      return name;
    }
    if (ui == Lang.AR) {
      // Arabic says "in Arabic" with the preposition bound to the article: بالعربية.
      name = name.startsWith("ال") ? "ب" + name : "باللغة " + name;
    }
    return Phrase.ORIGINAL.in(ui, name);
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
