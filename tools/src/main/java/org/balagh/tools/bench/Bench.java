package org.balagh.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.retrieval.corpus.Importer;

/**
 * Runs the benchmark: for each corpus, prepares its data folder, then runs each engine's probes in
 * JVMs of their own (build and time, then start and reload for Balagh; build and time, then start
 * for SQLite FTS5) and gathers their figures for the {@link Report}.
 */
public final class Bench {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A corpus to measure: the bundled data folder, or archives imported into one. */
  public record Corpus(String name, String description, Path folder, List<Path> archives) {
    public Corpus {
      Objects.requireNonNull(name, "name");
      archives = List.copyOf(archives);
    }
  }

  /** How the benchmark runs. */
  public record Settings(
      Path work,
      List<Path> questions,
      int queries,
      int warmupSeconds,
      int budgetSeconds,
      int reloadRate,
      int embedSeconds,
      List<String> jvmOptions) {
    public Settings {
      questions = List.copyOf(questions);
      jvmOptions = List.copyOf(jvmOptions);
    }
  }

  /** What the probes of one corpus printed. */
  public record Measured(Corpus corpus, JsonNode balagh, JsonNode fts5) {}

  private final Settings settings;
  private final PrintStream log;

  public Bench(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  /** Measures one corpus. */
  public Measured measure(Corpus corpus) throws IOException, InterruptedException {
    Path home = settings.work().resolve(corpus.name());
    Path data = prepare(corpus, home.resolve("data"));
    Path index = home.resolve("index");
    Path db = home.resolve("fts5").resolve("sentences.db");
    Files.createDirectories(db.getParent());
    log.printf("%s: Balagh, building and timing%n", corpus.name());
    Child build = run(home, "balagh-build", "data=" + data, "index=" + index);
    log.printf("%s: Balagh, starting on the index built and reloading%n", corpus.name());
    Child serve =
        run(
            home,
            "balagh-serve",
            "data=" + data,
            "index=" + index,
            "rate=" + settings.reloadRate());
    log.printf("%s: Balagh with the re-ranking by meaning, embedding and timing%n", corpus.name());
    Child meaning =
        run(
            home,
            "balagh-meaning",
            "data=" + data,
            "index=" + index,
            "embedSeconds=" + settings.embedSeconds());
    log.printf("%s: SQLite FTS5, building and timing%n", corpus.name());
    Child ftsBuild = run(home, "fts5-build", "data=" + data, "db=" + db);
    log.printf("%s: SQLite FTS5, starting%n", corpus.name());
    Child ftsServe = run(home, "fts5-serve", "db=" + db);
    ObjectNode balagh = (ObjectNode) merge(build, serve);
    balagh.set("meaning", meaning.result());
    return new Measured(corpus, balagh, merge(ftsBuild, ftsServe));
  }

  /**
   * One engine's figures: those of its build-and-time probe, with its start probe's under "serve".
   */
  private static JsonNode merge(Child build, Child start) {
    ObjectNode node = build.result().deepCopy();
    node.put("firstAnswerMillis", start.firstAnswerMillis());
    node.set("serve", start.result());
    return node;
  }

  /**
   * The corpus's data folder under the work folder: the bundled folder copied (hidden folders such
   * as its index left out), or the archives imported, once (kept while the archives are unchanged);
   * the glossary is the installed one.
   */
  private Path prepare(Corpus corpus, Path data) throws IOException {
    Files.createDirectories(data);
    if (corpus.archives().isEmpty()) {
      IOUtils.rm(data);
      copyVisible(corpus.folder(), data);
      return data;
    }
    Path stamp = data.resolve(".imported");
    String sources = stamp(corpus.archives());
    if (!Files.isRegularFile(stamp) || !Files.readString(stamp).equals(sources)) {
      IOUtils.rm(data);
      Files.createDirectories(data);
      Importer importer = new Importer();
      for (Path archive : corpus.archives()) {
        log.printf("%s: importing %s%n", corpus.name(), archive);
        importer.importFile(archive, data, Importer.Overrides.none());
      }
      Files.writeString(stamp, sources);
    }
    return data;
  }

  private static String stamp(List<Path> archives) throws IOException {
    StringBuilder stamp = new StringBuilder();
    for (Path archive : archives) {
      stamp
          .append(archive.toAbsolutePath())
          .append('\t')
          .append(Files.size(archive))
          .append('\t')
          .append(Files.getLastModifiedTime(archive).toMillis())
          .append('\n');
    }
    return stamp.toString();
  }

  private static void copyVisible(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path relative = from.relativize(file);
        if (!CorpusReader.hidden(relative)) {
          Path target = to.resolve(relative.toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** A finished probe: its figures, and when it first answered since its JVM was started. */
  private record Child(JsonNode result, long firstAnswerMillis) {}

  private Child run(Path home, String mode, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(settings.jvmOptions());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Probe.class.getName());
    command.add(mode);
    command.addAll(List.of(args));
    command.add(
        "questions="
            + String.join(",", settings.questions().stream().map(Path::toString).toList()));
    command.add("queries=" + settings.queries());
    command.add("warmupSeconds=" + settings.warmupSeconds());
    command.add("budgetSeconds=" + settings.budgetSeconds());
    Path errors = home.resolve(mode + ".log");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectError(Redirect.to(errors.toFile())).start();
    long firstAnswer = -1;
    String last = null;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals(Probe.FIRST_ANSWER)) {
          firstAnswer = (System.nanoTime() - start) / 1_000_000;
        } else if (!line.isBlank()) {
          last = line;
        }
      }
    }
    int status = process.waitFor();
    if (status != 0 || last == null) {
      List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
      throw new IOException(
          mode
              + " failed (status "
              + status
              + "); the end of "
              + errors
              + ":\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
    }
    return new Child(JSON.readTree(last), firstAnswer);
  }
}
