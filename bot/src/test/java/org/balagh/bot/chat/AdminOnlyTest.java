package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.balagh.bot.Fixtures;
import org.balagh.bot.MutableClock;
import org.balagh.bot.admin.Reloads;
import org.balagh.bot.admin.Uploads;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;

/**
 * Admin means admin, by user id, whatever a non-admin sends: commands spelled every which way, in
 * private or in a group, replies to the bot, crafted button data, inline queries, uploads. No
 * reload is started, no upload fetched, and {@code /stats} shows nothing, however they try (jqwik);
 * the same sender id on the admin list does reach them.
 */
class AdminOnlyTest {

  static final long ADMIN = 1;
  static final AtomicInteger reloads = new AtomicInteger();
  static final AtomicInteger fetches = new AtomicInteger();
  static final AtomicLong users = new AtomicLong(100);
  static Path folder;
  static Archive archive;
  static ChatCore core;

  @BeforeContainer
  static void open() throws IOException {
    folder = Files.createTempDirectory("admin-only");
    archive = Fixtures.archive(folder);
    MutableClock clock = new MutableClock();
    Stats stats = new Stats(clock);
    core =
        new ChatCore(
            archive,
            Set.of(ADMIN),
            stats,
            new Reloads(
                archive,
                task -> {
                  reloads.incrementAndGet();
                  task.run();
                },
                stats),
            new Uploads(archive.dataFolder(), Uploads.MAX_BYTES, new Random(1)),
            Fixtures.ROOMY,
            clock,
            new Random(7));
  }

  @AfterContainer
  static void close() throws IOException {
    archive.close();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @BeforeTry
  void reset() {
    reloads.set(0);
    fetches.set(0);
  }

  @Provide
  Arbitrary<String> attempts() {
    Arbitrary<String> command =
        Arbitraries.of(
            "/reload",
            "/stats",
            "/RELOAD",
            "/Reload@b",
            "/reload@b",
            "/reload@other_bot",
            " /reload",
            "/reload\u200b",
            "\u202e/reload",
            "／reload",
            "/reload /stats",
            "/ask /reload",
            "@b /reload",
            "reload",
            "r:reload",
            "a:reload:1",
            "admin",
            "m:AAAAAAAA:1",
            "c:AAAAAAAAAAA:1",
            "t:MA:0",
            "v:u:AAAAAAAAAAA:1");
    return Arbitraries.oneOf(
        command,
        Arbitraries.strings().all().ofMaxLength(64),
        command.list().ofMaxSize(3).map(parts -> String.join(" ", parts)));
  }

  @Property(tries = 300)
  void noNonAdminReachesAnAdminEffect(@ForAll("attempts") String text) {
    // Fresh ids each try, so that the flood guard never hides a reply.
    long base = users.addAndGet(2);
    for (long user : List.of(base, -base, (1L << 40) + base)) {
      Sender sender = new Sender(user, "en");
      for (Chat chat : List.of(Chat.direct(user), new Chat(-100, true))) {
        assertNoAdminEffect(core.reply(new Incoming.Text(sender, chat, 3, text, false, "b")));
        assertNoAdminEffect(core.reply(new Incoming.Text(sender, chat, 4, text, true, "b")));
        assertNoAdminEffect(core.reply(new Incoming.Press(sender, chat, 7, "cb", text)));
        assertNoAdminEffect(core.reply(upload(sender, chat, text + ".jsonl", text)));
      }
      assertNoAdminEffect(core.reply(new Incoming.Inline(sender, "q", text)));
    }
    assertEquals(0, reloads.get(), "reloads started");
    assertEquals(0, fetches.get(), "uploads fetched");
  }

  @Example
  void theAdminsOwnIdReachesThemInPrivateAndInGroups() {
    for (Chat chat : List.of(Chat.direct(ADMIN), new Chat(-100, true))) {
      Sender admin = new Sender(ADMIN, "en");
      String report =
          ((Reply.Send)
                  core.reply(new Incoming.Text(admin, chat, 3, "/reload@b", false, "b")).get(0))
              .html();
      assertTrue(report.startsWith("Already up to date") || report.startsWith("Reloaded"), report);
      String stats =
          ((Reply.Send)
                  core.reply(new Incoming.Text(admin, chat, 3, "/stats@b", false, "b")).get(0))
              .html();
      assertTrue(stats.startsWith("<b>Balagh</b>\nUp for "), stats);
    }
    assertEquals(2, reloads.get());
  }

  private static Incoming.Upload upload(Sender sender, Chat chat, String name, String caption) {
    return new Incoming.Upload(
        sender,
        chat,
        5,
        name,
        10,
        caption,
        true,
        "b",
        max -> {
          fetches.incrementAndGet();
          return new byte[0];
        });
  }

  private static void assertNoAdminEffect(List<Reply> replies) {
    for (Reply reply : replies) {
      String text =
          reply instanceof Reply.Send send
              ? send.html()
              : reply instanceof Reply.Edit edit
                  ? edit.html()
                  : reply instanceof Reply.Toast toast ? toast.text() : "";
      assertTrue(
          !text.contains("Up for ")
              && !text.contains("Reloaded")
              && !text.contains("Already up to date")
              && !text.startsWith("Added "),
          text);
    }
  }
}
