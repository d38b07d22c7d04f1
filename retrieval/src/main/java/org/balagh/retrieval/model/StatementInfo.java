package org.balagh.retrieval.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.balagh.retrieval.corpus.Metadata;
import org.balagh.retrieval.corpus.Statement;

/**
 * What the index keeps of a statement besides its sentences: its record's metadata, and what
 * indexing learnt of it.
 *
 * @param ordinal the statement's number in the index
 * @param countries the countries it involves: those its record gives, those it speaks for, and
 *     those it is about
 * @param speakers the countries on whose behalf it speaks (see {@code StatementSpeakers}); empty
 *     when unknown
 * @param sentences how many sentences it was split into
 */
public record StatementInfo(
    int ordinal, Metadata metadata, List<String> countries, List<String> speakers, int sentences) {

  public StatementInfo {
    Objects.requireNonNull(metadata, "metadata");
    countries = List.copyOf(countries);
    speakers = List.copyOf(speakers);
  }

  /** What the index keeps of a statement it read. */
  public static StatementInfo of(
      int ordinal, Statement s, List<String> countries, List<String> speakers, int sentences) {
    return new StatementInfo(ordinal, s.metadata(), countries, speakers, sentences);
  }

  public String id() {
    return metadata.id();
  }

  public String title() {
    return metadata.title();
  }

  public LocalDate date() {
    return metadata.date();
  }

  public Integer year() {
    return metadata.year();
  }

  public String language() {
    return metadata.language();
  }

  public String url() {
    return metadata.url();
  }

  /** Whether its link leads to a collection that holds it rather than to it. */
  public boolean urlIsCollection() {
    return metadata.urlIsCollection();
  }

  public String publisher() {
    return metadata.publisher();
  }

  /** The title, or the id for statements stored without one. */
  public String displayTitle() {
    return metadata.displayTitle();
  }

  /** The date as YYYY-MM-DD, the year alone when only that is known, or an empty string. */
  public String displayDate() {
    return metadata.displayDate();
  }

  /** A key that sorts statements newest first: by date, then by year alone. */
  public long recency() {
    return metadata.recency();
  }
}
