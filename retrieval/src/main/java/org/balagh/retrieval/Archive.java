package org.balagh.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.store.AlreadyClosedException;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.retrieval.corpus.Problem;
import org.balagh.retrieval.index.Fingerprint;
import org.balagh.retrieval.index.Generations;
import org.balagh.retrieval.index.IndexStore;
import org.balagh.retrieval.index.Scoring;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.meaning.Meaning;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.BuildInfo;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.MeaningProgress;
import org.balagh.retrieval.model.ReloadReport;
import org.balagh.retrieval.model.Request;
import org.balagh.retrieval.model.StatementInfo;
import org.balagh.retrieval.model.Tuning;
import org.balagh.retrieval.search.AnswerFinder;
import org.balagh.retrieval.search.Glossary;
import org.balagh.retrieval.search.QuestionParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored statements, searchable: a data folder and its index, kept in step. Answers come from
 * the current index generation; {@link #reload()} builds a new one in the background of the
 * caller's thread while the old one keeps answering, then swaps them atomically. Thread-safe.
 */
public final class Archive implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(Archive.class);

  /** How many problems a report lists; the count covers them all. */
  public static final int PROBLEMS_LISTED = 20;

  /** How long closing waits for the lexicons still loading (they load in a few seconds). */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

  private final Path dataFolder;
  private final IndexStore store;
  private final Analyzers analyzers;
  private final Countries countries;
  private final AnswerFinder finder;
  private final Meaning meaning;

  /** The generation in use; null until the first load, and once closed. */
  private volatile Generations generations;

  private final AtomicReference<Glossary> glossary = new AtomicReference<>(Glossary.empty());
  private final Object reloading = new Object();

  private Archive(
      Path dataFolder, Path indexRoot, Analyzers analyzers, Tuning tuning, MeaningMode meaning) {
    this.dataFolder = dataFolder;
    this.analyzers = analyzers;
    this.countries = new Countries(analyzers.countries());
    this.store = new IndexStore(indexRoot, analyzers, Scoring.similarity(tuning.bm25()));
    this.meaning = meaning == MeaningMode.OFF ? Meaning.off() : Meaning.open(indexRoot, meaning);
    this.finder = new AnswerFinder(new QuestionParser(analyzers, indexRoot), tuning, this.meaning);
  }

  /**
   * An archive over a data folder with its index under {@code indexRoot}; call {@link #reload()}
   * before the first question, to reuse the index built from the same files or build it.
   */
  public static Archive open(Path dataFolder, Path indexRoot) throws IOException {
    return open(dataFolder, indexRoot, Tuning.DEFAULTS);
  }

  /** An archive whose answers are lexical alone. */
  public static Archive open(Path dataFolder, Path indexRoot, Tuning tuning) throws IOException {
    return open(dataFolder, indexRoot, tuning, MeaningMode.OFF);
  }

  /**
   * An archive whose English answers are re-ranked by meaning too, its sentences embedded as {@code
   * meaning} says (see {@link Meaning}).
   */
  public static Archive open(Path dataFolder, Path indexRoot, Tuning tuning, MeaningMode meaning)
      throws IOException {
    return new Archive(dataFolder, indexRoot, new Analyzers(CountryNames.load()), tuning, meaning);
  }

  /** How far the sentences' embedding has got. */
  public MeaningProgress meaning() {
    return meaning.progress();
  }

  /**
   * Waits until the meaning model has loaded, or failed to (evaluations, tests); false if it is
   * still loading after {@code wait}.
   */
  public boolean awaitMeaningModel(Duration wait) throws InterruptedException {
    return meaning.awaitLoaded(wait.toMillis());
  }

  public Path dataFolder() {
    return dataFolder;
  }

  /** How many rows the installed glossary holds, which every data folder is answered with. */
  public int installedGlossaryRows() {
    return Glossary.read(dataFolder.resolve(".no-data-folder"), analyzers).size();
  }

  /** The countries the engine knows, by their names in the three languages. */
  public Countries countries() {
    return countries;
  }

  /** What built the index now in use. */
  public BuildInfo info() {
    return read(SentenceIndex::info);
  }

  /** Answers a question with up to {@code top} sentences, best first. */
  public Answers answer(String question, int top) {
    Glossary words = glossary.get();
    return read(index -> finder.answer(index, words, question, top));
  }

  /** Answers a structured request with up to {@code top} sentences, best first. */
  public Answers answer(Request request, int top) {
    Glossary words = glossary.get();
    return read(index -> finder.answer(index, words, request, top));
  }

  /** All statements, in catalogue order. */
  public List<StatementInfo> statements() {
    return read(SentenceIndex::catalog);
  }

  /** The newest statements, involving {@code country} (ISO code) when it is not null. */
  public List<StatementInfo> latest(String country, int limit) {
    return read(
        index ->
            index.catalog().stream()
                .filter(s -> country == null || s.countries().contains(country))
                .sorted(
                    Comparator.comparingLong(StatementInfo::recency)
                        .reversed()
                        .thenComparing(StatementInfo::id))
                .limit(limit)
                .toList());
  }

  /**
   * The sentences around one, within a statement: {@code radius} before and after, in order. Empty
   * when the statement id is no longer stored.
   */
  public List<String> context(String statementId, int position, int radius) {
    return read(
        index -> {
          for (StatementInfo statement : index.catalog()) {
            if (statement.id().equals(statementId)) {
              int doc = index.find(statement.ordinal(), position);
              return doc < 0 ? List.<String>of() : index.window(doc, radius, radius);
            }
          }
          return List.<String>of();
        });
  }

  /**
   * Brings the index in step with the data folder: reuses the index on disk if it matches,
   * otherwise reads the folder and builds a new generation while the current one keeps answering,
   * then swaps. Concurrent calls wait for one another. A folder that yields no statement keeps the
   * current index and throws.
   */
  public ReloadReport reload() throws IOException {
    synchronized (reloading) {
      long start = System.nanoTime();
      // Read every time: the glossary only shapes questions, so changing it needs no rebuild.
      Glossary words = Glossary.read(dataFolder, analyzers);
      glossary.set(words);
      String fingerprint = Fingerprint.of(dataFolder);
      BuildInfo current = generations == null ? null : read(SentenceIndex::info);
      if (current != null && current.fingerprint().equals(fingerprint)) {
        return new ReloadReport(current, false, millisSince(start), words.problems(), words.size());
      }
      IndexStore.Opened opened = store.openMatching(fingerprint);
      List<Problem> problems = List.of();
      if (opened == null) {
        // Read and indexed at once, a statement at a time: a large archive is never held whole.
        try (IndexStore.Build build = store.start()) {
          CorpusReader.Reading reading = new CorpusReader().read(dataFolder, build::add);
          problems = reading.problems();
          if (reading.loaded() == 0) {
            throw new NothingLoaded(dataFolder, problems);
          }
          opened =
              build.finish(
                  fingerprint,
                  problemLines(problems),
                  problems.size(),
                  reading.files(),
                  Instant.now().toString());
        }
      }
      if (generations == null) {
        generations = new Generations(opened.index());
      } else {
        generations.swapTo(opened.index());
      }
      store.deleteAllBut(Set.of(opened.index().folder()));
      Path folder = opened.index().folder();
      meaning.embedAll(folder, new GenerationSentences(folder, opened.index().sentenceCount()));
      List<Problem> all = new ArrayList<>(problems);
      all.addAll(words.problems());
      return new ReloadReport(
          opened.index().info(), opened.built(), millisSince(start), all, words.size());
    }
  }

  /** The English sentences of one generation, read while it is the current one. */
  private final class GenerationSentences implements Meaning.Source {
    private final Path folder;
    private final int size;

    GenerationSentences(Path folder, int size) {
      this.folder = folder;
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public List<String> english(int from, int count) {
      try {
        return read(
            index -> {
              if (!index.folder().equals(folder)) {
                return null;
              }
              List<String> texts = new ArrayList<>();
              for (int doc = from; doc < Math.min(size, from + count); doc++) {
                if (Analyzers.fieldLanguage(index.statementOf(doc).language()).equals("en")) {
                  texts.add(index.text(doc));
                }
              }
              return texts;
            });
      } catch (IllegalStateException closed) {
        return null;
      }
    }
  }

  private static List<String> problemLines(List<Problem> problems) {
    List<String> lines = new ArrayList<>();
    for (Problem problem : problems.subList(0, Math.min(PROBLEMS_LISTED, problems.size()))) {
      lines.add(problem.toString());
    }
    return lines;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private <T> T read(Function<SentenceIndex, T> reader) {
    Generations in = generations;
    if (in == null) {
      throw new IllegalStateException("the archive is closed");
    }
    SentenceIndex index;
    try {
      index = in.acquire();
    } catch (AlreadyClosedException | IOException e) {
      throw new IllegalStateException("the archive is closed", e);
    }
    try {
      return reader.apply(index);
    } finally {
      try {
        in.release(index);
      } catch (IOException e) {
        LOG.warn("event=index_close_failed folder={}", index.folder(), e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    meaning.close();
    // The lexicons may still be loading and about to write their file under the index root.
    if (!finder.parser().awaitLoaded(CLOSE_WAIT)) {
      LOG.warn("event=lexicon_load_unfinished_at_close wait={}", CLOSE_WAIT);
    }
    synchronized (reloading) {
      Generations in = generations;
      generations = null;
      if (in != null) {
        in.close();
      }
    }
  }

  /** Thrown when a data folder yields no statement at all; the index in use stays. */
  public static final class NothingLoaded extends IOException {
    private final transient List<Problem> problems;

    NothingLoaded(Path folder, List<Problem> problems) {
      super(
          "no statement could be loaded from "
              + folder
              + (problems.isEmpty() ? " (it holds no .json or .jsonl file)" : ""));
      this.problems = List.copyOf(problems);
    }

    /** Why each record was refused. */
    public List<Problem> problems() {
      return problems;
    }
  }
}
