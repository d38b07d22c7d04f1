package org.balagh.retrieval.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a statement's record says of it besides its text: which it is, when and in what language,
 * who published it and where. Kept whole by the index's catalogue, the text being in its sentences.
 *
 * @param date the publication date, or null when the source does not state it
 * @param year the year, known even when the exact date is not (UN speeches); null when unknown
 * @param language ISO 639-1 code of the text
 * @param countries ISO 3166 alpha-2 codes of the countries the record says it involves
 * @param urlIsCollection true when {@code url} is the address of a collection that holds the
 *     statement (a dataset's DOI, an archive's front page) rather than of the statement itself, so
 *     that a reply can say so; the data format's {@value Statement#COLLECTION_FIELD}
 */
public record Metadata(
    String id,
    String title,
    LocalDate date,
    Integer year,
    String language,
    List<String> countries,
    String url,
    boolean urlIsCollection,
    String publisher) {

  public Metadata {
    id = Statement.requireText(id, "id");
    url = Statement.requireText(url, "url");
    title = title == null ? "" : title.strip();
    publisher = publisher == null ? "" : publisher.strip();
    language = Objects.requireNonNull(language, "language");
    countries = List.copyOf(countries == null ? List.of() : countries);
    if (date != null) {
      year = date.getYear();
    }
  }

  /** The title, or the id for statements stored without one. */
  public String displayTitle() {
    return title.isEmpty() ? id : title;
  }

  /** The date as YYYY-MM-DD, the year alone when only that is known, or an empty string. */
  public String displayDate() {
    if (date != null) {
      return date.toString();
    }
    return year == null ? "" : year.toString();
  }

  /** A key that sorts statements newest first: by date, then by year alone. */
  public long recency() {
    if (date != null) {
      return date.toEpochDay();
    }
    return year == null ? Long.MIN_VALUE : LocalDate.of(year, 1, 1).toEpochDay();
  }
}
