package org.balagh.retrieval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  @TempDir Path folder;

  private static final String GOOD =
      "{\"id\":\"a\",\"title\":\"T\",\"date\":\"2024-10-31\",\"url\":\"https://x.org/a\","
          + "\"text\":\"Morocco and Kazakhstan agreed.\"}";

  private Corpus read() {
    return new CorpusReader().read(folder);
  }

  private void write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static String problem(Corpus corpus) {
    assertEquals(1, corpus.problems().size(), corpus.problems().toString());
    return corpus.problems().get(0).toString();
  }

  @Test
  void readsJsonLinesAndJsonFilesRecursively() throws IOException {
    write("a.jsonl", GOOD + "\n\n" + GOOD.replace("\"a\"", "\"b\"") + "\n");
    write("sub/c.json", GOOD.replace("\"a\"", "\"c\""));
    write("notes.md", "not a statement");
    Corpus corpus = read();
    assertEquals(List.of("a", "b", "c"), corpus.statements().stream().map(Statement::id).toList());
    assertEquals(LocalDate.of(2024, 10, 31), corpus.statements().get(0).date());
    assertEquals(2, corpus.files());
    assertTrue(corpus.problems().isEmpty());
  }

  @Test
  void detectsTheLanguageWhenAbsent() throws IOException {
    write(
        "a.jsonl",
        GOOD
            + "\n"
            + "{\"id\":\"ar\",\"url\":\"https://x.org/b\",\"text\":\"اتفق البلدان على التعاون.\"}\n"
            + "{\"id\":\"fr\",\"url\":\"https://x.org/c\",\"text\":\"Le Maroc et le Kazakhstan ont"
            + " signé une déclaration.\"}\n");
    assertEquals(
        List.of("en", "ar", "fr"), read().statements().stream().map(Statement::language).toList());
  }

  @Test
  void namesFileLineAndReasonForALineThatIsNotJson() throws IOException {
    write("a.jsonl", GOOD + "\n{broken\n");
    Corpus corpus = read();
    assertEquals(1, corpus.statements().size());
    assertTrue(problem(corpus).startsWith("a.jsonl:2: not valid JSON"));
  }

  @Test
  void namesTheMissingField() throws IOException {
    write(
        "a.jsonl",
        "{\"id\":\"x\",\"text\":\"t\"}\n{\"url\":\"https://x.org\",\"text\":\"t\"}\n"
            + "{\"id\":\"z\",\"url\":\"https://x.org\",\"text\":\"  \"}\n");
    Corpus corpus = read();
    assertEquals(
        List.of(
            "a.jsonl:1: missing field 'url'",
            "a.jsonl:2: missing field 'id'",
            "a.jsonl:3: field 'text' is empty"),
        corpus.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void rejectsBadDatesCountriesAndLinks() throws IOException {
    write(
        "a.jsonl",
        GOOD.replace("2024-10-31", "31/10/2024")
            + "\n"
            + GOOD.replace("\"a\"", "\"b\"")
                .replace("\"title\"", "\"countries\":[\"Morocco\"],\"t\"")
            + "\n"
            + GOOD.replace("\"a\"", "\"c\"").replace("https://x.org/a", "javascript:alert(1)"));
    List<String> problems = read().problems().stream().map(Problem::toString).toList();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("'date' is not YYYY-MM-DD"));
    assertTrue(problems.get(1).contains("not an ISO 3166 alpha-2 code"));
    assertTrue(problems.get(2).contains("not an http(s) link"));
  }

  @Test
  void keepsTheFirstOfDuplicateIds() throws IOException {
    write("a.jsonl", GOOD + "\n");
    write("b.jsonl", GOOD.replace("Morocco", "Chad") + "\n");
    Corpus corpus = read();
    assertEquals(1, corpus.statements().size());
    assertTrue(corpus.statements().get(0).text().startsWith("Morocco"));
    assertEquals("b.jsonl:1: duplicate id 'a' (first in a.jsonl:1)", problem(corpus));
  }

  @Test
  void rejectsBinaryAndWronglyEncodedFiles() throws IOException {
    Files.write(folder.resolve("junk.jsonl"), new byte[] {0x7b, 0, 1, 2, (byte) 0xff});
    Files.write(
        folder.resolve("latin1.json"), "{\"id\":\"é\"}".getBytes(StandardCharsets.ISO_8859_1));
    List<String> problems = read().problems().stream().map(Problem::toString).toList();
    assertEquals(
        List.of(
            "junk.jsonl: not UTF-8 text (binary or wrongly encoded file)",
            "latin1.json: not UTF-8 text (binary or wrongly encoded file)"),
        problems);
  }

  @Test
  void reportsEmptyFilesAndSkipsHiddenOnes() throws IOException {
    write("empty.jsonl", "\n");
    write(".index/x.json", "{}");
    write("a.json", GOOD);
    Corpus corpus = read();
    assertEquals(1, corpus.statements().size());
    assertEquals("empty.jsonl: empty file", problem(corpus));
  }

  @Test
  void reportsAMissingFolderAsAProblem() {
    Corpus corpus = new CorpusReader().read(folder.resolve("nope"));
    assertTrue(corpus.statements().isEmpty());
    assertTrue(problem(corpus).contains("cannot read the data folder"));
  }

  @Test
  void cleansMarkdownResidueOnLoad() throws IOException {
    write("a.json", GOOD.replace("Morocco and", "**Morocco** and"));
    assertEquals("Morocco and Kazakhstan agreed.", read().statements().get(0).text());
  }

  @Test
  void skipsAByteOrderMarkAndReadsWindowsLineEnds() throws IOException {
    write("a.jsonl", "\uFEFF" + GOOD + "\r\n\r\n" + GOOD.replace("\"a\"", "\"b\"") + "\r\n");
    write("bom-only.jsonl", "\uFEFF\n");
    Corpus corpus = read();
    assertEquals(List.of("a", "b"), corpus.statements().stream().map(Statement::id).toList());
    assertEquals("bom-only.jsonl: empty file", problem(corpus));
  }

  @Test
  void refusesABadFileWholeEvenWhenItsFirstLinesAreGood() throws IOException {
    byte[] good = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[good.length + 3];
    System.arraycopy(good, 0, file, 0, good.length);
    file[good.length] = (byte) 0xE9; // Latin-1 é, not UTF-8
    file[good.length + 1] = 'x';
    file[good.length + 2] = '\n';
    Files.write(folder.resolve("late.jsonl"), file);
    Corpus corpus = read();
    assertTrue(corpus.statements().isEmpty());
    assertEquals("late.jsonl: not UTF-8 text (binary or wrongly encoded file)", problem(corpus));
  }

  @Test
  void refusesAStatementOverTheLimitByItsLineAndReadsTheOthers() throws IOException {
    String big = GOOD.replace("\"a\"", "\"big\"").replace("Morocco", "Morocco ".repeat(200));
    write("a.jsonl", GOOD.replace("\"a\"", "\"b\"") + "\n" + big + "\n" + GOOD + "\n");
    Corpus corpus = new CorpusReader(1000).read(folder);
    assertEquals(List.of("b", "a"), corpus.statements().stream().map(Statement::id).toList());
    assertEquals(
        "a.jsonl:2: statement of "
            + big.length()
            + " characters, over the limit of 1000 characters for one statement",
        problem(corpus));
  }

  @Test
  void readsNoStatementFromTheLanguageFolderAtTheRoot() throws IOException {
    write("lang/capitals.json", GOOD);
    write("sub/lang/b.json", GOOD.replace("\"a\"", "\"b\""));
    Corpus corpus = read();
    assertEquals(List.of("b"), corpus.statements().stream().map(Statement::id).toList());
    assertEquals(1, corpus.files());
  }

  @Test
  void passesStatementsOnOneAtATimeInOrder() throws IOException {
    write("a.jsonl", GOOD + "\n" + GOOD.replace("\"a\"", "\"b\"") + "\n" + GOOD + "\n");
    List<String> taken = new ArrayList<>();
    CorpusReader.Reading reading = new CorpusReader().read(folder, s -> taken.add(s.id()));
    assertEquals(List.of("a", "b"), taken);
    assertEquals(2, reading.loaded());
    assertEquals(1, reading.problems().size());
    assertEquals(1, reading.files());
  }

  @Test
  void stopsWhenTheSinkFails() throws IOException {
    write("a.jsonl", GOOD + "\n" + GOOD.replace("\"a\"", "\"b\"") + "\n");
    IOException full = new IOException("disk full");
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                new CorpusReader()
                    .read(
                        folder,
                        s -> {
                          throw full;
                        }));
    assertSame(full, thrown);
  }
}
