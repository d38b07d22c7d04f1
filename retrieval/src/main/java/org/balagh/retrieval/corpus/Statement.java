package org.balagh.retrieval.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored statement: a joint communiqué, a ministry release or a speech, with the link it was
 * published at.
 *
 * @param date the publication date, or null when the source does not state it
 * @param year the year, known even when the exact date is not (UN speeches); null when unknown
 * @param language ISO 639-1 code of the text
 * @param countries ISO 3166 alpha-2 codes of the countries the statement involves
 * @param urlIsCollection true when {@code url} is the address of a collection that holds the
 *     statement (a dataset's DOI, an archive's front page) rather than of the statement itself, so
 *     that a reply can say so; the data format's {@value #COLLECTION_FIELD}
 */
public record Statement(
    String id,
    String title,
    LocalDate date,
    Integer year,
    String language,
    List<String> countries,
    String url,
    boolean urlIsCollection,
    String publisher,
    String text) {

  /** The data format's field for {@link #urlIsCollection}: true, or absent for false. */
  public static final String COLLECTION_FIELD = "url_is_collection";

  public Statement {
    id = requireText(id, "id");
    url = requireText(url, "url");
    text = requireText(text, "text");
    title = title == null ? "" : title.strip();
    publisher = publisher == null ? "" : publisher.strip();
    language = Objects.requireNonNull(language, "language");
    countries = List.copyOf(countries == null ? List.of() : countries);
    if (date != null) {
      year = date.getYear();
    }
  }

  private static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing or empty");
    }
    return value;
  }
}
