package org.balagh.retrieval.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.retrieval.corpus.Problem;

/**
 * The translation table that lets a question reach statements in other languages: rows of English,
 * French and Arabic expressions of one foreign-policy concept ("business council", "conseil
 * d'affaires", «مجلس الأعمال»), read from {@code glossary.tsv} and any {@code *.glossary.tsv} in
 * the data folder. Expressions are kept as analysed terms, so they match a question as the index
 * would.
 */
public final class Glossary {

  /** The file in the data folder, and the ending of extra glossary files beside it. */
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

  /** Reads the glossary files of a data folder; a bad line is a problem, not a failure. */
  public static Glossary read(Path dataFolder, Analyzers analyzers) {
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files(dataFolder, problems)) {
      String name = dataFolder.relativize(file).toString();
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (!header) {
            header = true;
            if (line.strip().equals(String.join("\t", LANGUAGES))) {
              continue;
            }
          }
          Row row = row(line, analyzers);
          if (row == null) {
            problems.add(
                new Problem(
                    name, i + 1, "expected three tab-separated cells, English, French and Arabic"));
          } else {
            rows.add(row);
          }
        }
      } catch (IOException e) {
        problems.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
      }
    }
    return new Glossary(rows, problems);
  }

  private static List<Path> files(Path dataFolder, List<Problem> problems) {
    if (!Files.isDirectory(dataFolder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dataFolder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !CorpusReader.hidden(dataFolder.relativize(p)))
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return name.equals(FILE) || name.endsWith(EXTRA_SUFFIX);
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(new Problem(dataFolder.toString(), 0, "cannot list glossary files"));
      return List.of();
    }
  }

  private static Row row(String line, Analyzers analyzers) {
    String[] cells = line.split("\t");
    if (cells.length != LANGUAGES.size()) {
      return null;
    }
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
