package org.balagh.bot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.balagh.bot.cli.Commands;
import org.balagh.bot.cli.Terminal;

/**
 * Balagh's entry point. With a subcommand ({@code ask}, {@code index}, {@code import}, {@code
 * eval}) it runs that; without one it runs the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set,
 * and the console chat otherwise.
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
    return Commands.commandLine(terminal)
        .setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8))
        .setExecutionExceptionHandler(
            (e, command, parsed) -> {
              terminal.err().println("balagh: " + message(e));
              return 1;
            })
        .execute(args);
  }

  private static String message(Exception e) {
    if (e instanceof IOException || e instanceof Config.Invalid) {
      return e.getMessage();
    }
    return e.toString();
  }
}
