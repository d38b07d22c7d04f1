package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.balagh.bot.Fixtures;
import org.balagh.bot.MutableClock;
import org.balagh.bot.admin.Uploads;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.retrieval.corpus.Problem;
import org.balagh.retrieval.model.ReloadReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile data, in the data folder or uploaded by an admin: broken, empty, binary, wrongly encoded,
 * huge (over the stated caps: {@value CorpusReader#MAX_JSON_FILE_BYTES} bytes a {@code .json} file,
 * which is read whole, {@value Uploads#MAX_BYTES} an upload), duplicate ids, other types, names
 * that try to leave the folder. Each is refused with a reason that names the file; every good
 * statement is served; nothing is written outside {@code data/uploads}.
 */
class HostileDataTest {

  static final long ADMIN = 1;
  static final String GOOD =
      "{\"id\": \"saffron-1\", \"title\": \"Saffron talks\", \"date\": \"2025-05-05\","
          + " \"url\": \"https://example.org/saffron\", \"text\": \"Morocco and Kazakhstan agreed"
          + " to expand the saffron trade.\"}\n";

  @TempDir Path folder;
  Path data;
  Archive archive;
  ChatCore core;

  @BeforeEach
  void setUp() throws IOException {
    archive = Fixtures.archive(folder);
    data = archive.dataFolder();
    MutableClock clock = new MutableClock();
    core = Fixtures.core(archive, Set.of(ADMIN), new Stats(clock), Fixtures.ROOMY, clock);
  }

  @AfterEach
  void tearDown() throws IOException {
    archive.close();
  }

  @Test
  void refusesEachBadDataFileWithItsReasonAndServesTheGoodOnes() throws IOException {
    Files.writeString(data.resolve("broken.jsonl"), "{\"id\": \"x\", \"title\": \n");
    Files.writeString(data.resolve("empty.json"), "");
    Files.write(data.resolve("binary.jsonl"), new byte[] {0x7b, 0, 0, 1, (byte) 0x89, 'P'});
    Files.write(
        data.resolve("latin1.jsonl"),
        GOOD.replace("saffron-1", "latin-1")
            .replace("Saffron", "Safrán")
            .getBytes(StandardCharsets.ISO_8859_1));
    // Files are read in path order and the first of two equal ids is kept, the other reported
    // with both places; uploads that reuse a stored id are refused outright (below).
    Files.writeString(data.resolve("zz-dup.jsonl"), GOOD.replace("saffron-1", "c5-2023"));
    Files.writeString(data.resolve("missing.jsonl"), "{\"id\": \"m-1\", \"title\": \"T\"}\n");
    try (RandomAccessFile huge = new RandomAccessFile(data.resolve("huge.json").toFile(), "rw")) {
      // Sparse: over the cap without using the disk; refused on its size, never read.
      huge.setLength(CorpusReader.MAX_JSON_FILE_BYTES + (1 << 20));
    }
    Files.writeString(data.resolve("good.jsonl"), GOOD);

    ReloadReport report = archive.reload();
    Map<String, String> reasons =
        report.problems().stream()
            .collect(
                Collectors.toMap(
                    Problem::file, Problem::toString, (a, b) -> a + " | " + b, TreeMap::new));
    assertEquals(
        Set.of(
            "binary.jsonl",
            "broken.jsonl",
            "empty.json",
            "huge.json",
            "latin1.jsonl",
            "missing.jsonl",
            "zz-dup.jsonl"),
        reasons.keySet(),
        reasons.toString());
    assertTrue(
        reasons.get("huge.json").contains("257.0 MiB is over the limit of 256.0 MiB"),
        reasons.toString());
    assertTrue(reasons.get("latin1.jsonl").contains("not UTF-8"), reasons.toString());
    assertTrue(reasons.get("binary.jsonl").contains("not UTF-8"), reasons.toString());
    assertEquals(
        "zz-dup.jsonl:1: duplicate id 'c5-2023' (first in statements.jsonl:3)",
        reasons.get("zz-dup.jsonl"));
    assertTrue(reasons.get("empty.json").contains("empty file"), reasons.toString());
    assertEquals(7, report.statements(), "the six fixtures and the good file");

    String reload = send(text(ADMIN, "/reload"));
    assertTrue(reload.contains("Records skipped: 7"), reload);
    assertTrue(
        send(text(5, "What did Morocco and Kazakhstan agree about saffron?"))
            .contains("expand the saffron trade"));
    assertTrue(send(text(5, Fixtures.C5)).contains("Afghanistan remains a matter of concern"));
  }

  @Test
  void refusesEachBadUploadWithAClearReason() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    expected.put("notes.pdf", "I take only .json, .jsonl, .txt and .csv");
    expected.put("quote.csv", "was not added: it holds no valid statement");
    expected.put("nothing.xml", "was not added: it holds no valid statement");
    expected.put("empty.jsonl", "was not added: it holds no valid statement");
    expected.put("broken.jsonl", "was not added: it holds no valid statement");
    expected.put("binary.jsonl", "was not added: it holds no valid statement");
    expected.put("latin1.json", "was not added: it holds no valid statement");
    expected.put("dup.jsonl", "these ids are already stored in other files");
    Map<String, byte[]> content =
        Map.of(
            "notes.pdf", GOOD.getBytes(StandardCharsets.UTF_8),
            "quote.csv",
                "url,text\nhttps://x.org/1,\"never closed\n".getBytes(StandardCharsets.UTF_8),
            "nothing.xml", "<html><p>not a feed</p></html>".getBytes(StandardCharsets.UTF_8),
            "empty.jsonl", new byte[0],
            "broken.jsonl", "{\"id\": ".getBytes(StandardCharsets.UTF_8),
            "binary.jsonl", new byte[] {0, 1, 2, (byte) 0xff},
            "latin1.json", GOOD.replace("Saffron", "Safrán").getBytes(StandardCharsets.ISO_8859_1),
            "dup.jsonl", GOOD.replace("saffron-1", "c5-2023").getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String reply = upload(e.getKey(), content.get(e.getKey()), content.get(e.getKey()).length);
      assertTrue(reply.contains(e.getValue()), e.getKey() + ": " + reply);
      assertTrue(reply.contains(e.getKey()), "names the file: " + reply);
    }
    String declaredHuge = upload("huge.jsonl", new byte[0], Uploads.MAX_BYTES + 1);
    assertTrue(declaredHuge.contains("larger than the 5 MiB limit"), declaredHuge);
    // A client that understates the size: the download itself stops at the cap.
    String lying = upload("liar.jsonl", new byte[(int) Uploads.MAX_BYTES + 1], 10);
    assertTrue(lying.contains("liar.jsonl"), lying);
    assertTrue(lying.contains("larger than") || lying.contains("could not"), lying);
    assertEquals(Set.of(), files(data.resolve("uploads")), "nothing stored");
    assertEquals(6, archive.statements().size(), "still the six fixtures");
  }

  @Test
  void keepsUploadedFileNamesInsideTheUploadsFolder() throws IOException {
    Set<Path> before = files(folder);
    List<String> names =
        List.of(
            "../../escape.jsonl",
            "..\\..\\escape2.jsonl",
            "/etc/cron.d/escape3.jsonl",
            "uploads/../../../escape4.jsonl",
            ".hidden.jsonl",
            "....jsonl",
            "a\u0000b.jsonl",
            "\u202eevil\u202dlnosj.jsonl",
            "x".repeat(300) + ".jsonl");
    int n = 0;
    for (String name : names) {
      String good = GOOD.replace("saffron-1", "saffron-" + (++n));
      String reply = upload(name, good.getBytes(StandardCharsets.UTF_8), good.length());
      assertTrue(reply.startsWith("Added "), name + ": " + reply);
    }
    Set<Path> added = files(folder);
    added.removeAll(before);
    for (Path path : added) {
      if (path.startsWith(archive.dataFolder().resolve(".state"))
          || path.startsWith(folder.resolve("index"))) {
        continue;
      }
      assertEquals(data.resolve("uploads"), path.getParent(), path.toString());
      String name = path.getFileName().toString();
      assertTrue(name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}"), name);
    }
    assertEquals(names.size(), files(data.resolve("uploads")).size(), added.toString());
  }

  private String upload(String name, byte[] content, long declared) {
    Incoming.Upload upload =
        new Incoming.Upload(
            new Sender(ADMIN, "en"),
            Chat.direct(ADMIN),
            2,
            name,
            declared,
            "",
            false,
            "",
            max -> {
              if (content.length > max) {
                throw new IOException("the file is larger than " + max + " bytes");
              }
              return content;
            });
    return send(upload);
  }

  private String send(Incoming incoming) {
    return ((Reply.Send) core.reply(incoming).get(0)).html();
  }

  private static Incoming.Text text(long user, String text) {
    return new Incoming.Text(new Sender(user, "en"), Chat.direct(user), 1, text, false, "b");
  }

  private static Set<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return new java.util.HashSet<>();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).collect(Collectors.toSet());
    }
  }
}
