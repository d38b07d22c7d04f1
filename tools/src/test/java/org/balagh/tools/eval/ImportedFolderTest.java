package org.balagh.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.retrieval.corpus.FieldMap;
import org.balagh.retrieval.corpus.ImportResult;
import org.balagh.retrieval.corpus.Importer;
import org.balagh.retrieval.corpus.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements as people have them, imported, answer the dev questions as the same statements in the
 * bundled files do: White House statements saved as web pages, UN speeches in an archive with other
 * field names ({@code fixtures/import}, see its make-fixtures.py), and the Arabic communiqué as
 * plain text. No glossary file is in the imported folder: the installed one serves it.
 */
class ImportedFolderTest {

  private static final Path FIXTURES = Path.of("../retrieval/src/test/resources/fixtures/import");
  private static final Path DATA = Path.of("../data");
  private static final Path SEED =
      DATA.resolve("seed/morocco-kazakhstan-joint-communique.ar.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;
  private static List<ImportResult> results;
  private static Archive imported;
  private static Archive bundled;

  @BeforeAll
  static void importAndSelect() throws IOException {
    Path in = folder.resolve("imported");
    Importer importer = new Importer();
    JsonNode seed = JSON.readTree(Files.readString(SEED));
    Path text = folder.resolve(seed.get("id").asText() + ".txt");
    Files.writeString(
        text, seed.get("text").asText() + "\nالمصدر : " + seed.get("url").asText() + "\n");
    results =
        List.of(
            importer.importFile(FIXTURES.resolve("pages"), in, Importer.Overrides.none()),
            new Importer(FieldMap.parse("date=when,countries=nation"))
                .importFile(FIXTURES.resolve("speeches.jsonl"), in, Importer.Overrides.none()),
            importer.importFile(
                text,
                in,
                new Importer.Overrides(seed.get("title").asText(), List.of("MA", "KZ"), null)));
    Path selected = Files.createDirectories(folder.resolve("bundled")).resolve("selected.jsonl");
    Files.write(selected, sameStatementsBundled(in), StandardCharsets.UTF_8);
    imported = Archive.open(in, folder.resolve("imported-index"));
    imported.reload();
    bundled = Archive.open(selected.getParent(), folder.resolve("bundled-index"));
    bundled.reload();
  }

  /** The bundled records of the statements imported: by link for pages, by id for the others. */
  private static List<String> sameStatementsBundled(Path in) throws IOException {
    Set<String> keys = new HashSet<>();
    for (Statement statement : new CorpusReader().read(in).statements()) {
      keys.add(statement.id());
      keys.add(statement.url());
    }
    List<String> lines = new ArrayList<>();
    for (String file :
        List.of(
            "seed/morocco-kazakhstan-joint-communique.ar.jsonl",
            "whitehouse/whitehouse_joint_statements.jsonl",
            "ungdc/ungdc_2020_2024.jsonl",
            "ungdc/ungdc_MAR_KAZ_all_years.jsonl")) {
      for (String line : Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8)) {
        JsonNode record = JSON.readTree(line);
        boolean page = record.get("url").asText().contains("whitehouse");
        if (keys.contains(page ? record.get("url").asText() : record.get("id").asText())) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  @AfterAll
  static void close() throws IOException {
    imported.close();
    bundled.close();
  }

  @Test
  void importsEveryPageAndRecordWithNothingLeftOut() {
    assertEquals(List.of(16, 12, 1), results.stream().map(ImportResult::written).toList());
    for (ImportResult result : results) {
      assertEquals(result.read(), result.written(), result.skipped().toString());
      assertEquals(List.of(), result.dropped());
    }
    assertEquals(Map.of(), results.get(0).unreadFields());
    assertEquals(Map.of("speaker_role", 12), results.get(1).unreadFields());
    assertEquals(29, bundled.statements().size(), "the same statements, in the bundled format");
  }

  @Test
  void readsFromEachPageTheTextTitleDateAndLinkOfTheBundledStatement() throws IOException {
    Map<String, Statement> byUrl = new HashMap<>();
    new CorpusReader()
        .read(folder.resolve("bundled"))
        .statements()
        .forEach(s -> byUrl.put(s.url(), s));
    List<Statement> pages =
        new CorpusReader()
            .read(folder.resolve("imported")).statements().stream()
                .filter(s -> s.publisher().equals("The White House"))
                .toList();
    assertEquals(16, pages.size());
    for (Statement page : pages) {
      Statement same = byUrl.get(page.url());
      assertEquals(same.title(), page.title());
      assertEquals(same.date(), page.date(), page.id());
      assertEquals(same.language(), page.language());
      assertEquals(same.text().replaceAll("\n+", "\n"), page.text(), page.id());
    }
  }

  @Test
  void answersTheDevQuestionsAsTheSameStatementsInTheBundledFormat() throws IOException {
    List<EvalQuestion> questions =
        QuestionFiles.read(Path.of("src/test/resources/eval/dev-questions.jsonl"));
    Evaluation.Result fromImported = Evaluation.run(imported, questions);
    Evaluation.Result fromBundled = Evaluation.run(bundled, questions);
    assertEquals(List.of(), fromImported.wrong().stream().map(o -> o.question().id()).toList());
    assertEquals(quoted(fromBundled), quoted(fromImported));
  }

  @Test
  void answersTheCrossLingualDevQuestionsThroughTheInstalledGlossaryAsTheBundledFormatDoes()
      throws IOException {
    List<EvalQuestion> questions =
        QuestionFiles.read(Path.of("src/test/resources/eval/dev-crosslingual.jsonl"));
    Evaluation.Result fromImported = Evaluation.run(imported, questions);
    // Without a glossary no English or French question reaches the Arabic communiqué.
    assertEquals(4, fromImported.top1(), quoted(fromImported).toString());
    assertEquals(quoted(Evaluation.run(bundled, questions)), quoted(fromImported));
  }

  /** Each question's rank of the expected sentence and the sentence quoted first. */
  private static List<String> quoted(Evaluation.Result result) {
    return result.outcomes().stream()
        .map(
            o ->
                o.question().id()
                    + " rank "
                    + o.rank()
                    + ": "
                    + (o.answers().abstained() ? "-" : o.answers().answers().get(0).sentence()))
        .toList();
  }
}
