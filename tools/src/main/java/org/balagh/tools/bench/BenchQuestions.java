package org.balagh.tools.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balagh.tools.eval.EvalQuestion;
import org.balagh.tools.eval.QuestionFiles;

/**
 * The questions a benchmark asks: the evaluation sets' English and Arabic questions, answerable or
 * not, each once for agreement with the gold sentences, and in turn, over and over, for timing.
 */
record BenchQuestions(List<EvalQuestion> unique) {

  /** The languages asked in, as the benchmark's brief sets them. */
  static final Set<String> LANGUAGES = Set.of("en", "ar");

  BenchQuestions {
    unique = List.copyOf(unique);
    if (unique.isEmpty()) {
      throw new IllegalArgumentException("no English or Arabic question in the files given");
    }
  }

  static BenchQuestions read(List<Path> files) throws IOException {
    List<EvalQuestion> questions = new ArrayList<>();
    for (Path file : files) {
      for (EvalQuestion question : QuestionFiles.read(file)) {
        if (LANGUAGES.contains(question.language())) {
          questions.add(question);
        }
      }
    }
    return new BenchQuestions(questions);
  }

  /** The text of the i-th question asked, the list taken round and round. */
  String text(int i) {
    return unique.get(i % unique.size()).text();
  }
}
