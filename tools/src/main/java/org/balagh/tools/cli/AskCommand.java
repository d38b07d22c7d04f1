package org.balagh.tools.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.balagh.bot.console.Terminal;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.Tuning;
import org.balagh.tools.eval.Suite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code balagh ask}: answers one question, or each line of standard input, one line each. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = "Answers QUESTION, or each line of standard input, with the quoted sentence.")
final class AskCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Terminal terminal;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "1",
      description = "Answers per question (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "One JSON object per question.")
  boolean json;

  @Parameters(
      paramLabel = "QUESTION",
      arity = "0..*",
      description = "The question; read from standard input, a line at a time, when absent.")
  List<String> words;

  AskCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    if (top < 1 || top > 50) {
      terminal.err().println("--top must be between 1 and 50");
      return 2;
    }
    // On demand: the answers the bot gives once its sentences are embedded.
    try (Archive archive = data.open(terminal, Tuning.DEFAULTS, MeaningMode.ON_DEMAND)) {
      Suite.awaitModel(archive);
      if (words != null && !words.isEmpty()) {
        print(archive.answer(String.join(" ", words), top));
      } else {
        BufferedReader in = terminal.reader();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          print(archive.answer(line, top));
          terminal.out().flush();
        }
      }
    }
    return 0;
  }

  private void print(Answers answers) throws IOException {
    terminal.out().println(json ? json(answers) : text(answers));
  }

  static String json(Answers answers) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("question", answers.question());
    ArrayNode list = node.putArray("answers");
    for (Answer answer : answers.answers()) {
      ObjectNode item = list.addObject();
      item.put("sentence", answer.sentence());
      item.put("id", answer.statement().id());
      item.put("title", answer.statement().displayTitle());
      String date = answer.statement().displayDate();
      if (date.isEmpty()) {
        item.putNull("date");
      } else {
        item.put("date", date);
      }
      item.put("url", answer.statement().url());
      item.put("score", Math.round(answer.score() * 1000) / 1000.0);
    }
    node.put("took_ms", Math.round(answers.tookMillis() * 1000) / 1000.0);
    return JSON.writeValueAsString(node);
  }

  /** One line: each answer as «sentence» — title, date <url>, separated by " | ". */
  static String text(Answers answers) {
    if (answers.abstained()) {
      return "(no stored statement answers this)";
    }
    StringBuilder line = new StringBuilder();
    for (Answer answer : answers.answers()) {
      if (line.length() > 0) {
        line.append(" | ");
      }
      String date = answer.statement().displayDate();
      line.append('«')
          .append(answer.sentence().replaceAll("\\s+", " "))
          .append("» — ")
          .append(answer.statement().displayTitle())
          .append(date.isEmpty() ? "" : ", " + date)
          .append(" <")
          .append(answer.statement().url())
          .append('>');
    }
    return line.toString();
  }
}
