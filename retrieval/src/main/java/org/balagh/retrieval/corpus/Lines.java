package org.balagh.retrieval.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 text file read a chunk at a time: strictly decoded (a malformed byte throws a {@link
 * java.nio.charset.CharacterCodingException}), a leading byte-order mark skipped, and split into
 * lines at {@code \n} only, as JSON lines are.
 */
final class Lines implements Closeable {

  private final Reader in;
  private final char[] buffer = new char[64 * 1024];
  private int filled;
  private int at;
  private boolean started;

  Lines(Path file) throws IOException {
    this.in =
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Reads the next chunk, or returns false at the end; its characters are then those of {@link
   * #buffer()} from {@link #from()} to {@link #filled()}.
   */
  boolean chunk() throws IOException {
    return fill();
  }

  char[] buffer() {
    return buffer;
  }

  int from() {
    return at;
  }

  int filled() {
    return filled;
  }

  /** The next line, without its {@code \n}, or null at the end. */
  String next() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (at >= filled && !fill()) {
        return line == null ? null : line.toString();
      }
      int start = at;
      while (at < filled && buffer[at] != '\n') {
        at++;
      }
      if (line == null) {
        line = new StringBuilder(at - start);
      }
      line.append(buffer, start, at - start);
      if (at < filled) {
        at++;
        return line.toString();
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    filled = Math.max(n, 0);
    at = 0;
    if (!started && n > 0) {
      started = true;
      at = buffer[0] == '\uFEFF' ? 1 : 0;
    }
    return n >= 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
