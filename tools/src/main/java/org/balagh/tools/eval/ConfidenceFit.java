package org.balagh.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.balagh.retrieval.model.ConfidenceModel;

/**
 * Fits the confidence model on outcomes gathered without a threshold, and checks it by k-fold
 * cross-validation. Each question's example is its first answer's features, labelled 1 when a right
 * answer is among the first five (answering helps: the reader finds it) and 0 when nothing stored
 * answers; an answerable question none of whose five answers is right says nothing of confidence
 * and is left out. Every set weighs the same, however many questions it has: ARCD's thousand do not
 * drown the briefings' sixty. The threshold is the one that best balances answering the answerable
 * and declining the rest, each set weighing the same.
 */
public final class ConfidenceFit {

  /** L2 penalty on the weights (not the intercept), against the few sets' idiosyncrasies. */
  static final double PENALTY = 1.0;

  private ConfidenceFit() {}

  /** One question's example. */
  record Example(String set, String language, float[] features, int label, double weight) {}

  /** A fold's held-out figures. */
  public record Fold(double answered, double declined, Map<String, Float> thresholds) {}

  /** The model fitted on all examples, and each fold's held-out figures. */
  public record Result(ConfidenceModel model, List<Fold> folds, int examples) {}

  public static Result fit(List<Suite.SetRun> runs, int folds, long seed) {
    List<Example> examples = examples(runs);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new Random(seed));
    List<Fold> checks = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        (i % folds == f ? test : train).add(examples.get(order.get(i)));
      }
      ConfidenceModel model = fitOn(train);
      double[] rates = rates(test, model);
      checks.add(new Fold(rates[0], rates[1], model.thresholds()));
    }
    return new Result(fitOn(examples), checks, examples.size());
  }

  static List<Example> examples(List<Suite.SetRun> runs) {
    List<Example> out = new ArrayList<>();
    for (Suite.SetRun run : runs) {
      if (!run.spec().fit()) {
        continue;
      }
      List<Example> set = new ArrayList<>();
      for (Evaluation.Outcome outcome : run.outcomes()) {
        boolean unanswerable = outcome.question().abstain();
        if (!unanswerable && outcome.rank() == 0) {
          continue;
        }
        String language = outcome.answers().language();
        set.add(
            new Example(run.spec().name(), language, outcome.features(), unanswerable ? 0 : 1, 0));
      }
      for (Example e : set) {
        out.add(new Example(e.set(), e.language(), e.features(), e.label(), 1.0 / set.size()));
      }
    }
    return out;
  }

  private static ConfidenceModel fitOn(List<Example> examples) {
    List<Example> usable = examples.stream().filter(e -> e.features() != null).toList();
    double[] weights = Logistic.fit(usable, PENALTY);
    float[] w = new float[weights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) weights[i];
    }
    ConfidenceModel model = new ConfidenceModel(w, Map.of(ConfidenceModel.ANY_LANGUAGE, 0.5f));
    return model.withThreshold(bestThreshold(examples, model));
  }

  /** The threshold with the best balanced rate of answering and declining, as found here. */
  private static float bestThreshold(List<Example> examples, ConfidenceModel model) {
    float best = 0.5f;
    double bestScore = -1;
    for (int t = 1; t < 100; t++) {
      double[] rates = rates(examples, model.withThreshold(t / 100f));
      double score = rates[0] + rates[1];
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = t / 100f;
      }
    }
    return best;
  }

  /**
   * The weighted share of answerable examples answered, and of unanswerable ones declined (an
   * example with no answer at all is declined).
   */
  static double[] rates(List<Example> examples, ConfidenceModel model) {
    double answered = 0;
    double positives = 0;
    double declined = 0;
    double negatives = 0;
    for (Example e : examples) {
      boolean answers =
          e.features() != null && model.probability(e.features()) >= model.threshold(e.language());
      if (e.label() == 1) {
        positives += e.weight();
        answered += answers ? e.weight() : 0;
      } else {
        negatives += e.weight();
        declined += answers ? 0 : e.weight();
      }
    }
    return new double[] {
      positives == 0 ? 0 : answered / positives, negatives == 0 ? 0 : declined / negatives
    };
  }
}
