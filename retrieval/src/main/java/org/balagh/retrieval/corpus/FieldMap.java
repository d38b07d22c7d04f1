package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which field of an archive's records holds each field of the data format: the names archives
 * commonly use ({@code link} for {@code url}, {@code content} or {@code body} for {@code text},
 * {@code published} or {@code pubDate} for {@code date}, …), tried in order, or the one the user
 * names ({@code url=link,text=content}), which then alone is tried.
 */
public final class FieldMap {

  /** The data format's fields, each with the names tried by default, in order. */
  private static final Map<String, List<String>> DEFAULTS = commonNames();

  private final Map<String, List<String>> sources;

  private FieldMap(Map<String, List<String>> sources) {
    this.sources = sources;
  }

  /** The names archives commonly use. */
  public static FieldMap defaults() {
    return new FieldMap(DEFAULTS);
  }

  /**
   * The defaults, except for the fields {@code mapping} names: {@code field=source}, comma
   * separated.
   *
   * @throws IllegalArgumentException naming a pair that is not {@code field=source} or a field the
   *     data format does not have
   */
  public static FieldMap parse(String mapping) {
    Map<String, List<String>> sources = new LinkedHashMap<>(DEFAULTS);
    for (String pair : mapping.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] sides = pair.split("=", -1);
      if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
        throw new IllegalArgumentException("'" + pair.strip() + "' is not field=source");
      }
      String field = sides[0].strip().toLowerCase(Locale.ROOT);
      if (!DEFAULTS.containsKey(field)) {
        throw new IllegalArgumentException(
            "'" + field + "' is not a field of the data format (" + DEFAULTS.keySet() + ")");
      }
      sources.put(field, List.of(sides[1].strip()));
    }
    return new FieldMap(Collections.unmodifiableMap(sources));
  }

  /** The names tried for a field of the data format. */
  List<String> names(String field) {
    return sources.get(field);
  }

  /** The name of the record's field that holds {@code field}, or null when none does. */
  String source(JsonNode record, String field) {
    for (String name : sources.get(field)) {
      JsonNode value = record.get(name);
      if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())) {
        return name;
      }
    }
    return null;
  }

  private static Map<String, List<String>> commonNames() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("id", List.of("id", "guid", "uuid", "_id", "identifier"));
    map.put("title", List.of("title", "headline", "name", "subject"));
    map.put(
        "date",
        List.of(
            "date",
            "published",
            "pubDate",
            "published_time",
            "published_at",
            "publishedAt",
            "datePublished",
            "date_published",
            "publication_date",
            "issued",
            "created_at",
            "created"));
    map.put("year", List.of("year"));
    map.put("language", List.of("language", "lang", "inLanguage", "locale"));
    map.put(
        "countries",
        List.of("countries", "country_iso3", "country_codes", "country_code", "country"));
    map.put(
        "url",
        List.of("url", "link", "source_url", "permalink", "canonical_url", "web_url", "href"));
    map.put("publisher", List.of("publisher", "site_name", "source_name"));
    map.put(
        "text", List.of("text", "content", "body", "full_text", "article", "transcript", "speech"));
    return Collections.unmodifiableMap(map);
  }

  /** Every name the map may read, for telling which fields of a record it left. */
  List<String> allNames() {
    List<String> all = new ArrayList<>();
    sources.values().forEach(all::addAll);
    return all;
  }
}
