package org.balagh.bot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.balagh.retrieval.corpus.Importer;
import org.balagh.retrieval.corpus.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code balagh import}: converts archives and plain-text statements into the data format. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Converts JSON-lines archives (.jsonl, .jsonl.gz) and plain-text statements (.txt: the"
          + " text, then a 'المصدر : URL' or 'Source: URL' line) into the data format, one .jsonl"
          + " per input in the output folder. Records whose id another file there holds are"
          + " skipped; importing the same input twice changes nothing."
    })
final class ImportCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "data",
      description = "Where the .jsonl files go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--title", description = "Title for plain-text statements that have none.")
  String title;

  @Option(
      names = "--countries",
      split = ",",
      paramLabel = "CODE",
      description = "ISO country codes for plain-text statements, e.g. MA,KZ.")
  List<String> countries = new ArrayList<>();

  @Option(names = "--publisher", description = "Publisher for plain-text statements.")
  String publisher;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
  List<Path> files;

  ImportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Importer importer = new Importer();
    List<String> codes = countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    int failed = 0;
    for (Path file : files) {
      try {
        Importer.Result result =
            importer.importFile(file, out, new Importer.Overrides(title, codes, publisher));
        for (Problem problem : result.problems()) {
          terminal.err().println("skipped " + problem);
        }
        terminal
            .out()
            .printf(
                "%s -> %s: %d statements%s%s%n",
                file,
                result.output(),
                result.written(),
                result.skippedDuplicates() == 0
                    ? ""
                    : ", " + result.skippedDuplicates() + " already stored elsewhere",
                result.changed() ? "" : " (unchanged)");
      } catch (IOException e) {
        terminal.err().println("cannot import " + file + ": " + e.getMessage());
        failed++;
      }
    }
    return failed == files.size() ? 1 : 0;
  }
}
