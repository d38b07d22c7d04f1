package org.balagh.retrieval.model;

import java.util.Objects;

/**
 * A structured question: what a country said on a topic ({@code /compare Morocco Kazakhstan wheat}
 * asks one for each side), without a sentence for the engine to read who spoke from.
 *
 * @param speaker the ISO 3166 code of the country who spoke
 * @param topic what the quoted sentence must be about, in any of the languages
 * @param language the language to read the topic in (ISO 639-1), or empty to guess it
 */
public record Request(String speaker, String topic, String language) {

  public Request {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(language, "language");
  }
}
