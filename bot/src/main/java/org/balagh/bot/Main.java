package org.balagh.bot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.balagh.bot.admin.Reloads;
import org.balagh.bot.admin.Stats;
import org.balagh.bot.admin.Uploads;
import org.balagh.bot.chat.ChatCore;
import org.balagh.bot.chat.Sender;
import org.balagh.bot.cli.Commands;
import org.balagh.bot.cli.Terminal;
import org.balagh.bot.console.ConsoleChat;
import org.balagh.bot.telegram.TelegramBot;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.ReloadReport;
import org.balagh.retrieval.corpus.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import sun.misc.Signal;

/**
 * Balagh's entry point. With a subcommand ({@code ask}, {@code index}, {@code import}, {@code
 * eval}) it runs that; without one it runs the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set,
 * and the console chat otherwise, both over the same conversation core, wired here.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    boolean service = args.length == 0 && System.getenv("TELEGRAM_BOT_TOKEN") != null;
    // Read by logback.xml: a service logs events to stdout; commands and the console chat keep
    // stdout for their output and log only warnings, to stderr.
    System.setProperty("balagh.log.target", service ? "System.out" : "System.err");
    System.setProperty("balagh.log.level", service ? "INFO" : "WARN");
    System.exit(run(args, new Terminal(System.in, System.out, System.err, System.getenv())));
  }

  /** Runs one invocation and returns its exit status; tests call this. */
  public static int run(String[] args, Terminal terminal) {
    return Commands.commandLine(terminal, config -> serve(config, terminal))
        .setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8))
        .setExecutionExceptionHandler(
            (e, command, parsed) -> {
              terminal.err().println("balagh: " + message(e));
              return 1;
            })
        .execute(args);
  }

  /**
   * Opens the archive and runs the Telegram bot until SIGTERM or SIGINT (then stops it, letting
   * replies in flight finish, and returns 0), or the console chat until {@code /quit}.
   */
  static int serve(Config config, Terminal terminal) throws Exception {
    ExecutorService reloader =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "balagh-reload");
              thread.setDaemon(true);
              return thread;
            });
    try (Archive archive = Archive.open(config.dataFolder(), config.indexFolder())) {
      try {
        serve(config, terminal, archive, new Reloads(archive, reloader));
      } finally {
        // Before the archive closes, which would wait for a reload under way.
        reloader.shutdownNow();
      }
    }
    return 0;
  }

  private static void serve(Config config, Terminal terminal, Archive archive, Reloads reloads)
      throws Exception {
    // Not a static field: logback must start after main() has set its properties.
    Logger log = LoggerFactory.getLogger(Main.class);
    boolean telegram = config.token().isPresent();
    if (telegram) {
      log.info("event=starting config={}", config);
    } else {
      terminal.err().println("Loading the statements in " + config.dataFolder() + " …");
    }
    ReloadReport report = archive.reload();
    for (Problem problem : report.problems()) {
      if (telegram) {
        log.warn("event=record_skipped problem=\"{}\"", problem);
      } else {
        terminal.err().println("skipped " + problem);
      }
    }
    Clock clock = Clock.systemUTC();
    SecureRandom random = new SecureRandom();
    Stats stats = new Stats(clock);
    Set<Long> admins = new HashSet<>(config.admins());
    if (!telegram) {
      admins.add(Sender.CONSOLE);
    }
    ChatCore core =
        new ChatCore(
            archive,
            admins,
            stats,
            reloads,
            new Uploads(config.dataFolder(), Uploads.MAX_BYTES, random),
            ChatCore.Limits.DEFAULT,
            clock,
            random);
    if (!telegram) {
      new ConsoleChat(
              core,
              archive.info(),
              terminal.reader(),
              terminal.out(),
              terminal.env().getOrDefault("LANG", ""))
          .run();
      return;
    }
    TelegramBot bot =
        TelegramBot.start(config.token().get(), config.apiUrl(), config.journal(), core, stats);
    try {
      awaitStopSignal();
      log.info("event=signal action=stop");
    } finally {
      bot.close();
    }
  }

  /**
   * Waits for SIGTERM or SIGINT. Handling them (rather than with a shutdown hook, after which the
   * JVM exits with 143) lets the bot stop in order and the JVM exit with status 0; {@code
   * sun.misc.Signal} is in {@code jdk.unsupported}, kept for exactly this use.
   */
  private static void awaitStopSignal() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    for (String name : List.of("TERM", "INT")) {
      Signal.handle(new Signal(name), signal -> stop.countDown());
    }
    stop.await();
  }

  private static String message(Exception e) {
    if (e instanceof IOException
        || e instanceof Config.Invalid
        || e instanceof TelegramApiException) {
      return e.getMessage();
    }
    return e.toString();
  }
}
