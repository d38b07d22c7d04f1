package org.balagh.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.balagh.bot.Fixtures;
import org.balagh.bot.MutableClock;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.ReloadReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadsTest {

  /** Runs tasks only when told, so a test can hold a reload "in progress". */
  private static final class HeldExecutor implements Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.poll().run();
      }
    }
  }

  @TempDir Path folder;
  Archive archive;
  final HeldExecutor executor = new HeldExecutor();
  final Stats stats = new Stats(new MutableClock());

  @BeforeEach
  void open() throws IOException {
    archive = Fixtures.archive(folder);
  }

  @AfterEach
  void close() throws IOException {
    archive.close();
  }

  @Test
  void twoReloadsAtOnceDoOneRebuild() throws Exception {
    Files.writeString(
        folder.resolve("data/extra.jsonl"),
        "{\"id\":\"x\",\"url\":\"https://example.org/x\",\"text\":\"One more statement.\"}\n");
    Reloads reloads = new Reloads(archive, executor, stats);
    CompletableFuture<ReloadReport> first = reloads.reload();
    CompletableFuture<ReloadReport> second = reloads.reload();
    assertSame(first, second);
    assertEquals(1, executor.tasks.size());
    executor.runAll();
    assertTrue(first.get().rebuilt());
    assertEquals(7, first.get().statements());
    CompletableFuture<ReloadReport> third = reloads.reload();
    assertNotSame(first, third);
    executor.runAll();
    assertFalse(third.get().rebuilt(), "nothing changed since");
    Stats.Snapshot counted = stats.snapshot();
    assertEquals(
        Map.of(Stats.ReloadOutcome.REBUILT, 1L, Stats.ReloadOutcome.UNCHANGED, 1L),
        counted.reloads());
    assertEquals(7, counted.statements());
    assertEquals(first.get().sentences(), counted.sentences());
  }

  @Test
  void aReloadThatLoadsNothingFailsAndKeepsTheOldIndexServing() throws Exception {
    for (String name : new String[] {"seed.jsonl", "statements.jsonl"}) {
      Files.writeString(folder.resolve("data").resolve(name), "not json\n");
    }
    Reloads reloads = new Reloads(archive, Runnable::run, stats);
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> reloads.reload().get());
    assertTrue(failure.getCause() instanceof UncheckedIOException, failure.toString());
    assertFalse(archive.answer("What did Kazakhstan say about wheat?", 1).abstained());
    assertEquals(Map.of(Stats.ReloadOutcome.FAILED, 1L), stats.snapshot().reloads());
  }
}
