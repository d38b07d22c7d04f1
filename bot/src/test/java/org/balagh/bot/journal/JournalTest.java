package org.balagh.bot.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.balagh.bot.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

  @TempDir Path folder;
  final MutableClock clock = new MutableClock();

  static Journal.Entry entry(long id) {
    return new Journal.Entry(id, "{\"update_id\":" + id + "}", 1_000);
  }

  static List<Long> ids(List<Journal.Entry> entries) {
    return entries.stream().map(Journal.Entry::id).toList();
  }

  Journal open() throws IOException {
    return Journal.open(folder.resolve("state/journal.db"), clock);
  }

  @Test
  void keepsWhatIsNotDoneAcrossAReopenInTheOrderAccepted() throws IOException {
    try (Journal journal = open()) {
      journal.accept(List.of(entry(7), entry(3), entry(9)));
      journal.done(3);
    }
    try (Journal journal = open()) {
      assertEquals(List.of(7L, 9L), ids(journal.pending()));
      assertEquals("{\"update_id\":7}", journal.pending().get(0).payload());
    }
  }

  @Test
  void acceptsAnUpdateOnceWhetherPendingOrDone() throws IOException {
    try (Journal journal = open()) {
      assertEquals(List.of(1L, 2L), ids(journal.accept(List.of(entry(1), entry(2)))));
      journal.done(1);
      assertEquals(List.of(3L), ids(journal.accept(List.of(entry(1), entry(2), entry(3)))));
      assertEquals(List.of(2L, 3L), ids(journal.pending()));
    }
  }

  @Test
  void staysBoundedByKeepingOnlyTheNewestDoneIds() throws IOException {
    try (Journal journal = open()) {
      int total = Journal.DONE_KEPT + 3_000;
      List<Journal.Entry> batch = new ArrayList<>();
      for (long id = 1; id <= total; id++) {
        batch.add(entry(id));
        if (batch.size() == 500) {
          journal.accept(batch);
          batch.forEach(e -> done(journal, e.id()));
          batch.clear();
        }
      }
      journal.accept(List.of(entry(total + 1)));
      assertTrue(journal.size() <= Journal.DONE_KEPT + 1_000 + 1, "size " + journal.size());
      assertEquals(List.of((long) total + 1), ids(journal.pending()));
      // The newest done ids are still recognised.
      assertEquals(List.of(), journal.accept(List.of(entry(total))));
    }
  }

  @Test
  void saysWhichFileAndVariableWhenItCannotOpen() throws IOException {
    Path blocker = Files.writeString(folder.resolve("not-a-folder"), "");
    IOException e =
        assertThrows(IOException.class, () -> Journal.open(blocker.resolve("j.db"), clock));
    assertTrue(
        e.getMessage().startsWith("cannot open the journal " + blocker.resolve("j.db")),
        e.getMessage());
    assertTrue(e.getMessage().contains("(BALAGH_JOURNAL)"), e.getMessage());
  }

  @Test
  void acceptsABatchOfAHundredQuickly() throws IOException {
    try (Journal journal = Journal.open(folder.resolve("j.db"), Clock.systemUTC())) {
      long start = System.nanoTime();
      for (int batch = 0; batch < 20; batch++) {
        List<Journal.Entry> entries =
            LongStream.range(batch * 100L, batch * 100L + 100)
                .mapToObj(JournalTest::entry)
                .toList();
        journal.accept(entries);
        entries.forEach(e -> done(journal, e.id()));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "RELIABILITY journal batches=20x100 accepts=2000 dones=2000 millis=%d%n", millis);
      assertTrue(millis < 10_000, "2,000 accepts and dones took " + millis + " ms");
    }
  }

  private static void done(Journal journal, long id) {
    try {
      journal.done(id);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
