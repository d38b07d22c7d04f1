package org.balagh.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.MeaningProgress;
import org.balagh.retrieval.model.ReloadReport;
import org.balagh.retrieval.model.Tuning;
import org.balagh.tools.eval.EvalQuestion;
import org.balagh.tools.eval.Suite;

/**
 * One engine's part of a benchmark, in a JVM of its own so that its memory and start are its own:
 * {@link Bench} starts it with a mode and {@code key=value} settings, reads the line {@value
 * #FIRST_ANSWER} when it first answers, and its figures as the last line, in JSON.
 */
public final class Probe {

  /** Printed alone on a line the moment the first question is answered. */
  static final String FIRST_ANSWER = "FIRST-ANSWER";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> settings;
  private final PrintStream out;
  private final ObjectNode result = JSON.createObjectNode();

  private Probe(Map<String, String> settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Probe probe = new Probe(settings, out);
    try (Memory memory = new Memory()) {
      switch (args[0]) {
        case "balagh-build" -> probe.balaghBuild();
        case "balagh-serve" -> probe.balaghServe();
        case "balagh-meaning" -> probe.balaghMeaning();
        case "fts5-build" -> probe.fts5Build();
        case "fts5-serve" -> probe.fts5Serve();
        default -> throw new IllegalArgumentException("no mode " + args[0]);
      }
      probe.result.put("peakHeapBytes", memory.peakHeapBytes());
      probe.result.put("peakRssBytes", Memory.peakRssBytes());
    }
    out.println(JSON.writeValueAsString(probe.result));
    // The library's threads (none should be left) must not keep this JVM alive.
    System.exit(0);
  }

  private Path path(String key) {
    return Path.of(settings.get(key));
  }

  private int number(String key) {
    return Integer.parseInt(settings.get(key));
  }

  private BenchQuestions questions() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String file : settings.get("questions").split(",")) {
      files.add(Path.of(file));
    }
    return BenchQuestions.read(files);
  }

  /** Builds the index from nothing, then times answers on one thread and two. */
  private void balaghBuild() throws Exception {
    Path index = path("index");
    IOUtils.rm(index);
    BenchQuestions questions = questions();
    try (Archive archive = Archive.open(path("data"), index)) {
      ReloadReport built = archive.reload();
      result.put("statements", built.statements());
      result.put("sentences", built.sentences());
      result.put("buildMillis", built.millis());
      result.put("indexBytes", Folders.size(index));
      Timing.Engine engine =
          question -> {
            Answers answers = archive.answer(question, 1);
            String top = answers.abstained() ? null : answers.answers().get(0).sentence();
            return new Timing.Answered(top, answers.tookNanos());
          };
      time(engine, questions);
      ObjectNode answers = result.putObject("answers");
      for (EvalQuestion question : questions.unique()) {
        answers.put(question.id(), engine.answer(question.text()).sentence());
      }
    }
  }

  /**
   * The re-ranking by meaning: opens the index on disk as the bot does (the model loading and the
   * sentences being embedded in the background) and answers one question, timed from the open; lets
   * the embedding run for up to {@code embedSeconds} and records how far it got, from which the
   * time to embed the whole corpus follows; then reopens the index as {@code eval} does, embedding
   * each question's candidates the first time it is asked (before timing), and times the answers
   * with every vector they need there, as the bot answers once embedding is done.
   */
  private void balaghMeaning() throws Exception {
    BenchQuestions questions = questions();
    Path index = path("index");
    long opened = System.nanoTime();
    try (Archive archive =
        Archive.open(path("data"), index, Tuning.DEFAULTS, MeaningMode.BACKGROUND)) {
      archive.reload();
      archive.answer(questions.text(0), 1);
      result.put("firstAnswerMillis", (System.nanoTime() - opened) / 1_000_000);
      long cap = number("embedSeconds") * 1_000_000_000L;
      long start = System.nanoTime();
      MeaningProgress progress = archive.meaning();
      while (System.nanoTime() - start < cap
          && (progress.state().equals("loading") || progress.state().equals("embedding"))) {
        Thread.sleep(250);
        progress = archive.meaning();
      }
      ObjectNode embedding = result.putObject("embedding");
      embedding.put("state", progress.state());
      embedding.put("problem", progress.problem());
      embedding.put("checked", progress.checked());
      embedding.put("total", progress.total());
      embedding.put("embedded", progress.embedded());
      embedding.put("millis", (System.nanoTime() - start) / 1_000_000);
    }
    // Only what the background stored so far: its size a vector.
    ((ObjectNode) result.get("embedding")).put("bytes", vectorBytes(index));
    try (Archive archive =
        Archive.open(path("data"), index, Tuning.DEFAULTS, MeaningMode.ON_DEMAND)) {
      archive.reload();
      Suite.awaitModel(archive);
      Timing.Engine engine =
          question -> {
            Answers answers = archive.answer(question, 1);
            String top = answers.abstained() ? null : answers.answers().get(0).sentence();
            return new Timing.Answered(top, answers.tookNanos());
          };
      ObjectNode answers = result.putObject("answers");
      for (EvalQuestion question : questions.unique()) {
        answers.put(question.id(), engine.answer(question.text()).sentence());
      }
      time(engine, questions);
      result.put("vectorBytes", vectorBytes(index));
    }
  }

  /** The size of the sentence vectors kept under an index root ({@code vectors-MODEL}). */
  private static long vectorBytes(Path index) throws IOException {
    long total = 0;
    try (Stream<Path> folders = Files.list(index)) {
      for (Path folder : folders.toList()) {
        if (folder.getFileName().toString().startsWith("vectors-")) {
          total += Folders.size(folder);
        }
      }
    }
    return total;
  }

  /**
   * Opens the index on disk and answers one question (the start {@link Bench} times), then rebuilds
   * it twice while another thread keeps asking, at a steady rate, and counts the questions that
   * fail or lose their answer meanwhile: the first rebuild in a JVM runs while the JIT compiles the
   * indexing code, the second as every later one does.
   */
  private void balaghServe() throws Exception {
    BenchQuestions questions = questions();
    Path data = path("data");
    try (Archive archive = Archive.open(data, path("index"))) {
      archive.reload();
      archive.answer(questions.text(0), 1);
      out.println(FIRST_ANSWER);
      Map<String, Boolean> answered = new HashMap<>();
      for (EvalQuestion question : questions.unique()) {
        answered.put(question.text(), !archive.answer(question.text(), 1).abstained());
      }
      for (String key : new String[] {"reload", "reloadAgain"}) {
        ObjectNode figures = result.putObject(key);
        reloadWhileAsked(archive, data, questions, answered, figures);
      }
    }
  }

  private void reloadWhileAsked(
      Archive archive,
      Path data,
      BenchQuestions questions,
      Map<String, Boolean> answered,
      ObjectNode figures)
      throws Exception {
    AtomicBoolean reloading = new AtomicBoolean(true);
    AtomicInteger asked = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long pause = 1_000_000_000L / number("rate");
    Thread asker =
        new Thread(
            () -> {
              for (int i = 0; reloading.get(); i++) {
                long next = System.nanoTime() + pause;
                String question = questions.text(i);
                try {
                  boolean answers = !archive.answer(question, 1).abstained();
                  if (answers != answered.get(question)) {
                    failed.incrementAndGet();
                  }
                } catch (RuntimeException e) {
                  failed.incrementAndGet();
                }
                asked.incrementAndGet();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                  try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              }
            },
            "balagh-bench-asker");
    asker.start();
    touch(data);
    ReloadReport reload;
    try {
      reload = archive.reload();
    } finally {
      reloading.set(false);
      asker.join();
    }
    figures.put("millis", reload.millis());
    figures.put("rebuilt", reload.rebuilt());
    figures.put("asked", asked.get());
    figures.put("failed", failed.get());
  }

  /** Marks the data files changed (their times, not their content): the next reload rebuilds. */
  private static void touch(Path data) throws IOException {
    FileTime now = FileTime.fromMillis(System.currentTimeMillis());
    for (Path file : CorpusReader.dataFiles(data)) {
      Files.setLastModifiedTime(file, now);
    }
  }

  private void fts5Build() throws Exception {
    Path file = path("db");
    BenchQuestions questions = questions();
    long start = System.nanoTime();
    Fts5.Built built = Fts5.build(path("data"), file);
    result.put("statements", built.statements());
    result.put("sentences", built.sentences());
    result.put("buildMillis", (System.nanoTime() - start) / 1_000_000);
    result.put("indexBytes", Folders.size(file.getParent()));
    try (Fts5 fts5 = new Fts5(file)) {
      time(question -> new Timing.Answered(fts5.answer(question), -1), questions);
      ObjectNode answers = result.putObject("answers");
      List<String> gold = new ArrayList<>();
      for (EvalQuestion question : questions.unique()) {
        answers.put(question.id(), fts5.answer(question.text()));
        if (!question.abstain() && fts5.holdsAnswer(question)) {
          gold.add(question.id());
        }
      }
      gold.forEach(result.putArray("goldHeld")::add);
    }
  }

  private void fts5Serve() throws Exception {
    BenchQuestions questions = questions();
    try (Fts5 fts5 = new Fts5(path("db"))) {
      fts5.answer(questions.text(0));
      out.println(FIRST_ANSWER);
    }
  }

  /** Warms up, then times answers on one thread and on two. */
  private void time(Timing.Engine engine, BenchQuestions questions) throws Exception {
    Duration budget = Duration.ofSeconds(number("budgetSeconds"));
    Timing.warmUp(engine, questions, Duration.ofSeconds(number("warmupSeconds")), 0);
    for (int threads = 1; threads <= 2; threads++) {
      Timing.Latency latency = Timing.run(engine, questions, number("queries"), threads, budget);
      result.set("latency" + threads, JSON.valueToTree(latency));
    }
  }

  /** The size of a folder tree. */
  static final class Folders {
    private Folders() {}

    static long size(Path folder) throws IOException {
      if (!Files.exists(folder)) {
        return 0;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        long total = 0;
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          total += Files.size(file);
        }
        return total;
      }
    }
  }
}
