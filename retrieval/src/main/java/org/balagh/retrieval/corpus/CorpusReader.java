package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every {@code *.jsonl} (one statement a line) and {@code *.json} (one statement, or a list
 * of them) file under a data folder. Bad records become {@link Problem}s naming file, line and
 * reason; every good record still loads. Hidden files and folders are skipped.
 */
public final class CorpusReader {

  /** Files larger than this are refused whole rather than read into memory. */
  public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Reads the folder; a missing or unreadable folder is a problem, not an exception. */
  public Corpus read(Path folder) {
    List<Statement> statements = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> firstSeen = new HashMap<>();
    List<Path> files;
    try {
      files = dataFiles(folder);
    } catch (IOException e) {
      problems.add(new Problem(folder.toString(), 0, "cannot read the data folder: " + reason(e)));
      return new Corpus(statements, problems, 0);
    }
    for (Path file : files) {
      String name = folder.relativize(file).toString();
      for (Loaded loaded : readFile(file, name, problems)) {
        String previous = firstSeen.putIfAbsent(loaded.statement().id(), loaded.where());
        if (previous == null) {
          statements.add(loaded.statement());
        } else {
          problems.add(
              new Problem(
                  name,
                  loaded.line(),
                  "duplicate id '"
                      + StatementParser.abbreviate(loaded.statement().id())
                      + "' (first in "
                      + previous
                      + ")"));
        }
      }
    }
    return new Corpus(statements, problems, files.size());
  }

  /** Reads one file on its own, as an upload is checked before it joins the data folder. */
  public Corpus readFile(Path file, String name) {
    List<Problem> problems = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Loaded loaded : readFile(file, name, problems)) {
      Integer previous = seen.putIfAbsent(loaded.statement().id(), loaded.line());
      if (previous == null) {
        statements.add(loaded.statement());
      } else {
        problems.add(
            new Problem(name, loaded.line(), "duplicate id (first on line " + previous + ")"));
      }
    }
    return new Corpus(statements, problems, 1);
  }

  /** The statement files under a folder, in a stable order; what the index fingerprint covers. */
  public static List<Path> dataFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "not a folder");
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !p.equals(folder))
          .filter(p -> !hidden(folder.relativize(p)))
          .filter(Files::isRegularFile)
          .filter(CorpusReader::isDataFile)
          .sorted()
          .toList();
    }
  }

  /** Whether a file name is one the reader takes: {@code .json} or {@code .jsonl}. */
  public static boolean isDataFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".jsonl") || name.endsWith(".json");
  }

  /** Whether a path below the data folder lies in a hidden file or folder (name starting "."). */
  public static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private record Loaded(Statement statement, int line, String where) {}

  private List<Loaded> readFile(Path file, String name, List<Problem> problems) {
    String text;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        problems.add(
            new Problem(
                name,
                0,
                "file is "
                    + size / (1024 * 1024)
                    + " MiB, over the "
                    + MAX_FILE_BYTES / (1024 * 1024)
                    + " MiB limit"));
        return List.of();
      }
      text = decode(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      problems.add(new Problem(name, 0, "not UTF-8 text (binary or wrongly encoded file)"));
      return List.of();
    } catch (IOException e) {
      problems.add(new Problem(name, 0, "cannot read: " + reason(e)));
      return List.of();
    }
    if (text.indexOf('\0') >= 0) {
      problems.add(new Problem(name, 0, "binary file (holds NUL bytes)"));
      return List.of();
    }
    List<Loaded> loaded = new ArrayList<>();
    if (text.isBlank()) {
      problems.add(new Problem(name, 0, "empty file"));
    } else if (name.endsWith(".jsonl")) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          parse(lines[i], name, i + 1, loaded, problems);
        }
      }
    } else {
      parse(text, name, 0, loaded, problems);
    }
    return loaded;
  }

  private void parse(
      String source, String name, int line, List<Loaded> out, List<Problem> problems) {
    JsonNode node;
    try {
      node = json.readTree(source);
    } catch (JsonProcessingException e) {
      int at = line > 0 ? line : (int) e.getLocation().getLineNr();
      problems.add(new Problem(name, at, "not valid JSON: " + e.getOriginalMessage()));
      return;
    }
    List<JsonNode> records = new ArrayList<>();
    if (line == 0 && node.isArray()) {
      node.forEach(records::add);
    } else {
      records.add(node);
    }
    for (int i = 0; i < records.size(); i++) {
      int at = line > 0 ? line : (records.size() > 1 ? i + 1 : 0);
      String where =
          line > 0 ? name + ":" + line : name + (records.size() > 1 ? "#" + (i + 1) : "");
      try {
        out.add(new Loaded(StatementParser.parse(records.get(i)), at, where));
      } catch (StatementParser.InvalidRecord e) {
        String prefix = line == 0 && records.size() > 1 ? "record " + (i + 1) + ": " : "";
        problems.add(new Problem(name, line, prefix + e.getMessage()));
      }
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
        .toString();
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }
}
