package org.balagh.tools.cli;

import java.util.concurrent.Callable;
import org.balagh.bot.Service;
import org.balagh.bot.console.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command tree, with each command built around the caller's terminal. */
public final class Commands {

  private Commands() {}

  /** The command line, over the caller's terminal; without a subcommand it runs the service. */
  public static CommandLine commandLine(Terminal terminal) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == Root.class) {
              return type.cast(new Root(terminal));
            }
            if (type == AskCommand.class) {
              return type.cast(new AskCommand(terminal));
            }
            if (type == IndexCommand.class) {
              return type.cast(new IndexCommand(terminal));
            }
            if (type == ImportCommand.class) {
              return type.cast(new ImportCommand(terminal));
            }
            if (type == EvalCommand.class) {
              return type.cast(new EvalCommand(terminal));
            }
            if (type == BenchCommand.class) {
              return type.cast(new BenchCommand(terminal));
            }
            return defaults.create(type);
          }
        };
    return new CommandLine(Root.class, factory);
  }

  /** {@code balagh}: the bot, or the console chat when no token is set. */
  @Command(
      name = "balagh",
      mixinStandardHelpOptions = true,
      version = "balagh 0.1.0",
      description = {
        "Answers questions about foreign-policy statements with one quoted sentence and its"
            + " source.",
        "Without a subcommand: the Telegram bot if TELEGRAM_BOT_TOKEN is set, else a console"
            + " chat on the data folder."
      },
      subcommands = {
        AskCommand.class,
        IndexCommand.class,
        ImportCommand.class,
        EvalCommand.class,
        BenchCommand.class
      })
  static final class Root implements Callable<Integer> {

    private final Terminal terminal;

    Root(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      return Service.run(terminal);
    }
  }
}
