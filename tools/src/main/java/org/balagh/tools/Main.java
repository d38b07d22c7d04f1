package org.balagh.tools;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.balagh.bot.Service;
import org.balagh.bot.console.Terminal;
import org.balagh.tools.cli.Commands;

/**
 * Balagh's entry point, {@code balagh.jar}: with a subcommand ({@code ask}, {@code index}, {@code
 * import}, {@code eval}, {@code bench}) it runs that; without one, the service (the Telegram bot
 * when {@code TELEGRAM_BOT_TOKEN} is set, the console chat otherwise).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Service.logTo(args.length == 0 && System.getenv("TELEGRAM_BOT_TOKEN") != null);
    System.exit(run(args, new Terminal(System.in, System.out, System.err, System.getenv())));
  }

  /** Runs one invocation and returns its exit status; tests call this. */
  public static int run(String[] args, Terminal terminal) {
    return Commands.commandLine(terminal)
        .setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8))
        .setExecutionExceptionHandler(
            (e, command, parsed) -> {
              terminal.err().println("balagh: " + Service.message(e));
              return 1;
            })
        .execute(args);
  }
}
