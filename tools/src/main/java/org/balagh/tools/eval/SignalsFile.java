package org.balagh.tools.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.balagh.retrieval.model.ConfidenceModel;

/**
 * Each question of a suite's run, one a line, with what the decision to answer reads: its set,
 * whether that set is fitted on, whether the question is one to decline, the rank of its first
 * right answer (0: none of the five), its language and its first answer's features ({@link
 * ConfidenceModel#features}, the intercept's 1 first; none when nothing was found). Written by
 * {@code balagh eval --suite … --signals FILE}, to study the confidence model outside Java
 * (tools/analysis/confidence_variants.py).
 */
public final class SignalsFile {

  private SignalsFile() {}

  /** The header line's names, tab-separated. */
  private static String header() {
    return "set\tfit\tunanswerable\trank\tlanguage\tintercept\t"
        + String.join("\t", ConfidenceModel.FEATURES);
  }

  public static void write(List<Suite.SetRun> runs, Path file) throws IOException {
    StringBuilder out = new StringBuilder(header()).append('\n');
    for (Suite.SetRun run : runs) {
      for (Evaluation.Outcome outcome : run.outcomes()) {
        out.append(run.spec().name())
            .append('\t')
            .append(run.spec().fit())
            .append('\t')
            .append(outcome.question().abstain())
            .append('\t')
            .append(outcome.rank())
            .append('\t')
            .append(outcome.answers().language());
        float[] features = outcome.features();
        if (features != null) {
          for (float value : features) {
            out.append('\t').append(String.format(Locale.ROOT, "%.6g", value));
          }
        }
        out.append('\n');
      }
    }
    Files.writeString(file, out);
  }
}
