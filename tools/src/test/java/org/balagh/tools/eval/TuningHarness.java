package org.balagh.tools.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.Tuning;

/**
 * By-hand tuning: evaluates weight settings on a question set in one JVM. Not a test. Usage:
 * TuningHarness (--squad FILE | --questions FILE --data DIR) [--show] key=value,... ...
 */
final class TuningHarness {

  private TuningHarness() {}

  public static void main(String[] args) throws Exception {
    Path data = null;
    java.util.Map<String, String> paragraphs = new java.util.HashMap<>();
    List<EvalQuestion> questions = new ArrayList<>();
    List<String> variants = new ArrayList<>();
    boolean show = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--squad" -> {
          SquadSet set = SquadSet.read(Path.of(args[++i]), "ar");
          data = Path.of("/tmp/tune-" + Path.of(args[i]).getFileName());
          if (!Files.exists(data)) {
            set.writeDataFolder(data);
          }
          questions.addAll(set.questions());
          set.paragraphs()
              .forEach(p -> paragraphs.put(p.get("id").asText(), p.get("text").asText()));
        }
        case "--questions" -> questions.addAll(QuestionFiles.read(Path.of(args[++i])));
        case "--data" -> data = Path.of(args[++i]);
        case "--show" -> show = true;
        default -> variants.add(args[i]);
      }
    }
    if (variants.isEmpty()) {
      variants.add("");
    }
    for (String variant : variants) {
      Tuning tuning = parse(variant);
      try (Archive archive = Archive.open(data, data.resolve(".index"), tuning)) {
        archive.reload();
        Evaluation.Result r = Evaluation.run(archive, questions);
        System.out.printf(
            Locale.ROOT,
            "top1 %.3f top5 %.3f abst %.3f rightAbst %d/%d p50 %.2f p99 %.2f  %s%n",
            r.top1Rate(),
            r.top5Rate(),
            r.abstentionRate(),
            r.rightlyAbstained(),
            r.unanswerable(),
            r.p50Millis(),
            r.p99Millis(),
            variant);
        if (!paragraphs.isEmpty()) {
          int para = 0;
          int paraInTop5 = 0;
          for (Evaluation.Outcome o : r.outcomes()) {
            List<Answer> as = o.answers().answers();
            if (!as.isEmpty()
                && o.question().isAnsweredBy(paragraphs.get(as.get(0).statement().id()))) {
              para++;
            }
            if (as.stream()
                .anyMatch(a -> o.question().isAnsweredBy(paragraphs.get(a.statement().id())))) {
              paraInTop5++;
            }
          }
          System.out.printf(
              Locale.ROOT,
              "   paragraph@1 %.3f paragraph@5 %.3f%n",
              para / (double) r.outcomes().size(),
              paraInTop5 / (double) r.outcomes().size());
        }
        if (show) {
          for (Evaluation.Outcome o : r.wrong()) {
            System.out.println(
                "WRONG "
                    + o.question().id()
                    + " "
                    + o.question().text()
                    + " expect="
                    + o.question().expect());
            print(o.answers());
          }
        }
      }
    }
  }

  static void print(Answers answers) {
    System.out.println("   read as " + answers.language() + ": " + answers.question());
    for (Answer a : answers.answers()) {
      System.out.printf(
          Locale.ROOT,
          "   %.2f c=%.2f %s | %s%n",
          a.score(),
          a.confidence(),
          a.sentence().replaceAll("\\s+", " ").substring(0, Math.min(150, a.sentence().length())),
          a.statement().id());
    }
  }

  /**
   * Tuning.DEFAULTS with overrides such as "title=0.5,sk1=2": any component of Tuning or, by the
   * names below, of its BM25 parameters.
   */
  static Tuning parse(String spec) throws Exception {
    java.util.Map<String, Object> overrides = new java.util.HashMap<>();
    for (String kv : spec.split(",")) {
      if (!kv.isBlank()) {
        String[] parts = kv.split("=");
        overrides.put(ALIASES.getOrDefault(parts[0], parts[0]), parts[1]);
      }
    }
    overrides.put("bm25", with(Tuning.DEFAULTS.bm25(), overrides));
    return with(Tuning.DEFAULTS, overrides);
  }

  private static final java.util.Map<String, String> ALIASES =
      java.util.Map.ofEntries(
          java.util.Map.entry("min", "minConfidence"),
          java.util.Map.entry("cov", "coverage"),
          java.util.Map.entry("kind", "answerKind"),
          java.util.Map.entry("sc", "sentenceCountry"),
          java.util.Map.entry("stc", "statementCountry"),
          java.util.Map.entry("cand", "candidates"),
          java.util.Map.entry("stmts", "statements"),
          java.util.Map.entry("sk1", "sentenceK1"),
          java.util.Map.entry("sb", "sentenceB"),
          java.util.Map.entry("tk1", "titleK1"),
          java.util.Map.entry("tb", "titleB"),
          java.util.Map.entry("bk1", "bodyK1"),
          java.util.Map.entry("bb", "bodyB"));

  @SuppressWarnings("unchecked")
  private static <R extends Record> R with(R record, java.util.Map<String, Object> overrides)
      throws Exception {
    var components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = components[i].getAccessor().invoke(record);
      Object value = overrides.get(components[i].getName());
      if (value != null && !(value instanceof String)) {
        values[i] = value;
      } else if (value != null && types[i] == java.util.Map.class) {
        values[i] = java.util.Map.of("*", Float.parseFloat((String) value));
      } else if (value != null) {
        values[i] =
            types[i] == int.class
                ? (Object) (int) Float.parseFloat((String) value)
                : (Object) Float.parseFloat((String) value);
      }
    }
    return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
  }
}
