package org.balagh.retrieval.index;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.analysis.CountryTagger;
import org.balagh.retrieval.analysis.Words;
import org.balagh.retrieval.corpus.Statement;
import org.balagh.retrieval.lang.LanguageResources;

/**
 * The countries on whose behalf a statement speaks, as against those it is about: "What did China
 * say about …" is answered from China's statements only. In order: the country its publisher names
 * ("Ministry of Foreign Affairs of Morocco") or stands for ("The White House", by {@code
 * government-seats.tsv}), or the government whose web host its link is on (a host of that table, or
 * a government's domain under a country's top-level domain: "fmprc.gov.cn", "mea.gov.in",
 * "mofa.go.jp", "diplomatie.gouv.fr"); with a joint statement's, communiqué's or declaration's
 * signatories, the countries its title names. A statement whose publisher says nothing (UN
 * speeches, republished communiqués) speaks for the countries its record gives.
 */
final class StatementSpeakers {

  private static final Pattern JOINT =
      Pattern.compile(
          "(?iu)\\b(?:joint|communiqu[ée]s?|declarations?|d[ée]claration|conjointe?s?|commune)\\b"
              + "|مشترك|مشتركة|إعلان|بلاغ");

  /**
   * A government's own domain under its country's top-level domain: "fmprc.gov.cn", "mea.gov.in",
   * "diplomatie.gouv.fr", "mofa.go.jp", "exteriores.gob.es", "international.gc.ca".
   */
  private static final Pattern GOVERNMENT_HOST =
      Pattern.compile("(?:^|\\.)(?:gov|gouv|gob|go|gv|govt|gc)\\.([a-z]{2})$");

  private final CountryTagger tagger;
  private final Set<String> known;
  private final List<Seat> seats = new ArrayList<>();

  /** A seat of government: its names as folded word sequences, and its web hosts. */
  private record Seat(String code, List<String> names, List<String> hosts) {}

  StatementSpeakers(CountryNames names) {
    this.tagger = new CountryTagger(names);
    this.known = names.codes();
    for (LanguageResources.Row line : LanguageResources.rows("government-seats.tsv")) {
      String[] cells = line.cells();
      if (cells[0].equals("code")) {
        continue;
      }
      List<String> folded = new ArrayList<>();
      for (int c = 1; c < Math.min(4, cells.length); c++) {
        for (String name : cells[c].split("\\|")) {
          if (!name.isBlank()) {
            folded.add(key(name));
          }
        }
      }
      List<String> hosts = cells.length > 4 ? List.of(cells[4].split("\\|")) : List.of();
      seats.add(new Seat(cells[0], folded, hosts));
    }
  }

  List<String> of(Statement statement, List<String> titleCountries) {
    Set<String> codes =
        new LinkedHashSet<>(tagger.countries(statement.publisher(), CountryNames.ANY));
    String publisher = " " + key(statement.publisher()) + " ";
    String host = host(statement.url());
    for (Seat seat : seats) {
      boolean named = seat.names().stream().anyMatch(n -> publisher.contains(" " + n + " "));
      boolean hosted =
          seat.hosts().stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
      if (named || hosted) {
        codes.add(seat.code());
      }
    }
    String government = governmentHost(host);
    if (government != null) {
      codes.add(government);
    }
    if (JOINT.matcher(statement.title()).find()) {
      codes.addAll(titleCountries);
    }
    if (codes.isEmpty()) {
      codes.addAll(statement.countries());
    }
    return List.copyOf(codes);
  }

  /** The country whose government's domain a host is on, or null (see {@link #GOVERNMENT_HOST}). */
  private String governmentHost(String host) {
    Matcher m = GOVERNMENT_HOST.matcher(host);
    if (!m.find()) {
      return null;
    }
    String code = m.group(1).equals("uk") ? "GB" : m.group(1).toUpperCase(Locale.ROOT);
    return known.contains(code) ? code : null;
  }

  private static String key(String text) {
    return Words.split(text).stream()
        .map(w -> Words.fold(w.text()))
        .collect(Collectors.joining(" "));
  }

  private static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
