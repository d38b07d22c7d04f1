package org.balagh.bot.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.balagh.retrieval.corpus.Problem;
import org.balagh.retrieval.search.Glossary;

/**
 * Checks a glossary file before it joins the data folder, strictly where the reader is lenient:
 * UTF-8 text, the header {@code en<TAB>fr<TAB>ar} first, then rows of three cells, English, French
 * and Arabic, each with an expression ({@code |} separates synonyms). Blank lines and {@code #}
 * comments are allowed, as {@link Glossary#read} skips them.
 */
final class GlossaryCheck {

  static final String HEADER = "en\tfr\tar";

  /**
   * What the check found.
   *
   * @param text the file as text, without a byte-order mark
   * @param rows the rows it holds
   * @param problems every line that is not right; none for a file that may be added
   */
  record Result(String text, int rows, List<Problem> problems) {
    Result {
      problems = List.copyOf(problems);
    }
  }

  private GlossaryCheck() {}

  static Result check(String file, byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      return new Result("", 0, List.of(new Problem(file, 0, "not UTF-8 text")));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Problem> problems = new ArrayList<>();
    List<String> lines = text.lines().toList();
    boolean header = false;
    int rows = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        header = true;
        if (!line.strip().equals(HEADER)) {
          problems.add(
              new Problem(
                  file, i + 1, "the first line must be the header: en, fr and ar, tab-separated"));
        }
        continue;
      }
      if (isRow(line)) {
        rows++;
      } else {
        problems.add(
            new Problem(
                file, i + 1, "expected three tab-separated cells, English, French and Arabic"));
      }
    }
    if (rows == 0 && problems.isEmpty()) {
      problems.add(new Problem(file, 0, "holds no row"));
    }
    return new Result(text, rows, problems);
  }

  private static boolean isRow(String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 3) {
      return false;
    }
    for (String cell : cells) {
      boolean expressed = false;
      for (String expression : cell.split("\\|")) {
        expressed |= !expression.isBlank();
      }
      if (!expressed) {
        return false;
      }
    }
    return true;
  }
}
