package org.balagh.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SQuAD-format set (such as ARCD) as Balagh sees it: each paragraph a statement whose title is
 * its article's and whose link is the article on Wikipedia, and each question one to ask.
 */
public record SquadSet(
    List<ObjectNode> paragraphs, List<EvalQuestion> questions, Map<String, String> articleOf) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static SquadSet read(Path file, String language) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    List<ObjectNode> paragraphs = new ArrayList<>();
    List<EvalQuestion> questions = new ArrayList<>();
    Map<String, String> articleOf = new HashMap<>();
    int article = 0;
    for (JsonNode entry : root.path("data")) {
      String title = entry.path("title").asText();
      int paragraph = 0;
      for (JsonNode p : entry.path("paragraphs")) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("id", "squad-" + article + "-" + paragraph);
        statement.put("title", title);
        statement.putNull("date");
        statement.put("language", language);
        statement.put(
            "url",
            "https://"
                + language
                + ".wikipedia.org/wiki/"
                + URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8));
        statement.put("publisher", "Wikipedia");
        statement.put("text", p.path("context").asText());
        paragraphs.add(statement);
        for (JsonNode qa : p.path("qas")) {
          List<String> answers = new ArrayList<>();
          qa.path("answers").forEach(a -> answers.add(a.path("text").asText()));
          questions.add(
              new EvalQuestion(
                  qa.path("id").asText(),
                  language,
                  qa.path("question").asText(),
                  answers,
                  answers.isEmpty()));
          articleOf.put(qa.path("id").asText(), title);
        }
        paragraph++;
      }
      article++;
    }
    return new SquadSet(paragraphs, questions, articleOf);
  }

  /**
   * This set's questions about articles that {@code corpus} does not hold, as questions that must
   * be abstained on when asked over {@code corpus}'s paragraphs.
   */
  public List<EvalQuestion> unanswerableOver(SquadSet corpus) {
    Set<String> covered = new HashSet<>(corpus.articleOf().values());
    List<EvalQuestion> unanswerable = new ArrayList<>();
    for (EvalQuestion question : questions) {
      if (!covered.contains(articleOf.get(question.id()))) {
        unanswerable.add(
            new EvalQuestion(
                "neg-" + question.id(), question.language(), question.text(), List.of(), true));
      }
    }
    return unanswerable;
  }

  /**
   * This set's questions asked over another language's version of the same paragraphs ({@code
   * corpus}, parallel, with the same question ids): a right answer holds {@code corpus}'s answer
   * text for the same id; a question whose id {@code corpus} lacks (its article was left out) is
   * one to decline.
   */
  public List<EvalQuestion> askedOver(SquadSet corpus) {
    Map<String, EvalQuestion> answers = new HashMap<>();
    corpus.questions().forEach(q -> answers.put(q.id(), q));
    List<EvalQuestion> asked = new ArrayList<>();
    for (EvalQuestion question : questions) {
      EvalQuestion answer = answers.get(question.id());
      asked.add(
          answer == null
              ? new EvalQuestion(
                  "neg-" + question.id(), question.language(), question.text(), List.of(), true)
              : new EvalQuestion(
                  question.id(), question.language(), question.text(), answer.expect(), false));
    }
    return asked;
  }

  /** The even-numbered articles of a set, and the others' questions, to be declined over them. */
  public record Half(SquadSet answerable, List<EvalQuestion> otherArticles) {}

  /**
   * Half the set: the paragraphs and questions of its even-numbered articles, and the questions of
   * the odd-numbered ones as questions about articles it does not hold.
   */
  public Half evenArticles() {
    List<ObjectNode> kept = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    for (ObjectNode paragraph : paragraphs) {
      int article = Integer.parseInt(paragraph.get("id").asText().split("-")[1]);
      if (article % 2 == 0) {
        kept.add(paragraph);
        titles.add(paragraph.get("title").asText());
      }
    }
    List<EvalQuestion> asked = new ArrayList<>();
    Map<String, String> articles = new HashMap<>();
    for (EvalQuestion question : questions) {
      if (titles.contains(articleOf.get(question.id()))) {
        asked.add(question);
        articles.put(question.id(), articleOf.get(question.id()));
      }
    }
    SquadSet half = new SquadSet(kept, asked, articles);
    return new Half(half, unanswerableOver(half));
  }

  /** Writes the paragraphs as a data folder of one {@code .jsonl} file. */
  public void writeDataFolder(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (BufferedWriter out =
        Files.newBufferedWriter(folder.resolve("paragraphs.jsonl"), StandardCharsets.UTF_8)) {
      for (ObjectNode paragraph : paragraphs) {
        out.write(JSON.writeValueAsString(paragraph));
        out.write('\n');
      }
    }
  }
}
