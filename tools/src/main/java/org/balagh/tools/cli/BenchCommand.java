package org.balagh.tools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.balagh.bot.console.Terminal;
import org.balagh.tools.bench.Bench;
import org.balagh.tools.bench.Machine;
import org.balagh.tools.bench.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code balagh bench}: Balagh and SQLite FTS5 on the same corpora and questions, side by side;
 * writes a Markdown table and the same figures in JSON. By hand: the large corpora are the shared
 * archives, and a full run takes half an hour. {@code --smoke} runs every step on the bundled
 * corpus in seconds, to keep the command working.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures Balagh against SQLite FTS5 (latency, throughput, indexing, reload, memory) and"
            + " writes BENCHMARKS.md and BENCHMARKS.json. Run from the repository root.")
final class BenchCommand implements Callable<Integer> {

  /** The corpora the brief names, from the shared folder's archives. */
  static final String BUNDLED = "bundled";

  static final String WHITEHOUSE = "whitehouse";
  static final String ALL = "whitehouse+ungdc";

  private static final String EVAL = "tools/src/test/resources/eval/";

  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Option(
      names = "--corpus",
      split = ",",
      paramLabel = "NAME",
      description =
          "Corpora to measure: "
              + BUNDLED
              + " (the data folder), "
              + WHITEHOUSE
              + " (the 14,396 briefing-room documents), "
              + ALL
              + " (those and the UN General Debates 1946-2024). Default: all three; with"
              + " --smoke, bundled.")
  List<String> corpora;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      defaultValue = "../shared",
      description = "Where the archives are (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      defaultValue = "target/bench",
      description = "Where imported corpora, indexes and databases go (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--questions",
      split = ",",
      paramLabel = "FILE",
      description = "Question files (id, lang, q, expect | abstain); default: the evaluation sets.")
  List<Path> questions;

  @Option(
      names = "--queries",
      defaultValue = "1200",
      description = "Questions timed on one thread, and again on two (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--warmup",
      paramLabel = "SECONDS",
      defaultValue = "20",
      description = "Questions asked before timing starts (default: ${DEFAULT-VALUE} s).")
  int warmup;

  @Option(
      names = "--budget",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description =
          "A slow engine stops timing after this, once every question was asked (default:"
              + " ${DEFAULT-VALUE} s).")
  int budget;

  @Option(
      names = "--reload-rate",
      paramLabel = "N",
      defaultValue = "50",
      description = "Questions a second asked during the reload (default: ${DEFAULT-VALUE}).")
  int reloadRate;

  @Option(
      names = "--jvm",
      paramLabel = "OPTIONS",
      defaultValue = "-Xmx768m -XX:+UseSerialGC",
      description =
          "Options of the JVMs measured (default: ${DEFAULT-VALUE}, the heap and the collector"
              + " the JVM picks in the container's 1 GiB on 2 cores).")
  String jvm;

  @Option(
      names = "--embed",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description =
          "How long the sentences are embedded, in the background as the bot does, before the"
              + " rate is read and the time for the whole corpus projected from it (default:"
              + " ${DEFAULT-VALUE} s).")
  int embedSeconds;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "BENCHMARKS.md",
      description = "The Markdown table (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      defaultValue = "BENCHMARKS.json",
      description = "The figures in JSON (default: ${DEFAULT-VALUE}).")
  Path json;

  @Option(
      names = "--smoke",
      description = "A run of seconds: the bundled corpus, few questions, short warm-up.")
  boolean smoke;

  BenchCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Path> files = questions != null ? questions : defaultQuestions();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        terminal
            .err()
            .println("bench: no question file " + file + " (run from the repository root)");
        return 2;
      }
    }
    List<Bench.Corpus> chosen = new ArrayList<>();
    for (String name :
        corpora != null ? corpora : smoke ? List.of(BUNDLED) : List.of(BUNDLED, WHITEHOUSE, ALL)) {
      Bench.Corpus corpus = corpus(name);
      if (corpus == null) {
        terminal
            .err()
            .println(
                "bench: no corpus " + name + " (" + BUNDLED + ", " + WHITEHOUSE + ", " + ALL + ")");
        return 2;
      }
      for (Path archive : corpus.archives()) {
        if (!Files.isRegularFile(archive)) {
          terminal.err().println("bench: no archive " + archive + " (see --shared)");
          return 2;
        }
      }
      chosen.add(corpus);
    }
    Bench.Settings settings =
        new Bench.Settings(
            work,
            files,
            smoke ? Math.min(queries, 60) : queries,
            smoke ? Math.min(warmup, 1) : warmup,
            smoke ? Math.min(budget, 5) : budget,
            reloadRate,
            smoke ? Math.min(embedSeconds, 5) : embedSeconds,
            List.of(jvm.strip().split("\\s+")));
    Bench bench = new Bench(settings, terminal.err());
    List<Bench.Measured> measured = new ArrayList<>();
    for (Bench.Corpus corpus : chosen) {
      measured.add(bench.measure(corpus));
    }
    Report report =
        new Report(
            measured,
            files,
            Machine.here(),
            "java -jar tools/target/balagh.jar "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs()),
            settings);
    report.write(out, json);
    terminal.out().print(report.markdown());
    return 0;
  }

  private static List<Path> defaultQuestions() {
    List<Path> files = new ArrayList<>();
    for (String set :
        List.of(
            "dev-questions",
            "balagh-en",
            "balagh-ar",
            "balagh-crosslingual",
            "dev-crosslingual",
            "balagh-unanswerable")) {
      files.add(Path.of(EVAL + set + ".jsonl"));
    }
    return files;
  }

  private Bench.Corpus corpus(String name) {
    Path folder = data.folder(terminal);
    Path whitehouse =
        shared.resolve("corpus/whitehouse/whitehouse_briefing_room_2021_2026.jsonl.gz");
    Path ungdc = shared.resolve("corpus/ungdc/ungdc_1946_2024.jsonl.gz");
    return switch (name) {
      case BUNDLED ->
          new Bench.Corpus(BUNDLED, "the bundled corpus (" + folder + ")", folder, List.of());
      case WHITEHOUSE ->
          new Bench.Corpus(
              WHITEHOUSE, "White House briefing room, 2021-2026", folder, List.of(whitehouse));
      case ALL ->
          new Bench.Corpus(
              ALL,
              "White House briefing room and UN General Debates 1946-2024",
              folder,
              List.of(whitehouse, ungdc));
      default -> null;
    };
  }
}
