package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text statement read as an archive record: optional {@code Title:} / {@code Date:} lines
 * (or {@code العنوان :} / {@code التاريخ :}) first, then the text, then the source line, {@code
 * المصدر : https://…} or {@code Source: https://…}. The id is the file's name.
 */
final class PlainText {

  private static final Pattern SOURCE_LINE =
      Pattern.compile(
          "^\\s*(?:المصدر|Source|Sources|Lien)\\s*:\\s*(https?://\\S+)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_LINE =
      Pattern.compile(
          "^\\s*(العنوان|Title|Titre|التاريخ|Date)\\s*:\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE);

  private PlainText() {}

  static ObjectNode read(Path input, Importer.Overrides overrides) throws IOException {
    String name = input.getFileName().toString();
    if (Files.size(input) > CorpusReader.MAX_RECORD_CHARS) {
      throw new IOException(name + ": over " + CorpusReader.MAX_RECORD_CHARS + " bytes");
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(input, StandardCharsets.UTF_8));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    Matcher source = lines.isEmpty() ? null : SOURCE_LINE.matcher(lines.get(lines.size() - 1));
    if (source == null || !source.matches()) {
      throw new IOException(
          name
              + ": the last line must be the source link ('المصدر : https://…' or"
              + " 'Source: https://…')");
    }
    lines.remove(lines.size() - 1);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    String stem = Importer.stem(name);
    out.put("id", stem);
    String title = overrides.title();
    while (!lines.isEmpty()) {
      Matcher m = HEADER_LINE.matcher(lines.get(0));
      if (!m.matches()) {
        break;
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      if (key.equals("date") || key.equals("التاريخ")) {
        out.put("date", m.group(2));
      } else if (title == null) {
        title = m.group(2);
      }
      lines.remove(0);
    }
    out.put("title", title == null ? stem.replace('-', ' ') : title);
    ArrayNode countries = out.putArray("countries");
    overrides.countries().forEach(countries::add);
    out.put("url", source.group(1));
    String publisher =
        overrides.publisher() == null
            ? RecordConverter.host(source.group(1))
            : overrides.publisher();
    out.put("publisher", publisher);
    out.put("text", String.join("\n", lines));
    return out;
  }
}
