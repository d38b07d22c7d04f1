package org.balagh.retrieval.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * UTF-8 text read a chunk at a time: strictly decoded (a malformed byte throws a {@link
 * java.nio.charset.CharacterCodingException}), a leading byte-order mark skipped, and split into
 * lines at {@code \n} only, as JSON lines are. A line longer than the limit is skipped, not held.
 */
final class Lines implements Closeable {

  /** Thrown for a line over the limit, once it has been read past: the next line follows. */
  static final class TooLong extends IOException {
    private final long length;

    TooLong(long length) {
      super("line of " + length + " characters");
      this.length = length;
    }

    long length() {
      return length;
    }
  }

  private final Reader in;
  private final long maxLine;
  private final char[] buffer = new char[64 * 1024];
  private int filled;
  private int at;
  private boolean started;

  Lines(Path file, long maxLine) throws IOException {
    this(Files.newInputStream(file), maxLine);
  }

  /** Lines of a stream, which closing them closes. */
  Lines(InputStream stream, long maxLine) {
    this.in =
        new InputStreamReader(
            stream,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    this.maxLine = maxLine;
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

  /**
   * The next line, without its {@code \n}, or null at the end.
   *
   * @throws TooLong for a line over the limit, which is then behind
   */
  String next() throws IOException {
    StringBuilder line = null;
    long length = 0;
    while (true) {
      if (at >= filled && !fill()) {
        return line == null ? null : end(line, length);
      }
      int start = at;
      while (at < filled && buffer[at] != '\n') {
        at++;
      }
      if (line == null) {
        line = new StringBuilder(at - start);
      }
      length += at - start;
      if (length <= maxLine) {
        line.append(buffer, start, at - start);
      } else {
        line.setLength(0);
      }
      if (at < filled) {
        at++;
        return end(line, length);
      }
    }
  }

  private String end(StringBuilder line, long length) throws TooLong {
    if (length > maxLine) {
      throw new TooLong(length);
    }
    return line.toString();
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
