package org.balagh.tools.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.balagh.tools.eval.Evaluation;

/** Asks questions in turn and times each answer: after a warm-up, on one thread or more. */
final class Timing {

  private Timing() {}

  /** What an engine answers: the quoted sentence (null when none) and the time it reports. */
  record Answered(String sentence, long reportedNanos) {}

  /** A search engine under test. */
  @FunctionalInterface
  interface Engine {
    Answered answer(String question) throws Exception;
  }

  /**
   * Latencies of one run, in milliseconds, and answers a second.
   *
   * @param reportedP50 the median of the times the engine reported itself (-1 when it reports
   *     none), to compare with the median measured around each call
   */
  record Latency(
      int queries,
      int threads,
      double p50,
      double p95,
      double p99,
      double mean,
      double perSecond,
      double reportedP50) {}

  /** Asks the questions round and round for at least {@code time} and {@code queries}. */
  static void warmUp(Engine engine, BenchQuestions questions, Duration time, int queries)
      throws Exception {
    long end = System.nanoTime() + time.toNanos();
    for (int i = 0; i < queries || System.nanoTime() < end; i++) {
      engine.answer(questions.text(i));
    }
  }

  /**
   * Asks {@code queries} questions, the list round and round, on {@code threads} threads at once,
   * timing each; stops early, once every question was asked at least once, after {@code budget}.
   */
  static Latency run(
      Engine engine, BenchQuestions questions, int queries, int threads, Duration budget)
      throws Exception {
    long[] measured = new long[queries];
    long[] reported = new long[queries];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long deadline = System.nanoTime() + budget.toNanos();
    int atLeast = Math.min(queries, questions.unique().size());
    List<Thread> workers = new ArrayList<>();
    List<Exception> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < queries; i = next.getAndIncrement()) {
                  if (i >= atLeast && System.nanoTime() > deadline) {
                    return;
                  }
                  try {
                    long before = System.nanoTime();
                    Answered answered = engine.answer(questions.text(i));
                    measured[i] = System.nanoTime() - before;
                    reported[i] = answered.reportedNanos();
                    done.incrementAndGet();
                  } catch (Exception e) {
                    synchronized (failures) {
                      failures.add(e);
                    }
                    return;
                  }
                }
              },
              "balagh-bench-" + t);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    long wall = System.nanoTime() - start;
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    int n = done.get();
    double[] millis = new double[n];
    double[] reportedMillis = new double[n];
    int k = 0;
    for (int i = 0; i < queries && k < n; i++) {
      if (measured[i] > 0) {
        millis[k] = measured[i] / 1e6;
        reportedMillis[k] = reported[i] / 1e6;
        k++;
      }
    }
    boolean reports = Arrays.stream(reported).anyMatch(r -> r > 0);
    return new Latency(
        n,
        threads,
        Evaluation.percentile(millis, 0.50),
        Evaluation.percentile(millis, 0.95),
        Evaluation.percentile(millis, 0.99),
        Arrays.stream(millis).average().orElse(0),
        n / (wall / 1e9),
        reports ? Evaluation.percentile(reportedMillis, 0.50) : -1);
  }
}
