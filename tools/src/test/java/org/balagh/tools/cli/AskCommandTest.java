package org.balagh.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.balagh.bot.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;
  private static String data;

  @BeforeAll
  static void corpus() throws IOException {
    data = Fixtures.data(folder.resolve("data")).toString();
  }

  @Test
  void printsOneJsonObjectWithTheAnswerAndItsSource() throws IOException {
    CliRun run =
        CliRun.run(
            "ask", "--data", data, "--json", "What did the C5+1 leaders say about Afghanistan?");
    assertEquals(0, run.status(), run.err());
    assertEquals(1, run.lines().size());
    JsonNode line = JSON.readTree(run.lines().get(0));
    assertEquals(List.of("question", "answers", "took_ms"), fieldNames(line));
    JsonNode answer = line.get("answers").get(0);
    assertEquals(List.of("sentence", "id", "title", "date", "url", "score"), fieldNames(answer));
    assertEquals(
        "The leaders noted that the situation in Afghanistan remains a matter of concern.",
        answer.get("sentence").asText());
    assertEquals("c5-2023", answer.get("id").asText());
    assertEquals("2023-09-19", answer.get("date").asText());
    assertEquals("https://example.org/c5", answer.get("url").asText());
    assertTrue(line.get("took_ms").asDouble() >= 0);
  }

  @Test
  void givesAnEmptyAnswerListWhenNothingAnswers() throws IOException {
    CliRun run = CliRun.run("ask", "--data", data, "--json", "How do I bake a chocolate cake?");
    JsonNode line = JSON.readTree(run.lines().get(0));
    assertEquals(0, line.get("answers").size());
    assertEquals("How do I bake a chocolate cake?", line.get("question").asText());
  }

  @Test
  void answersEachLineOfStandardInputWithOneLineInOrder() throws IOException {
    String input =
        "What did Kazakhstan say about the nuclear arms race?\n"
            + "\n"
            + "\u0000\u0007 AND OR \"*\n"
            + "🌾".repeat(3000)
            + "\n"
            + "هل تدعم كازاخستان مبادرة الحكم الذاتي التي قدمها المغرب؟\n";
    CliRun run = CliRun.run(input, Map.of(), "ask", "--data", data, "--json", "--top", "2");
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.lines();
    assertEquals(5, lines.size(), run.out());
    assertEquals(
        "We face the risk of another nuclear arms race.",
        JSON.readTree(lines.get(0)).get("answers").get(0).get("sentence").asText());
    assertEquals(0, JSON.readTree(lines.get(1)).get("answers").size());
    assertEquals(0, JSON.readTree(lines.get(2)).get("answers").size());
    assertEquals(0, JSON.readTree(lines.get(3)).get("answers").size());
    assertTrue(
        JSON.readTree(lines.get(4))
            .get("answers")
            .get(0)
            .get("sentence")
            .asText()
            .contains("أعربت كازاخستان"));
  }

  @Test
  void printsAReadableLineWithoutJson() {
    CliRun run =
        CliRun.run("ask", "--data", data, "What did Kazakhstan say about the nuclear arms race?");
    assertEquals(
        "«We face the risk of another nuclear arms race.» — Statement by Kazakhstan at the UN"
            + " General Assembly general debate, session 78 (2023), 2023"
            + " <https://doi.org/10.7910/DVN/0TJX8Y>",
        run.lines().get(0));
    assertEquals(
        "(no stored statement answers this)",
        CliRun.run("ask", "--data", data, "Who won the football world cup?").lines().get(0));
  }

  @Test
  void reportsBadRecordsOnStandardErrorAndServesTheGoodOnes() throws IOException {
    Path mixed = Fixtures.data(folder.resolve("mixed"));
    Files.writeString(
        mixed.resolve("zz-broken.jsonl"),
        "{not json\n{\"id\":\"x\",\"text\":\"t\"}\n{\"id\":\"c5-2023\",\"url\":\"https://x.org\",\"text\":\"t\"}\n");
    Files.write(mixed.resolve("junk.json"), new byte[] {0, 1, 2, (byte) 0xfe});
    CliRun run =
        CliRun.run(
            "ask", "--data", mixed.toString(), "What did the C5+1 leaders say about Afghanistan?");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("situation in Afghanistan"), run.out());
    List<String> errors = run.err().lines().toList();
    assertEquals(
        List.of(
            "skipped junk.json: not UTF-8 text (binary or wrongly encoded file)",
            "skipped zz-broken.jsonl:1: not valid JSON: Unexpected character ('n' (code 110)): was"
                + " expecting double-quote to start field name",
            "skipped zz-broken.jsonl:2: missing field 'url'",
            "skipped zz-broken.jsonl:3: duplicate id 'c5-2023' (first in statements.jsonl:3)"),
        errors);
  }

  @Test
  void failsWithOneClearLineWhenNothingLoads() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));
    Files.writeString(empty.resolve("a.jsonl"), "{\"id\":\"x\"}\n");
    CliRun run = CliRun.run("ask", "--data", empty.toString(), "anything");
    assertEquals(1, run.status());
    List<String> errors = run.err().lines().toList();
    assertEquals("skipped a.jsonl:1: missing field 'url'", errors.get(0));
    assertTrue(errors.get(1).startsWith("balagh: no statement could be loaded from"), run.err());
    assertEquals(2, errors.size(), run.err());
    assertFalse(run.err().contains("Exception"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
