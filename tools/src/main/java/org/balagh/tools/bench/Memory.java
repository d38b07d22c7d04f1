package org.balagh.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak memory of this JVM: the most heap in use, sampled every few milliseconds, and the peak
 * resident set size the kernel records (VmHWM, Linux only).
 */
final class Memory implements AutoCloseable {

  private static final long EVERY_MILLIS = 5;

  private final AtomicLong peakHeap = new AtomicLong();
  private final Thread sampler;

  Memory() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(EVERY_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "balagh-bench-memory");
    sampler.setDaemon(true);
    sampler.start();
  }

  long peakHeapBytes() {
    return peakHeap.get();
  }

  /** The peak resident set size in bytes, or -1 where the kernel does not say. */
  static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() {
    sampler.interrupt();
  }
}
