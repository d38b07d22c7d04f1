package org.balagh.bot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.balagh.bot.admin.Reloads;
import org.balagh.bot.admin.Uploads;
import org.balagh.bot.chat.ChatCore;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;

/** The small test corpus: an Arabic Morocco–Kazakhstan communiqué and a few en/fr statements. */
public final class Fixtures {

  /** A question the fixtures answer, and (below) the golden reply to it. */
  public static final String C5 = "What did the C5+1 leaders say about Afghanistan?";

  /** Limits no test reaches unless it means to. */
  public static final ChatCore.Limits ROOMY =
      new ChatCore.Limits(1000, Duration.ofSeconds(1), Duration.ofMinutes(1));

  private Fixtures() {}

  /** The reply to {@link #C5} in English, the first of {@code total} answers. */
  public static String c5Answer(int total) {
    return "<blockquote>The leaders noted that the situation in Afghanistan remains a matter of"
        + " concern.</blockquote>\n"
        + "Issued by United States\n"
        + "— <b>C5+1 Leaders’ Joint Statement</b>\n"
        + "2023-09-19 · English · answer 1 of "
        + total
        + "\n<a href=\"https://example.org/c5\">example.org/c5</a>";
  }

  /** The conversation core over an archive, reloading in the caller's thread. */
  public static ChatCore core(
      Archive archive, Set<Long> admins, Stats stats, ChatCore.Limits limits, Clock clock) {
    return new ChatCore(
        archive,
        admins,
        stats,
        new Reloads(archive, Runnable::run, stats),
        new Uploads(archive.dataFolder(), Uploads.MAX_BYTES, new Random(1)),
        limits,
        clock,
        new Random(7));
  }

  /** Copies the fixture statement files into {@code folder} and returns it. */
  public static Path data(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String name : List.of("seed.jsonl", "statements.jsonl")) {
      try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/data/" + name)) {
        Files.copy(in, folder.resolve(name));
      }
    }
    return folder;
  }

  /** Copies the fixture glossary (six rows and a broken line) into a data folder. */
  public static void glossary(Path dataFolder) throws IOException {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/data/glossary.tsv")) {
      Files.copy(in, dataFolder.resolve("glossary.tsv"));
    }
  }

  /**
   * Writes {@code count} short English statements of one country, {@code <code>-<n>.json} titled
   * "Statement n", dated every five months from January 2001 (so the last is the newest), to a data
   * folder; enough of them make {@code /country} page.
   */
  public static void statementsOf(Path dataFolder, String code, String name, int count)
      throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int n = 1; n <= count; n++) {
      lines.append(
          String.format(
              "{\"id\": \"%s-%d\", \"title\": \"Statement %d\", \"date\": \"%s\","
                  + " \"language\": \"en\", \"countries\": [\"%s\"],"
                  + " \"url\": \"https://example.org/%s/%d\","
                  + " \"text\": \"%s held consultations number %d.\"}%n",
              code.toLowerCase(Locale.ROOT),
              n,
              n,
              LocalDate.of(2001, 1, 1).plusMonths(5L * (n - 1)),
              code,
              code.toLowerCase(Locale.ROOT),
              n,
              name,
              n));
    }
    Files.writeString(dataFolder.resolve(code.toLowerCase(Locale.ROOT) + ".jsonl"), lines);
  }

  /** An archive over a fresh copy of the fixtures under {@code root}, loaded. */
  public static Archive archive(Path root) throws IOException {
    Archive archive = Archive.open(data(root.resolve("data")), root.resolve("index"));
    archive.reload();
    return archive;
  }
}
