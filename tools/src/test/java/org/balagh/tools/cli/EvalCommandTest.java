package org.balagh.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.balagh.bot.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir static Path folder;
  private static String data;
  private static String questions;

  @BeforeAll
  static void setUp() throws IOException {
    data = Fixtures.data(folder.resolve("data")).toString();
    Path file = folder.resolve("questions.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"q1\",\"lang\":\"en\",\"q\":\"What did the C5+1 leaders say about Afghanistan?\","
            + "\"expect\":[\"situation in Afghanistan remains\"]}\n"
            + "{\"id\":\"q2\",\"lang\":\"en\",\"q\":\"What did Kazakhstan say about the nuclear arms"
            + " race?\",\"expect\":[\"another nuclear arms race\"]}\n"
            + "{\"id\":\"q3\",\"lang\":\"en\",\"q\":\"How do I bake a cake?\",\"abstain\":true}\n");
    questions = file.toString();
  }

  @Test
  void printsEachFigureNextToItsExpectedValue() {
    CliRun run =
        CliRun.run(
            "eval",
            "--data",
            data,
            "--questions",
            questions,
            "--min-top1",
            "1",
            "--min-abstain",
            "1");
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(
        run.out().contains("top-1                     1.000     >= 1.0 ok (of 2)"), run.out());
    assertTrue(
        run.out().contains("abstained rightly         1.000     >= 1.0 ok (of 1)"), run.out());
    assertTrue(run.out().endsWith("PASS\n"), run.out());
  }

  @Test
  void exitsWithOneBelowTheExpectedValues() throws IOException {
    Path hard = folder.resolve("hard.jsonl");
    Files.writeString(
        hard,
        "{\"id\":\"h1\",\"lang\":\"en\",\"q\":\"What did the C5+1 leaders say about Afghanistan?\","
            + "\"expect\":[\"a sentence that is not there\"]}\n");
    CliRun run =
        CliRun.run("eval", "--data", data, "--questions", hard.toString(), "--min-top1", "0.5");
    assertEquals(1, run.status());
    assertTrue(run.out().contains("BELOW"), run.out());
    assertTrue(run.out().endsWith("FAIL: below the expected values\n"), run.out());
  }

  @Test
  void sweepsConfidenceThresholds() {
    CliRun run = CliRun.run("eval", "--data", data, "--questions", questions, "--sweep");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("2 answerable, 1 unanswerable questions"), run.out());
    assertTrue(run.out().contains("<- in use"), run.out());
  }

  @Test
  void measuresAWeightChangedByName() {
    CliRun usual = evalQuestions();
    CliRun none = evalQuestions("--weight", "candidates=0", "--weight", "passages=0");
    assertEquals(0, usual.status(), usual.err());
    assertEquals(0, none.status(), none.err());
    assertTrue(top1(usual.out()).contains("1.000"), usual.out());
    assertTrue(top1(none.out()).contains("0.000"), none.out());

    CliRun unknown = evalQuestions("--weight", "nonsense=1");
    assertEquals(2, unknown.status());
    assertTrue(
        unknown.err().startsWith("--weight: no weight 'nonsense'; the weights: title,"),
        unknown.err());
  }

  /** {@code eval} of the question file over the data folder, with more options. */
  private static CliRun evalQuestions(String... options) {
    List<String> args = new ArrayList<>(List.of("eval", "--data", data, "--questions", questions));
    args.addAll(List.of(options));
    return CliRun.run(args.toArray(String[]::new));
  }

  private static String top1(String out) {
    return out.lines().filter(l -> l.startsWith("top-1 ")).findFirst().orElse("no top-1 line");
  }

  @Test
  void scoresAGroupOnlyWhenEveryOneOfItsSetsWasAsked() throws IOException {
    Path hard = folder.resolve("hard-for-suite.jsonl");
    Files.writeString(
        hard,
        "{\"id\":\"h1\",\"lang\":\"en\",\"q\":\"What did Kazakhstan say about the nuclear"
            + " arms race?\",\"expect\":[\"a sentence that is not there\"]}\n"
            + "{\"id\":\"h2\",\"lang\":\"en\",\"q\":\"How do I knit a scarf?\",\"abstain\":true}\n");
    Path manifest = folder.resolve("suite.json");
    Files.writeString(
        manifest,
        "{\"sets\": [{\"name\": \"easy\", \"questions\": \"questions.jsonl\", \"fit\": true},"
            + " {\"name\": \"hard\", \"questions\": \"hard-for-suite.jsonl\"}],"
            + " \"groups\": [{\"name\": \"pooled\", \"sets\": [\"easy\", \"hard\"],"
            + " \"expect\": {\"top1\": 0.9}}]}");
    String work = folder.resolve("suite-work").toString();
    String[] common = {"eval", "--data", data, "--suite", manifest.toString(), "--work", work};

    CliRun all = CliRun.run(concat(common, "--only", "easy,hard"));
    assertEquals(1, all.status(), all.out() + all.err());
    assertTrue(all.out().contains("top1 0.667 >= 0.9 BELOW"), all.out());
    List<String> byLanguage =
        all.out()
            .lines()
            .filter(l -> l.startsWith("fitted on") || l.startsWith("held back"))
            .toList();
    assertEquals(2, byLanguage.size(), all.out());
    assertTrue(
        byLanguage.get(0).matches("fitted on en +2 +1\\.000 +0\\.000 +0\\.000 +1 +0\\.000"),
        byLanguage.get(0));
    assertTrue(
        byLanguage.get(1).matches("held back en +0 +- +- +- +1 +0\\.000"),
        "h1 is left out: a fitted set asks it too; " + byLanguage.get(1));

    Path signals = folder.resolve("signals.tsv");
    CliRun written = CliRun.run(concat(common, "--only", "easy", "--signals", signals.toString()));
    assertEquals(0, written.status(), written.out() + written.err());
    List<String> rows = Files.readAllLines(signals);
    assertEquals(4, rows.size(), String.join("\n", rows));
    assertTrue(rows.get(0).startsWith("set\tfit\tunanswerable\trank\tlanguage\tintercept\t"));
    assertTrue(rows.get(1).startsWith("easy\ttrue\tfalse\t1\ten\t1.00000\t"), rows.get(1));
    assertEquals(rows.get(0).split("\t").length, rows.get(1).split("\t").length, rows.get(1));
    assertTrue(rows.get(3).startsWith("easy\ttrue\ttrue\t"), rows.get(3));

    CliRun some = CliRun.run(concat(common, "--only", "easy"));
    assertEquals(0, some.status(), some.out() + some.err());
    assertTrue(
        some.out().contains("pooled: not scored, not every one of its sets was asked"), some.out());
    assertTrue(some.out().endsWith("PASS\n"), some.out());
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
