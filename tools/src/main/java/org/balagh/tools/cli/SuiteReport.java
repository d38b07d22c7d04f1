package org.balagh.tools.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.balagh.retrieval.model.ConfidenceModel;
import org.balagh.tools.eval.ConfidenceFit;
import org.balagh.tools.eval.Evaluation;
import org.balagh.tools.eval.SetScore;
import org.balagh.tools.eval.Suite;

/**
 * Prints a suite's figures, as a confidence model makes them, next to the values the manifest
 * expects; says whether every one is met.
 */
final class SuiteReport {

  private final PrintStream out;

  SuiteReport(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints one row a set and one a group whose sets were all asked; true when every expected value
   * is met.
   */
  boolean print(Suite suite, List<Suite.SetRun> runs, ConfidenceModel model, boolean show) {
    out.printf(
        Locale.ROOT,
        "confidence thresholds %s; ranked@k: threshold aside; top-k: as answered, a decline a"
            + " miss%n",
        model.thresholds());
    out.printf(
        Locale.ROOT,
        "%-22s %5s %9s %9s %7s %7s %14s %16s %7s  %s%n",
        "set",
        "asked",
        "ranked@1",
        "ranked@5",
        "top-1",
        "top-5",
        "declined ans.",
        "declined unans.",
        "p50 ms",
        "expected");
    boolean ok = true;
    for (Suite.SetRun run : runs) {
      SetScore score = SetScore.of(run.outcomes(), model);
      String verdict = verdict(score, run.spec().expect());
      ok &= !verdict.contains("BELOW");
      row(run.spec().name(), score, run.p50(), verdict);
      if (show) {
        wrong(run, model);
      }
    }
    List<String> asked = runs.stream().map(run -> run.spec().name()).toList();
    for (Suite.Group group : suite.groups()) {
      if (!asked.containsAll(group.sets())) {
        // With --only, a pool of some of its sets is not the figure its expectation is for.
        out.printf("%s: not scored, not every one of its sets was asked%n", group.name());
        continue;
      }
      SetScore pooled = SetScore.NONE;
      for (Suite.SetRun run : runs) {
        if (group.sets().contains(run.spec().name())) {
          pooled = pooled.plus(SetScore.of(run.outcomes(), model));
        }
      }
      String verdict = verdict(pooled, group.expect());
      ok &= !verdict.contains("BELOW");
      row(group.name(), pooled, Double.NaN, verdict);
    }
    calibration(runs, model);
    out.println(ok ? "PASS" : "FAIL: below the expected values");
    return ok;
  }

  /**
   * The decision to answer at the model's thresholds, by the question's language: on the questions
   * of the sets marked fit, and on the other sets' questions that no fitted set asks with the same
   * expectation (XQuAD's whole sets hold their fitted halves' answerable questions too: those are
   * left out; held out within the fitted sets, the folds of {@code --fit-confidence} say the rest).
   */
  void calibration(List<Suite.SetRun> runs, ConfidenceModel model) {
    Set<String> fitted = new HashSet<>();
    for (Suite.SetRun run : runs) {
      if (run.spec().fit()) {
        run.outcomes().forEach(o -> fitted.add(key(o)));
      }
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (Suite.SetRun run : runs) {
      for (Evaluation.Outcome o : run.outcomes()) {
        if (!run.spec().fit() && fitted.contains(key(o))) {
          continue;
        }
        String group = (run.spec().fit() ? "fitted on" : "held back") + " " + language(o);
        int[] c = counts.computeIfAbsent(group, g -> new int[5]);
        boolean answered = answered(o, model);
        if (o.question().abstain()) {
          c[3]++;
          c[4] += answered ? 1 : 0;
        } else {
          c[0]++;
          if (answered) {
            c[o.rank() == 1 ? 1 : 2]++;
          }
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "by language at the threshold (right: answered with a right sentence first)%n"
            + "%-14s %10s %7s %7s %9s %12s %9s%n",
        "questions",
        "answerable",
        "right",
        "wrong",
        "declined",
        "unanswerable",
        "answered");
    counts.forEach(
        (group, c) ->
            out.printf(
                Locale.ROOT,
                "%-14s %10d %7s %7s %9s %12d %9s%n",
                group,
                c[0],
                rate(c[1], c[0]),
                rate(c[2], c[0]),
                rate(c[0] - c[1] - c[2], c[0]),
                c[3],
                rate(c[4], c[3])));
  }

  private static String key(Evaluation.Outcome o) {
    return o.question().abstain() + "\t" + o.question().text();
  }

  private static String language(Evaluation.Outcome o) {
    String language = o.answers().language();
    return language == null ? "?" : language;
  }

  private static boolean answered(Evaluation.Outcome o, ConfidenceModel model) {
    return !o.answers().abstained()
        && model.probability(o.answers().answers().get(0).signals())
            >= model.threshold(o.answers().language());
  }

  private void row(String name, SetScore s, double p50, String verdict) {
    out.printf(
        Locale.ROOT,
        "%-22s %5d %9s %9s %7s %7s %14s %16s %7s  %s%n",
        name,
        s.answerable() + s.unanswerable(),
        rate(s.ranked1(), s.answerable()),
        rate(s.ranked5(), s.answerable()),
        rate(s.top1(), s.answerable()),
        rate(s.top5(), s.answerable()),
        s.answerable() == 0 ? "-" : s.declinedAnswerable() + "/" + s.answerable(),
        s.unanswerable() == 0 ? "-" : s.declinedUnanswerable() + "/" + s.unanswerable(),
        Double.isNaN(p50) ? "" : String.format(Locale.ROOT, "%.2f", p50),
        verdict);
  }

  private static String rate(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", SetScore.rate(part, whole));
  }

  /** Each expected value with "ok" or "BELOW". */
  static String verdict(SetScore s, Map<String, Double> expect) {
    return String.join(", ", s.against(expect));
  }

  private void wrong(Suite.SetRun run, ConfidenceModel model) {
    for (Evaluation.Outcome o : run.outcomes()) {
      boolean answered = answered(o, model);
      boolean right = o.question().abstain() ? !answered : answered && o.rank() == 1;
      if (!right) {
        out.printf(
            "  wrong %s [rank %d%s] %s%n      got: %s%n",
            o.question().id(),
            o.rank(),
            answered ? "" : ", declined",
            o.question().text(),
            o.answers().abstained()
                ? "(nothing)"
                : o.answers().answers().get(0).sentence().replaceAll("\\s+", " "));
      }
    }
  }

  /** Prints the folds of a fit and the model. */
  void fit(ConfidenceFit.Result fit) {
    out.printf(
        "confidence fitted on %d questions of the sets marked fit; held-out folds:%n",
        fit.examples());
    out.printf(
        "%-6s %22s %22s  %s%n",
        "fold", "answerable answered", "unanswerable declined", "thresholds");
    double minA = 1;
    double maxA = 0;
    double minD = 1;
    double maxD = 0;
    for (int i = 0; i < fit.folds().size(); i++) {
      ConfidenceFit.Fold f = fit.folds().get(i);
      out.printf(
          Locale.ROOT,
          "%-6d %22.3f %22.3f  %s%n",
          i + 1,
          f.answered(),
          f.declined(),
          f.thresholds());
      minA = Math.min(minA, f.answered());
      maxA = Math.max(maxA, f.answered());
      minD = Math.min(minD, f.declined());
      maxD = Math.max(maxD, f.declined());
    }
    out.printf(
        Locale.ROOT, "spread: answered %.3f-%.3f, declined %.3f-%.3f%n", minA, maxA, minD, maxD);
    out.print(fit.model().format());
  }
}
