package org.balagh.tools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.balagh.bot.console.Terminal;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.corpus.Problem;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.Tuning;
import picocli.CommandLine.Option;

/** The {@code --data} option and opening the archive it names, shared by the commands. */
final class DataOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The statements folder (default: $BALAGH_DATA, then ./data).")
  Path data;

  Path folder(Terminal terminal) {
    if (data != null) {
      return data;
    }
    String env = terminal.env().get("BALAGH_DATA");
    return Path.of(env == null || env.isBlank() ? "data" : env.strip());
  }

  Path indexFolder(Terminal terminal) {
    String env = terminal.env().get("BALAGH_INDEX");
    return env == null || env.isBlank() ? folder(terminal).resolve(".index") : Path.of(env.strip());
  }

  /** Opens the archive; prints each problem of a fresh read on stderr, one line each. */
  Archive open(Terminal terminal) throws IOException {
    return open(terminal, Tuning.DEFAULTS);
  }

  Archive open(Terminal terminal, Tuning tuning) throws IOException {
    return open(terminal, tuning, MeaningMode.OFF);
  }

  Archive open(Terminal terminal, Tuning tuning, MeaningMode meaning) throws IOException {
    Archive archive = Archive.open(folder(terminal), indexFolder(terminal), tuning, meaning);
    try {
      report(terminal, archive.reload().problems());
      return archive;
    } catch (Archive.NothingLoaded e) {
      archive.close();
      report(terminal, e.problems());
      throw e;
    } catch (IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
  }

  /** One line on standard error for each record that could not be loaded. */
  static void report(Terminal terminal, List<Problem> problems) {
    for (Problem problem : problems) {
      terminal.err().println("skipped " + problem);
    }
  }
}
