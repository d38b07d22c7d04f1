package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.balagh.retrieval.analysis.CountryNames;

/**
 * Maps one archive record onto the data format, through a {@link FieldMap}: dates read in the forms
 * sites use, countries as codes, the language as an ISO 639-1 code, Markdown and HTML residue
 * stripped. A value it cannot read is left out of the record and said, never dropped silently.
 */
final class RecordConverter {

  /** The UN General Debate Corpus's DOI, which its records give as every speech's link. */
  static final String UNGDC_DOI = "https://doi.org/10.7910/DVN/0TJX8Y";

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Map<String, String> LANGUAGE_NAMES =
      Map.of(
          "english",
          "en",
          "anglais",
          "en",
          "french",
          "fr",
          "français",
          "fr",
          "francais",
          "fr",
          "arabic",
          "ar",
          "arabe",
          "ar",
          "العربية",
          "ar");

  /** A value left out of the record: the data format's field, where it came from, and why. */
  record Dropped(String field, String source, String reason) {
    @Override
    public String toString() {
      return field + " from '" + source + "': " + reason;
    }
  }

  /** A record in the data format, with the values left out and the source fields not read. */
  record Converted(ObjectNode record, List<Dropped> dropped, Set<String> unread) {}

  /** The names objects wrap a field's text in: WordPress's REST API, JSON from XML, and others. */
  private static final List<String> WRAPPED = List.of("rendered", "value", "#text", "text", "html");

  /** A tag that starts a block of HTML: a body written as a web page's, paragraphs as tags. */
  private static final Pattern HTML_BLOCK =
      Pattern.compile(
          "<(?:p|br|div|li|h[1-6]|blockquote|tr|ul|ol|table|section|article)\\b[^<>]*>",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

  private final FieldMap fields;
  private final CountryValues countries;
  private final UnDebateLinks debates = new UnDebateLinks();

  RecordConverter(FieldMap fields, Supplier<CountryNames> names) {
    this.fields = fields;
    this.countries = new CountryValues(names);
  }

  Converted convert(JsonNode in) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    List<Dropped> dropped = new ArrayList<>();
    Set<String> read = new HashSet<>();
    String url = text(in, "url", read);
    String id = text(in, "id", read);
    if (NUMBER.matcher(id).matches() && !host(url).isEmpty()) {
      // A content system's running number (WordPress's "id": 18494) says nothing outside its site:
      // two sites' archives would share ids.
      id = host(url) + "/" + id;
    }
    putIfAny(out, "id", id.isEmpty() ? idOf(url) : id);
    out.put("title", TextCleaner.cleanLine(text(in, "title", read)));
    date(in, out, read, dropped);
    String body = text(in, "text", read);
    body = TextCleaner.clean(HTML_BLOCK.matcher(body).find() ? HtmlPage.fragmentText(body) : body);
    out.put("language", language(in, body, read, dropped));
    ArrayNode codes = out.putArray("countries");
    String countriesField = fields.source(in, "countries");
    if (countriesField != null) {
      read.add(countriesField);
      CountryValues.Read found = countries.codes(in.get(countriesField));
      found.codes().forEach(codes::add);
      if (!found.unread().isEmpty()) {
        dropped.add(new Dropped("countries", countriesField, found.unread()));
      }
    }
    if (url.equals(UNGDC_DOI)) {
      read.add("session");
      read.add("country_iso3");
      String speech = debates.link(in.path("country_iso3").asText(""), in.path("session").asInt(0));
      url = speech == null ? url : speech;
    }
    putIfAny(out, "url", url);
    if (url.equals(UNGDC_DOI) || in.path(Statement.COLLECTION_FIELD).asBoolean(false)) {
      out.put(Statement.COLLECTION_FIELD, true);
    }
    read.add(Statement.COLLECTION_FIELD);
    out.put("publisher", publisher(in, url, read));
    putIfAny(out, "text", body);
    Set<String> unread = new HashSet<>(in.properties().stream().map(Map.Entry::getKey).toList());
    unread.removeAll(read);
    return new Converted(out, dropped, unread);
  }

  /** Leaves a field out when empty, so that the record is refused for missing it. */
  static void putIfAny(ObjectNode out, String field, String value) {
    if (!value.isEmpty()) {
      out.put(field, value);
    }
  }

  /**
   * The list of records an API's answer wraps ({@code {"items": [...]}}, {@code {"data": [...],
   * "total": 40}}): the one field holding a list of objects, when the object itself has no link and
   * no text of a statement; null otherwise.
   */
  JsonNode wrappedList(JsonNode node) {
    if (!node.isObject()
        || fields.source(node, "url") != null
        || fields.source(node, "text") != null) {
      return null;
    }
    JsonNode found = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
        if (found != null) {
          return null;
        }
        found = value;
      }
    }
    return found;
  }

  /** The names tried for a field of the data format. */
  List<String> names(String field) {
    return fields.names(field);
  }

  private String text(JsonNode in, String field, Set<String> read) {
    String source = fields.source(in, field);
    if (source == null) {
      return "";
    }
    read.add(source);
    return plain(in.get(source), field.equals("text") ? "\n" : " ");
  }

  /**
   * A field's text as archives write it: a string or a number; a list of them (a body as its
   * paragraphs, joined a line each; a title's pieces, with spaces); or an object holding the text
   * under a name of its own (WordPress's {@code "content": {"rendered": "<p>…</p>"}}).
   */
  static String plain(JsonNode value, String separator) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode part : value) {
        String text = plain(part, separator);
        if (!text.isBlank()) {
          parts.add(text);
        }
      }
      return String.join(separator, parts);
    }
    for (String name : WRAPPED) {
      JsonNode inner = value.get(name);
      if (inner != null && inner.isValueNode() && !inner.isNull()) {
        return inner.asText();
      }
    }
    return "";
  }

  private void date(JsonNode in, ObjectNode out, Set<String> read, List<Dropped> dropped) {
    String source = fields.source(in, "date");
    Integer year = null;
    out.putNull("date");
    if (source != null) {
      read.add(source);
      try {
        DateReader.Read date = DateReader.read(in.get(source).asText(""));
        if (date.date() != null) {
          out.put("date", date.date().toString());
          return;
        }
        year = date.year();
      } catch (DateReader.Unreadable e) {
        dropped.add(new Dropped("date", source, e.getMessage()));
      }
    }
    String yearField = fields.source(in, "year");
    if (yearField != null) {
      read.add(yearField);
      JsonNode value = in.get(yearField);
      if (value.canConvertToInt() || value.asText().strip().matches("\\d{4}")) {
        year = value.canConvertToInt() ? value.asInt() : Integer.parseInt(value.asText().strip());
      } else {
        dropped.add(
            new Dropped("year", yearField, "'" + abbreviate(value.asText()) + "' is no year"));
      }
    }
    if (year != null) {
      out.put("year", year);
    }
  }

  private String language(JsonNode in, String body, Set<String> read, List<Dropped> dropped) {
    String source = fields.source(in, "language");
    if (source != null) {
      read.add(source);
      String value = in.get(source).asText("").strip().toLowerCase(Locale.ROOT);
      String code = LANGUAGE_NAMES.getOrDefault(value, value.split("[-_]")[0]);
      if (LANGUAGE.matcher(code).matches()) {
        return code;
      }
      dropped.add(
          new Dropped("language", source, "'" + abbreviate(value) + "' is no language code"));
    }
    return LanguageGuesser.guess(body);
  }

  private String publisher(JsonNode in, String url, Set<String> read) {
    String source = fields.source(in, "publisher");
    if (source != null) {
      read.add(source);
      return in.get(source).asText();
    }
    String corpus = in.path("source").asText("");
    if (corpus.contains("UNGDC") || corpus.contains("General Debate")) {
      read.add("source");
      return "UN General Debate Corpus";
    }
    String host = host(url);
    return host.contains("whitehouse.gov") ? "The White House" : host;
  }

  /** An id for a record that has none: its link without scheme, {@code www.} or final slash. */
  private static String idOf(String url) {
    return url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
  }

  static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "" : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String abbreviate(String value) {
    return StatementParser.abbreviate(value);
  }
}
