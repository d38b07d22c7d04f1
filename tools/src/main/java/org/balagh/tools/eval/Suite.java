package org.balagh.tools.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.Tuning;

/**
 * The evaluation sets of a manifest ({@code suite.json}), asked in one run: each over its archive
 * (the bundled corpus, with a slice of statements added, or a SQuAD file's paragraphs), without a
 * confidence threshold, so that what any threshold or confidence model would do can be scored
 * afterwards (see {@link SetScore}).
 */
public final class Suite {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One set of the manifest; see its "about" for the fields. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(
      String name,
      String questions,
      String with,
      String squad,
      String language,
      String asked,
      String askedLanguage,
      String articles,
      String negatives,
      boolean fit,
      Map<String, Double> expect) {
    public Spec {
      Objects.requireNonNull(name, "a set needs a name");
      if ((questions == null) == (squad == null)) {
        throw new IllegalArgumentException(name + ": give either questions or squad");
      }
      expect = expect == null ? Map.of() : Map.copyOf(expect);
    }

    /** What its archive is built from: sets over the same statements share one. */
    String archiveKey() {
      return questions != null
          ? "bundled" + (with == null ? "" : "+" + with)
          : squad + (articles == null ? "" : "#" + articles);
    }
  }

  /** Sets whose figures are also reported pooled, and the values expected of the pool. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Group(String name, List<String> sets, Map<String, Double> expect) {
    public Group {
      sets = List.copyOf(sets);
      expect = expect == null ? Map.of() : Map.copyOf(expect);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Manifest(List<Spec> sets, List<Group> groups) {}

  /** A set's outcomes, gathered without a threshold, and its answers' latency. */
  public record SetRun(Spec spec, List<Evaluation.Outcome> outcomes, double p50, double p99) {}

  private final Path folder;
  private final List<Spec> sets;
  private final List<Group> groups;

  private Suite(Path folder, List<Spec> sets, List<Group> groups) {
    this.folder = folder;
    this.sets = List.copyOf(sets);
    this.groups = List.copyOf(groups);
  }

  public static Suite read(Path manifest) throws IOException {
    Manifest m = JSON.readValue(manifest.toFile(), Manifest.class);
    return new Suite(
        manifest.toAbsolutePath().getParent(),
        m.sets(),
        m.groups() == null ? List.of() : m.groups());
  }

  public List<Spec> sets() {
    return sets;
  }

  public List<Group> groups() {
    return groups;
  }

  /**
   * Asks every set chosen, each over its archive, built in {@code work} from the bundled corpus
   * {@code bundled} or the set's files, with no confidence threshold.
   *
   * @param only names of the sets to ask; all when empty
   */
  public List<SetRun> run(Path bundled, Path work, Tuning tuning, List<String> only)
      throws IOException {
    return run(bundled, work, tuning, only, MeaningMode.ON_DEMAND);
  }

  /**
   * Asks the sets, with the sentences' meaning as {@code meaning} says: on demand answers as the
   * bot does once its sentences are embedded.
   */
  public List<SetRun> run(
      Path bundled, Path work, Tuning tuning, List<String> only, MeaningMode meaning)
      throws IOException {
    Tuning open = tuning.withMinConfidence(0f);
    Map<String, Archive> archives = new LinkedHashMap<>();
    List<SetRun> runs = new ArrayList<>();
    try {
      for (Spec spec : sets) {
        if (!only.isEmpty() && !only.contains(spec.name())) {
          continue;
        }
        Material material = material(spec, bundled, work);
        Archive archive = archives.get(spec.archiveKey());
        if (archive == null) {
          String key = "archive-" + archives.size();
          archive = Archive.open(material.data(), work.resolve(key + "-index"), open, meaning);
          archive.reload();
          awaitModel(archive);
          archives.put(spec.archiveKey(), archive);
        }
        Evaluation.Result result = Evaluation.run(archive, material.questions());
        runs.add(new SetRun(spec, result.outcomes(), result.p50Millis(), result.p99Millis()));
      }
    } finally {
      for (Archive archive : archives.values()) {
        archive.close();
      }
    }
    return runs;
  }

  /** Waits for the meaning model, so that no question is answered before it can be used. */
  public static void awaitModel(Archive archive) throws IOException {
    try {
      if (!archive.awaitMeaningModel(MODEL_WAIT)) {
        throw new IOException("the meaning model did not load within " + MODEL_WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the meaning model loaded", e);
    }
  }

  private static final java.time.Duration MODEL_WAIT = java.time.Duration.ofMinutes(2);

  /** A set's data folder and questions. */
  private record Material(Path data, List<EvalQuestion> questions) {}

  private Material material(Spec spec, Path bundled, Path work) throws IOException {
    if (spec.questions() != null) {
      List<EvalQuestion> questions = QuestionFiles.read(folder.resolve(spec.questions()));
      if (spec.with() == null) {
        return new Material(bundled, questions);
      }
      Path data = work.resolve("data-" + Path.of(spec.with()).getFileName());
      if (!Files.exists(data)) {
        copyStatements(bundled, data);
        Files.copy(folder.resolve(spec.with()), data.resolve(Path.of(spec.with()).getFileName()));
      }
      return new Material(data, questions);
    }
    SquadSet set = SquadSet.read(folder.resolve(spec.squad()), spec.language());
    List<EvalQuestion> questions = new ArrayList<>();
    SquadSet.Half half = "even".equals(spec.articles()) ? set.evenArticles() : null;
    if (half != null) {
      set = half.answerable();
    }
    if (spec.asked() != null) {
      questions.addAll(
          SquadSet.read(folder.resolve(spec.asked()), spec.askedLanguage()).askedOver(set));
    } else {
      questions.addAll(set.questions());
      if (half != null) {
        questions.addAll(half.otherArticles());
      }
    }
    if (spec.negatives() != null) {
      questions.addAll(
          SquadSet.read(folder.resolve(spec.negatives()), spec.language()).unanswerableOver(set));
    }
    Path data = work.resolve("data-" + spec.archiveKey().replaceAll("[^A-Za-z0-9.-]", "_"));
    if (!Files.exists(data)) {
      set.writeDataFolder(data);
    }
    return new Material(data, questions);
  }

  /** Copies a data folder's statements and glossaries, not its index or uploads' index. */
  private static void copyStatements(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Path relative = from.relativize(path);
        if (relative.toString().startsWith(".")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
