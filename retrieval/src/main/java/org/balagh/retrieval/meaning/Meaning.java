package org.balagh.retrieval.meaning;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.MeaningProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentences' meaning, as vectors of an English embedding model, for re-ranking English answers
 * (see {@link Rerank}). The model loads, and the stored sentences are embedded, on one background
 * thread after the lexical index is up, so nothing waits for it: until every sentence of the
 * current index has its vector, answers are lexical alone. Vectors persist under the index root,
 * keyed by sentence text ({@link VectorStore}): a restart finds them, a reload embeds only new
 * sentences.
 *
 * <p>{@link MeaningMode#ON_DEMAND} embeds a candidate that has no vector yet when it is asked for
 * (and keeps it): for evaluations and one-off questions, which then answer exactly as the bot does
 * once its embedding is done, a vector depending on its sentence alone.
 */
public final class Meaning implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(Meaning.class);

  /** What the background embedding reads: one index generation's sentences, a run at a time. */
  public interface Source {
    /** How many sentences the generation holds. */
    int size();

    /**
     * The texts of the English sentences among sentences {@code from} to {@code from + count - 1},
     * or null once the generation is no longer the current one.
     */
    List<String> english(int from, int count);
  }

  static final int RUN = 512;
  static final int BATCH = 16;
  static final int COMMIT_EVERY = 4096;

  private final MeaningMode mode;
  private final Path root;
  private final ExecutorService worker;
  private final AtomicInteger job = new AtomicInteger();

  private volatile Embedder embedder;
  private volatile VectorStore store;
  private volatile String problem = "";
  private volatile boolean loaded;
  private volatile Object ready;
  private volatile long checked;
  private volatile long total;
  private volatile long embedded;

  private Meaning(MeaningMode mode, Path root, Embedder given) {
    this.mode = mode;
    this.root = root;
    if (mode == MeaningMode.OFF) {
      this.worker = null;
      this.loaded = true;
      return;
    }
    this.worker =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "meaning");
              thread.setDaemon(true);
              thread.setPriority(Thread.MIN_PRIORITY);
              return thread;
            });
    worker.execute(() -> load(given));
  }

  /** No model: every answer lexical. */
  public static Meaning off() {
    return new Meaning(MeaningMode.OFF, null, null);
  }

  /** The e5 model, loading in the background, its vectors kept under {@code indexRoot}. */
  public static Meaning open(Path indexRoot, MeaningMode mode) {
    return new Meaning(mode, indexRoot, null);
  }

  /** Another model (tests). */
  static Meaning open(Path indexRoot, MeaningMode mode, Embedder embedder) {
    return new Meaning(mode, indexRoot, embedder);
  }

  private void load(Embedder given) {
    long start = System.nanoTime();
    try {
      Embedder model = given != null ? given : E5Embedder.load();
      store = new VectorStore(root.resolve("vectors-" + model.id()));
      embedder = model;
      LOG.info(
          "event=meaning_model_loaded model={} stored={} millis={}",
          model.id(),
          store.size(),
          (System.nanoTime() - start) / 1_000_000);
    } catch (IOException | RuntimeException | LinkageError e) {
      problem = e.toString();
      LOG.warn("event=meaning_model_unavailable reason=\"{}\" answers=lexical", problem);
    } finally {
      loaded = true;
    }
  }

  /** Blocks until the model has loaded or failed to (tests, evaluations); false on timeout. */
  public boolean awaitLoaded(long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (!loaded) {
      if (System.currentTimeMillis() > end) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  /**
   * Embeds, in the background, the English sentences of a new current generation that have no
   * vector yet; a later call supersedes it.
   */
  public void embedAll(Object generation, Source source) {
    if (mode != MeaningMode.BACKGROUND) {
      return;
    }
    int number = job.incrementAndGet();
    ready = null;
    if (embedder != null) {
      problem = "";
    }
    checked = 0;
    total = source.size();
    embedded = 0;
    try {
      worker.execute(() -> run(number, generation, source));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      LOG.debug("event=meaning_job_refused reason=closed");
    }
  }

  private void run(int number, Object generation, Source source) {
    if (embedder == null) {
      return;
    }
    long start = System.nanoTime();
    long sinceCommit = 0;
    try {
      for (int from = 0; from < source.size(); from += RUN) {
        if (job.get() != number) {
          return;
        }
        List<String> texts = source.english(from, RUN);
        if (texts == null) {
          return;
        }
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
          if (!missing.contains(text) && !store.has(text)) {
            missing.add(text);
          }
        }
        for (int i = 0; i < missing.size(); i += BATCH) {
          if (job.get() != number) {
            return;
          }
          List<String> batch = missing.subList(i, Math.min(missing.size(), i + BATCH));
          store.put(batch, embedder.sentences(batch));
          embedded += batch.size();
          sinceCommit += batch.size();
        }
        if (sinceCommit >= COMMIT_EVERY) {
          store.commit();
          sinceCommit = 0;
        }
        checked = Math.min(source.size(), from + RUN);
      }
      store.commit();
      if (job.get() == number) {
        ready = generation;
        LOG.info(
            "event=meaning_ready sentences={} embedded={} stored={} seconds={}",
            total,
            embedded,
            store.size(),
            (System.nanoTime() - start) / 1_000_000_000);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("event=meaning_embedding_failed reason=\"{}\" answers=lexical", e.toString(), e);
      if (job.get() == number) {
        // A job a reload has superseded does not speak for the one now running.
        problem = e.toString();
      }
    }
  }

  /** Whether answers over this generation are re-ranked by meaning now. */
  public boolean usable(Object generation) {
    return embedder != null
        && (mode == MeaningMode.ON_DEMAND || (ready != null && ready.equals(generation)));
  }

  /** A question's vector, or null without a model. */
  public float[] question(String text) {
    Embedder model = embedder;
    return model == null ? null : model.question(text);
  }

  /**
   * The vectors of sentences, in order; a sentence without one gets null (or, on demand, is
   * embedded now).
   */
  public List<float[]> sentences(List<String> texts) throws IOException {
    List<float[]> vectors = new ArrayList<>(texts.size());
    List<String> missing = new ArrayList<>();
    for (String text : texts) {
      float[] vector = store == null ? null : store.get(text);
      vectors.add(vector);
      if (vector == null && !missing.contains(text)) {
        missing.add(text);
      }
    }
    if (mode == MeaningMode.ON_DEMAND && !missing.isEmpty() && embedder != null) {
      List<float[]> made = embedder.sentences(missing);
      store.put(missing, made);
      for (int i = 0; i < texts.size(); i++) {
        if (vectors.get(i) == null) {
          vectors.set(i, made.get(missing.indexOf(texts.get(i))));
        }
      }
    }
    return vectors;
  }

  /** How far the embedding has got. */
  public MeaningProgress progress() {
    String state;
    if (mode == MeaningMode.OFF) {
      state = "off";
    } else if (!loaded) {
      state = "loading";
    } else if (embedder == null) {
      state = "unavailable";
    } else if (ready == null && !problem.isEmpty()) {
      state = "failed";
    } else if (mode == MeaningMode.ON_DEMAND || ready != null) {
      state = "ready";
    } else {
      state = "embedding";
    }
    VectorStore vectors = store;
    return new MeaningProgress(
        state, checked, total, embedded, vectors == null ? 0 : vectors.size(), problem);
  }

  @Override
  public void close() throws IOException {
    if (worker == null) {
      return;
    }
    // The job stops at its next batch; not interrupted, since an interrupt closes the files a
    // Lucene writer has open under it (and with them the store).
    job.incrementAndGet();
    worker.shutdown();
    try {
      if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("event=meaning_worker_unfinished_at_close");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    VectorStore vectors = store;
    if (vectors != null) {
      vectors.close();
    }
  }
}
