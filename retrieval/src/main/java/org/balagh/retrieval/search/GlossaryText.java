package org.balagh.retrieval.search;

import java.util.ArrayList;
import java.util.List;
import org.balagh.retrieval.corpus.Problem;

/**
 * The grammar of a glossary file, read once for the engine and for a file an administrator sends:
 * blank lines and {@code #} comments; first, the header {@code en<TAB>fr<TAB>ar}; then rows of
 * three tab-separated cells, English, French and Arabic, each with one expression or several
 * ({@code |} between synonyms). The engine reads leniently (the header may be missing, a bad line
 * is skipped); a file that is to join the data folder is held to it strictly.
 */
public final class GlossaryText {

  public static final String HEADER = String.join("\t", Glossary.LANGUAGES);

  private GlossaryText() {}

  /** A row: its line number, from 1, and its three cells. */
  public record Line(int number, String[] cells) {}

  /** The rows of a file, and the lines that are not right. */
  public record Parsed(List<Line> rows, List<Problem> problems) {
    public Parsed {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a file's lines; {@code strict}, a missing header is a problem and a cell must hold an
   * expression, where the engine's reading lets them pass.
   */
  public static Parsed parse(String file, List<String> lines, boolean strict) {
    List<Line> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        header = true;
        if (line.strip().equals(HEADER)) {
          continue;
        }
        if (strict) {
          problems.add(
              new Problem(
                  file, i + 1, "the first line must be the header: en, fr and ar, tab-separated"));
          continue;
        }
      }
      String[] cells = line.split("\t", -1);
      if (cells.length == Glossary.LANGUAGES.size() && (!strict || expressed(cells))) {
        rows.add(new Line(i + 1, cells));
      } else {
        problems.add(
            new Problem(
                file, i + 1, "expected three tab-separated cells, English, French and Arabic"));
      }
    }
    return new Parsed(rows, problems);
  }

  private static boolean expressed(String[] cells) {
    for (String cell : cells) {
      boolean expression = false;
      for (String part : cell.split("\\|")) {
        expression |= !part.isBlank();
      }
      if (!expression) {
        return false;
      }
    }
    return true;
  }
}
