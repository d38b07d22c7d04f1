package org.balagh.retrieval.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.balagh.retrieval.corpus.CorpusReader;

/**
 * Identifies a data folder's content cheaply: a hash of each statement file's path, size and
 * modification time, and of the index format. An index built from the same fingerprint is reused.
 */
public final class Fingerprint {

  /** Bump when analysis or the index layout changes, so old indexes are rebuilt. */
  static final int INDEX_FORMAT = 24;

  private Fingerprint() {}

  /** The index format: what else depends on analysis (the lexicon cache) is keyed by it too. */
  public static int indexFormat() {
    return INDEX_FORMAT;
  }

  public static String of(Path dataFolder) throws IOException {
    MessageDigest digest = sha256();
    digest.update(("balagh-index-" + INDEX_FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
    for (Path file : CorpusReader.dataFiles(dataFolder)) {
      String line =
          dataFolder.relativize(file)
              + "\t"
              + Files.size(file)
              + "\t"
              + Files.getLastModifiedTime(file).toMillis()
              + "\n";
      digest.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
