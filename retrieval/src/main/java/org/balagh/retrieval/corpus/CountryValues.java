package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.analysis.CountryTagger;

/**
 * Turns the countries an archive gives into ISO 3166 alpha-2 codes: a list or one string, of
 * alpha-2 or alpha-3 codes ({@code "MAR;KAZ"}) or of names and demonyms in Arabic, English or
 * French ("Morocco and Kazakhstan", «المغرب», "Maroc"), read by the engine's gazetteer. What it
 * cannot read is named, never guessed.
 */
final class CountryValues {

  /**
   * What a value named: the codes, in order, and the parts that named no country ({@code 'Narnia'
   * named no country}), or an empty string.
   */
  record Read(List<String> codes, String unread) {}

  private static final Pattern SEPARATORS = Pattern.compile("[,;|/]+");
  private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}");

  /** What may join names and stay unread: spaces, punctuation, "and", "et", «و», articles. */
  private static final Pattern JOINING =
      Pattern.compile("(?:[\\s\\p{P}]|\\b(?:and|et|the|la|le|les|l)\\b|و)*");

  private static final Map<String, String> ALPHA3 = alpha3ToAlpha2();

  private final Supplier<CountryNames> names;
  private CountryTagger tagger;

  /** Reads names with the gazetteer {@code names} gives, loaded only when a name is met. */
  CountryValues(Supplier<CountryNames> names) {
    this.names = names;
  }

  Read codes(JsonNode value) {
    List<String> codes = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(part -> parts.add(part.asText("")));
    } else {
      parts.addAll(List.of(SEPARATORS.split(value.asText(""))));
    }
    for (String part : parts) {
      String text = part.strip();
      if (text.isEmpty()) {
        continue;
      }
      List<String> found = read(text);
      if (found.isEmpty()) {
        unread.add("'" + StatementParser.abbreviate(text) + "'");
      }
      found.stream().filter(code -> !codes.contains(code)).forEach(codes::add);
    }
    return new Read(codes, unread.isEmpty() ? "" : String.join(", ", unread) + " named no country");
  }

  /** The codes one part names, or none when some of it names no country. */
  private List<String> read(String text) {
    if (CODE.matcher(text).matches()) {
      String upper = text.toUpperCase(Locale.ROOT);
      if (upper.length() == 3 && ALPHA3.containsKey(upper)) {
        return List.of(ALPHA3.get(upper));
      }
      if (upper.length() == 2 && ALPHA3.containsValue(upper) && text.equals(upper)) {
        return List.of(upper);
      }
    }
    if (tagger == null) {
      tagger = new CountryTagger(names.get());
    }
    List<String> codes = new ArrayList<>();
    int covered = 0;
    StringBuilder rest = new StringBuilder();
    for (CountryTagger.Mention mention : tagger.find(text, CountryNames.ANY)) {
      rest.append(text, covered, mention.start()).append(' ');
      covered = mention.end();
      codes.add(mention.code());
    }
    rest.append(text.substring(covered));
    return JOINING.matcher(rest.toString().toLowerCase(Locale.ROOT)).matches() ? codes : List.of();
  }

  private static Map<String, String> alpha3ToAlpha2() {
    Map<String, String> map = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      map.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
    return Map.copyOf(map);
  }
}
