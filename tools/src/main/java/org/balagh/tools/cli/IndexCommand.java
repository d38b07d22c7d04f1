package org.balagh.tools.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.balagh.bot.console.Terminal;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.ReloadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code balagh index}: builds the index of the data folder, or reports the one on disk. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Builds the index of the data folder (reused while the files are unchanged).")
final class IndexCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin DataOptions data = new DataOptions();

  IndexCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    try (Archive archive = Archive.open(data.folder(terminal), data.indexFolder(terminal))) {
      ReloadReport report;
      try {
        report = archive.reload();
      } catch (Archive.NothingLoaded e) {
        DataOptions.report(terminal, e.problems());
        throw e;
      }
      DataOptions.report(terminal, report.problems());
      terminal
          .out()
          .printf(
              "%s index: %d statements, %d sentences from %d files in %d ms%s%n",
              report.rebuilt() ? "built" : "reused",
              report.statements(),
              report.sentences(),
              report.build().files(),
              report.millis(),
              report.problemCount() == 0 ? "" : "; " + report.problemCount() + " records skipped");
      terminal
          .out()
          .println(
              "index folder: "
                  + archive.info().fingerprint()
                  + " under "
                  + data.indexFolder(terminal));
      return 0;
    }
  }
}
