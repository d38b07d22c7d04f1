package org.balagh.retrieval.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.balagh.retrieval.model.BuildInfo;

/**
 * The folder layout of an index root: complete generations in {@code gen-*} folders, each with a
 * {@code COMPLETE} marker written last, and a {@code CURRENT} file naming the one in use, replaced
 * atomically. A build happens in a {@code tmp-*} folder and is renamed when complete, so a crash
 * mid-build leaves the previous generation in use.
 */
final class GenerationLayout {

  static final String SENTENCES = "sentences";
  static final String STATEMENTS = "statements";
  static final String CATALOG = "catalog.jsonl";
  static final String NAMES = "names.tsv";
  static final String INFO = "build.json";
  private static final String COMPLETE = "COMPLETE";
  private static final String CURRENT = "CURRENT";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;

  GenerationLayout(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** The generation CURRENT names, if it is complete. */
  Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    Path generation = root.resolve(name);
    if (!name.startsWith("gen-") || !Files.isRegularFile(generation.resolve(COMPLETE))) {
      return Optional.empty();
    }
    return Optional.of(generation);
  }

  static BuildInfo info(Path generation) throws IOException {
    return JSON.readValue(generation.resolve(INFO).toFile(), BuildInfo.class);
  }

  /** A fresh folder to build in. */
  Path newBuildFolder() throws IOException {
    Files.createDirectories(root);
    return Files.createTempDirectory(root, "tmp-");
  }

  /** Marks a built folder complete, renames it to a generation and points CURRENT at it. */
  Path publish(Path built, BuildInfo info) throws IOException {
    JSON.writeValue(built.resolve(INFO).toFile(), info);
    Files.writeString(built.resolve(COMPLETE), info.fingerprint() + "\n");
    // Lucene's commit synced the index files; the rest is synced here, before each rename, so
    // that after a power cut CURRENT names either the old generation or a whole new one.
    for (String file : new String[] {GenerationLayout.CATALOG, INFO, COMPLETE}) {
      IOUtils.fsync(built.resolve(file), false);
    }
    IOUtils.fsync(built, true);
    Path generation =
        root.resolve(
            "gen-"
                + System.currentTimeMillis()
                + "-"
                + built.getFileName().toString().substring(4));
    Files.move(built, generation, StandardCopyOption.ATOMIC_MOVE);
    IOUtils.fsync(root, true);
    Path pointer = Files.createTempFile(root, ".current-", ".tmp");
    Files.writeString(pointer, generation.getFileName().toString() + "\n");
    IOUtils.fsync(pointer, false);
    Files.move(
        pointer,
        root.resolve(CURRENT),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    IOUtils.fsync(root, true);
    return generation;
  }

  /** Deletes generations and unfinished builds other than those kept. */
  void deleteAllBut(Set<Path> keep) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<Path> stale;
    try (Stream<Path> children = Files.list(root)) {
      stale =
          children
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.startsWith("gen-")
                        || name.startsWith("tmp-")
                        || name.startsWith(".current-");
                  })
              .filter(
                  p -> keep.stream().noneMatch(k -> k.toAbsolutePath().equals(p.toAbsolutePath())))
              .toList();
    }
    for (Path path : stale) {
      IOUtils.rm(path);
    }
  }
}
