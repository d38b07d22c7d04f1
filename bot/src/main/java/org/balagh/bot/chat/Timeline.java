package org.balagh.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.StatementInfo;

/**
 * {@code /country <name>}: the statements involving a country, newest first under their years, a
 * page at a time with Older and Newer buttons. A page holds at most {@link #PAGE} statements, and
 * fewer when their titles would not fit in one message.
 */
final class Timeline {

  static final int PAGE = 10;

  /** Room kept under the list for the line that says which statements the page shows. */
  private static final int FOOTER = 120;

  private final Archive archive;
  private final CountryArgument countries;

  Timeline(Archive archive, CountryArgument countries) {
    this.archive = archive;
    this.countries = countries;
  }

  /** The newest page for the country a user named, or how to name one. */
  Shown first(String argument, Lang ui) {
    if (argument.isBlank()) {
      return Shown.of(Phrase.COUNTRY_EMPTY.in(ui));
    }
    Optional<String> code = countries.one(argument);
    if (code.isEmpty()) {
      return Shown.of(Phrase.UNKNOWN_COUNTRY.in(ui, CountryArgument.shown(argument)));
    }
    List<StatementInfo> statements = archive.latest(code.get(), Integer.MAX_VALUE);
    if (statements.isEmpty()) {
      return Shown.of(Phrase.LATEST_NONE.in(ui, Html.escape(countries.name(code.get(), ui))));
    }
    return page(code.get(), statements, 0, ui);
  }

  /** The page a button asks for, in place of the one it is under. */
  List<Reply> press(Incoming.Press press, CallbackData.Timeline wanted) {
    Lang ui = press.sender().lang();
    List<StatementInfo> statements =
        countries.known(wanted.country())
            ? archive.latest(wanted.country(), Integer.MAX_VALUE)
            : List.of();
    if (wanted.offset() >= statements.size() || press.messageId() <= 0) {
      return List.of(new Reply.Toast(press.callbackId(), Phrase.STALE_BUTTON.in(ui)));
    }
    Shown shown = page(wanted.country(), statements, wanted.offset(), ui);
    return List.of(
        new Reply.Edit(press.chat().id(), press.messageId(), shown.html(), shown.keyboard()),
        new Reply.Toast(press.callbackId(), ""));
  }

  private Shown page(String code, List<StatementInfo> statements, int start, Lang ui) {
    String head =
        Phrase.TIMELINE_OF.in(ui, Html.escape(countries.name(code, ui)), statements.size());
    int room = HtmlCutter.LIMIT - head.length() - FOOTER;
    int end = start + 1;
    while (end < statements.size()
        && end - start < PAGE
        && length(statements, start, end + 1, ui) <= room) {
      end++;
    }
    StringBuilder html = new StringBuilder(head);
    for (int i = start; i < end; i++) {
      html.append(item(statements, start, i, ui));
    }
    int total = statements.size();
    if (start > 0 || end < total) {
      html.append("\n\n").append(Phrase.TIMELINE_RANGE.in(ui, start + 1, end, total));
      if (end < total) {
        html.append(Phrase.TIMELINE_OLDER.in(ui, total - end));
      }
    }
    List<Button> moves = new ArrayList<>();
    if (start > 0) {
      int newer = start - 1;
      while (newer > 0
          && start - newer < PAGE
          && length(statements, newer - 1, start, ui) <= room) {
        newer--;
      }
      moves.add(button(Phrase.NEWER, Button.Kind.NEWER, code, newer, ui));
    }
    if (end < total) {
      moves.add(button(Phrase.OLDER, Button.Kind.OLDER, code, end, ui));
    }
    return new Shown(HtmlCutter.cut(html.toString()), new Keyboard(List.of(moves)));
  }

  /** The length of a page's items {@code [from, to)}. */
  private static int length(List<StatementInfo> statements, int from, int to, Lang ui) {
    int length = 0;
    for (int i = from; i < to; i++) {
      length += item(statements, from, i, ui).length();
    }
    return length;
  }

  /**
   * Statement {@code i} of a page starting at {@code first}: under its year's heading when it is
   * the first of the page or of its year; its date in front when there is more to it than the year.
   */
  private static String item(List<StatementInfo> statements, int first, int i, Lang ui) {
    StatementInfo statement = statements.get(i);
    String group = group(statement, ui);
    String heading =
        i == first || !Objects.equals(group, group(statements.get(i - 1), ui))
            ? "\n\n<b>" + Html.escape(group) + "</b>"
            : "";
    String date = statement.date() == null ? "" : statement.date() + " · ";
    return heading + "\n" + date + ReplyFormatter.titleLink(statement);
  }

  /** The heading a statement goes under: its year, or "undated". */
  private static String group(StatementInfo statement, Lang ui) {
    if (statement.date() != null) {
      return String.valueOf(statement.date().getYear());
    }
    return statement.year() == null ? Phrase.NO_YEAR.in(ui) : String.valueOf(statement.year());
  }

  private static Button button(Phrase label, Button.Kind kind, String code, int offset, Lang ui) {
    return new Button(
        label.in(ui), kind, CallbackData.encode(new CallbackData.Timeline(code, offset)));
  }
}
