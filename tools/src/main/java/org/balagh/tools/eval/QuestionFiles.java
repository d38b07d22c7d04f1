package org.balagh.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads evaluation questions, one JSON object a line: {@code id}, {@code lang}, {@code q}, and
 * {@code expect} (substrings of the right sentence) or {@code "abstain": true}.
 */
public final class QuestionFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private QuestionFiles() {}

  public static List<EvalQuestion> read(Path file) throws IOException {
    List<EvalQuestion> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(lines.get(i));
        List<String> expect = new ArrayList<>();
        node.path("expect").forEach(e -> expect.add(e.asText()));
        questions.add(
            new EvalQuestion(
                node.path("id").asText("line-" + (i + 1)),
                node.path("lang").asText(""),
                node.path("q").asText(),
                expect,
                node.path("abstain").asBoolean(false)));
      } catch (IOException | IllegalArgumentException e) {
        throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return questions;
  }
}
