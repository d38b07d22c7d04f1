package org.balagh.retrieval.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.index.Scoring;
import org.balagh.retrieval.search.Answer;
import org.balagh.retrieval.search.Answers;
import org.balagh.retrieval.search.Tuning;

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
    System.out.println(
        "   concepts="
            + answers.question().concepts().stream().map(c -> c.label()).toList()
            + " countries="
            + answers.question().countries());
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

  static Tuning parse(String spec) {
    Tuning t = Tuning.DEFAULTS;
    Scoring.Params p = t.bm25();
    float context = t.context(),
        title = t.title(),
        sc = t.sentenceCountry(),
        stc = t.statementCountry(),
        statement = t.statement(),
        min = t.minConfidence(),
        around = t.around(),
        coverage = t.coverage(),
        kind = t.answerKind(),
        speaker = t.speaker();
    int candidates = t.candidates(), statements = t.statements();
    float sk1 = p.sentenceK1(),
        sb = p.sentenceB(),
        ck1 = p.contextK1(),
        cb = p.contextB(),
        tk1 = p.titleK1(),
        tb = p.titleB(),
        bk1 = p.bodyK1(),
        bb = p.bodyB();
    for (String kv : spec.split(",")) {
      if (kv.isBlank()) {
        continue;
      }
      String[] parts = kv.split("=");
      float v = Float.parseFloat(parts[1]);
      switch (parts[0]) {
        case "context" -> context = v;
        case "title" -> title = v;
        case "sc" -> sc = v;
        case "stc" -> stc = v;
        case "statement" -> statement = v;
        case "min" -> min = v;
        case "around" -> around = v;
        case "cov" -> coverage = v;
        case "kind" -> kind = v;
        case "speaker" -> speaker = v;
        case "cand" -> candidates = (int) v;
        case "stmts" -> statements = (int) v;
        case "sk1" -> sk1 = v;
        case "sb" -> sb = v;
        case "ck1" -> ck1 = v;
        case "cb" -> cb = v;
        case "tk1" -> tk1 = v;
        case "tb" -> tb = v;
        case "bk1" -> bk1 = v;
        case "bb" -> bb = v;
        default -> throw new IllegalArgumentException(parts[0]);
      }
    }
    return new Tuning(
        context,
        title,
        sc,
        stc,
        statement,
        around,
        coverage,
        kind,
        speaker,
        candidates,
        statements,
        min,
        new Scoring.Params(sk1, sb, ck1, cb, tk1, tb, bk1, bb));
  }
}
