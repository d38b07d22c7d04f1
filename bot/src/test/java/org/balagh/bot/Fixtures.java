package org.balagh.bot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.Archive;

/** The small test corpus: an Arabic Morocco–Kazakhstan communiqué and a few en/fr statements. */
public final class Fixtures {

  private Fixtures() {}

  /** Copies the fixture statement files into {@code folder} and returns it. */
  public static Path data(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String name : List.of("seed.jsonl", "statements.jsonl")) {
      try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/data/" + name)) {
        Files.copy(in, folder.resolve(name));
      }
    }
    return folder;
  }

  /** An archive over a fresh copy of the fixtures under {@code root}, loaded. */
  public static Archive archive(Path root) throws IOException {
    Archive archive = Archive.open(data(root.resolve("data")), root.resolve("index"));
    archive.reload();
    return archive;
  }
}
