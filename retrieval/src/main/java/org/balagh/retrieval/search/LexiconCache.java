package org.balagh.retrieval.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.index.Fingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed lexicons as analysed once, kept in a file beside the indexes: analysing their
 * 400,000 rows is most of what a start waits for, reading the result back a fraction of it. The
 * file's name holds a hash of the lexicon files, of how they are read and of the analysis (the
 * index format, bumped whenever analysis changes), so a file from other lexicons or another
 * analysis is never read; a file that cannot be read is built again.
 */
final class LexiconCache {

  private static final Logger LOG = LoggerFactory.getLogger(LexiconCache.class);

  /** Bump when the file's layout or what {@link Lexicon#installed} keeps changes. */
  static final int FORMAT = 3;

  private static final String PREFIX = "lexicon-";
  private static final String SUFFIX = ".bin";
  private static final int MAGIC = 0x42414c58;

  private LexiconCache() {}

  /** The installed lexicons, from the folder's file when it holds these, else built (and kept). */
  static Lexicon load(Analyzers analyzers, Path folder) {
    Path file;
    try {
      file = folder.resolve(PREFIX + fingerprint() + SUFFIX);
    } catch (IOException | RuntimeException e) {
      LOG.warn("event=lexicon_cache_unusable reason=\"{}\"", e.toString());
      return Lexicon.installed(analyzers);
    }
    if (Files.isRegularFile(file)) {
      try {
        return new Lexicon(read(file));
      } catch (IOException | RuntimeException e) {
        LOG.warn("event=lexicon_cache_unreadable file={} reason=\"{}\"", file, e.toString());
      }
    }
    Lexicon built = Lexicon.installed(analyzers);
    try {
      write(built.translations(), file);
    } catch (IOException | RuntimeException e) {
      LOG.warn("event=lexicon_cache_not_written file={} reason=\"{}\"", file, e.toString());
    }
    return built;
  }

  /** A hash of the format, the index format, what is kept of a word and every lexicon file. */
  static String fingerprint() throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    digest.update(
        ("lexicon " + FORMAT + " index " + Fingerprint.indexFormat() + " kept " + Lexicon.KEPT)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (String file : Lexicon.files()) {
      try (InputStream in =
          org.balagh.retrieval.lang.LanguageResources.class.getResourceAsStream(
              "lexicons/" + file)) {
        if (in == null) {
          throw new IOException("missing installed lexicon " + file);
        }
        digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(in.readAllBytes());
      }
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
  }

  static void write(Map<String, List<Lexicon.Translation>> translations, Path file)
      throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), PREFIX, ".tmp");
    try {
      try (DataOutputStream out =
          new DataOutputStream(
              new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(translations.size());
        for (Map.Entry<String, List<Lexicon.Translation>> entry : translations.entrySet()) {
          out.writeUTF(entry.getKey());
          out.writeShort(entry.getValue().size());
          for (Lexicon.Translation t : entry.getValue()) {
            out.writeUTF(t.language());
            out.writeShort(t.terms().size());
            for (String term : t.terms()) {
              out.writeUTF(term);
            }
            out.writeFloat(t.weight());
          }
        }
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    // Files of other lexicons or analyses are never read again.
    try (var others = Files.newDirectoryStream(file.getParent(), PREFIX + "*" + SUFFIX)) {
      for (Path other : others) {
        if (!other.equals(file)) {
          Files.deleteIfExists(other);
        }
      }
    }
  }

  static Map<String, List<Lexicon.Translation>> read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("not a lexicon cache");
      }
      int size = in.readInt();
      Map<String, List<Lexicon.Translation>> out = new HashMap<>(size * 2);
      Map<String, String> languages = new HashMap<>();
      for (int i = 0; i < size; i++) {
        String key = in.readUTF();
        int count = in.readShort();
        List<Lexicon.Translation> list = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
          String language = in.readUTF();
          language = languages.computeIfAbsent(language, l -> l);
          int terms = in.readShort();
          List<String> words = new ArrayList<>(terms);
          for (int k = 0; k < terms; k++) {
            words.add(in.readUTF());
          }
          list.add(new Lexicon.Translation(language, List.copyOf(words), in.readFloat()));
        }
        out.put(key, List.copyOf(list));
      }
      if (in.read() != -1) {
        throw new IOException("trailing bytes in a lexicon cache");
      }
      return out;
    }
  }
}
