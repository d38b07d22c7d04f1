package org.balagh.retrieval.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.balagh.retrieval.corpus.Statement;

/**
 * What the index keeps of a statement besides its sentences: everything but the text.
 *
 * @param ordinal the statement's number in the index
 * @param countries the countries it involves: those its record gives, and those it is about
 * @param speakers the countries on whose behalf it speaks (see {@code StatementSpeakers}); empty
 *     when unknown
 * @param urlIsCollection true when {@code url} leads to a collection that holds the statement (a
 *     dataset's DOI), not to the statement itself: a reply should say so (see {@link
 *     Statement#urlIsCollection()})
 * @param sentences how many sentences it was split into
 */
public record StatementInfo(
    int ordinal,
    String id,
    String title,
    LocalDate date,
    Integer year,
    String language,
    List<String> countries,
    List<String> speakers,
    String url,
    boolean urlIsCollection,
    String publisher,
    int sentences) {

  public StatementInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    countries = List.copyOf(countries);
    speakers = List.copyOf(speakers);
    title = title == null ? "" : title;
    publisher = publisher == null ? "" : publisher;
  }

  static StatementInfo of(
      int ordinal, Statement s, List<String> countries, List<String> speakers, int sentences) {
    return new StatementInfo(
        ordinal,
        s.id(),
        s.title(),
        s.date(),
        s.year(),
        s.language(),
        countries,
        speakers,
        s.url(),
        s.urlIsCollection(),
        s.publisher(),
        sentences);
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
