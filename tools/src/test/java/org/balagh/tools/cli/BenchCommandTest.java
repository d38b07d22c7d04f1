package org.balagh.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.balagh.bot.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's smoke run: every step, on the fixture corpus, in seconds. */
class BenchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  @Test
  void measuresBothEnginesAndWritesTheTablesAndTheFigures() throws IOException {
    Path data = Fixtures.data(folder.resolve("data"));
    Path questions = folder.resolve("questions.jsonl");
    Files.writeString(
        questions,
        """
        {"id":"c5","lang":"en","q":"What did the C5+1 leaders say about Afghanistan?",\
        "expect":["situation in Afghanistan remains a matter of concern"]}
        {"id":"cake","lang":"en","q":"How do I bake a chocolate cake?","abstain":true}
        {"id":"fr","lang":"fr","q":"Que dit le Maroc ?","abstain":true}
        """);
    Path markdown = folder.resolve("BENCHMARKS.md");
    Path json = folder.resolve("BENCHMARKS.json");

    CliRun run =
        CliRun.run(
            "bench",
            "--smoke",
            "--data",
            data.toString(),
            "--questions",
            questions.toString(),
            "--work",
            folder.resolve("work").toString(),
            "--out",
            markdown.toString(),
            "--json",
            json.toString());

    assertEquals(0, run.status(), run.err());
    String table = Files.readString(markdown);
    for (String heading : new String[] {"## Corpora", "## Balagh", "## SQLite FTS5", "## Goals"}) {
      assertTrue(table.contains(heading), heading + " in:\n" + table);
    }
    assertTrue(table.contains("| top-1 = gold sentence | 1 of 1 |"), table);
    assertTrue(table.contains("bench --smoke --data"), table);
    JsonNode corpus = JSON.readTree(json.toFile()).path("corpora").path(0);
    assertEquals("bundled", corpus.path("name").asText());
    JsonNode balagh = corpus.path("balagh");
    assertEquals(6, balagh.path("statements").asInt());
    assertTrue(balagh.path("latency1").path("queries").asInt() > 0);
    assertTrue(balagh.path("latency2").path("perSecond").asDouble() > 0);
    assertTrue(balagh.path("firstAnswerMillis").asLong() > 0);
    for (String reload : new String[] {"reload", "reloadAgain"}) {
      JsonNode figures = balagh.path("serve").path(reload);
      assertTrue(figures.path("rebuilt").asBoolean(), reload);
      assertEquals(0, figures.path("failed").asInt(), reload);
    }
    assertTrue(balagh.path("peakRssBytes").asLong() > 0);
    JsonNode fts5 = corpus.path("fts5");
    assertEquals(balagh.path("sentences").asInt(), fts5.path("sentences").asInt());
    assertTrue(fts5.path("latency1").path("queries").asInt() > 0);
    // Only the English and Arabic questions are asked; the C5 answer is stored and found.
    assertEquals(2, balagh.path("answers").size());
    assertEquals(1, corpus.path("goldQuestions").asInt());
    assertEquals(1, corpus.path("balaghTop1").asInt());
  }

  @Test
  void refusesAnUnknownCorpusAndAMissingQuestionFile() throws IOException {
    Path questions = Files.writeString(folder.resolve("q.jsonl"), "");
    CliRun corpus = CliRun.run("bench", "--corpus", "nope", "--questions", questions.toString());
    assertEquals(2, corpus.status());
    assertTrue(corpus.err().contains("no corpus nope"), corpus.err());
    CliRun missing = CliRun.run("bench", "--questions", folder.resolve("none.jsonl").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("no question file"), missing.err());
  }
}
