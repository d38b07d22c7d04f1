package org.balagh.bot.chat;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.StatementInfo;

/** What is stored: {@code /latest [country]} and {@code /sources}. */
final class Catalog {

  static final int LATEST = 5;
  private static final int SOURCES_LISTED = 10;

  private final Archive archive;
  private final CountryArgument countries;
  private final ReplyFormatter format;

  Catalog(Archive archive, CountryArgument countries) {
    this.archive = archive;
    this.countries = countries;
    this.format = new ReplyFormatter(countries);
  }

  /** The newest statements, of the country named in {@code country} when it is not blank. */
  String latest(String country, Lang ui) {
    if (country.isBlank()) {
      return format.statements(Phrase.LATEST.in(ui), archive.latest(null, LATEST));
    }
    Optional<String> found = countries.one(country);
    if (found.isEmpty()) {
      return Phrase.UNKNOWN_COUNTRY.in(ui, CountryArgument.shown(country));
    }
    String code = found.get();
    String name = Html.escape(countries.name(code, ui));
    List<StatementInfo> latest = archive.latest(code, LATEST);
    if (latest.isEmpty()) {
      return Phrase.LATEST_NONE.in(ui, name);
    }
    return format.statements(Phrase.LATEST_OF.in(ui, name), latest);
  }

  /** Counts of what is stored, by source, language and year. */
  String sources(Lang ui) {
    List<StatementInfo> statements = archive.statements();
    StringBuilder html = new StringBuilder();
    html.append(Phrase.SOURCES.in(ui, statements.size(), archive.info().sentences()));
    html.append("\n\n").append(Phrase.BY_SOURCE.in(ui));
    List<Map.Entry<String, Long>> sources = byCount(statements, Catalog::source);
    for (Map.Entry<String, Long> source :
        sources.subList(0, Math.min(SOURCES_LISTED, sources.size()))) {
      html.append('\n').append(Html.escape(source.getKey())).append(": ").append(source.getValue());
    }
    if (sources.size() > SOURCES_LISTED) {
      List<Map.Entry<String, Long>> rest = sources.subList(SOURCES_LISTED, sources.size());
      long count = rest.stream().mapToLong(Map.Entry::getValue).sum();
      html.append('\n').append(Phrase.OTHERS.in(ui, rest.size(), count));
    }
    html.append("\n\n").append(Phrase.BY_LANGUAGE.in(ui)).append('\n');
    html.append(
        byCount(statements, s -> language(s.language(), ui)).stream()
            .map(e -> Html.escape(e.getKey()) + ": " + e.getValue())
            .collect(Collectors.joining(" · ")));
    html.append("\n\n").append(Phrase.BY_YEAR.in(ui)).append('\n');
    Map<Integer, Long> years = new TreeMap<>(Comparator.reverseOrder());
    long undated = 0;
    for (StatementInfo statement : statements) {
      Integer year = statement.year();
      if (statement.date() != null) {
        year = statement.date().getYear();
      }
      if (year == null) {
        undated++;
      } else {
        years.merge(year, 1L, Long::sum);
      }
    }
    String yearLine =
        years.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(" · "));
    if (undated > 0) {
      yearLine += (yearLine.isEmpty() ? "" : " · ") + Phrase.NO_YEAR.in(ui) + ": " + undated;
    }
    html.append(yearLine);
    return HtmlCutter.cut(html.toString());
  }

  private static String source(StatementInfo statement) {
    if (!statement.publisher().isBlank()) {
      return statement.publisher().strip();
    }
    try {
      String host = URI.create(statement.url()).getHost();
      return host == null ? statement.url() : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return statement.url();
    }
  }

  private static String language(String code, Lang ui) {
    String name = ReplyFormatter.languageName(code, ui);
    return name.isEmpty() ? String.valueOf(code) : name;
  }

  /** Distinct values with their counts, most frequent first, then by name. */
  private static List<Map.Entry<String, Long>> byCount(
      List<StatementInfo> statements, Function<StatementInfo, String> key) {
    return statements.stream()
        .collect(Collectors.groupingBy(key, Collectors.counting()))
        .entrySet()
        .stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }
}
