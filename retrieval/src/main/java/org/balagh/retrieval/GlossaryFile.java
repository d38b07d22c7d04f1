package org.balagh.retrieval;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.balagh.retrieval.corpus.Problem;
import org.balagh.retrieval.search.Glossary;
import org.balagh.retrieval.search.GlossaryText;

/**
 * A glossary file an administrator adds to the data folder ({@code *.glossary.tsv}), checked before
 * it joins: UTF-8 text and the glossary's grammar held strictly (see the README), where the engine
 * reads its files leniently.
 */
public final class GlossaryFile {

  /** The ending of a data folder's glossary files. */
  public static final String SUFFIX = Glossary.EXTRA_SUFFIX;

  private GlossaryFile() {}

  /**
   * What the check found.
   *
   * @param text the file as text, without a byte-order mark
   * @param rows the rows it holds
   * @param problems every line that is not right; none for a file that may be added
   */
  public record Check(String text, int rows, List<Problem> problems) {
    public Check {
      problems = List.copyOf(problems);
    }
  }

  public static Check check(String file, byte[] content) {
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
      return new Check("", 0, List.of(new Problem(file, 0, "not UTF-8 text")));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    GlossaryText.Parsed parsed = GlossaryText.parse(file, text.lines().toList(), true);
    if (parsed.rows().isEmpty() && parsed.problems().isEmpty()) {
      return new Check(text, 0, List.of(new Problem(file, 0, "holds no row")));
    }
    return new Check(text, parsed.rows().size(), parsed.problems());
  }
}
