package org.balagh.retrieval.model;

import java.util.List;
import org.balagh.retrieval.corpus.Problem;

/**
 * What opening or reloading the archive did.
 *
 * @param rebuilt false when an index already on disk matched the data folder and was reused
 * @param millis time taken, reading and indexing included
 * @param problems every record that could not be loaded, when the folder was read; empty when the
 *     index was reused (its build info keeps the first ones); glossary lines that could not be read
 *     come after them
 * @param glossaryRows rows of the glossary now in use
 */
public record ReloadReport(
    BuildInfo build, boolean rebuilt, long millis, List<Problem> problems, int glossaryRows) {

  public ReloadReport {
    problems = List.copyOf(problems);
  }

  public int statements() {
    return build.statements();
  }

  public int sentences() {
    return build.sentences();
  }

  public int problemCount() {
    return build.problemCount();
  }
}
