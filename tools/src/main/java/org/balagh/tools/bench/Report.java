package org.balagh.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.balagh.tools.eval.EvalQuestion;

/**
 * The benchmark's tables: each corpus's figures for Balagh and for SQLite FTS5, their ratios, and
 * the goals with what was measured, in Markdown for people and JSON for machines.
 */
public final class Report {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<Bench.Measured> measured;
  private final BenchQuestions questions;
  private final Machine machine;
  private final String command;
  private final Bench.Settings settings;

  public Report(
      List<Bench.Measured> measured,
      List<Path> questionFiles,
      Machine machine,
      String command,
      Bench.Settings settings)
      throws IOException {
    this.measured = List.copyOf(measured);
    this.questions = BenchQuestions.read(questionFiles);
    this.machine = machine;
    this.command = command;
    this.settings = settings;
  }

  /** One row of a table: a figure's label, and how to read it off an engine's figures. */
  private record Row(String label, Function<JsonNode, String> value) {}

  /** A goal, with what was measured for it. */
  record Goal(String goal, String measured, boolean met) {}

  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("Balagh and SQLite FTS5 on the same sentences and questions, each engine in a JVM")
        .append(" of its own. Every figure below was printed by\n\n```\n")
        .append(command)
        .append("\n```\n\n");
    md.append(machine.markdown()).append('\n');
    md.append("Child JVMs: `")
        .append(String.join(" ", settings.jvmOptions()))
        .append("` (by default what the bot's JVM picks in the container: its 1 GiB limit gives")
        .append(" a 768 MiB heap, and any limit under 1.8 GiB the serial collector). Questions:")
        .append(" the English and Arabic evaluation questions (")
        .append(questions.unique().size())
        .append(", answerable or not), asked round and round: after a warm-up of ")
        .append(settings.warmupSeconds())
        .append(" s, ")
        .append(settings.queries())
        .append(" timed on one thread, then as many on two (FTS5 stops after ")
        .append(settings.budgetSeconds())
        .append(" s once each question was asked). Latency is the whole answer, as `ask` gives")
        .append(" it: reading the question, searching, choosing the sentence.\n\n");
    md.append("## Corpora\n\n| corpus | what | statements | sentences |\n|---|---|---:|---:|\n");
    for (Bench.Measured m : measured) {
      md.append("| ")
          .append(m.corpus().name())
          .append(" | ")
          .append(m.corpus().description())
          .append(" | ")
          .append(count(m.balagh().path("statements").asLong()))
          .append(" | ")
          .append(count(m.balagh().path("sentences").asLong()))
          .append(" |\n");
    }
    md.append("\n## Balagh\n\n");
    table(md, engineRows(true), Bench.Measured::balagh);
    md.append("\n## SQLite FTS5\n\n");
    table(md, engineRows(false), Bench.Measured::fts5);
    md.append(
            "\n## Balagh / FTS5\n\nBalagh's figure over FTS5's: below 1, Balagh takes less time or")
        .append(
            " space; above 1, it answers more questions a second, or more of them rightly.\n\n");
    ratioTable(md);
    md.append("\n## Goals\n\n| goal | measured | met |\n|---|---|---|\n");
    for (Goal goal : goals()) {
      md.append("| ")
          .append(goal.goal())
          .append(" | ")
          .append(goal.measured())
          .append(" | ")
          .append(goal.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    return md.toString();
  }

  private List<Row> engineRows(boolean balagh) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("index build", e -> seconds(e.path("buildMillis").asLong())));
    rows.add(
        new Row(
            "build rate (sentences a second)",
            e ->
                count(
                    Math.round(
                        e.path("sentences").asLong()
                            * 1000.0
                            / Math.max(1, e.path("buildMillis").asLong())))));
    rows.add(new Row("index on disk", e -> mib(e.path("indexBytes").asLong())));
    for (int threads = 1; threads <= 2; threads++) {
      String key = "latency" + threads;
      rows.add(
          new Row("latency p50 / p95 / p99, " + threads(threads), e -> percentiles(e.path(key))));
    }
    rows.add(
        new Row(
            "answers a second, 1 / 2 threads",
            e ->
                count(Math.round(e.path("latency1").path("perSecond").asDouble()))
                    + " / "
                    + count(Math.round(e.path("latency2").path("perSecond").asDouble()))));
    rows.add(
        new Row(
            "questions timed, 1 / 2 threads",
            e ->
                count(e.path("latency1").path("queries").asLong())
                    + " / "
                    + count(e.path("latency2").path("queries").asLong())));
    if (balagh) {
      rows.add(
          new Row(
              "took_ms p50 (as `ask --json` reports) / measured p50",
              e ->
                  millis(e.path("latency1").path("reportedP50").asDouble())
                      + " / "
                      + millis(e.path("latency1").path("p50").asDouble())
                      + " ms"));
    }
    rows.add(new Row("top-1 = gold sentence", this::agreement));
    rows.add(
        new Row(
            "start to first answer, index on disk",
            e -> seconds(e.path("firstAnswerMillis").asLong())));
    if (balagh) {
      for (String[] reload :
          new String[][] {{"reload", "first in the JVM"}, {"reloadAgain", "again"}}) {
        rows.add(
            new Row(
                "reload while asked " + settings.reloadRate() + " questions a second, " + reload[1],
                e -> {
                  JsonNode r = e.path("serve").path(reload[0]);
                  return seconds(r.path("millis").asLong())
                      + ", "
                      + count(r.path("asked").asLong())
                      + " asked, "
                      + r.path("failed").asLong()
                      + " failed";
                }));
      }
    }
    rows.add(new Row("peak heap / RSS, building and timing", Report::peaks));
    rows.add(
        new Row(
            balagh ? "peak heap / RSS, starting and reloading" : "peak heap / RSS, starting",
            e -> peaks(e.path("serve"))));
    if (balagh) {
      meaningRows(rows);
    }
    return rows;
  }

  /**
   * The re-ranking by meaning (the probe {@code balagh-meaning}): answers with every vector they
   * need, the background embedding's rate and what follows from it for the whole corpus.
   */
  private void meaningRows(List<Row> rows) {
    for (int threads = 1; threads <= 2; threads++) {
      String key = "latency" + threads;
      rows.add(
          new Row(
              "with meaning: latency p50 / p95 / p99, " + threads(threads),
              e -> percentiles(e.path("meaning").path(key))));
    }
    rows.add(new Row("with meaning: top-1 = gold sentence", e -> agreement(e.path("meaning"))));
    rows.add(
        new Row(
            "with meaning: start to first answer, the model loading beside",
            e -> seconds(e.path("meaning").path("firstAnswerMillis").asLong())));
    rows.add(
        new Row(
            "with meaning: embedding in the background, sentences a second (state after the run)",
            e -> {
              JsonNode m = e.path("meaning").path("embedding");
              return count(Math.round(rate(m)))
                  + " ("
                  + m.path("state").asText()
                  + ", "
                  + count(m.path("checked").asLong())
                  + " of "
                  + count(m.path("total").asLong())
                  + " in "
                  + seconds(m.path("millis").asLong())
                  + ")";
            }));
    rows.add(
        new Row(
            "with meaning: time to embed every sentence (at that rate)",
            e -> {
              JsonNode m = e.path("meaning").path("embedding");
              double rate = rate(m);
              return rate <= 0 ? "–" : minutes(m.path("total").asLong() / rate);
            }));
    rows.add(
        new Row(
            "with meaning: vectors on disk, every sentence (at the size so far)",
            e -> {
              JsonNode m = e.path("meaning").path("embedding");
              // The vectors stored so far are those of the sentences gone through so far.
              long checked = m.path("checked").asLong();
              return m.path("embedded").asLong() == 0 || checked == 0
                  ? "–"
                  : mib(
                      Math.round(m.path("bytes").asDouble() * m.path("total").asLong() / checked));
            }));
    rows.add(
        new Row(
            "with meaning: peak heap / RSS, embedding and timing", e -> peaks(e.path("meaning"))));
  }

  private static String threads(int threads) {
    return threads + (threads == 1 ? " thread" : " threads");
  }

  /** A latency's p50 / p95 / p99. */
  private static String percentiles(JsonNode latency) {
    return millis(latency.path("p50").asDouble())
        + " / "
        + millis(latency.path("p95").asDouble())
        + " / "
        + millis(latency.path("p99").asDouble())
        + " ms";
  }

  /** A probe's peak heap / RSS. */
  private static String peaks(JsonNode probe) {
    return mib(probe.path("peakHeapBytes").asLong())
        + " / "
        + mib(probe.path("peakRssBytes").asLong());
  }

  /** Sentences gone through a second by the background embedding. */
  private static double rate(JsonNode embedding) {
    long millis = embedding.path("millis").asLong();
    return millis <= 0 ? 0 : embedding.path("checked").asLong() * 1000.0 / millis;
  }

  private static String minutes(double seconds) {
    return String.format(Locale.ROOT, "%.0f min", seconds / 60);
  }

  private void table(StringBuilder md, List<Row> rows, Function<Bench.Measured, JsonNode> engine) {
    md.append("| figure |");
    measured.forEach(m -> md.append(' ').append(m.corpus().name()).append(" |"));
    md.append("\n|---|");
    measured.forEach(m -> md.append("---:|"));
    md.append('\n');
    for (Row row : rows) {
      md.append("| ").append(row.label()).append(" |");
      for (Bench.Measured m : measured) {
        md.append(' ').append(row.value().apply(engine.apply(m))).append(" |");
      }
      md.append('\n');
    }
  }

  /** Figures where both engines have one, Balagh's over FTS5's. */
  private static final List<String[]> RATIOS =
      List.of(
          new String[] {"index build", "buildMillis"},
          new String[] {"index on disk", "indexBytes"},
          new String[] {"latency p50, 1 thread", "latency1/p50"},
          new String[] {"latency p99, 1 thread", "latency1/p99"},
          new String[] {"latency p50, 2 threads", "latency2/p50"},
          new String[] {"answers a second, 1 thread", "latency1/perSecond"},
          new String[] {"answers a second, 2 threads", "latency2/perSecond"},
          new String[] {"start to first answer", "firstAnswerMillis"},
          new String[] {"peak RSS, building and timing", "peakRssBytes"});

  private void ratioTable(StringBuilder md) {
    md.append("| figure |");
    measured.forEach(m -> md.append(' ').append(m.corpus().name()).append(" |"));
    md.append("\n|---|");
    measured.forEach(m -> md.append("---:|"));
    md.append('\n');
    for (String[] ratio : RATIOS) {
      md.append("| ").append(ratio[0]).append(" |");
      for (Bench.Measured m : measured) {
        md.append(' ').append(ratio(at(m.balagh(), ratio[1]), at(m.fts5(), ratio[1]))).append(" |");
      }
      md.append('\n');
    }
    md.append("| top-1 = gold sentence |");
    for (Bench.Measured m : measured) {
      md.append(' ').append(ratio(right(m.balagh(), m), right(m.fts5(), m))).append(" |");
    }
    md.append('\n');
  }

  private static double at(JsonNode engine, String path) {
    JsonNode node = engine;
    for (String part : path.split("/")) {
      node = node.path(part);
    }
    return node.asDouble();
  }

  private static String ratio(double balagh, double fts5) {
    return fts5 <= 0 ? "–" : String.format(Locale.ROOT, "%.3f", balagh / fts5);
  }

  /** The answerable questions whose gold sentence the corpus holds (FTS5 looked each up). */
  private List<EvalQuestion> gold(Bench.Measured m) {
    List<String> held = new ArrayList<>();
    m.fts5().path("goldHeld").forEach(id -> held.add(id.asText()));
    return questions.unique().stream().filter(q -> held.contains(q.id())).toList();
  }

  private double right(JsonNode engine, Bench.Measured m) {
    int right = 0;
    for (EvalQuestion question : gold(m)) {
      JsonNode answer = engine.path("answers").path(question.id());
      if (answer.isTextual() && question.isAnsweredBy(answer.asText())) {
        right++;
      }
    }
    return right;
  }

  private String agreement(JsonNode engine) {
    Bench.Measured m =
        measured.stream()
            .filter(
                x ->
                    x.balagh() == engine
                        || x.fts5() == engine
                        || x.balagh().path("meaning") == engine)
            .findFirst()
            .orElseThrow();
    int of = gold(m).size();
    return of == 0 ? "–" : String.format(Locale.ROOT, "%.0f of %d", right(engine, m), of);
  }

  /** The brief's goals, on the largest corpus (and the bundled one for the reload). */
  List<Goal> goals() {
    List<Goal> goals = new ArrayList<>();
    Bench.Measured largest =
        measured.stream()
            .max(
                (a, b) ->
                    Long.compare(
                        a.balagh().path("statements").asLong(),
                        b.balagh().path("statements").asLong()))
            .orElseThrow();
    String at = " (" + largest.corpus().name() + ")";
    JsonNode b = largest.balagh();
    JsonNode f = largest.fts5();
    double p50 = b.path("latency1").path("p50").asDouble();
    double p99 = b.path("latency1").path("p99").asDouble();
    goals.add(new Goal("answer latency p50 ≤ 1 ms, 1 thread" + at, millis(p50) + " ms", p50 <= 1));
    goals.add(new Goal("answer latency p99 ≤ 5 ms, 1 thread" + at, millis(p99) + " ms", p99 <= 5));
    double fp50 = f.path("latency1").path("p50").asDouble();
    goals.add(
        new Goal(
            "p50 at least 10× lower than FTS5's" + at,
            String.format(Locale.ROOT, "%.0f× lower", fp50 / Math.max(p50, 1e-9)),
            fp50 >= 10 * p50));
    long rss =
        Math.max(b.path("peakRssBytes").asLong(), b.path("serve").path("peakRssBytes").asLong());
    goals.add(new Goal("peak RSS ≤ 1.5 GB" + at, mib(rss), rss <= 1_500_000_000L));
    JsonNode meaning = b.path("meaning");
    double mp50 = meaning.path("latency1").path("p50").asDouble();
    double mp99 = meaning.path("latency1").path("p99").asDouble();
    goals.add(
        new Goal(
            "with meaning, vectors there: latency p50 ≤ 15 ms, p99 ≤ 60 ms, 1 thread" + at,
            millis(mp50) + " / " + millis(mp99) + " ms",
            mp50 <= 15 && mp99 <= 60));
    long meaningRss = meaning.path("peakRssBytes").asLong();
    goals.add(
        new Goal(
            "with meaning: peak RSS ≤ 1.5 GB" + at, mib(meaningRss), meaningRss <= 1_500_000_000L));
    long meaningStart = meaning.path("firstAnswerMillis").asLong();
    goals.add(
        new Goal(
            "with meaning: start to first answer ≤ 3 s" + at,
            seconds(meaningStart),
            meaningStart >= 0 && meaningStart <= 3000));
    long start = b.path("firstAnswerMillis").asLong();
    goals.add(
        new Goal(
            "start to first answer ≤ 3 s, index on disk" + at,
            seconds(start),
            start >= 0 && start <= 3000));
    for (Bench.Measured m : measured) {
      if (m.corpus().archives().isEmpty()) {
        JsonNode first = m.balagh().path("serve").path("reload");
        long reload = first.path("millis").asLong();
        long failed = first.path("failed").asLong();
        goals.add(
            new Goal(
                "reload ≤ 10 s with 0 failed questions, the first in its JVM ("
                    + m.corpus().name()
                    + ")",
                seconds(reload) + ", " + failed + " failed",
                reload <= 10_000 && failed == 0));
      }
    }
    return goals;
  }

  public String json() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("command", command);
    root.set("machine", JSON.valueToTree(machine));
    root.set("settings", JSON.valueToTree(settings));
    ArrayNode corpora = root.putArray("corpora");
    for (Bench.Measured m : measured) {
      ObjectNode corpus = corpora.addObject();
      corpus.put("name", m.corpus().name());
      corpus.put("description", m.corpus().description());
      corpus.set("balagh", m.balagh());
      corpus.set("fts5", m.fts5());
      corpus.put("goldQuestions", gold(m).size());
      corpus.put("balaghTop1", right(m.balagh(), m));
      corpus.put("fts5Top1", right(m.fts5(), m));
    }
    root.set("goals", JSON.valueToTree(goals()));
    return JSON.writeValueAsString(root);
  }

  public void write(Path markdown, Path json) throws IOException {
    Files.writeString(markdown, markdown());
    Files.writeString(json, json() + "\n");
  }

  private static String seconds(long millis) {
    return millis < 0 ? "–" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static String millis(double millis) {
    return millis < 0
        ? "–"
        : String.format(Locale.ROOT, millis < 10 ? "%.2f" : millis < 100 ? "%.1f" : "%.0f", millis);
  }

  private static String mib(long bytes) {
    return bytes < 0 ? "–" : String.format(Locale.ROOT, "%,d MiB", Math.round(bytes / 1048576.0));
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
