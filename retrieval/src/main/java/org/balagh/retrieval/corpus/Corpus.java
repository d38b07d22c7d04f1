package org.balagh.retrieval.corpus;

import java.util.List;

/**
 * What reading a data folder produced: the statements that loaded, in a stable order, and the
 * records that did not.
 */
public record Corpus(List<Statement> statements, List<Problem> problems, int files) {

  public Corpus {
    statements = List.copyOf(statements);
    problems = List.copyOf(problems);
  }
}
