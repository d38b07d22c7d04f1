package org.balagh.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.balagh.bot.console.Terminal;
import org.balagh.retrieval.corpus.FieldMap;
import org.balagh.retrieval.corpus.ImportResult;
import org.balagh.retrieval.corpus.Importer;
import org.balagh.retrieval.corpus.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code balagh import}: converts archives, plain-text statements, saved web pages and news feeds.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Converts archives into the data format, one .jsonl per input in the output folder:"
          + " JSON lines (.jsonl, .jsonl.gz) and JSON (.json) whose fields are found by their common"
          + " names or --map; plain-text statements (.txt: the text, then a 'المصدر : URL' or"
          + " 'Source: URL' line); saved web pages (.html); news feeds (RSS or Atom: .xml, .rss,"
          + " .atom); spreadsheets (.csv, a statement a row, the header row naming the fields)."
          + " A folder's files go into one file named after it."
          + " Records whose id another file there holds are skipped; importing the same input"
          + " twice changes nothing. Prints each record skipped and each value left out, then a"
          + " summary; exits 1 when a record or a file was skipped, unless --allow-partial."
    })
final class ImportCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "data",
      description = "Where the .jsonl files go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--map",
      paramLabel = "FIELD=SOURCE,…",
      description =
          "Which field of the records holds each field of the data format, e.g."
              + " url=link,text=content,date=published,title=headline. Fields not named are found"
              + " by their common names (link, content, body, published, pubDate, …).")
  String map;

  @Option(names = "--title", description = "Title for plain-text statements that have none.")
  String title;

  @Option(
      names = "--countries",
      split = ",",
      paramLabel = "CODE",
      description = "ISO country codes for plain-text statements, web pages and feeds, e.g. MA,KZ.")
  List<String> countries = new ArrayList<>();

  @Option(
      names = "--publisher",
      description = "Publisher for plain-text statements, web pages and feeds.")
  String publisher;

  @Option(
      names = "--allow-partial",
      description = "Exit 0 even when some records or files were skipped.")
  boolean allowPartial;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to import.")
  List<Path> files;

  ImportCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Importer importer;
    try {
      importer = new Importer(map == null ? FieldMap.defaults() : FieldMap.parse(map));
    } catch (IllegalArgumentException e) {
      terminal.err().println("balagh import: --map " + e.getMessage());
      return 2;
    }
    List<String> codes = countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    Summary summary = new Summary();
    for (Path file : files) {
      try {
        ImportResult result =
            importer.importFile(file, out, new Importer.Overrides(title, codes, publisher));
        result.skipped().forEach(p -> terminal.err().println("skipped " + p));
        result.dropped().forEach(p -> terminal.err().println("left out " + p));
        terminal.out().println(line(result));
        summary.add(result);
      } catch (IOException e) {
        // The importer's reasons name the file already ("x.json: not valid JSON").
        String reason = String.valueOf(e.getMessage());
        String name = file.getFileName() + ": ";
        terminal
            .err()
            .println(
                "cannot import "
                    + file
                    + ": "
                    + (reason.startsWith(name) ? reason.substring(name.length()) : reason));
        summary.failed++;
      }
    }
    summary.print(terminal.out(), files.size());
    boolean partial = summary.failed > 0 || summary.skipped > 0;
    return partial && !allowPartial ? 1 : 0;
  }

  private static String line(ImportResult result) {
    return String.format(
        Locale.ROOT,
        "%s -> %s: %d read, %d imported%s%s%s",
        result.input(),
        result.output(),
        result.read(),
        result.written(),
        result.duplicates() == 0 ? "" : ", " + result.duplicates() + " already stored",
        result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " skipped",
        result.changed() ? "" : " (unchanged)");
  }

  /** The totals over every input. */
  private static final class Summary {
    int read;
    int written;
    int duplicates;
    int skipped;
    int failed;
    final Map<String, Integer> reasons = new TreeMap<>();
    final Map<String, Integer> dropped = new TreeMap<>();
    final Map<String, Integer> unread = new TreeMap<>();

    void add(ImportResult result) {
      read += result.read();
      written += result.written();
      duplicates += result.duplicates();
      skipped += result.skipped().size();
      for (Problem problem : result.skipped()) {
        reasons.merge(reason(problem.message()), 1, Integer::sum);
      }
      result.droppedFields().forEach((field, n) -> dropped.merge(field, n, Integer::sum));
      result.unreadFields().forEach((field, n) -> unread.merge(field, n, Integer::sum));
    }

    /** A reason without what is particular to one record (its id, its value). */
    private static String reason(String message) {
      int detail = message.indexOf(" (");
      int value = message.indexOf(": ");
      int cut = detail < 0 ? value : value < 0 ? detail : Math.min(detail, value);
      return cut < 0 ? message : message.substring(0, cut);
    }

    void print(PrintStream out, int inputs) {
      out.printf(
          Locale.ROOT,
          "summary: %d input%s%s, %d records read, %d imported, %d already stored, %d skipped%s%n",
          inputs,
          inputs == 1 ? "" : "s",
          failed == 0 ? "" : " (" + failed + " not imported at all)",
          read,
          written,
          duplicates,
          skipped,
          reasons.isEmpty() ? "" : " (" + list(reasons) + ")");
      out.println("values left out: " + list(dropped));
      out.println("source fields not read: " + list(unread));
    }

    /** {@code date 3, countries 1}, or {@code none}. */
    private static String list(Map<String, Integer> counts) {
      List<String> items = new ArrayList<>();
      counts.forEach((what, n) -> items.add(what + " " + n));
      return items.isEmpty() ? "none" : String.join(", ", items);
    }
  }
}
