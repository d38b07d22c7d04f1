package org.balagh.tools.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.ConfidenceModel;

/** Asks every question of a set and scores the answers. */
public final class Evaluation {

  /** How many answers are asked for, so that top-5 can be scored. */
  public static final int DEPTH = 5;

  private Evaluation() {}

  /** One question's outcome. */
  public record Outcome(EvalQuestion question, Answers answers, int rank) {
    /** Whether the question was answered as expected: right at top-1, or rightly abstained. */
    public boolean right() {
      return question.abstain() ? answers.abstained() : rank == 1;
    }

    /**
     * The confidence model's features of its first answer ({@link ConfidenceModel#features}), or
     * null when nothing was found.
     */
    public float[] features() {
      return answers.abstained()
          ? null
          : ConfidenceModel.features(answers.answers().get(0).signals());
    }
  }

  /**
   * The scores of a run. Top-k counts questions whose answer is among the first k quoted sentences,
   * over the questions that have an answer.
   */
  public record Result(
      List<Outcome> outcomes,
      int answerable,
      int top1,
      int top5,
      int unanswerable,
      int rightlyAbstained,
      int abstained,
      double p50Millis,
      double p99Millis) {

    public double top1Rate() {
      return answerable == 0 ? 1 : (double) top1 / answerable;
    }

    public double top5Rate() {
      return answerable == 0 ? 1 : (double) top5 / answerable;
    }

    public double abstentionRate() {
      return outcomes.isEmpty() ? 0 : (double) abstained / outcomes.size();
    }

    public List<Outcome> wrong() {
      return outcomes.stream().filter(o -> !o.right()).toList();
    }
  }

  /**
   * Asks every question once to warm the JVM and the index up, then again, scoring and timing the
   * second round, so that latency figures are those of a running service.
   */
  public static Result run(Archive archive, List<EvalQuestion> questions) {
    for (EvalQuestion question : questions) {
      archive.answer(question.text(), DEPTH);
    }
    List<Outcome> outcomes = new ArrayList<>();
    double[] millis = new double[questions.size()];
    int answerable = 0;
    int top1 = 0;
    int top5 = 0;
    int unanswerable = 0;
    int rightlyAbstained = 0;
    int abstained = 0;
    for (int i = 0; i < questions.size(); i++) {
      EvalQuestion question = questions.get(i);
      Answers answers = archive.answer(question.text(), DEPTH);
      millis[i] = answers.tookMillis();
      int rank = rank(question, answers.answers());
      outcomes.add(new Outcome(question, answers, rank));
      abstained += answers.abstained() ? 1 : 0;
      if (question.abstain()) {
        unanswerable++;
        rightlyAbstained += answers.abstained() ? 1 : 0;
      } else {
        answerable++;
        top1 += rank == 1 ? 1 : 0;
        top5 += rank >= 1 && rank <= DEPTH ? 1 : 0;
      }
    }
    return new Result(
        outcomes,
        answerable,
        top1,
        top5,
        unanswerable,
        rightlyAbstained,
        abstained,
        percentile(millis, 0.50),
        percentile(millis, 0.99));
  }

  /**
   * What a confidence threshold would do, for outcomes gathered with no threshold: the share of
   * answerable questions answered right at top-1, the share abstained on, and the share of
   * unanswerable questions answered anyway.
   */
  public record SweepRow(
      float threshold, double answeredRight, double abstainedAnswerable, double falseAnswers) {}

  public static List<SweepRow> sweep(List<Outcome> outcomes, float[] thresholds) {
    List<SweepRow> rows = new ArrayList<>();
    for (float threshold : thresholds) {
      int answerable = 0;
      int right = 0;
      int abstained = 0;
      int unanswerable = 0;
      int answeredWrongly = 0;
      for (Outcome outcome : outcomes) {
        List<Answer> answers = outcome.answers().answers();
        boolean answers1 = !answers.isEmpty() && answers.get(0).confidence() >= threshold;
        if (outcome.question().abstain()) {
          unanswerable++;
          answeredWrongly += answers1 ? 1 : 0;
        } else {
          answerable++;
          right += answers1 && outcome.rank() == 1 ? 1 : 0;
          abstained += answers1 ? 0 : 1;
        }
      }
      rows.add(
          new SweepRow(
              threshold,
              ratio(right, answerable),
              ratio(abstained, answerable),
              ratio(answeredWrongly, unanswerable)));
    }
    return rows;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** The 1-based rank of the first right sentence, or 0. */
  private static int rank(EvalQuestion question, List<Answer> answers) {
    if (question.abstain()) {
      return 0;
    }
    for (int i = 0; i < answers.size(); i++) {
      if (question.isAnsweredBy(answers.get(i).sentence())) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The nearest-rank percentile. */
  public static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
