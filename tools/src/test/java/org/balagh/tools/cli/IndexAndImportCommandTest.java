package org.balagh.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balagh.bot.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexAndImportCommandTest {

  @TempDir Path folder;

  @Test
  void buildsTheIndexOnceAndReusesItWhileTheDataIsUnchanged() throws IOException {
    String data = Fixtures.data(folder.resolve("data")).toString();
    CliRun first = CliRun.run("index", "--data", data);
    assertEquals(0, first.status(), first.err());
    assertTrue(first.out().startsWith("built index: 6 statements, "), first.out());
    CliRun second = CliRun.run("index", "--data", data);
    assertTrue(second.out().startsWith("reused index: 6 statements, "), second.out());
  }

  @Test
  void importsAPlainTextStatementAndChangesNothingTheSecondTime() throws IOException {
    Path text = folder.resolve("joint.txt");
    Files.writeString(
        text,
        "The two ministers met in Rabat.\nThey agreed to cooperate.\nSource: https://example.org/j\n");
    String out = folder.resolve("data").toString();
    CliRun first = CliRun.run("import", "--out", out, "--countries", "ma,kz", text.toString());
    assertEquals(0, first.status(), first.err());
    assertTrue(first.lines().get(0).endsWith("joint.jsonl: 1 read, 1 imported"), first.out());
    CliRun second = CliRun.run("import", "--out", out, "--countries", "ma,kz", text.toString());
    assertTrue(second.lines().get(0).endsWith(": 1 read, 1 imported (unchanged)"), second.out());
    String stored = Files.readString(folder.resolve("data/joint.jsonl"));
    assertTrue(stored.contains("\"countries\":[\"MA\",\"KZ\"]"), stored);
    assertTrue(stored.contains("\"url\":\"https://example.org/j\""), stored);
  }

  @Test
  void explainsAPlainTextFileWithoutASourceLine() throws IOException {
    Path text = folder.resolve("bad.txt");
    Files.writeString(text, "No source here.\n");
    CliRun run = CliRun.run("import", "--out", folder.resolve("data").toString(), text.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("the last line must be the source link"), run.err());
  }

  @Test
  void namesAFileItCannotImportOnce() throws IOException {
    Path sheet = folder.resolve("latin.csv");
    Files.write(sheet, "link,content\nhttps://example.org/z,Caf\u00e9.\n".getBytes("ISO-8859-1"));
    CliRun run = CliRun.run("import", "--out", folder.resolve("data").toString(), sheet.toString());
    assertEquals(1, run.status());
    assertTrue(
        run.err()
            .contains("cannot import " + sheet + ": not UTF-8 text (save the sheet as CSV UTF-8)"),
        run.err());
  }

  @Test
  void namesEachSkippedRecordSumsUpAndExitsOneUnlessPartialImportsAreAllowed() throws IOException {
    Path archive = folder.resolve("feed.jsonl");
    Files.writeString(
        archive,
        "{\"link\":\"https://example.org/a\",\"content\":\"Chad spoke.\",\"pubDate\":\"soon\","
            + "\"tags\":\"x\"}\n"
            + "{\"content\":\"No link.\"}\n"
            + "{broken\n");
    String out = folder.resolve("data").toString();
    CliRun run = CliRun.run("import", "--out", out, archive.toString());
    assertEquals(1, run.status());
    assertEquals(
        List.of(
            "skipped feed.jsonl:2: missing field 'url' (tried url, link, source_url, permalink,"
                + " canonical_url, web_url, href; see --map)",
            "skipped feed.jsonl:3: not valid JSON",
            "left out feed.jsonl:1: date from 'pubDate': 'soon' is not a date this"
                + " importer reads"),
        run.err().lines().toList());
    assertEquals(
        List.of(
            archive + " -> " + Path.of(out, "feed.jsonl") + ": 3 read, 1 imported, 2 skipped",
            "summary: 1 input, 3 records read, 1 imported, 0 already stored, 2 skipped"
                + " (missing field 'url' 1, not valid JSON 1)",
            "values left out: date 1",
            "source fields not read: tags 1"),
        run.lines());
    assertEquals(
        0, CliRun.run("import", "--out", out, "--allow-partial", archive.toString()).status());
  }

  @Test
  void readsTheFieldsNamedWithMapAndRefusesAFieldTheDataFormatLacks() throws IOException {
    Path archive = folder.resolve("a.jsonl");
    Files.writeString(
        archive, "{\"ref\":\"r-1\",\"address\":\"https://example.org/r\",\"story\":\"Chad.\"}\n");
    String out = folder.resolve("data").toString();
    CliRun mapped =
        CliRun.run(
            "import", "--out", out, "--map", "id=ref,url=address,text=story", archive.toString());
    assertEquals(0, mapped.status(), mapped.err());
    assertTrue(Files.readString(folder.resolve("data/a.jsonl")).contains("\"id\":\"r-1\""));
    CliRun wrong = CliRun.run("import", "--out", out, "--map", "body=story", archive.toString());
    assertEquals(2, wrong.status());
    assertTrue(wrong.err().startsWith("balagh import: --map 'body' is not a field"), wrong.err());
  }
}
