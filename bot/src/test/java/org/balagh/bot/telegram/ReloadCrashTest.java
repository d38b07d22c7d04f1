package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.balagh.bot.Fixtures;
import org.balagh.retrieval.index.SentenceIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} while the index is being rebuilt, first during an admin's {@code /reload}, then
 * during the rebuild the restarted bot starts with: each time the index on disk is a complete
 * generation (the old one: its catalogue and Lucene indexes open and agree with its build record)
 * and the half-built one is never pointed to; the third start builds the new index and answers from
 * old and new statements alike.
 */
class ReloadCrashTest {

  static final long ADMIN = 1;
  static final int BULK = 4_000;

  @TempDir Path folder;

  Map<String, String> env() {
    return Map.of(
        "BALAGH_DATA", folder.resolve("data").toString(),
        "BALAGH_INDEX", folder.resolve("index").toString(),
        "BALAGH_JOURNAL", folder.resolve("state/journal.db").toString(),
        "BALAGH_ADMIN_IDS", String.valueOf(ADMIN));
  }

  /** Enough short statements that a rebuild takes a few seconds. */
  static void bulk(Path data) throws IOException {
    try (Writer out = Files.newBufferedWriter(data.resolve("bulk.jsonl"), StandardCharsets.UTF_8)) {
      for (int n = 1; n <= BULK; n++) {
        out.write(
            String.format(
                "{\"id\": \"bulk-%d\", \"title\": \"Bulletin %d\", \"date\": \"2020-01-01\","
                    + " \"language\": \"en\", \"countries\": [\"NO\"],"
                    + " \"url\": \"https://example.org/bulk/%d\", \"text\": \"Norway reviewed"
                    + " fisheries quota number %d with its partners. The delegation %d discussed"
                    + " harbour logistics and cod prices. Officials agreed to meet again in"
                    + " season %d.\"}%n",
                n, n, n, n, n, n));
      }
      out.write(
          "{\"id\": \"bulk-puffin\", \"title\": \"Puffin accord\", \"date\": \"2021-02-03\","
              + " \"language\": \"en\", \"countries\": [\"NO\"],"
              + " \"url\": \"https://example.org/puffin\", \"text\": \"Norway and Iceland agreed"
              + " to protect the puffin colonies of the northern coast.\"}\n");
    }
  }

  /** Kills the bot as soon as a build folder appears in the index root. */
  static void killDuringBuild(ChildBot bot, Path index) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!building(index)) {
      if (System.nanoTime() > deadline || !bot.alive()) {
        throw new AssertionError("no build seen: " + bot.log());
      }
      Thread.sleep(2);
    }
    bot.kill();
  }

  static boolean building(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Stream<Path> children = Files.list(index)) {
      return children.anyMatch(p -> p.getFileName().toString().startsWith("tmp-"));
    }
  }

  /** The generation in use opens, is complete and agrees with its record; its statement count. */
  static int currentStatements(Path index) throws IOException {
    String name = Files.readString(index.resolve("CURRENT")).strip();
    Path generation = index.resolve(name);
    assertTrue(Files.isRegularFile(generation.resolve("COMPLETE")), name);
    try (SentenceIndex opened = SentenceIndex.open(generation)) {
      assertEquals(opened.info().statements(), opened.catalog().size());
      assertEquals(opened.info().sentences(), opened.sentences().getIndexReader().numDocs());
      return opened.catalog().size();
    }
  }

  @Test
  void servesACompleteIndexAfterAKillNineDuringAReload() throws Exception {
    Path data = Fixtures.data(folder.resolve("data"));
    Path index = folder.resolve("index");
    try (FakeBotApi api = new FakeBotApi()) {
      int before;
      try (ChildBot first = ChildBot.start(api, env(), folder.resolve("first.log"))) {
        api.await("setMyCommands", 3, c -> true);
        before = currentStatements(index);
        bulk(data);
        api.text(ADMIN, ADMIN, "en", 1, "/reload");
        killDuringBuild(first, index);
      }
      assertTrue(building(index), "a half-built folder was left");
      assertEquals(before, currentStatements(index), "the old index, whole");

      try (ChildBot second = ChildBot.start(api, env(), folder.resolve("second.log"))) {
        killDuringBuild(second, index);
      }
      assertEquals(before, currentStatements(index), "still the old index, whole");

      try (ChildBot third = ChildBot.start(api, env(), folder.resolve("third.log"))) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (api.calls("setMyCommands").size() < 6 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        // The second run died before it reached Telegram: the first and third registered.
        assertEquals(6, api.calls("setMyCommands").size(), third.log());
        assertEquals(before + BULK + 1, currentStatements(index), "the new index, whole");
        assertFalse(building(index), "the half-built folders are gone");
        api.text(5, 5, "en", 1, "What did Norway and Iceland agree about puffins?");
        api.text(6, 6, "en", 1, Fixtures.C5);
        List<FakeBotApi.Call> answers =
            api.await("sendMessage", 2, c -> c.chatId() == 5 || c.chatId() == 6);
        for (FakeBotApi.Call answer : answers) {
          assertTrue(
              answer.text().contains(answer.chatId() == 5 ? "puffin colonies" : "Afghanistan"),
              answer.text());
        }
        assertEquals(0, third.stop(), third.log());
        System.out.printf(
            "RELIABILITY crash=kill-9-during-rebuild kills=2 old_statements=%d"
                + " new_statements=%d partial_index_served=0 build: %s%n",
            before,
            before + BULK + 1,
            third.log().lines().filter(l -> l.contains("event=index_built")).findFirst().get());
      }
    }
  }
}
