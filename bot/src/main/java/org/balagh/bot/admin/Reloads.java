package org.balagh.bot.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.ReloadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs archive reloads in the background, one at a time: asking while one runs joins it rather than
 * starting another. The archive keeps answering from the old index until the new one swaps in; a
 * failed reload leaves the old index serving. Each outcome is counted in {@link Stats}.
 */
public final class Reloads {

  private static final Logger LOG = LoggerFactory.getLogger(Reloads.class);

  private final Archive archive;
  private final Executor executor;
  private final Stats stats;
  private CompletableFuture<ReloadReport> running;

  public Reloads(Archive archive, Executor executor, Stats stats) {
    this.archive = archive;
    this.executor = executor;
    this.stats = stats;
  }

  /** The reload in progress, or a new one; fails with the reason the archive gave. */
  public synchronized CompletableFuture<ReloadReport> reload() {
    if (running != null && !running.isDone()) {
      LOG.info("event=reload_joined");
      return running;
    }
    running = CompletableFuture.supplyAsync(this::reloadNow, executor);
    return running;
  }

  private ReloadReport reloadNow() {
    try {
      ReloadReport report = archive.reload();
      stats.reloaded(report);
      LOG.info(
          "event=reloaded rebuilt={} statements={} sentences={} problems={} millis={}",
          report.rebuilt(),
          report.statements(),
          report.sentences(),
          report.problems().size(),
          report.millis());
      return report;
    } catch (IOException e) {
      stats.reloadFailed();
      LOG.warn("event=reload_failed reason=\"{}\"", e.getMessage(), e);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      stats.reloadFailed();
      LOG.error("event=reload_failed reason=\"{}\"", e, e);
      throw e;
    }
  }
}
