package org.balagh.bot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.balagh.bot.admin.Reloads;
import org.balagh.bot.admin.Stats;
import org.balagh.bot.admin.Uploads;
import org.balagh.bot.chat.ChatCore;
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

  /** An archive over a fresh copy of the fixtures under {@code root}, loaded. */
  public static Archive archive(Path root) throws IOException {
    Archive archive = Archive.open(data(root.resolve("data")), root.resolve("index"));
    archive.reload();
    return archive;
  }
}
