package org.balagh.retrieval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.retrieval.index.IndexStore;
import org.balagh.retrieval.index.Scoring;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.Tuning;
import org.junit.jupiter.api.Assertions;

/**
 * The module's small test corpus (src/test/resources/fixtures/data), copied where a test needs it.
 */
public final class FixtureData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureData() {}

  /** What a test writes beside the fixtures: statements of its own, a glossary. */
  @FunctionalInterface
  public interface Additions {
    void write(Path data) throws IOException;
  }

  /** Copies the fixture statements and glossary into {@code target}, which it creates. */
  public static Path copy(Path target) throws IOException {
    Files.createDirectories(target);
    for (String name : List.of("seed.jsonl", "statements.jsonl", "glossary.tsv")) {
      try (InputStream in = FixtureData.class.getResourceAsStream("/fixtures/data/" + name)) {
        Files.copy(in, target.resolve(name));
      }
    }
    return target;
  }

  /**
   * Writes one English statement of one country, a sentence a line, as the file {@code id}.jsonl of
   * a data folder.
   */
  public static void writeStatement(
      Path data, String id, String title, String date, String country, String... sentences)
      throws IOException {
    ObjectNode statement = JSON.createObjectNode();
    statement.put("id", id);
    statement.put("title", title);
    statement.put("date", date);
    statement.put("language", "en");
    statement.putArray("countries").add(country);
    statement.put("url", "https://example.org/" + id);
    statement.put("text", String.join("\n", sentences));
    Files.writeString(data.resolve(id + ".jsonl"), JSON.writeValueAsString(statement) + "\n");
  }

  /**
   * Opens an archive of the fixtures and of what {@code additions} writes beside them, its data in
   * {@code folder}/data and its index in {@code folder}/index, and reloads it so that it answers.
   * The caller closes it.
   */
  public static Archive archive(Path folder, Tuning tuning, Additions additions)
      throws IOException {
    Path data = copy(folder.resolve("data"));
    additions.write(data);
    Archive archive = Archive.open(data, folder.resolve("index"), tuning);
    try {
      archive.reload();
    } catch (IOException | RuntimeException e) {
      // No test gets an archive that failed to reload, so it is closed here, its failure to close
      // kept with the first; closing waits for the lexicons still writing under the index.
      try (archive) {
        throw e;
      }
    }
    return archive;
  }

  /** Builds the sentence index of a data folder into {@code folder}, as a reload would. */
  public static SentenceIndex index(Path data, Path folder) throws IOException {
    Analyzers analyzers = new Analyzers(CountryNames.load());
    IndexStore store = new IndexStore(folder, analyzers, Scoring.similarity());
    return store.build(new CorpusReader().read(data), "test", List.of(), 0, "now").index();
  }

  /** The best answer to a question, failing the test when the archive abstains. */
  public static Answer top(Archive archive, String question) {
    Answers answers = archive.answer(question, 3);
    Assertions.assertFalse(answers.abstained(), "abstained on: " + question);
    return answers.answers().get(0);
  }
}
