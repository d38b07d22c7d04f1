package org.balagh.retrieval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

  @TempDir Path folder;

  private final Importer importer = new Importer();

  @Test
  void importsAPlainTextStatementWithItsSourceLine() throws IOException {
    Path input = folder.resolve("in/joint.ar.txt");
    Files.createDirectories(input.getParent());
    Files.writeString(
        input,
        "اتفق البلدان على التعاون.\nكما جددا التزامهما.\nالمصدر : https://example.com/?p=1\n");
    Path out = folder.resolve("data");
    Importer.Result result =
        importer.importFile(
            input, out, new Importer.Overrides("بلاغ مشترك", List.of("MA", "KZ"), null));
    assertEquals(1, result.written());
    Statement statement = new CorpusReader().read(out).statements().get(0);
    assertEquals("joint.ar", statement.id());
    assertEquals("بلاغ مشترك", statement.title());
    assertEquals("https://example.com/?p=1", statement.url());
    assertEquals("ar", statement.language());
    assertEquals(List.of("MA", "KZ"), statement.countries());
    assertNull(statement.date());
    assertEquals("اتفق البلدان على التعاون.\nكما جددا التزامهما.", statement.text());
  }

  @Test
  void refusesPlainTextWithoutASourceLine() throws IOException {
    Path input = folder.resolve("x.txt");
    Files.writeString(input, "Some text.\n");
    try {
      importer.importFile(input, folder.resolve("data"), Importer.Overrides.none());
    } catch (IOException e) {
      assertTrue(e.getMessage().contains("source link"));
      return;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void mapsArchiveFieldsAndIsIdempotent() throws IOException {
    Path input = folder.resolve("ungdc.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"MAR_79_2024\",\"title\":\"Statement by Morocco\","
            + "\"source_url\":\"https://doi.org/10.7910/DVN/0TJX8Y\",\"country_iso3\":\"MAR\","
            + "\"year\":2024,\"language\":\"en\",\"source\":\"UN General Debate Corpus (UNGDC)\","
            + "\"text\":\"**Mr. President,**\\nWe thank you.\"}\n");
    Path out = folder.resolve("data");
    Importer.Result first = importer.importFile(input, out, Importer.Overrides.none());
    assertTrue(first.changed());
    Statement statement = new CorpusReader().read(out).statements().get(0);
    assertEquals(List.of("MA"), statement.countries());
    assertEquals(2024, statement.year());
    assertNull(statement.date());
    assertEquals("UN General Debate Corpus", statement.publisher());
    assertEquals("Mr. President,\nWe thank you.", statement.text());
    byte[] before = Files.readAllBytes(first.output());
    Importer.Result second = importer.importFile(input, out, Importer.Overrides.none());
    assertFalse(second.changed());
    assertEquals(new String(before), Files.readString(second.output()));
  }

  @Test
  void skipsIdsAnotherFileAlreadyHolds() throws IOException {
    Path out = folder.resolve("data");
    Files.createDirectories(out);
    Files.writeString(
        out.resolve("existing.jsonl"), "{\"id\":\"A\",\"url\":\"https://x.org\",\"text\":\"t\"}\n");
    Path input = folder.resolve("new.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"A\",\"url\":\"https://x.org\",\"text\":\"t\"}\n"
            + "{\"id\":\"B\",\"url\":\"https://x.org\",\"text\":\"u\"}\n");
    Importer.Result result = importer.importFile(input, out, Importer.Overrides.none());
    assertEquals(1, result.written());
    assertEquals(1, result.skippedDuplicates());
  }
}
