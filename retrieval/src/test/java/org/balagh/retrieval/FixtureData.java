package org.balagh.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The module's small test corpus (src/test/resources/fixtures/data), copied where a test needs it.
 */
public final class FixtureData {

  private FixtureData() {}

  /** Copies the fixture statements and glossary into {@code target}, which it creates. */
  public static Path copy(Path target) throws IOException {
    Files.createDirectories(target);
    for (String name : List.of("seed.jsonl", "statements.jsonl", "glossary.tsv")) {
      try (InputStream in = FixtureData.class.getResourceAsStream("/fixtures/data/" + name)) {
        Files.copy(in, target.resolve(name));
      }
    }
    return target;
  }
}
