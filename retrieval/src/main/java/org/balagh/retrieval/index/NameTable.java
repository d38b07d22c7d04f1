package org.balagh.retrieval.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names an index's statements write, by {@link org.balagh.retrieval.text.NameKey} and field
 * language, as gathered when it was built: what a name in a question may be in another script.
 */
public final class NameTable {

  /** A name as the archive writes it, and how many times it does. */
  private record Written(String name, int count) {}

  private final Map<String, List<Written>> names;

  private NameTable(Map<String, List<Written>> names) {
    this.names = names;
  }

  /** A table with no name: for questions asked without an index. */
  public static NameTable empty() {
    return new NameTable(Map.of());
  }

  /**
   * Reads the table beside an index; an index built before there was one has none, and a line that
   * is not {@code language TAB key TAB name TAB count} is passed over.
   */
  static NameTable read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    Map<String, List<Written>> names = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split("\t");
        if (cells.length == 4 && cells[3].matches("[0-9]{1,9}")) {
          names
              .computeIfAbsent(cells[0] + "\t" + cells[1], k -> new ArrayList<>())
              .add(new Written(cells[2], Integer.parseInt(cells[3])));
        }
      }
    }
    return new NameTable(names);
  }

  /**
   * The names with this key written in a field language at least {@code times} times, the most
   * written first.
   */
  public List<String> named(String fieldLanguage, String key, int times) {
    List<String> found = new ArrayList<>();
    if (!key.isEmpty()) {
      for (Written written : names.getOrDefault(fieldLanguage + "\t" + key, List.of())) {
        if (written.count() >= times) {
          found.add(written.name());
        }
      }
    }
    return found;
  }
}
