package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns one JSON object of the data format into a {@link Statement}, or says which field is wrong.
 */
final class StatementParser {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final int MAX_ID_LENGTH = 512;

  private StatementParser() {}

  /** Thrown with a message fit to show next to the file and line. */
  static final class InvalidRecord extends Exception {
    InvalidRecord(String message) {
      super(message);
    }
  }

  static Statement parse(JsonNode node) throws InvalidRecord {
    if (node == null || !node.isObject()) {
      throw new InvalidRecord("not a JSON object");
    }
    String id = requiredText(node, "id");
    if (id.length() > MAX_ID_LENGTH) {
      throw new InvalidRecord("field 'id' is longer than " + MAX_ID_LENGTH + " characters");
    }
    String url = requiredText(node, "url");
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw new InvalidRecord("field 'url' is not an http(s) link: " + abbreviate(url));
    }
    String text = TextCleaner.clean(requiredText(node, "text"));
    if (text.isBlank()) {
      throw new InvalidRecord("field 'text' holds no text once cleaned");
    }
    String title = TextCleaner.cleanLine(optionalText(node, "title"));
    LocalDate date = date(node);
    Integer year = year(node, date);
    String language = language(node, title, text);
    return new Statement(
        new Metadata(
            id.strip(),
            title,
            date,
            year,
            language,
            countries(node),
            url.strip(),
            collection(node),
            optionalText(node, "publisher")),
        text);
  }

  private static String requiredText(JsonNode node, String field) throws InvalidRecord {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidRecord("missing field '" + field + "'");
    }
    if (!value.isTextual()) {
      throw new InvalidRecord("field '" + field + "' is not a string");
    }
    if (value.asText().isBlank()) {
      throw new InvalidRecord("field '" + field + "' is empty");
    }
    return value.asText();
  }

  private static String optionalText(JsonNode node, String field) throws InvalidRecord {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new InvalidRecord("field '" + field + "' is not a string");
    }
    return value.asText();
  }

  private static boolean collection(JsonNode node) throws InvalidRecord {
    JsonNode value = node.get(Statement.COLLECTION_FIELD);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new InvalidRecord("field '" + Statement.COLLECTION_FIELD + "' is not true or false");
    }
    return value.asBoolean();
  }

  private static LocalDate date(JsonNode node) throws InvalidRecord {
    String value = optionalText(node, "date").strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRecord("field 'date' is not YYYY-MM-DD: " + abbreviate(value));
    }
  }

  private static Integer year(JsonNode node, LocalDate date) throws InvalidRecord {
    if (date != null) {
      return date.getYear();
    }
    JsonNode value = node.get("year");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt() || value.asInt() < 1000 || value.asInt() > 9999) {
      throw new InvalidRecord("field 'year' is not a four-digit year");
    }
    return value.asInt();
  }

  private static String language(JsonNode node, String title, String text) throws InvalidRecord {
    String value = optionalText(node, "language").strip().toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      return LanguageGuesser.guess(title + "\n" + text);
    }
    if (!LANGUAGE.matcher(value).matches()) {
      throw new InvalidRecord("field 'language' is not an ISO 639 code: " + abbreviate(value));
    }
    return value;
  }

  private static List<String> countries(JsonNode node) throws InvalidRecord {
    JsonNode value = node.get("countries");
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new InvalidRecord("field 'countries' is not a list");
    }
    List<String> codes = new ArrayList<>();
    for (JsonNode code : value) {
      String text = code.isTextual() ? code.asText().strip().toUpperCase(Locale.ROOT) : "";
      if (!COUNTRY.matcher(text).matches()) {
        throw new InvalidRecord(
            "field 'countries' holds " + code + ", not an ISO 3166 alpha-2 code");
      }
      if (!codes.contains(text)) {
        codes.add(text);
      }
    }
    return codes;
  }

  static String abbreviate(String value) {
    String flat = value.replaceAll("\\p{Cntrl}", " ");
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }
}
