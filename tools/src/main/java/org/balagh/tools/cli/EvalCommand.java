package org.balagh.tools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.util.IOUtils;
import org.balagh.bot.console.Terminal;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.ConfidenceModel;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.Tuning;
import org.balagh.tools.eval.ConfidenceFit;
import org.balagh.tools.eval.EvalQuestion;
import org.balagh.tools.eval.Evaluation;
import org.balagh.tools.eval.QuestionFiles;
import org.balagh.tools.eval.SignalsFile;
import org.balagh.tools.eval.SquadSet;
import org.balagh.tools.eval.Suite;
import org.balagh.tools.eval.Weights;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code balagh eval}: asks a question set and prints top-1, top-5, abstention and latency next to
 * the expected values; exits 1 when a figure falls below its expectation.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores the answers to a question set; exits 1 below the expected values.")
final class EvalCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin DataOptions data = new DataOptions();

  @ArgGroup(exclusive = true, multiplicity = "1")
  Set set;

  static final class Set {
    @Option(
        names = "--questions",
        paramLabel = "FILE",
        split = ",",
        description = "JSON-lines questions (id, lang, q, expect | abstain) over the data folder.")
    List<Path> questions;

    @Option(
        names = "--squad",
        paramLabel = "FILE",
        description = "A SQuAD-format file (such as ARCD): its paragraphs become the statements.")
    Path squad;

    @Option(
        names = "--suite",
        paramLabel = "FILE",
        description =
            "A manifest of sets (tools/src/test/resources/eval/suite.json): every set, with"
                + " its expected values.")
    Path suite;
  }

  @Option(
      names = "--squad-lang",
      paramLabel = "LANG",
      defaultValue = "ar",
      description = "With --squad: the language of its paragraphs (default: ${DEFAULT-VALUE}).")
  String squadLanguage;

  @Option(
      names = "--only",
      paramLabel = "SET",
      split = ",",
      description = "With --suite: only these sets, by name.")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "With --suite: where the sets' data folders and indexes are built, and kept for the next"
              + " run (default: a temporary folder, removed).")
  Path work;

  @Option(
      names = "--fit-confidence",
      paramLabel = "FILE",
      description =
          "With --suite: fit the confidence model on the sets marked fit, check it by 5-fold"
              + " cross-validation, write it to FILE and score the sets with it.")
  Path fitConfidence;

  @Option(
      names = "--signals",
      paramLabel = "FILE",
      description =
          "With --suite: write each question's set, label, rank and first answer's confidence"
              + " features to FILE (tab-separated), to study the decision to answer.")
  Path signals;

  @Option(
      names = "--min-top1",
      description = "Expected top-1 (default: ${DEFAULT-VALUE}).",
      defaultValue = "0")
  double minTop1;

  @Option(
      names = "--min-top5",
      description = "Expected top-5 (default: ${DEFAULT-VALUE}).",
      defaultValue = "0")
  double minTop5;

  @Option(
      names = "--min-abstain",
      description =
          "Expected share of unanswerable questions abstained on (default: ${DEFAULT-VALUE}).",
      defaultValue = "0")
  double minAbstain;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "With --questions: only the questions asked in this language (ar, en, fr).")
  String language;

  @Option(
      names = "--meaning",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Re-rank English answers by meaning too, embedding the candidates as they are met"
              + " (the bot's answers once its sentences are embedded); --no-meaning: lexical"
              + " alone. Default: on.")
  boolean meaning = true;

  @Option(names = "--show", description = "List the questions answered wrongly.")
  boolean show;

  @Option(
      names = "--unanswerable-squad",
      paramLabel = "FILE",
      description =
          "With --squad: also ask this SQuAD file's questions about other articles,"
              + " which must be abstained on.")
  Path unanswerableSquad;

  @Option(
      names = "--weight",
      paramLabel = "NAME=VALUE",
      description =
          "Runs with one of the ranking's weights changed, to measure it (repeatable): a"
              + " component of Tuning or bm25.COMPONENT of Bm25, e.g. --weight around=0.25.")
  Map<String, String> weights = new LinkedHashMap<>();

  @Option(
      names = "--sweep",
      description =
          "Print, for confidence thresholds from 0 to 0.95, the share of answerable"
              + " questions answered right and abstained on, and of unanswerable ones answered.")
  boolean sweep;

  EvalCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Spec CommandSpec spec;

  /** The default weights with those of {@code --weight}, read at the start of {@link #call}. */
  private Tuning weighted = Tuning.DEFAULTS;

  @Override
  public Integer call() throws IOException {
    try {
      weighted = Weights.apply(Tuning.DEFAULTS, weights);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--weight: " + e.getMessage());
    }
    if (set.suite != null) {
      return suite();
    }
    if (set.squad != null) {
      Path scratch = Files.createTempDirectory("balagh-eval-");
      try {
        SquadSet squad = SquadSet.read(set.squad, squadLanguage);
        squad.writeDataFolder(scratch.resolve("data"));
        List<EvalQuestion> questions = new ArrayList<>(squad.questions());
        if (unanswerableSquad != null) {
          questions.addAll(SquadSet.read(unanswerableSquad, squadLanguage).unanswerableOver(squad));
        }
        try (Archive archive =
            Archive.open(scratch.resolve("data"), scratch.resolve("index"), tuning(), mode())) {
          archive.reload();
          Suite.awaitModel(archive);
          terminal
              .out()
              .printf(
                  "set: %s (%d questions over %d paragraphs)%n",
                  set.squad, questions.size(), squad.paragraphs().size());
          return report(Evaluation.run(archive, questions));
        }
      } finally {
        IOUtils.rm(scratch);
      }
    }
    List<EvalQuestion> questions = new ArrayList<>();
    for (Path file : set.questions) {
      for (EvalQuestion question : QuestionFiles.read(file)) {
        if (language == null || language.equals(question.language())) {
          questions.add(question);
        }
      }
    }
    try (Archive archive = data.open(terminal, tuning(), mode())) {
      Suite.awaitModel(archive);
      terminal
          .out()
          .printf(
              "set: %s (%d questions) over %s%n",
              set.questions, questions.size(), data.folder(terminal));
      return report(Evaluation.run(archive, questions));
    }
  }

  private int suite() throws IOException {
    Suite suite = Suite.read(set.suite);
    Path folder = work == null ? Files.createTempDirectory("balagh-suite-") : work;
    try {
      Files.createDirectories(folder);
      if (!weights.isEmpty()) {
        terminal.out().println("weights changed: " + weights);
      }
      List<Suite.SetRun> runs = suite.run(data.folder(terminal), folder, weighted, only, mode());
      ConfidenceModel model = Tuning.DEFAULTS.confidence();
      if (signals != null) {
        SignalsFile.write(runs, signals);
      }
      SuiteReport report = new SuiteReport(terminal.out());
      if (fitConfidence != null) {
        ConfidenceFit.Result fit = ConfidenceFit.fit(runs, 5, 20261204L);
        report.fit(fit);
        Files.writeString(
            fitConfidence,
            "# Fitted by balagh eval --suite "
                + set.suite
                + " --fit-confidence (see ConfidenceModel)\n"
                + fit.model().format());
        model = fit.model();
      }
      return report.print(suite, runs, model, show) ? 0 : 1;
    } finally {
      if (work == null) {
        IOUtils.rm(folder);
      }
    }
  }

  private MeaningMode mode() {
    return meaning ? MeaningMode.ON_DEMAND : MeaningMode.OFF;
  }

  /**
   * The default weights, with those changed by {@code --weight}; for a sweep, with no threshold, so
   * every confidence is seen.
   */
  private Tuning tuning() {
    return sweep ? weighted.withMinConfidence(0f) : weighted;
  }

  private int sweep(Evaluation.Result result) {
    float inUse = Tuning.DEFAULTS.minConfidence(language == null ? "en" : language);
    // Every twentieth, and the threshold in use, wherever it falls between them.
    java.util.TreeSet<Float> grid = new java.util.TreeSet<>();
    for (int i = 0; i < 20; i++) {
      grid.add(i * 0.05f);
    }
    grid.add(inUse);
    float[] thresholds = new float[grid.size()];
    int at = 0;
    for (float threshold : grid) {
      thresholds[at++] = threshold;
    }
    terminal
        .out()
        .printf(
            Locale.ROOT,
            "%d answerable, %d unanswerable questions; threshold in use %.2f%n",
            result.answerable(),
            result.unanswerable(),
            inUse);
    terminal
        .out()
        .printf(
            "%-10s %14s %14s %14s%n", "threshold", "answered right", "abstained", "false answers");
    for (Evaluation.SweepRow row : Evaluation.sweep(result.outcomes(), thresholds)) {
      terminal
          .out()
          .printf(
              Locale.ROOT,
              "%-10.2f %14.3f %14.3f %14.3f%s%n",
              row.threshold(),
              row.answeredRight(),
              row.abstainedAnswerable(),
              row.falseAnswers(),
              Math.abs(row.threshold() - inUse) < 1e-6 ? "  <- in use" : "");
    }
    return 0;
  }

  private int report(Evaluation.Result result) {
    if (sweep) {
      return sweep(result);
    }
    boolean ok = true;
    terminal.out().printf("%-22s %8s %10s%n", "metric", "value", "expected");
    ok &= row("top-1", result.top1Rate(), minTop1, result.answerable());
    ok &= row("top-5", result.top5Rate(), minTop5, result.answerable());
    double abstainedRightly =
        result.unanswerable() == 0 ? 1 : (double) result.rightlyAbstained() / result.unanswerable();
    ok &= row("abstained rightly", abstainedRightly, minAbstain, result.unanswerable());
    terminal.out().printf(Locale.ROOT, "%-22s %8.3f%n", "abstention rate", result.abstentionRate());
    terminal.out().printf(Locale.ROOT, "%-22s %8.3f%n", "p50 took_ms", result.p50Millis());
    terminal.out().printf(Locale.ROOT, "%-22s %8.3f%n", "p99 took_ms", result.p99Millis());
    if (show) {
      for (Evaluation.Outcome outcome : result.wrong()) {
        String got =
            outcome.answers().abstained()
                ? "(abstained)"
                : outcome.answers().answers().get(0).sentence().replaceAll("\\s+", " ");
        terminal
            .out()
            .printf(
                "wrong %s [rank %d] %s%n    expected: %s%n    got: %s%n",
                outcome.question().id(),
                outcome.rank(),
                outcome.question().text(),
                outcome.question().abstain() ? "(abstain)" : outcome.question().expect(),
                got);
      }
    }
    terminal.out().println(ok ? "PASS" : "FAIL: below the expected values");
    return ok ? 0 : 1;
  }

  private boolean row(String name, double value, double expected, int over) {
    boolean ok = value + 1e-9 >= expected;
    terminal
        .out()
        .printf(
            Locale.ROOT,
            "%-22s %8.3f %10s %s (of %d)%n",
            name,
            value,
            expected > 0 ? ">= " + expected : "-",
            ok ? "ok" : "BELOW",
            over);
    return ok;
  }
}
