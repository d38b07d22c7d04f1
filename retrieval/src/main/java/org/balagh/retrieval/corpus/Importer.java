package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.balagh.retrieval.analysis.CountryNames;

/**
 * Converts archives into the data format, one output {@code .jsonl} per input: JSON lines (gzipped
 * or not) and JSON files, their fields mapped by a {@link FieldMap}; plain-text statements (text,
 * then a {@code المصدر :} or {@code Source:} line); saved web pages ({@code .html}), alone or a
 * folder of them; news feeds (RSS or Atom, {@code .xml}, {@code .rss}, {@code .atom}); spreadsheets
 * ({@code .csv}, a record a row, its fields named by the header row, mapped as JSON's are).
 * Archives are read and written a record at a time, so one of any size fits. Importing the same
 * input twice changes nothing.
 */
public final class Importer {

  /**
   * The endings of the files converted from another shape (plain text, spreadsheets, feeds, saved
   * pages), as against JSON records, which are only mapped.
   */
  public static final List<String> CONVERTED =
      List.of(".txt", ".csv", ".xml", ".rss", ".atom", ".html", ".htm");

  private final ObjectMapper json = new ObjectMapper();
  private final RecordConverter converter;

  /**
   * Values the caller sets: a plain text's title and publisher, and the countries of a plain text
   * or page.
   */
  public record Overrides(String title, List<String> countries, String publisher) {
    public Overrides {
      countries = countries == null ? List.of() : List.copyOf(countries);
    }

    public static Overrides none() {
      return new Overrides(null, List.of(), null);
    }

    /** A page's or a feed item's record with the countries and publisher the caller set. */
    ObjectNode applied(ObjectNode record) {
      if (!countries.isEmpty()) {
        ArrayNode codes = record.putArray("countries");
        countries.forEach(codes::add);
      }
      if (publisher != null) {
        record.put("publisher", publisher);
      }
      return record;
    }
  }

  /** An importer reading the field names archives commonly use. */
  public Importer() {
    this(FieldMap.defaults());
  }

  public Importer(FieldMap fields) {
    this(fields, memoised(CountryNames::load));
  }

  Importer(FieldMap fields, Supplier<CountryNames> names) {
    this.converter = new RecordConverter(fields, names);
  }

  /**
   * Imports one file, or a folder's files, into {@code outputFolder}, skipping records whose id
   * another file of that folder already holds.
   *
   * @throws IOException when the input cannot be read at all; a bad record is a problem instead
   */
  public ImportResult importFile(Path input, Path outputFolder, Overrides overrides)
      throws IOException {
    String name = input.getFileName().toString();
    Path output = outputFolder.resolve(stem(name) + ".jsonl");
    ImportResult.Builder result = new ImportResult.Builder(input, output);
    Set<String> taken = idsElsewhere(outputFolder, output);
    Path temp = output.resolveSibling("." + output.getFileName() + ".tmp");
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      Output writer = new Output(out, taken, result);
      if (Files.isDirectory(input)) {
        folder(input, overrides, writer, result);
      } else if (!one(input, name, overrides, writer, result)) {
        // Any other name is read as JSON lines (.ndjson, an archive saved without an extension).
        jsonLines(input, name, writer, result);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    ImportResult imported = result.build(false);
    if (imported.written() == 0) {
      // An empty file would be reported at every reload; an earlier output is left as it was.
      Files.delete(temp);
      return imported;
    }
    return result.build(replaceIfChanged(temp, output));
  }

  /** Writes each converted record that is valid and new; says what it dropped or skipped. */
  private final class Output {
    private final BufferedWriter out;
    private final Set<String> taken;
    private final Set<String> written = new HashSet<>();
    private final ImportResult.Builder result;

    Output(BufferedWriter out, Set<String> taken, ImportResult.Builder result) {
      this.out = out;
      this.taken = taken;
      this.result = result;
    }

    void take(JsonNode record, String file, int line) throws IOException {
      result.read();
      RecordConverter.Converted converted = converter.convert(record);
      try {
        if (!converted.record().has("url")) {
          // Before the id, which a record without one takes from its url.
          throw new StatementParser.InvalidRecord("missing field 'url'");
        }
        StatementParser.parse(converted.record());
      } catch (StatementParser.InvalidRecord e) {
        result.skip(new Problem(file, line, e.getMessage() + tried(e.getMessage())));
        return;
      }
      converted.dropped().forEach(d -> result.drop(new Problem(file, line, d.toString()), d));
      converted.unread().forEach(result::unread);
      String id = converted.record().path("id").asText();
      if (taken.contains(id) || !written.add(id)) {
        result.duplicate();
        return;
      }
      out.write(json.writeValueAsString(converted.record()));
      out.write('\n');
      result.written();
    }

    /** The names tried for a missing field, so that the user knows what {@code --map} to give. */
    private String tried(String message) {
      for (String field : List.of("id", "url", "text")) {
        if (message.equals("missing field '" + field + "'")) {
          return " (tried " + String.join(", ", converter.names(field)) + "; see --map)";
        }
      }
      return "";
    }
  }

  private void jsonLines(Path input, String name, Output writer, ImportResult.Builder result)
      throws IOException {
    try (InputStream raw = Files.newInputStream(input);
        Lines lines =
            new Lines(
                name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw,
                CorpusReader.MAX_RECORD_CHARS)) {
      for (int number = 1; ; number++) {
        String line;
        try {
          line = lines.next();
        } catch (Lines.TooLong e) {
          result.skip(
              new Problem(
                  name, number, CorpusReader.tooLong(e.length(), CorpusReader.MAX_RECORD_CHARS)));
          continue;
        } catch (CharacterCodingException e) {
          throw new IOException(name + ":" + number + ": not UTF-8 text", e);
        }
        if (line == null) {
          return;
        }
        if (line.isBlank()) {
          continue;
        }
        JsonNode record;
        try {
          record = json.readTree(line);
        } catch (IOException e) {
          result.read();
          result.skip(new Problem(name, number, "not valid JSON"));
          continue;
        }
        if (!record.isObject()) {
          result.read();
          result.skip(new Problem(name, number, "not a JSON object"));
          continue;
        }
        writer.take(record, name, number);
      }
    }
  }

  private void jsonFile(Path input, String name, Output writer, ImportResult.Builder result)
      throws IOException {
    if (Files.size(input) > CorpusReader.MAX_JSON_FILE_BYTES) {
      throw new IOException(name + ": a .json file is read whole; write a large archive as .jsonl");
    }
    // Every value the file holds: one record, a list, or JSON lines saved as .json (reading the
    // first value alone would drop the others without a word).
    List<JsonNode> records = new ArrayList<>();
    try (MappingIterator<JsonNode> values =
        json.readerFor(JsonNode.class).readValues(input.toFile())) {
      while (values.hasNextValue()) {
        JsonNode node = values.nextValue();
        JsonNode list = node.isArray() ? node : converter.wrappedList(node);
        if (list != null) {
          list.forEach(records::add);
        } else {
          records.add(node);
        }
      }
    } catch (IOException | RuntimeJsonMappingException e) {
      throw new IOException(name + ": not valid JSON", e);
    }
    for (int i = 0; i < records.size(); i++) {
      String where = records.size() > 1 ? name + " record " + (i + 1) : name;
      if (records.get(i).isObject()) {
        writer.take(records.get(i), where, 0);
      } else {
        result.read();
        result.skip(new Problem(where, 0, "not a JSON object"));
      }
    }
  }

  private void csv(Path input, String name, Output writer, ImportResult.Builder result)
      throws IOException {
    try (CsvRecords rows = CsvRecords.open(input)) {
      for (CsvRecords.Row row = rows.next(); row != null; row = rows.next()) {
        String where = name + " row " + row.number();
        if (row.problem() != null) {
          result.read();
          result.skip(new Problem(where, 0, row.problem()));
        } else if (!row.record().isEmpty()) {
          writer.take(row.record(), where, 0);
        }
      }
    } catch (CharacterCodingException e) {
      throw new IOException(name + ": not UTF-8 text (save the sheet as CSV UTF-8)", e);
    } catch (IOException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
  }

  private void feed(
      Path input, String name, Overrides overrides, Output writer, ImportResult.Builder result)
      throws IOException {
    if (Files.size(input) > CorpusReader.MAX_JSON_FILE_BYTES) {
      throw new IOException(name + ": a feed is read whole; split it, or write it as .jsonl");
    }
    List<ObjectNode> items = Feed.read(input);
    if (items.isEmpty()) {
      throw new IOException(name + ": no feed items (RSS <item> or Atom <entry>)");
    }
    for (int i = 0; i < items.size(); i++) {
      ObjectNode record = items.get(i);
      String where = name + " item " + (i + 1);
      String missing = Feed.missing(record);
      if (missing != null) {
        result.read();
        result.skip(new Problem(where, 0, missing));
        continue;
      }
      writer.take(overrides.applied(record), where, 0);
    }
  }

  /** Imports a file by its type; false, with nothing read, for a type it does not know by name. */
  private boolean one(
      Path file, String name, Overrides overrides, Output writer, ImportResult.Builder result)
      throws IOException {
    String type = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (isPage(type)) {
      page(file, name, overrides, writer, result);
    } else if (type.endsWith(".csv")) {
      csv(file, name, writer, result);
    } else if (Feed.isFeed(type)) {
      feed(file, name, overrides, writer, result);
    } else if (type.endsWith(".txt")) {
      writer.take(PlainText.read(file, overrides), name, 0);
    } else if (type.endsWith(".json")) {
      jsonFile(file, name, writer, result);
    } else if (type.endsWith(".jsonl") || type.endsWith(".jsonl.gz")) {
      jsonLines(file, name, writer, result);
    } else {
      return false;
    }
    return true;
  }

  /**
   * A folder's files, into one output: saved pages, and any other file the importer reads by its
   * name. A file that cannot be read at all is named and skipped; the others go on.
   */
  private void folder(Path folder, Overrides overrides, Output writer, ImportResult.Builder result)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !CorpusReader.hidden(folder.relativize(p)))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String name = folder.getFileName() + "/" + folder.relativize(file);
      boolean known;
      try {
        known = one(file, name, overrides, writer, result);
      } catch (IOException e) {
        result.read();
        String reason = String.valueOf(e.getMessage());
        result.skip(
            new Problem(
                name,
                0,
                reason.startsWith(name)
                    ? reason.substring(name.length()).replaceFirst("^:\\s*", "")
                    : reason));
        continue;
      }
      if (!known) {
        result.read();
        result.skip(
            new Problem(
                name,
                0,
                "not a file balagh import reads (.jsonl, .json, .csv, .txt, .html, .xml, .rss,"
                    + " .atom)"));
      }
    }
  }

  private void page(
      Path file, String name, Overrides overrides, Output writer, ImportResult.Builder result)
      throws IOException {
    if (Files.size(file) > CorpusReader.MAX_RECORD_CHARS) {
      result.read();
      result.skip(new Problem(name, 0, "page over " + CorpusReader.MAX_RECORD_CHARS + " bytes"));
      return;
    }
    ObjectNode record;
    try {
      record = HtmlPage.read(file, stem(file.getFileName().toString()));
    } catch (HtmlPage.Refused e) {
      result.read();
      result.skip(new Problem(name, 0, e.getMessage()));
      return;
    }
    writer.take(overrides.applied(record), name, 0);
  }

  private static boolean isPage(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  /** The ids the folder's other statement files hold, read a statement at a time. */
  private static Set<String> idsElsewhere(Path folder, Path except) throws IOException {
    Set<String> ids = new HashSet<>();
    if (!Files.isDirectory(folder)) {
      return ids;
    }
    Path target = except.toAbsolutePath().normalize();
    CorpusReader reader = new CorpusReader();
    for (Path file : CorpusReader.dataFiles(folder)) {
      if (!file.toAbsolutePath().normalize().equals(target)) {
        reader.read(file, file.toString(), s -> ids.add(s.id()));
      }
    }
    return ids;
  }

  /** Moves the new output into place unless it is byte for byte the one there already. */
  private static boolean replaceIfChanged(Path temp, Path output) throws IOException {
    if (Files.exists(output) && Files.mismatch(temp, output) == -1) {
      Files.delete(temp);
      return false;
    }
    // The temporary file is hidden: the corpus reader skips it, and the rename is atomic.
    Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  static String stem(String fileName) {
    String stem = fileName;
    List<String> endings = new ArrayList<>(List.of(".gz", ".jsonl", ".json"));
    endings.addAll(CONVERTED);
    for (String ext : endings) {
      if (stem.toLowerCase(Locale.ROOT).endsWith(ext)) {
        stem = stem.substring(0, stem.length() - ext.length());
      }
    }
    return stem;
  }

  private static <T> Supplier<T> memoised(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}
