package org.balagh.retrieval.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.retrieval.corpus.Problem;
import org.balagh.retrieval.lang.LanguageResources;

/**
 * The translation table that lets a question reach statements in other languages: rows of English,
 * French and Arabic expressions of one foreign-policy concept ("business council", "conseil
 * d'affaires", «مجلس الأعمال»). The installed {@code glossary.tsv} (see {@link LanguageResources})
 * comes first, then any {@code *.glossary.tsv} in the data folder (admins' additions) and, in a
 * folder made by an older version, the {@code glossary.tsv} at its root; a row given twice counts
 * once. Expressions are kept as analysed terms, so they match a question as the index would.
 */
public final class Glossary {

  /**
   * The installed glossary's name, also read at a data folder's root (where older versions kept
   * it); and the ending of the glossary files admins add anywhere in the data folder.
   */
  public static final String FILE = "glossary.tsv";

  public static final String EXTRA_SUFFIX = ".glossary.tsv";
  static final List<String> LANGUAGES = List.of("en", "fr", "ar");

  /** One row: each language's expressions, as analysed terms. */
  record Row(Map<String, List<List<String>>> expressions) {}

  private final List<Row> rows;
  private final PhraseTable<Row> expressions = new PhraseTable<>();
  private final List<Problem> problems;

  private Glossary(List<Row> rows, List<Problem> problems) {
    this.rows = List.copyOf(rows);
    this.problems = List.copyOf(problems);
    for (Row row : rows) {
      row.expressions()
          .forEach(
              (language, phrases) -> {
                for (List<String> terms : phrases) {
                  expressions.add(language, terms, row);
                }
              });
    }
  }

  public static Glossary empty() {
    return new Glossary(List.of(), List.of());
  }

  /**
   * Reads the installed glossary and the glossary files of a data folder; a bad line is a problem,
   * not a failure.
   */
  public static Glossary read(Path dataFolder, Analyzers analyzers) {
    Set<Row> rows = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    readLines(
        LanguageResources.lines(FILE), LanguageResources.describe(FILE), analyzers, rows, problems);
    for (Path file : files(dataFolder, problems)) {
      String name = dataFolder.relativize(file).toString();
      try {
        readLines(
            Files.readAllLines(file, StandardCharsets.UTF_8), name, analyzers, rows, problems);
      } catch (IOException e) {
        problems.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
      }
    }
    return new Glossary(new ArrayList<>(rows), problems);
  }

  private static void readLines(
      List<String> lines, String name, Analyzers analyzers, Set<Row> rows, List<Problem> problems) {
    GlossaryText.Parsed parsed = GlossaryText.parse(name, lines, false);
    problems.addAll(parsed.problems());
    for (GlossaryText.Line line : parsed.rows()) {
      Row row = row(line.cells(), analyzers);
      if (row == null) {
        problems.add(
            new Problem(
                name,
                line.number(),
                "expected three tab-separated cells, English, French and Arabic"));
      } else {
        rows.add(row);
      }
    }
  }

  private static List<Path> files(Path dataFolder, List<Problem> problems) {
    if (!Files.isDirectory(dataFolder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dataFolder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !CorpusReader.hidden(dataFolder.relativize(p)))
          .filter(
              p ->
                  p.getFileName().toString().endsWith(EXTRA_SUFFIX)
                      || dataFolder.relativize(p).toString().equals(FILE))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(new Problem(dataFolder.toString(), 0, "cannot list glossary files"));
      return List.of();
    }
  }

  private static Row row(String[] cells, Analyzers analyzers) {
    Map<String, List<List<String>>> expressions = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      List<List<String>> analysed = new ArrayList<>();
      for (String expression : cells[i].split("\\|")) {
        List<String> terms = firstReadings(analyzers, expression.strip(), LANGUAGES.get(i));
        if (!terms.isEmpty() && !analysed.contains(terms)) {
          analysed.add(terms);
        }
      }
      if (analysed.isEmpty()) {
        return null;
      }
      expressions.put(LANGUAGES.get(i), analysed);
    }
    return new Row(expressions);
  }

  /** An expression's terms, one per word (its first reading), as statements are analysed. */
  static List<String> firstReadings(Analyzers analyzers, String text, String language) {
    List<String> terms = new ArrayList<>();
    for (List<String> readings : analyzers.statementWords(text, language)) {
      terms.add(readings.get(0));
    }
    return terms;
  }

  public int size() {
    return rows.size();
  }

  public List<Problem> problems() {
    return problems;
  }

  /**
   * The rows a question's words express, longest first and not overlapping.
   *
   * @param words the question's analysed words in one language, each with its readings
   */
  List<PhraseTable.Match<Row>> find(List<List<String>> words, String language) {
    return expressions.find(words, language);
  }
}
