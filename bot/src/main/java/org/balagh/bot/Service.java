package org.balagh.bot;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.balagh.bot.admin.Reloads;
import org.balagh.bot.admin.Uploads;
import org.balagh.bot.chat.ChatCore;
import org.balagh.bot.chat.Sender;
import org.balagh.bot.config.Config;
import org.balagh.bot.console.ConsoleChat;
import org.balagh.bot.console.Terminal;
import org.balagh.bot.ops.Metrics;
import org.balagh.bot.ops.OpsServer;
import org.balagh.bot.ops.Readiness;
import org.balagh.bot.ops.Stats;
import org.balagh.bot.telegram.TelegramBot;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.corpus.Problem;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.MeaningProgress;
import org.balagh.retrieval.model.ReloadReport;
import org.balagh.retrieval.model.Tuning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import sun.misc.Signal;

/**
 * The service: the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set, the console chat otherwise,
 * both over the same conversation core, wired here from the configuration in the environment. The
 * command line ({@code balagh ask}, {@code eval}, …) is the tools module's, which runs this when no
 * command is given.
 */
public final class Service {

  private Service() {}

  /** Runs the service alone, as {@code java -cp … org.balagh.bot.Service}. */
  public static void main(String[] args) {
    logTo(System.getenv("TELEGRAM_BOT_TOKEN") != null);
    System.exit(run(new Terminal(System.in, System.out, System.err, System.getenv())));
  }

  /**
   * Tells logback.xml where to log: a service logs events to stdout; commands and the console chat
   * keep stdout for their output and log only warnings, to stderr. Before the first logger.
   */
  public static void logTo(boolean service) {
    System.setProperty("balagh.log.target", service ? "System.out" : "System.err");
    System.setProperty("balagh.log.level", service ? "INFO" : "WARN");
  }

  /**
   * Reads the configuration from the terminal's environment and serves until stopped; returns the
   * exit status, 1 with one line on standard error when it cannot start.
   */
  public static int run(Terminal terminal) {
    try {
      return serve(Config.fromEnv(terminal.env()), terminal);
    } catch (Exception e) {
      terminal.err().println("balagh: " + message(e));
      return 1;
    }
  }

  /**
   * Opens the archive and runs the Telegram bot until SIGTERM or SIGINT (then stops it, letting
   * replies in flight finish, and returns 0), or the console chat until {@code /quit}.
   */
  private static int serve(Config config, Terminal terminal) throws Exception {
    Clock clock = Clock.systemUTC();
    Stats stats = new Stats(clock);
    ExecutorService reloader =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "balagh-reload");
              thread.setDaemon(true);
              return thread;
            });
    // English answers re-ranked by meaning once every sentence is embedded, in the background.
    try (Archive archive =
        Archive.open(
            config.dataFolder(),
            config.indexFolder(),
            Tuning.DEFAULTS,
            config.meaning() ? MeaningMode.BACKGROUND : MeaningMode.OFF)) {
      try {
        Reloads reloads = new Reloads(archive, reloader, stats);
        if (config.token().isPresent()) {
          telegram(config, archive, reloads, stats, clock);
        } else {
          console(config, terminal, archive, reloads, stats, clock);
        }
      } finally {
        // Before the archive closes, which would wait for a reload under way.
        reloader.shutdownNow();
      }
    }
    return 0;
  }

  /**
   * The Telegram bot and its ops port. The port opens first, so that {@code /healthz} answers and
   * {@code /readyz} says "not yet", and why, while the index loads and the bot connects to the Bot
   * API (for as long as that takes: only a refused token ends the start), and closes last.
   */
  private static void telegram(
      Config config, Archive archive, Reloads reloads, Stats stats, Clock clock) throws Exception {
    // Not a static field: logback must start after main() has set its properties.
    Logger log = LoggerFactory.getLogger(Service.class);
    log.info("event=starting config={}", config);
    Readiness readiness = new Readiness(clock);
    // Handled from the start: a stop while the index is being built or the bot connects ends the
    // process at once, with status 0 (a build in progress is left unpublished, so the next start
    // is unharmed).
    AtomicBoolean serving = new AtomicBoolean();
    CountDownLatch stop =
        onStopSignal(
            serving,
            () -> log.info("event=signal action=exit phase={}", readiness.phase().label()));
    OpsServer ops =
        OpsServer.start(
            new InetSocketAddress(config.httpHost(), config.httpPort()),
            readiness,
            new Metrics(stats));
    try {
      for (Problem problem : load(archive, stats).problems()) {
        log.warn("event=record_skipped problem=\"{}\"", problem);
      }
      readiness.indexOpen();
      readiness.meaning(
          () -> {
            MeaningProgress p = archive.meaning();
            return " meaning="
                + p.state()
                + " meaning_checked="
                + p.checked()
                + "/"
                + p.total()
                + " meaning_stored="
                + p.stored();
          });
      ChatCore core = core(config, config.admins(), archive, reloads, stats, clock);
      TelegramBot bot =
          TelegramBot.start(
              config.token().get(),
              config.apiUrl(),
              config.journal(),
              core,
              stats,
              readiness::waiting);
      readiness.polling(bot::problem);
      serving.set(true);
      try {
        stop.await();
        log.info("event=signal action=stop");
        readiness.stopping();
      } finally {
        bot.close();
      }
    } finally {
      ops.close();
    }
  }

  private static void console(
      Config config, Terminal terminal, Archive archive, Reloads reloads, Stats stats, Clock clock)
      throws IOException {
    terminal.err().println("Loading the statements in " + config.dataFolder() + " …");
    for (Problem problem : load(archive, stats).problems()) {
      terminal.err().println("skipped " + problem);
    }
    Set<Long> admins = new HashSet<>(config.admins());
    admins.add(Sender.CONSOLE);
    new ConsoleChat(
            core(config, admins, archive, reloads, stats, clock),
            archive.info(),
            terminal.reader(),
            terminal.out(),
            terminal.env().getOrDefault("LANG", ""))
        .run();
  }

  /** The first load of the archive: reuses the index on disk or builds it; counted as a reload. */
  private static ReloadReport load(Archive archive, Stats stats) throws IOException {
    ReloadReport report = archive.reload();
    stats.reloaded(report);
    return report;
  }

  private static ChatCore core(
      Config config, Set<Long> admins, Archive archive, Reloads reloads, Stats stats, Clock clock) {
    SecureRandom random = new SecureRandom();
    return new ChatCore(
        archive,
        admins,
        stats,
        reloads,
        new Uploads(config.dataFolder(), Uploads.MAX_BYTES, random),
        ChatCore.Limits.DEFAULT,
        clock,
        random);
  }

  /**
   * Handles SIGTERM and SIGINT: before {@code serving} is set, by exiting with status 0 at once;
   * then, by releasing the returned latch so that it stops in order. Handling them (rather than
   * with a shutdown hook, after which the JVM exits with 143) lets the JVM exit with status 0;
   * {@code sun.misc.Signal} is in {@code jdk.unsupported}, kept for exactly this use.
   */
  private static CountDownLatch onStopSignal(AtomicBoolean serving, Runnable beforeExit) {
    CountDownLatch stop = new CountDownLatch(1);
    for (String name : List.of("TERM", "INT")) {
      Signal.handle(
          new Signal(name),
          signal -> {
            if (serving.get()) {
              stop.countDown();
            } else {
              beforeExit.run();
              System.exit(0);
            }
          });
    }
    return stop;
  }

  /** What a user reads of a failure: the message of an expected one, else its class too. */
  public static String message(Exception e) {
    if (e instanceof IOException
        || e instanceof Config.Invalid
        || e instanceof TelegramApiException) {
      return e.getMessage();
    }
    return e.toString();
  }
}
