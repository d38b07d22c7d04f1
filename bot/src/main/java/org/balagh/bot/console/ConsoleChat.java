package org.balagh.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.search.Answer;
import org.balagh.retrieval.search.Answers;

/** A chat in the terminal: type a question, get the quoted sentence, its title, date and link. */
public final class ConsoleChat {

  /** Unicode isolates, so a right-to-left quote reads right on terminals that do bidi. */
  private static final char RLI = '\u2067';

  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';

  private final Archive archive;
  private final BufferedReader in;
  private final PrintStream out;

  public ConsoleChat(Archive archive, BufferedReader in, PrintStream out) {
    this.archive = archive;
    this.in = in;
    this.out = out;
  }

  public void run() throws IOException {
    out.printf(
        "Balagh — %d statements, %d sentences. Ask in Arabic, English or French;"
            + " /quit to leave.%n",
        archive.info().statements(), archive.info().sentences());
    out.println("e.g.  ما موقف كازاخستان من مخطط الحكم الذاتي؟");
    out.println("      What did the C5+1 leaders say about Afghanistan?");
    while (true) {
      out.print("› ");
      out.flush();
      String line = in.readLine();
      if (line == null || line.strip().equals("/quit")) {
        out.println();
        return;
      }
      if (line.isBlank()) {
        continue;
      }
      out.println(format(archive.answer(line, 1)));
    }
  }

  static String format(Answers answers) {
    if (answers.abstained()) {
      return "  No stored statement answers that. Try naming the country or rephrasing.\n";
    }
    StringBuilder text = new StringBuilder();
    for (Answer answer : answers.answers()) {
      String date = answer.statement().displayDate();
      text.append("  ")
          .append(isolate(answer.sentence().replaceAll("\\s+", " ")))
          .append('\n')
          .append("  — ")
          .append(isolate(answer.statement().displayTitle()))
          .append(date.isEmpty() ? "" : " · " + date)
          .append('\n')
          .append("  ")
          .append(answer.statement().url())
          .append('\n');
    }
    return text.toString();
  }

  private static String isolate(String text) {
    boolean rtl =
        text.codePoints()
            .anyMatch(
                c ->
                    Character.getDirectionality(c)
                        == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    return (rtl ? RLI : FSI) + text + PDI;
  }
}
