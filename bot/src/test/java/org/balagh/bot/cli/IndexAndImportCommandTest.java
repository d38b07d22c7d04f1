package org.balagh.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertTrue(first.out().endsWith(": 1 statements\n"), first.out());
    CliRun second = CliRun.run("import", "--out", out, "--countries", "ma,kz", text.toString());
    assertTrue(second.out().endsWith("(unchanged)\n"), second.out());
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
}
