package org.balagh.retrieval.model;

import java.util.List;

/**
 * What one index build read and made; kept beside the index.
 *
 * @param problems the first problems met reading the data folder, as "file:line: reason"
 * @param problemCount how many problems there were in all
 */
public record BuildInfo(
    String fingerprint,
    int statements,
    int sentences,
    int files,
    List<String> problems,
    int problemCount,
    long buildMillis,
    String builtAt) {

  public BuildInfo {
    problems = List.copyOf(problems);
  }
}
