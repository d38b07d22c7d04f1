package org.balagh.retrieval.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored statement: a joint communiqué, a ministry release or a speech, its record's {@link
 * Metadata} and its text.
 */
public record Statement(Metadata metadata, String text) {

  /** The data format's field for {@link Metadata#urlIsCollection}: true, or absent for false. */
  public static final String COLLECTION_FIELD = "url_is_collection";

  public Statement {
    Objects.requireNonNull(metadata, "metadata");
    text = requireText(text, "text");
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

  public List<String> countries() {
    return metadata.countries();
  }

  public String url() {
    return metadata.url();
  }

  public boolean urlIsCollection() {
    return metadata.urlIsCollection();
  }

  public String publisher() {
    return metadata.publisher();
  }

  static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing or empty");
    }
    return value;
  }
}
