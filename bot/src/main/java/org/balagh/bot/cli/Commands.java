package org.balagh.bot.cli;

import java.util.concurrent.Callable;
import org.balagh.bot.Config;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command tree, with each command built around the caller's terminal. */
public final class Commands {

  private Commands() {}

  /** What runs without a subcommand: the Telegram bot or the console chat; returns the status. */
  @FunctionalInterface
  public interface Service {
    int run(Config config) throws Exception;
  }

  public static CommandLine commandLine(Terminal terminal, Service service) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == Root.class) {
              return type.cast(new Root(terminal, service));
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
    private final Service service;

    Root(Terminal terminal, Service service) {
      this.terminal = terminal;
      this.service = service;
    }

    @Override
    public Integer call() throws Exception {
      return service.run(Config.fromEnv(terminal.env()));
    }
  }
}
