package org.balagh.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the benchmark ran on. */
public record Machine(int cores, long memoryBytes, String cpu, String jdk, String os, String date) {

  /** This machine, as the JVM and (on Linux) /proc tell. */
  public static Machine here() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memInfo("MemTotal:") * 1024,
        cpuInfo("model name"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        LocalDate.now().toString());
  }

  String markdown() {
    return String.format(
        Locale.ROOT,
        "Machine: %d cores (%s), %.0f GiB of memory, %s, %s; %s.%n",
        cores,
        cpu,
        memoryBytes / (1024.0 * 1024 * 1024),
        jdk,
        os,
        date);
  }

  private static long memInfo(String key) {
    for (String line : lines("/proc/meminfo")) {
      if (line.startsWith(key)) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static String cpuInfo(String key) {
    for (String line : lines("/proc/cpuinfo")) {
      if (line.startsWith(key)) {
        return line.substring(line.indexOf(':') + 1).strip();
      }
    }
    return "unknown CPU";
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      return List.of();
    }
  }
}
