package org.balagh.tools.eval;

import java.util.List;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.ConfidenceModel;

/**
 * What a confidence model makes of outcomes gathered without a threshold: as the bot would answer,
 * the first answer shown only when its confidence reaches the model's threshold and the others when
 * theirs reaches {@link ConfidenceModel#FOLLOWING_SHARE} of it; and, apart, the ranking alone.
 *
 * @param answerable questions that have an answer
 * @param ranked1 answerable questions whose first answer, threshold aside, is right
 * @param ranked5 those with a right answer among the first five, threshold aside
 * @param top1 answerable questions answered, the first answer shown right
 * @param top5 answerable questions answered with a right answer among those shown
 * @param declinedAnswerable answerable questions on which it abstains
 * @param unanswerable questions nothing stored answers
 * @param declinedUnanswerable those on which it abstains
 */
public record SetScore(
    int answerable,
    int ranked1,
    int ranked5,
    int top1,
    int top5,
    int declinedAnswerable,
    int unanswerable,
    int declinedUnanswerable) {

  public static SetScore of(List<Evaluation.Outcome> outcomes, ConfidenceModel model) {
    int answerable = 0;
    int ranked1 = 0;
    int ranked5 = 0;
    int top1 = 0;
    int top5 = 0;
    int declinedAnswerable = 0;
    int unanswerable = 0;
    int declinedUnanswerable = 0;
    for (Evaluation.Outcome outcome : outcomes) {
      int shown = shownRank(outcome, model);
      boolean answered = shown != NOT_ANSWERED;
      if (outcome.question().abstain()) {
        unanswerable++;
        declinedUnanswerable += answered ? 0 : 1;
        continue;
      }
      answerable++;
      ranked1 += outcome.rank() == 1 ? 1 : 0;
      ranked5 += outcome.rank() >= 1 ? 1 : 0;
      declinedAnswerable += answered ? 0 : 1;
      top1 += shown == 1 ? 1 : 0;
      top5 += shown >= 1 ? 1 : 0;
    }
    return new SetScore(
        answerable,
        ranked1,
        ranked5,
        top1,
        top5,
        declinedAnswerable,
        unanswerable,
        declinedUnanswerable);
  }

  private static final int NOT_ANSWERED = -1;

  /**
   * The rank, among the answers shown, of the first right one: 0 when none is right, {@link
   * #NOT_ANSWERED} when the model abstains.
   */
  static int shownRank(Evaluation.Outcome outcome, ConfidenceModel model) {
    List<Answer> answers = outcome.answers().answers();
    float threshold = model.threshold(outcome.answers().language());
    if (answers.isEmpty() || model.probability(answers.get(0).signals()) < threshold) {
      return NOT_ANSWERED;
    }
    int shown = 0;
    for (Answer answer : answers) {
      if (shown > 0
          && model.probability(answer.signals()) < ConfidenceModel.FOLLOWING_SHARE * threshold) {
        continue;
      }
      shown++;
      if (!outcome.question().abstain() && outcome.question().isAnsweredBy(answer.sentence())) {
        return shown;
      }
    }
    return 0;
  }

  /** The sum of two scores: a pooled figure. */
  public SetScore plus(SetScore other) {
    return new SetScore(
        answerable + other.answerable,
        ranked1 + other.ranked1,
        ranked5 + other.ranked5,
        top1 + other.top1,
        top5 + other.top5,
        declinedAnswerable + other.declinedAnswerable,
        unanswerable + other.unanswerable,
        declinedUnanswerable + other.declinedUnanswerable);
  }

  public static final SetScore NONE = new SetScore(0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * Each expected value ("ranked1", "ranked5", "top1", "top5" and "declinedUnanswerable" at least,
   * "declinedAnswerable" at most) with what this score has: "top1 0.612 >= 0.6 ok", or "BELOW"
   * where it falls short.
   */
  public List<String> against(java.util.Map<String, Double> expect) {
    List<String> out = new java.util.ArrayList<>();
    for (java.util.Map.Entry<String, Double> e : new java.util.TreeMap<>(expect).entrySet()) {
      double value =
          switch (e.getKey()) {
            case "ranked1" -> rate(ranked1, answerable);
            case "ranked5" -> rate(ranked5, answerable);
            case "top1" -> rate(top1, answerable);
            case "top5" -> rate(top5, answerable);
            case "declinedAnswerable" -> rate(declinedAnswerable, answerable);
            case "declinedUnanswerable" -> rate(declinedUnanswerable, unanswerable);
            default -> throw new IllegalArgumentException("unknown expected value " + e.getKey());
          };
      boolean atMost = e.getKey().equals("declinedAnswerable");
      boolean met = atMost ? value <= e.getValue() + 1e-9 : value + 1e-9 >= e.getValue();
      out.add(
          String.format(
              java.util.Locale.ROOT,
              "%s %.3f %s %s %s",
              e.getKey(),
              value,
              atMost ? "<=" : ">=",
              e.getValue(),
              met ? "ok" : "BELOW"));
    }
    return out;
  }

  /** A count over a whole, or 0 when there is none. */
  public static double rate(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
