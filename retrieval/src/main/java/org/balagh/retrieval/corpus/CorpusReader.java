package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every {@code *.jsonl} (one statement a line) and {@code *.json} (one statement, or a list
 * of them) file under a data folder. Bad records become {@link Problem}s naming file, line and
 * reason; every good record still loads. Hidden files and folders are skipped, and so is the folder
 * {@code lang/} at the root, where the repository keeps the installation's language resources (see
 * {@code org.balagh.retrieval.lang.LanguageResources}).
 */
public final class CorpusReader {

  /**
   * A statement longer than this (its line of a JSON-lines file) is refused, named by its line; a
   * JSON-lines file itself may be of any size, as it is read a line at a time.
   */
  public static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;

  /** A {@code .json} file is read whole: larger ones are refused (JSON lines have no limit). */
  public static final long MAX_JSON_FILE_BYTES = 256L * 1024 * 1024;

  /** The folder at a data folder's root that holds language resources, not statements. */
  public static final String LANGUAGE_FOLDER = "lang";

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final long maxRecordChars;

  public CorpusReader() {
    this(MAX_RECORD_CHARS);
  }

  /** A reader refusing statements longer than {@code maxRecordChars}, for tests. */
  CorpusReader(long maxRecordChars) {
    this.maxRecordChars = maxRecordChars;
  }

  /** Takes the statements a folder yields, one at a time, in order. */
  @FunctionalInterface
  public interface Sink {
    void take(Statement statement) throws IOException;
  }

  /**
   * What a folder yielded: how many statements loaded, the records that did not, and how many data
   * files it holds.
   */
  public record Reading(int loaded, List<Problem> problems, int files) {
    public Reading {
      problems = List.copyOf(problems);
    }
  }

  /** Reads the folder; a missing or unreadable folder is a problem, not an exception. */
  public Corpus read(Path folder) {
    List<Statement> statements = new ArrayList<>();
    try {
      Reading reading = read(folder, statements::add);
      return new Corpus(statements, reading.problems(), reading.files());
    } catch (IOException e) {
      throw new UncheckedIOException("a list never refuses a statement", e);
    }
  }

  /**
   * Reads the folder into a sink, one statement at a time and one line of a JSON-lines file at a
   * time, so that an archive of any size is indexed without being held in memory; a statement whose
   * id came earlier is a problem, not passed on. Throws only what the sink throws.
   */
  public Reading read(Path folder, Sink sink) throws IOException {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> firstSeen = new HashMap<>();
    List<Path> files;
    try {
      files = dataFiles(folder);
    } catch (IOException e) {
      problems.add(new Problem(folder.toString(), 0, "cannot read the data folder: " + reason(e)));
      return new Reading(0, problems, 0);
    }
    int[] loaded = {0};
    for (Path file : files) {
      String name = folder.relativize(file).toString();
      readFile(
          file,
          name,
          problems,
          one -> {
            String previous = firstSeen.putIfAbsent(one.statement().id(), one.where());
            if (previous == null) {
              sink.take(one.statement());
              loaded[0]++;
            } else {
              problems.add(
                  new Problem(
                      name,
                      one.line(),
                      "duplicate id '"
                          + StatementParser.abbreviate(one.statement().id())
                          + "' (first in "
                          + previous
                          + ")"));
            }
          });
    }
    return new Reading(loaded[0], problems, files.size());
  }

  /** Reads one file on its own, as an upload is checked before it joins the data folder. */
  public Corpus readFile(Path file, String name) {
    List<Problem> problems = new ArrayList<>();
    List<Loaded> loaded = new ArrayList<>();
    try {
      readFile(file, name, problems, loaded::add);
    } catch (IOException e) {
      throw new UncheckedIOException("a list never refuses a statement", e);
    }
    List<Statement> statements = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Loaded one : loaded) {
      Integer previous = seen.putIfAbsent(one.statement().id(), one.line());
      if (previous == null) {
        statements.add(one.statement());
      } else {
        problems.add(
            new Problem(name, one.line(), "duplicate id (first on line " + previous + ")"));
      }
    }
    return new Corpus(statements, problems, 1);
  }

  /**
   * Reads one file into a sink, a statement at a time, as the folder reader does; returns its
   * problems. Throws only what the sink throws.
   */
  List<Problem> read(Path file, String name, Sink sink) throws IOException {
    List<Problem> problems = new ArrayList<>();
    readFile(file, name, problems, one -> sink.take(one.statement()));
    return problems;
  }

  /** The statement files under a folder, in a stable order; what the index fingerprint covers. */
  public static List<Path> dataFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "not a folder");
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !p.equals(folder))
          .filter(p -> !hidden(folder.relativize(p)))
          .filter(p -> !inLanguageFolder(folder.relativize(p)))
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

  private static boolean inLanguageFolder(Path relative) {
    return relative.getNameCount() > 1 && relative.getName(0).toString().equals(LANGUAGE_FOLDER);
  }

  private record Loaded(Statement statement, int line, String where) {}

  /** Takes a file's statements as they are read; throws only what the caller's sink throws. */
  private interface Taker {
    void take(Loaded loaded) throws IOException;
  }

  /**
   * Reads one file into a taker: a JSON-lines file line by line, having first checked the whole of
   * it (encoding, NUL bytes, emptiness) so that a bad file is refused whole, before any of its
   * records is taken; a JSON file at once. Problems of the file are recorded, not thrown.
   */
  private void readFile(Path file, String name, List<Problem> problems, Taker taker)
      throws IOException {
    Problem whole = check(file, name);
    if (whole != null) {
      problems.add(whole);
      return;
    }
    if (!name.endsWith(".jsonl")) {
      String text;
      try {
        text = decode(Files.readAllBytes(file));
      } catch (IOException e) {
        problems.add(new Problem(name, 0, "cannot read: " + reason(e)));
        return;
      }
      parse(text, name, 0, problems, taker);
      return;
    }
    Lines lines;
    try {
      lines = new Lines(file, maxRecordChars);
    } catch (IOException e) {
      problems.add(new Problem(name, 0, "cannot read: " + reason(e)));
      return;
    }
    try (lines) {
      for (int number = 1; ; number++) {
        String line;
        try {
          line = lines.next();
        } catch (Lines.TooLong e) {
          problems.add(new Problem(name, number, tooLong(e.length(), maxRecordChars)));
          continue;
        } catch (IOException e) {
          problems.add(new Problem(name, number, "cannot read: " + reason(e)));
          return;
        }
        if (line == null) {
          return;
        }
        if (!line.isBlank()) {
          parse(line, name, number, problems, taker);
        }
      }
    }
  }

  /** Why a statement of {@code length} characters is refused. */
  static String tooLong(long length, long max) {
    return "statement of "
        + characters(length)
        + ", over the limit of "
        + characters(max)
        + " for one statement";
  }

  private static String characters(long count) {
    return count < 1024 * 1024 ? count + " characters" : mebi(count) + " Mi characters";
  }

  private static String mebi(long count) {
    return String.format(Locale.ROOT, "%.1f", count / (1024.0 * 1024));
  }

  /**
   * Why a file must be refused whole, or null: not UTF-8, binary or empty, or a {@code .json} file
   * too large to read whole.
   */
  private static Problem check(Path file, String name) {
    try {
      long size = Files.size(file);
      if (!name.endsWith(".jsonl") && size > MAX_JSON_FILE_BYTES) {
        return new Problem(
            name,
            0,
            "a .json file is read whole: "
                + mebi(size)
                + " MiB is over the limit of "
                + mebi(MAX_JSON_FILE_BYTES)
                + " MiB; write a large archive as .jsonl, one statement a line");
      }
      boolean text = false;
      try (Lines lines = new Lines(file, Long.MAX_VALUE)) {
        while (lines.chunk()) {
          char[] chunk = lines.buffer();
          for (int i = lines.from(); i < lines.filled(); i++) {
            if (chunk[i] == '\0') {
              return new Problem(name, 0, "binary file (holds NUL bytes)");
            }
            text |= !Character.isWhitespace(chunk[i]);
          }
        }
      }
      return text ? null : new Problem(name, 0, "empty file");
    } catch (CharacterCodingException e) {
      return new Problem(name, 0, "not UTF-8 text (binary or wrongly encoded file)");
    } catch (IOException e) {
      return new Problem(name, 0, "cannot read: " + reason(e));
    }
  }

  private void parse(String source, String name, int line, List<Problem> problems, Taker taker)
      throws IOException {
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
      Statement statement;
      try {
        statement = StatementParser.parse(records.get(i));
      } catch (StatementParser.InvalidRecord e) {
        String prefix = line == 0 && records.size() > 1 ? "record " + (i + 1) + ": " : "";
        problems.add(new Problem(name, line, prefix + e.getMessage()));
        continue;
      }
      taker.take(new Loaded(statement, at, where));
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
