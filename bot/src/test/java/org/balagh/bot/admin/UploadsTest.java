package org.balagh.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.balagh.bot.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {

  static final String STATEMENT =
      "{\"id\":\"new-1\",\"title\":\"New\",\"date\":\"2025-05-05\",\"url\":\"https://example.org/new\","
          + "\"text\":\"The parties agreed on saffron trade.\"}\n";

  @TempDir Path folder;
  Path data;
  Uploads uploads;

  @BeforeEach
  void setUp() throws IOException {
    data = Fixtures.data(folder.resolve("data"));
    uploads = new Uploads(data, 1000, new Random(3));
  }

  private Uploads.Outcome add(String name, String content) throws IOException {
    return uploads.add(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sanitisesFileNames() {
    assertEquals("statements.jsonl", Uploads.safeName("statements.jsonl"));
    assertEquals("passwd.json", Uploads.safeName("../../etc/passwd.JSON"));
    assertEquals("evil.jsonl", Uploads.safeName("C:\\temp\\evil.jsonl"));
    assertEquals("hidden.jsonl", Uploads.safeName(".hidden.jsonl"));
    assertEquals("upload.txt", Uploads.safeName("بيان.txt"));
    assertEquals("a_b_c_.jsonl", Uploads.safeName("a b;c$.jsonl"));
    assertEquals("upload.jsonl", Uploads.safeName("..jsonl"));
    assertEquals("x".repeat(90) + ".json", Uploads.safeName("x".repeat(300) + ".json"));
    assertEquals("run.sh", Uploads.safeName("run.sh"));
    assertFalse(Uploads.acceptedType("run.sh"));
    assertEquals("My_Terms.glossary.tsv", Uploads.safeName("../My Terms.Glossary.TSV"));
    assertEquals("upload.glossary.tsv", Uploads.safeName(".glossary.tsv"));
    assertTrue(Uploads.acceptedType("terms.glossary.tsv"));
    assertFalse(Uploads.acceptedType("terms.tsv"));
  }

  @Test
  void addsAValidFileUnderUploads() throws IOException {
    Uploads.Outcome outcome = add("new.jsonl", STATEMENT);
    assertEquals(new Uploads.Added("new.jsonl", 1, List.of(), false), outcome);
    assertEquals(STATEMENT, Files.readString(data.resolve("uploads/new.jsonl")));
    assertEquals(new Uploads.Added("new.jsonl", 1, List.of(), true), add("new.jsonl", STATEMENT));
    assertNoStagingLeft();
  }

  @Test
  void convertsAPlainTextStatement() throws IOException {
    Uploads.Outcome outcome =
        add(
            "saffron-talks.txt",
            "The parties agreed on saffron trade.\nSource: https://example.org/s\n");
    assertEquals(new Uploads.Added("saffron-talks.jsonl", 1, List.of(), false), outcome);
    assertTrue(
        Files.readString(data.resolve("uploads/saffron-talks.jsonl"))
            .contains("\"url\":\"https://example.org/s\""));
  }

  @Test
  void convertsASpreadsheet() throws IOException {
    assertEquals(
        new Uploads.Added("sheet.jsonl", 1, List.of(), false),
        add("sheet.csv", "link,content\nhttps://example.org/c,The parties agreed on saffron.\n"));
    assertNoStagingLeft();
  }

  @Test
  void convertsANewsFeedAndASavedPage() throws IOException {
    Uploads.Outcome feed =
        add(
            "press.rss",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>MFA</title>"
                + "<item><title>Saffron</title><link>https://example.org/feed/1</link>"
                + "<description>&lt;p&gt;The parties agreed on saffron trade.&lt;/p&gt;</description>"
                + "</item></channel></rss>");
    assertEquals(new Uploads.Added("press.jsonl", 1, List.of(), false), feed);
    Uploads.Outcome page =
        add(
            "talks.html",
            "<html><head><link rel=\"canonical\" href=\"https://example.org/talks\">"
                + "<title>Talks</title></head><body><article><p>The ministers met.</p></article>"
                + "</body></html>");
    assertEquals(new Uploads.Added("talks.jsonl", 1, List.of(), false), page);
    Uploads.Refused noLink =
        (Uploads.Refused)
            add("nolink.xml", "<rss><channel><item><title>T</title></item></channel></rss>");
    assertEquals(Uploads.Reason.INVALID, noLink.reason());
    assertTrue(noLink.details().get(0).contains("no link"), noLink.details().toString());
    assertNoStagingLeft();
  }

  @Test
  void keepsTheGoodRecordsOfAFileAndReportsTheBadOnes() throws IOException {
    Uploads.Added added = (Uploads.Added) add("mixed.jsonl", STATEMENT + "not json\n");
    assertEquals(1, added.statements());
    assertEquals(1, added.problems().size());
    assertTrue(
        added.problems().get(0).toString().startsWith("uploads/mixed.jsonl:2: not valid JSON"));
  }

  @Test
  void refusesOtherTypesOversizeFilesAndFilesWithNoValidStatement() throws IOException {
    assertEquals(
        new Uploads.Refused("notes.pdf", Uploads.Reason.TYPE, List.of()),
        add("notes.pdf", STATEMENT));
    assertEquals(
        new Uploads.Refused("big.jsonl", Uploads.Reason.TOO_LARGE, List.of()),
        add("big.jsonl", "x".repeat(1001)));
    Uploads.Refused invalid = (Uploads.Refused) add("bad.json", "{\"id\": \"no-url\"}");
    assertEquals(Uploads.Reason.INVALID, invalid.reason());
    assertTrue(
        invalid.details().get(0).startsWith("uploads/bad.json: "), invalid.details().toString());
    Uploads.Refused noSource = (Uploads.Refused) add("t.txt", "Text without a source line.\n");
    assertEquals(Uploads.Reason.INVALID, noSource.reason());
    assertFalse(Files.exists(data.resolve("uploads/bad.json")));
    assertNoStagingLeft();
  }

  @Test
  void refusesIdsStoredInOtherFiles() throws IOException {
    String duplicate = STATEMENT.replace("new-1", "c5-2023");
    assertEquals(
        new Uploads.Refused("dup.jsonl", Uploads.Reason.DUPLICATE_IDS, List.of("c5-2023")),
        add("dup.jsonl", duplicate));
    assertFalse(Files.exists(data.resolve("uploads/dup.jsonl")));
  }

  static final String GLOSSARY =
      "\uFEFF# Saffron terms\r\nen\tfr\tar\r\n\r\nsaffron\tsafran\tالزعفران\r\n"
          + "trade | commerce\tcommerce\tالتجارة | تجارة\r\n";

  @Test
  void addsAGlossaryWithCommentsAndWindowsLineEndsWithoutItsByteOrderMark() throws IOException {
    assertEquals(
        new Uploads.GlossaryAdded("saffron.glossary.tsv", 2, false),
        add("saffron.glossary.tsv", GLOSSARY));
    assertEquals(
        GLOSSARY.substring(1), Files.readString(data.resolve("uploads/saffron.glossary.tsv")));
    assertEquals(
        new Uploads.GlossaryAdded("saffron.glossary.tsv", 2, true),
        add("saffron.glossary.tsv", GLOSSARY));
    assertNoStagingLeft();
  }

  @Test
  void refusesAGlossaryWithoutItsHeaderOrWithALineThatIsNotThreeCells() throws IOException {
    assertEquals(
        new Uploads.Refused(
            "t.glossary.tsv",
            Uploads.Reason.BAD_GLOSSARY,
            List.of(
                "uploads/t.glossary.tsv:1: the first line must be the header: en, fr and ar,"
                    + " tab-separated")),
        add("t.glossary.tsv", "saffron\tsafran\tالزعفران\n"));
    Uploads.Refused cells =
        (Uploads.Refused)
            add(
                "t.glossary.tsv",
                "en\tfr\tar\nsaffron\tsafran\nsaffron\tsafran\t\na\tb\tc\td\nx\t | \ty\n");
    assertEquals(Uploads.Reason.BAD_GLOSSARY, cells.reason());
    assertEquals(
        List.of(2, 3, 4, 5),
        cells.details().stream().map(d -> Integer.parseInt(d.split(":")[1])).toList());
    assertEquals(
        List.of("uploads/t.glossary.tsv: holds no row"),
        ((Uploads.Refused) add("t.glossary.tsv", "# nothing yet\nen\tfr\tar\n")).details());
    assertEquals(
        List.of("uploads/t.glossary.tsv: not UTF-8 text"),
        ((Uploads.Refused)
                uploads.add("t.glossary.tsv", new byte[] {'e', 'n', (byte) 0xC3, (byte) 0x28}))
            .details());
    assertEquals(
        new Uploads.Refused("big.glossary.tsv", Uploads.Reason.TOO_LARGE, List.of()),
        add("big.glossary.tsv", "en\tfr\tar\n" + "a\tb\tc\n".repeat(200)));
    assertFalse(Files.exists(data.resolve("uploads/t.glossary.tsv")));
    assertNoStagingLeft();
  }

  private void assertNoStagingLeft() throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("uploads"))) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".staging")));
    }
  }
}
