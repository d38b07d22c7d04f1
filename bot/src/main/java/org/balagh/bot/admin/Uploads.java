package org.balagh.bot.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.util.IOUtils;
import org.balagh.retrieval.GlossaryFile;
import org.balagh.retrieval.corpus.Corpus;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.retrieval.corpus.ImportResult;
import org.balagh.retrieval.corpus.Importer;
import org.balagh.retrieval.corpus.Problem;
import org.balagh.retrieval.corpus.Statement;

/**
 * Adds statement and glossary files sent by an administrator to {@code <data>/uploads/}: the name
 * sanitised, the size capped, plain-text statements converted, every record validated and ids
 * checked against the rest of the data folder (every glossary line checked) in a hidden staging
 * folder first, then moved into place atomically.
 */
public final class Uploads {

  /** The default cap on an uploaded file. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  /** The ending of glossary files; glossaries anywhere in the data folder are read. */
  public static final String GLOSSARY = GlossaryFile.SUFFIX;

  // The glossary ending first: it is stripped whole when a name is sanitised.
  private static final List<String> TYPES = types();

  private static final int LISTED = 5;

  /** Why an upload was refused. */
  public enum Reason {
    TYPE,
    TOO_LARGE,
    INVALID,
    DUPLICATE_IDS,
    BAD_GLOSSARY
  }

  /** What became of an upload. */
  public sealed interface Outcome permits Added, GlossaryAdded, Refused {
    String file();
  }

  /**
   * The file joined the data folder.
   *
   * @param replaced whether an earlier upload of the same name was replaced
   */
  public record Added(String file, int statements, List<Problem> problems, boolean replaced)
      implements Outcome {
    public Added {
      problems = List.copyOf(problems);
    }
  }

  /** A glossary joined the data folder, with this many rows. */
  public record GlossaryAdded(String file, int rows, boolean replaced) implements Outcome {}

  /** The file was not added; {@code details} are the first problems or duplicate ids. */
  public record Refused(String file, Reason reason, List<String> details) implements Outcome {
    public Refused {
      details = List.copyOf(details);
    }
  }

  private final Path dataFolder;
  private final long maxBytes;
  private final Random random;

  public Uploads(Path dataFolder, long maxBytes, Random random) {
    this.dataFolder = dataFolder;
    this.maxBytes = maxBytes;
    this.random = random;
  }

  /** Glossaries, JSON records, and the types the importer converts first (see {@link Importer}). */
  private static List<String> types() {
    List<String> types = new ArrayList<>(List.of(GLOSSARY, ".jsonl", ".json"));
    types.addAll(Importer.CONVERTED);
    return List.copyOf(types);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Whether a file name has a type the data folder takes ({@code .json .jsonl}, glossary) or the
   * importer converts ({@code .txt}, {@code .csv}, feeds, saved pages).
   */
  public static boolean acceptedType(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return TYPES.stream().anyMatch(lower::endsWith);
  }

  /**
   * A file name that is safe to write: its last path segment, only {@code [A-Za-z0-9._-]}, no
   * leading dot (hidden files are skipped by the reader), a lower-case extension, 100 chars at
   * most.
   */
  public static String safeName(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    String type = "";
    for (String candidate : TYPES) {
      if (name.toLowerCase(Locale.ROOT).endsWith(candidate)) {
        type = candidate;
        name = name.substring(0, name.length() - candidate.length());
        break;
      }
    }
    String stem = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
    if (stem.length() > 90) {
      stem = stem.substring(0, 90);
    }
    return (stem.isEmpty() ? "upload" : stem) + type;
  }

  /**
   * Checks a file and, if it holds statements with new ids or is a sound glossary, moves it into
   * the data folder.
   */
  public synchronized Outcome add(String fileName, byte[] content) throws IOException {
    String name = safeName(fileName);
    if (!acceptedType(name)) {
      return new Refused(name, Reason.TYPE, List.of());
    }
    if (content.length > maxBytes) {
      return new Refused(name, Reason.TOO_LARGE, List.of());
    }
    Path uploads = dataFolder.resolve("uploads");
    Path staging = uploads.resolve(".staging-" + Long.toHexString(random.nextLong()));
    Files.createDirectories(staging);
    try {
      if (name.endsWith(GLOSSARY)) {
        return placeGlossary(name, content, staging, uploads.resolve(name));
      }
      Path staged = Files.write(staging.resolve(name), content);
      if (Importer.CONVERTED.stream().anyMatch(name::endsWith)) {
        ImportResult imported;
        try {
          imported = new Importer().importFile(staged, staging, Importer.Overrides.none());
        } catch (IOException e) {
          return new Refused(name, Reason.INVALID, List.of(String.valueOf(e.getMessage())));
        }
        if (imported.written() == 0) {
          return new Refused(
              name,
              Reason.INVALID,
              first(imported.skipped().stream().map(Problem::toString).toList()));
        }
        staged = imported.output();
        name = staged.getFileName().toString();
      }
      return place(name, staged, uploads.resolve(name));
    } finally {
      IOUtils.rm(staging);
    }
  }

  private Outcome place(String name, Path staged, Path target) throws IOException {
    Corpus corpus = new CorpusReader().readFile(staged, "uploads/" + name);
    if (corpus.statements().isEmpty()) {
      return new Refused(name, Reason.INVALID, first(corpus.problems()));
    }
    Set<String> stored = idsExcept(target);
    List<String> duplicates = new ArrayList<>();
    for (Statement statement : corpus.statements()) {
      if (stored.contains(statement.id())) {
        duplicates.add(statement.id());
      }
    }
    if (!duplicates.isEmpty()) {
      return new Refused(name, Reason.DUPLICATE_IDS, first(duplicates));
    }
    boolean replaced = Files.exists(target);
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return new Added(name, corpus.statements().size(), corpus.problems(), replaced);
  }

  private static Outcome placeGlossary(String name, byte[] content, Path staging, Path target)
      throws IOException {
    GlossaryFile.Check checked = GlossaryFile.check("uploads/" + name, content);
    if (!checked.problems().isEmpty()) {
      return new Refused(name, Reason.BAD_GLOSSARY, first(checked.problems()));
    }
    Path staged = Files.writeString(staging.resolve(name), checked.text(), StandardCharsets.UTF_8);
    boolean replaced = Files.exists(target);
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return new GlossaryAdded(name, checked.rows(), replaced);
  }

  private Set<String> idsExcept(Path target) throws IOException {
    Set<String> ids = new HashSet<>();
    CorpusReader reader = new CorpusReader();
    Path skip = target.toAbsolutePath().normalize();
    for (Path file : CorpusReader.dataFiles(dataFolder)) {
      if (!file.toAbsolutePath().normalize().equals(skip)) {
        reader.readFile(file, file.toString()).statements().forEach(s -> ids.add(s.id()));
      }
    }
    return ids;
  }

  private static List<String> first(List<?> items) {
    List<String> out = new ArrayList<>();
    for (Object item : items.subList(0, Math.min(LISTED, items.size()))) {
      out.add(item.toString());
    }
    if (items.size() > LISTED) {
      out.add("… " + (items.size() - LISTED) + " more");
    }
    return out;
  }
}
