package org.balagh.retrieval.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A language resource installed with Balagh ({@code data/lang/} in the repository, in the jar under
 * {@code org/balagh/retrieval/lang/}): its lines, comments and blank lines left out, each split at
 * tabs. A missing or unreadable resource is a broken installation, not a user's error.
 */
public final class LanguageResource {

  private static final String FOLDER = "/org/balagh/retrieval/lang/";

  private LanguageResource() {}

  /** A line of a resource: its number, from 1, and its tab-separated cells. */
  public record Line(int number, String[] cells) {}

  /** The lines of a resource that are neither blank nor {@code #} comments. */
  public static List<Line> lines(String name) {
    InputStream in = LanguageResource.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("missing language resource " + name);
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(new Line(number, line.split("\t", -1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language resource " + name, e);
    }
    return lines;
  }
}
