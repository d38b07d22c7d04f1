package org.balagh.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.IOUtils;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.corpus.Corpus;
import org.balagh.retrieval.corpus.Statement;
import org.balagh.retrieval.model.BuildInfo;
import org.balagh.retrieval.model.StatementInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index generations under one root folder: opens the current one when it was built from the
 * same data, and builds new ones without ever exposing a half-written index.
 */
public final class IndexStore {

  private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);

  private final GenerationLayout layout;
  private final Analyzers analyzers;
  private final Similarity similarity;

  /** A store whose indexes search with {@code similarity} (see {@link Scoring}). */
  public IndexStore(Path root, Analyzers analyzers, Similarity similarity) {
    this.layout = new GenerationLayout(root);
    this.analyzers = analyzers;
    this.similarity = similarity;
  }

  /** An opened generation, and whether it was built just now. */
  public record Opened(SentenceIndex index, boolean built) {}

  /** Opens the current generation if it was built from data with this fingerprint, else null. */
  public Opened openMatching(String fingerprint) {
    try {
      Optional<Path> generation = layout.current();
      if (generation.isEmpty()) {
        return null;
      }
      BuildInfo info = GenerationLayout.info(generation.get());
      if (!info.fingerprint().equals(fingerprint)) {
        return null;
      }
      return new Opened(SentenceIndex.open(generation.get(), similarity), false);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "event=index_unusable root={} reason=\"{}\" action=rebuild", layout.root(), e.toString());
      return null;
    }
  }

  /** Builds a generation from a corpus, publishes it as current and opens it. */
  public Opened build(
      Corpus corpus, String fingerprint, List<String> problems, int problemCount, String builtAt)
      throws IOException {
    try (Build build = start()) {
      for (Statement statement : corpus.statements()) {
        build.add(statement);
      }
      return build.finish(fingerprint, problems, problemCount, corpus.files(), builtAt);
    }
  }

  /** Starts building a new generation, in a folder of its own, not yet in use. */
  public Build start() throws IOException {
    return new Build();
  }

  /**
   * A generation being built: statements go in one at a time, as they are read, and are indexed on
   * every processor meanwhile; {@link #finish} publishes it, closing it unfinished deletes it.
   */
  public final class Build implements Closeable {
    private final long start = System.nanoTime();
    private final Path folder;
    private final IndexBuilder builder;
    private boolean published;

    private Build() throws IOException {
      this.folder = layout.newBuildFolder();
      this.builder =
          new IndexBuilder(analyzers, Runtime.getRuntime().availableProcessors(), folder);
    }

    /** Queues the next statement; waits while the indexing is behind. */
    public void add(Statement statement) throws IOException {
      builder.add(statement);
    }

    /** Finishes the indexes, publishes the generation as current and opens it. */
    public Opened finish(
        String fingerprint, List<String> problems, int problemCount, int files, String builtAt)
        throws IOException {
      List<StatementInfo> catalog = builder.finish();
      CatalogFile.write(folder.resolve(GenerationLayout.CATALOG), catalog);
      int sentences = catalog.stream().mapToInt(StatementInfo::sentences).sum();
      BuildInfo info =
          new BuildInfo(
              fingerprint,
              catalog.size(),
              sentences,
              files,
              problems,
              problemCount,
              (System.nanoTime() - start) / 1_000_000,
              builtAt);
      Path generation = layout.publish(folder, info);
      published = true;
      LOG.info(
          "event=index_built statements={} sentences={} millis={} folder={}",
          catalog.size(),
          sentences,
          info.buildMillis(),
          generation);
      return new Opened(SentenceIndex.open(generation, similarity), true);
    }

    /** Abandons an unfinished build: its workers stop and its folder goes. */
    @Override
    public void close() throws IOException {
      builder.close();
      if (!published) {
        IOUtils.rm(folder);
      }
    }
  }

  /** Deletes every generation and unfinished build but those kept. */
  public void deleteAllBut(Set<Path> keep) throws IOException {
    layout.deleteAllBut(keep);
  }
}
