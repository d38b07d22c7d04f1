package org.balagh.retrieval.corpus;

import java.util.Objects;

/**
 * A record of the data folder that could not be loaded, with where it is and why.
 *
 * @param line the 1-based line in the file, or 0 when the problem concerns the whole file
 */
public record Problem(String file, int line, String message) {

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (line > 0 ? file + ":" + line : file) + ": " + message;
  }
}
