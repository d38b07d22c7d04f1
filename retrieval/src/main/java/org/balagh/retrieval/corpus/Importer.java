package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Converts archives (JSON lines such as the White House and UN General Debate exports, gzipped or
 * not) and plain-text statements (text, then a {@code المصدر :} or {@code Source:} line) into the
 * data format, one output {@code .jsonl} per input. Importing the same input twice changes nothing.
 */
public final class Importer {

  private static final Pattern SOURCE_LINE =
      Pattern.compile(
          "^\\s*(?:المصدر|Source|Sources|Lien)\\s*:\\s*(https?://\\S+)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_LINE =
      Pattern.compile(
          "^\\s*(العنوان|Title|Titre|التاريخ|Date)\\s*:\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Map<String, String> ALPHA3 = alpha3ToAlpha2();

  private final ObjectMapper json = new ObjectMapper();

  /** What one input became. */
  public record Result(
      Path output, int written, int skippedDuplicates, List<Problem> problems, boolean changed) {}

  /** Values the caller sets for every record of a plain-text input. */
  public record Overrides(String title, List<String> countries, String publisher) {
    public Overrides {
      countries = countries == null ? List.of() : List.copyOf(countries);
    }

    public static Overrides none() {
      return new Overrides(null, List.of(), null);
    }
  }

  /**
   * Imports one file into {@code outputFolder}, skipping records whose id another file of that
   * folder already holds.
   */
  public Result importFile(Path input, Path outputFolder, Overrides overrides) throws IOException {
    String name = input.getFileName().toString();
    Path output = outputFolder.resolve(stem(name) + ".jsonl");
    Set<String> taken = idsElsewhere(outputFolder, output);
    List<Problem> problems = new ArrayList<>();
    List<ObjectNode> records =
        name.endsWith(".txt")
            ? List.of(plainText(input, overrides))
            : archive(input, name, problems);
    StringBuilder out = new StringBuilder();
    Set<String> written = new HashSet<>();
    int duplicates = 0;
    for (ObjectNode record : records) {
      String id = record.path("id").asText();
      if (taken.contains(id) || !written.add(id)) {
        duplicates++;
        continue;
      }
      out.append(json.writeValueAsString(record)).append('\n');
    }
    boolean changed = writeIfChanged(output, out.toString());
    return new Result(output, written.size(), duplicates, problems, changed);
  }

  private List<ObjectNode> archive(Path input, String name, List<Problem> problems)
      throws IOException {
    List<ObjectNode> records = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(input);
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          ObjectNode record = convert(json.readTree(line));
          StatementParser.parse(record);
          records.add(record);
        } catch (IOException e) {
          problems.add(new Problem(name, number, "not valid JSON"));
        } catch (StatementParser.InvalidRecord e) {
          problems.add(new Problem(name, number, e.getMessage()));
        }
      }
    }
    return records;
  }

  /** Maps an archive record's fields onto the data format. */
  ObjectNode convert(JsonNode in) {
    ObjectNode out = json.createObjectNode();
    out.put("id", in.path("id").asText(""));
    out.put("title", TextCleaner.cleanLine(in.path("title").asText("")));
    String date = in.path("date").asText(in.path("published_time").asText(""));
    if (date.length() >= 10 && ISO_DATE.matcher(date.substring(0, 10)).matches()) {
      out.put("date", date.substring(0, 10));
    } else {
      out.putNull("date");
    }
    if (in.path("year").canConvertToInt() && out.get("date").isNull()) {
      out.put("year", in.path("year").asInt());
    }
    String text = TextCleaner.clean(in.path("text").asText(""));
    out.put("language", in.path("language").asText(LanguageGuesser.guess(text)));
    ArrayNode countries = out.putArray("countries");
    if (in.path("countries").isArray()) {
      in.path("countries").forEach(c -> countries.add(c.asText().toUpperCase(Locale.ROOT)));
    } else {
      String alpha2 = ALPHA3.get(in.path("country_iso3").asText("").toUpperCase(Locale.ROOT));
      if (alpha2 != null) {
        countries.add(alpha2);
      }
    }
    String url = in.path("url").asText(in.path("source_url").asText(""));
    out.put("url", url);
    out.put("publisher", publisher(in, url));
    out.put("text", text);
    return out;
  }

  private static String publisher(JsonNode in, String url) {
    if (in.hasNonNull("publisher")) {
      return in.get("publisher").asText();
    }
    String source = in.path("source").asText("");
    if (source.contains("UNGDC") || source.contains("General Debate")) {
      return "UN General Debate Corpus";
    }
    String host = host(url);
    return host.contains("whitehouse.gov") ? "The White House" : host;
  }

  private ObjectNode plainText(Path input, Overrides overrides) throws IOException {
    String name = input.getFileName().toString();
    List<String> lines = new ArrayList<>(Files.readAllLines(input, StandardCharsets.UTF_8));
    String url = null;
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    if (!lines.isEmpty()) {
      Matcher m = SOURCE_LINE.matcher(lines.get(lines.size() - 1));
      if (m.matches()) {
        url = m.group(1);
        lines.remove(lines.size() - 1);
      }
    }
    if (url == null) {
      throw new IOException(
          name
              + ": the last line must be the source link ('المصدر : https://…' or"
              + " 'Source: https://…')");
    }
    String title = overrides.title();
    String date = null;
    while (!lines.isEmpty()) {
      Matcher m = HEADER_LINE.matcher(lines.get(0));
      if (!m.matches()) {
        break;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      if (key.equals("date") || key.equals("التاريخ")) {
        date = m.group(2);
      } else if (title == null) {
        title = m.group(2);
      }
      lines.remove(0);
    }
    String text = TextCleaner.clean(String.join("\n", lines));
    ObjectNode out = json.createObjectNode();
    out.put("id", stem(name));
    out.put("title", title == null ? stem(name).replace('-', ' ') : title);
    if (date != null && ISO_DATE.matcher(date).matches()) {
      out.put("date", date);
    } else {
      out.putNull("date");
    }
    out.put("language", LanguageGuesser.guess(text));
    ArrayNode countries = out.putArray("countries");
    overrides.countries().forEach(countries::add);
    out.put("url", url);
    out.put("publisher", overrides.publisher() == null ? host(url) : overrides.publisher());
    out.put("text", text);
    return out;
  }

  private static Set<String> idsElsewhere(Path folder, Path except) throws IOException {
    Set<String> ids = new HashSet<>();
    if (!Files.isDirectory(folder)) {
      return ids;
    }
    Path target = except.toAbsolutePath().normalize();
    CorpusReader reader = new CorpusReader();
    for (Path file : CorpusReader.dataFiles(folder)) {
      if (!file.toAbsolutePath().normalize().equals(target)) {
        reader.readFile(file, file.toString()).statements().forEach(s -> ids.add(s.id()));
      }
    }
    return ids;
  }

  private static boolean writeIfChanged(Path output, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(output) && java.util.Arrays.equals(Files.readAllBytes(output), bytes)) {
      return false;
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    // A hidden sibling: the corpus reader skips it, and the rename below is atomic.
    Path temp = output.resolveSibling("." + output.getFileName() + ".tmp");
    Files.write(temp, bytes);
    Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  static String stem(String fileName) {
    String stem = fileName;
    for (String ext : List.of(".gz", ".jsonl", ".json", ".txt")) {
      if (stem.endsWith(ext)) {
        stem = stem.substring(0, stem.length() - ext.length());
      }
    }
    return stem;
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "" : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static Map<String, String> alpha3ToAlpha2() {
    Map<String, String> map = new java.util.HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      map.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
    return Map.copyOf(map);
  }
}
