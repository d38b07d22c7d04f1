package org.balagh.bot.telegram;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.balagh.bot.Fixtures;
import org.balagh.bot.OpsClient;
import org.balagh.bot.telegram.FakeBotApi.Fault;

/**
 * The soak run, by hand (not in CI): the bot's real entry point in a child JVM against the fake Bot
 * API for a long stretch of mixed traffic ({@link SoakTraffic}), a Telegram fault every few minutes
 * and an admin {@code /reload} of a changed data folder every five. Every minute it reads the bot's
 * heap after a full GC, threads, open files and resident memory from its ops port and the journal's
 * size from disk ({@link SoakSample}); at the end it waits for the last replies, stops the bot with
 * SIGTERM and checks that every message got exactly one reply, every press and inline query one
 * answer, that the bot exited 0, and that threads, open files, heap and journal stayed flat over
 * the second half. Prints one {@code SOAK} line per sample and event; exits 1 if a check fails.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * nice java -cp bot/target/test-classes:tools/target/balagh.jar org.balagh.bot.telegram.Soak \
 *   [minutes=30] [rate=12] [fault_every_s=180] [reload_every_s=300] [sample_every_s=60]
 * </pre>
 */
final class Soak {

  /** The faults, in turn: short on sends (the outbox retries for about 7.5 s), longer on polls. */
  private static final List<Object[]> FAULTS =
      List.of(
          new Object[] {"sendMessage", Fault.status(500), Duration.ofSeconds(5)},
          new Object[] {"getUpdates", Fault.status(502), Duration.ofSeconds(20)},
          new Object[] {"sendMessage", Fault.tooMany(2), Duration.ofSeconds(5)},
          new Object[] {"getUpdates", Fault.of(Fault.Kind.RESET), Duration.ofSeconds(20)},
          new Object[] {"sendMessage", Fault.of(Fault.Kind.NO_OK), Duration.ofSeconds(5)},
          new Object[] {"getUpdates", Fault.hang(Duration.ofSeconds(10)), Duration.ofSeconds(20)},
          new Object[] {
            "sendMessage", Fault.of(Fault.Kind.UNREADABLE_RESULT), Duration.ofSeconds(5)
          },
          new Object[] {"answerCallbackQuery", Fault.status(500), Duration.ofSeconds(5)},
          new Object[] {"getUpdates", Fault.status(409), Duration.ofSeconds(20)},
          new Object[] {"sendMessage", Fault.of(Fault.Kind.MALFORMED), Duration.ofSeconds(5)});

  private Soak() {}

  public static void main(String[] args) throws Exception {
    Map<String, Double> options = new java.util.HashMap<>();
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], Double.parseDouble(pair[1]));
    }
    Duration length = Duration.ofSeconds((long) (60 * options.getOrDefault("minutes", 30.0)));
    double rate = options.getOrDefault("rate", 12.0);
    Duration faultEvery =
        Duration.ofSeconds(options.getOrDefault("fault_every_s", 180.0).longValue());
    Duration reloadEvery =
        Duration.ofSeconds(options.getOrDefault("reload_every_s", 300.0).longValue());
    Duration sampleEvery =
        Duration.ofSeconds(options.getOrDefault("sample_every_s", 60.0).longValue());
    Path folder = Files.createTempDirectory("balagh-soak");
    System.exit(run(folder, length, rate, faultEvery, reloadEvery, sampleEvery) ? 0 : 1);
  }

  static boolean run(
      Path folder,
      Duration length,
      double rate,
      Duration faultEvery,
      Duration reloadEvery,
      Duration sampleEvery)
      throws Exception {
    Path data = Fixtures.data(folder.resolve("data"));
    Path journal = folder.resolve("journal.db");
    Map<String, String> env =
        Map.of(
            "BALAGH_DATA", data.toString(),
            "BALAGH_INDEX", folder.resolve("index").toString(),
            "BALAGH_JOURNAL", journal.toString(),
            "BALAGH_ADMIN_IDS", String.valueOf(SoakTraffic.ADMIN),
            "BALAGH_HTTP_HOST", "127.0.0.1",
            "BALAGH_HTTP_PORT", "0");
    System.out.printf(
        "SOAK start minutes=%d rate=%.1f fault_every_s=%d reload_every_s=%d folder=%s%n",
        length.toMinutes(), rate, faultEvery.toSeconds(), reloadEvery.toSeconds(), folder);
    List<SoakSample> samples = new ArrayList<>();
    List<String> wrong;
    int exit;
    try (FakeBotApi api = new FakeBotApi();
        ChildBot bot = ChildBot.start(api, env, folder.resolve("bot.log"))) {
      OpsClient ops = new OpsClient(new InetSocketAddress("127.0.0.1", bot.opsPort()));
      awaitReady(ops);
      SoakTraffic traffic = new SoakTraffic(api, data, new Random(16));
      Random pacing = new Random(17);
      long start = System.nanoTime();
      long end = start + length.toNanos();
      long nextFault = start + faultEvery.toNanos() / 2;
      long nextReload = start + reloadEvery.toNanos();
      long nextSample = start;
      long nextRefresh = start;
      int faults = 0;
      int reloads = 0;
      for (long now = start; now < end; now = System.nanoTime()) {
        if (now >= nextSample) {
          samples.add(sample(bot, ops, journal, now - start, traffic));
          nextSample += sampleEvery.toNanos();
        }
        if (now >= nextFault) {
          Object[] fault = FAULTS.get(faults++ % FAULTS.size());
          api.outage((String) fault[0], (Fault) fault[1], (Duration) fault[2]);
          System.out.printf(
              "SOAK fault t_s=%d method=%s fault=%s for_s=%d%n",
              (now - start) / 1_000_000_000L,
              fault[0],
              fault[1],
              ((Duration) fault[2]).toSeconds());
          nextFault += faultEvery.toNanos();
        }
        if (now >= nextReload) {
          traffic.reload(++reloads);
          System.out.printf(
              "SOAK reload t_s=%d round=%d%n", (now - start) / 1_000_000_000L, reloads);
          nextReload += reloadEvery.toNanos();
        }
        if (now >= nextRefresh) {
          traffic.refreshButtons();
          nextRefresh += Duration.ofSeconds(10).toNanos();
        }
        traffic.next();
        // Exponential gaps: arrivals at random, rate a second on average.
        Thread.sleep((long) (-Math.log(1 - pacing.nextDouble()) * 1000 / rate));
      }
      long drainEnd = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (!traffic.settled() && System.nanoTime() < drainEnd) {
        Thread.sleep(1000);
      }
      samples.add(sample(bot, ops, journal, System.nanoTime() - start, traffic));
      exit = bot.stop();
      wrong = traffic.verdict();
      System.out.printf("SOAK traffic %s bot_exit=%d%n", traffic.totals(), exit);
    }
    List<String> flat = SoakSample.drift(samples);
    wrong.forEach(line -> System.out.println("SOAK wrong " + line));
    flat.forEach(line -> System.out.println("SOAK drift " + line));
    System.out.println(SoakSample.summary(samples));
    boolean pass = wrong.isEmpty() && flat.isEmpty() && exit == 0;
    System.out.println("SOAK result " + (pass ? "pass" : "FAIL"));
    return pass;
  }

  private static SoakSample sample(
      ChildBot bot, OpsClient ops, Path journal, long elapsedNanos, SoakTraffic traffic)
      throws Exception {
    // A full GC first, so that the heap figure is what is kept, not what is yet to be collected.
    Process gc =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(bot.pid()),
                "GC.run")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    gc.waitFor(30, TimeUnit.SECONDS);
    SoakSample sample =
        SoakSample.of(elapsedNanos / 1_000_000_000L, ops.get("/metrics"), journal, traffic);
    System.out.println(sample.line());
    return sample;
  }

  private static void awaitReady(OpsClient ops) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (ops.get("/readyz").status() != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not ready: " + ops.get("/readyz").body());
      }
      Thread.sleep(200);
    }
  }
}
