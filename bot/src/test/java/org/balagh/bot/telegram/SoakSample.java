package org.balagh.bot.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.balagh.bot.OpsClient;

/**
 * One reading of the soaked bot: heap in use just after a full GC, live threads, open files and
 * resident memory (from its {@code /metrics}), and the journal's size on disk (the database and its
 * write-ahead log), with the traffic sent so far.
 */
record SoakSample(
    long seconds,
    double heapMib,
    double threads,
    double openFiles,
    double rssMib,
    double journalKib,
    String traffic) {

  private static final double MIB = 1024 * 1024;

  static SoakSample of(long seconds, OpsClient.Answer metrics, Path journal, SoakTraffic traffic)
      throws IOException {
    long journalBytes = 0;
    for (String suffix : List.of("", "-wal", "-shm")) {
      Path file = journal.resolveSibling(journal.getFileName() + suffix);
      journalBytes += Files.exists(file) ? Files.size(file) : 0;
    }
    return new SoakSample(
        seconds,
        metrics.sample("jvm_memory_used_bytes{area=\"heap\"}") / MIB,
        metrics.sample("jvm_threads_current"),
        metrics.sample("process_open_fds"),
        metrics.sample("process_resident_memory_bytes") / MIB,
        journalBytes / 1024.0,
        traffic.totals());
  }

  String line() {
    return String.format(
        "SOAK sample t_s=%d heap_after_gc_mib=%.1f threads=%.0f open_files=%.0f rss_mib=%.0f"
            + " journal_kib=%.0f %s",
        seconds, heapMib, threads, openFiles, rssMib, journalKib, traffic);
  }

  /**
   * What grew over the second half of the run, beyond what noise explains: the mean of its last
   * three samples against the mean of its first three. Empty when all stayed flat.
   */
  static List<String> drift(List<SoakSample> samples) {
    long half = samples.get(samples.size() - 1).seconds() / 2;
    List<SoakSample> second = samples.stream().filter(s -> s.seconds() >= half).toList();
    List<String> grew = new ArrayList<>();
    if (second.size() < 6) {
      grew.add("too few samples in the second half to judge: " + second.size());
      return grew;
    }
    check(second, "threads", SoakSample::threads, 3, grew);
    check(second, "open_files", SoakSample::openFiles, 5, grew);
    check(second, "heap_after_gc_mib", SoakSample::heapMib, 10, grew);
    check(second, "journal_kib", SoakSample::journalKib, 512, grew);
    return grew;
  }

  private static void check(
      List<SoakSample> samples,
      String name,
      ToDoubleFunction<SoakSample> figure,
      double allowed,
      List<String> grew) {
    double first = samples.subList(0, 3).stream().mapToDouble(figure).average().orElseThrow();
    double last =
        samples.subList(samples.size() - 3, samples.size()).stream()
            .mapToDouble(figure)
            .average()
            .orElseThrow();
    if (last - first > allowed) {
      grew.add(String.format("%s %.1f -> %.1f (allowed +%.0f)", name, first, last, allowed));
    }
  }

  /** A Markdown table of the samples at each fifth minute and the last, with min and max. */
  static String summary(List<SoakSample> samples) {
    StringBuilder table =
        new StringBuilder(
            "| minute | heap after GC (MiB) | threads | open files | RSS (MiB) | journal (KiB) |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
    long nextFifth = 0;
    for (int i = 0; i < samples.size(); i++) {
      SoakSample s = samples.get(i);
      boolean fifth = s.seconds() >= nextFifth;
      if (fifth) {
        nextFifth = (s.seconds() / 300 + 1) * 300;
      }
      if (fifth || i == samples.size() - 1) {
        table.append(
            String.format(
                "| %.1f | %.1f | %.0f | %.0f | %.0f | %.0f |%n",
                s.seconds() / 60.0, s.heapMib, s.threads, s.openFiles, s.rssMib, s.journalKib));
      }
    }
    table.append(
        String.format(
            "| min–max | %s | %s | %s | %s | %s |%n",
            range(samples, SoakSample::heapMib, "%.1f"),
            range(samples, SoakSample::threads, "%.0f"),
            range(samples, SoakSample::openFiles, "%.0f"),
            range(samples, SoakSample::rssMib, "%.0f"),
            range(samples, SoakSample::journalKib, "%.0f")));
    return table.toString();
  }

  private static String range(
      List<SoakSample> samples, ToDoubleFunction<SoakSample> figure, String format) {
    return String.format(
        format + "–" + format,
        samples.stream().mapToDouble(figure).min().orElseThrow(),
        samples.stream().mapToDouble(figure).max().orElseThrow());
  }
}
