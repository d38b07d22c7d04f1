package org.balagh.retrieval;

import java.util.List;
import java.util.Set;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.analysis.CountryTagger;

/**
 * The countries the engine knows, as a reader names them: by name, adjective or demonym in Arabic,
 * English or French ("Morocco", «المغربية», « marocain »), each an ISO 3166 code; the names a reply
 * shows.
 */
public final class Countries {

  private final CountryNames names;
  private final CountryTagger tagger;

  Countries(CountryNames names) {
    this.names = names;
    this.tagger = new CountryTagger(names);
  }

  /** The countries, with no archive: read from CLDR and the gazetteer's own table. */
  public static Countries load() {
    return new Countries(CountryNames.load());
  }

  /** A country named in a text: its code, and the characters {@code [start, end)} naming it. */
  public record Mention(String code, int start, int end) {}

  /** Every code the engine knows. */
  public Set<String> codes() {
    return names.codes();
  }

  /** A country's name in a language (ar, en, fr), as plain text. */
  public String name(String code, String language) {
    return names.name(code, language);
  }

  /** The countries a text names, in order of first mention. */
  public List<String> named(String text) {
    return tagger.countries(text, CountryNames.ANY);
  }

  /** Every naming of a country in a text, in order, with where it is. */
  public List<Mention> mentions(String text) {
    return tagger.find(text, CountryNames.ANY).stream()
        .map(m -> new Mention(m.code(), m.start(), m.end()))
        .toList();
  }
}
