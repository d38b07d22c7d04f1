package org.balagh.retrieval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

  @TempDir Path folder;

  private final Importer importer = new Importer();

  @Test
  void importsAPlainTextStatementWithItsSourceLine() throws IOException {
    Path input = folder.resolve("in/joint.ar.txt");
    Files.createDirectories(input.getParent());
    Files.writeString(
        input,
        "اتفق البلدان على التعاون.\nكما جددا التزامهما.\nالمصدر : https://example.com/?p=1\n");
    Path out = folder.resolve("data");
    ImportResult result =
        importer.importFile(
            input, out, new Importer.Overrides("بلاغ مشترك", List.of("MA", "KZ"), null));
    assertEquals(1, result.written());
    Statement statement = new CorpusReader().read(out).statements().get(0);
    assertEquals("joint.ar", statement.id());
    assertEquals("بلاغ مشترك", statement.title());
    assertEquals("https://example.com/?p=1", statement.url());
    assertEquals("ar", statement.language());
    assertEquals(List.of("MA", "KZ"), statement.countries());
    assertNull(statement.date());
    assertEquals("اتفق البلدان على التعاون.\nكما جددا التزامهما.", statement.text());
  }

  @Test
  void refusesPlainTextWithoutASourceLine() throws IOException {
    Path input = folder.resolve("x.txt");
    Files.writeString(input, "Some text.\n");
    try {
      importer.importFile(input, folder.resolve("data"), Importer.Overrides.none());
    } catch (IOException e) {
      assertTrue(e.getMessage().contains("source link"));
      return;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void mapsArchiveFieldsAndIsIdempotent() throws IOException {
    Path input = folder.resolve("ungdc.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"MAR_79_2024\",\"title\":\"Statement by Morocco\","
            + "\"source_url\":\"https://doi.org/10.7910/DVN/0TJX8Y\",\"country_iso3\":\"MAR\","
            + "\"year\":2024,\"language\":\"en\",\"source\":\"UN General Debate Corpus (UNGDC)\","
            + "\"text\":\"**Mr. President,**\\nWe thank you.\"}\n");
    Path out = folder.resolve("data");
    ImportResult first = importer.importFile(input, out, Importer.Overrides.none());
    assertTrue(first.changed());
    Statement statement = new CorpusReader().read(out).statements().get(0);
    assertEquals(List.of("MA"), statement.countries());
    assertEquals(2024, statement.year());
    assertNull(statement.date());
    assertEquals("UN General Debate Corpus", statement.publisher());
    assertEquals("Mr. President,\nWe thank you.", statement.text());
    assertEquals("https://doi.org/10.7910/DVN/0TJX8Y", statement.url());
    assertTrue(statement.urlIsCollection(), "a session the UN site has no page for");
    byte[] before = Files.readAllBytes(first.output());
    ImportResult second = importer.importFile(input, out, Importer.Overrides.none());
    assertFalse(second.changed());
    assertEquals(new String(before), Files.readString(second.output()));
  }

  @Test
  void skipsIdsAnotherFileAlreadyHolds() throws IOException {
    Path out = folder.resolve("data");
    Files.createDirectories(out);
    Files.writeString(
        out.resolve("existing.jsonl"), "{\"id\":\"A\",\"url\":\"https://x.org\",\"text\":\"t\"}\n");
    Path input = folder.resolve("new.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"A\",\"url\":\"https://x.org\",\"text\":\"t\"}\n"
            + "{\"id\":\"B\",\"url\":\"https://x.org\",\"text\":\"u\"}\n");
    ImportResult result = importer.importFile(input, out, Importer.Overrides.none());
    assertEquals(1, result.written());
    assertEquals(1, result.duplicates());
  }

  private ImportResult importLines(String name, String... records) throws IOException {
    return importFileOf(name, String.join("\n", records) + "\n");
  }

  private ImportResult importFileOf(String name, String content) throws IOException {
    Path input = folder.resolve(name);
    Files.writeString(input, content);
    return importer.importFile(input, folder.resolve("data"), Importer.Overrides.none());
  }

  private Statement only() {
    Corpus corpus = new CorpusReader().read(folder.resolve("data"));
    assertEquals(List.of(), corpus.problems());
    assertEquals(1, corpus.statements().size());
    return corpus.statements().get(0);
  }

  @Test
  void readsTheFieldNamesArchivesCommonlyUse() throws IOException {
    ImportResult result =
        importLines(
            "feed.jsonl",
            "{\"link\":\"https://example.org/2018/06/14/talks/\",\"headline\":\"Talks\","
                + "\"pubDate\":\"Thu, 14 Jun 2018 10:00:00 GMT\",\"countries\":\"Morocco, Kazakhstan\","
                + "\"content\":\"The two ministers met.\",\"category\":\"readouts\"}");
    Statement statement = only();
    assertEquals("example.org/2018/06/14/talks", statement.id());
    assertEquals("Talks", statement.title());
    assertEquals(LocalDate.of(2018, 6, 14), statement.date());
    assertEquals(List.of("MA", "KZ"), statement.countries());
    assertEquals("The two ministers met.", statement.text());
    assertEquals(Map.of("category", 1), result.unreadFields());
  }

  @Test
  void readsAWordPressExportItsHtmlAParagraphALine() throws IOException {
    ImportResult result =
        importLines(
            "wp.jsonl",
            "{\"id\":18494,\"date\":\"2024-03-05T18:00:00\",\"link\":\"https://mfa.example.gov/?p=18494\","
                + "\"title\":{\"rendered\":\"Morocco&#8217;s statement\"},"
                + "\"content\":{\"rendered\":\"<p>The Ministry welcomes the ceasefire.</p><p>It calls"
                + " on all parties to&nbsp;respect it.</p>\",\"protected\":false}}");
    Statement statement = only();
    assertEquals(1, result.written());
    // The site's running number is the site's: another site's 18494 is another statement.
    assertEquals("mfa.example.gov/18494", statement.id());
    assertEquals("Morocco\u2019s statement", statement.title());
    assertEquals(LocalDate.of(2024, 3, 5), statement.date());
    assertEquals(
        "The Ministry welcomes the ceasefire.\nIt calls on all parties to respect it.",
        statement.text());
  }

  @Test
  void readsABodyWrittenAsAListOfParagraphs() throws IOException {
    importLines(
        "list.jsonl",
        "{\"url\":\"https://example.org/p\",\"title\":[\"Joint\",\"statement\"],"
            + "\"date\":\"2024-03-06\",\"body\":[\"The ministers met.\",\"\",\"They agreed.\"]}");
    Statement statement = only();
    assertEquals("Joint statement", statement.title());
    assertEquals("The ministers met.\nThey agreed.", statement.text());
  }

  @Test
  void keepsTheParagraphsOfABodyWrittenAsHtml() throws IOException {
    importLines(
        "html.jsonl",
        "{\"url\":\"https://example.org/h\",\"date\":\"2024-03-06\","
            + "\"text\":\"<p>The Ministry welcomes the agreement.</p><p>It urges restraint.</p>Last\"}");
    assertEquals("The Ministry welcomes the agreement.\nIt urges restraint.\nLast", only().text());
  }

  @Test
  void importsAnRssFeedItsFullContentFirstAndNamesTheItemItSkips() throws IOException {
    ImportResult result =
        importFileOf(
            "press.xml",
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Ministry of Foreign Affairs</title><language>en-GB</language>
        <item><title>Statement on Gaza</title><link>https://mfa.example.gov/gaza</link>
        <pubDate>Tue, 05 Mar 2024 18:00:00 +0000</pubDate>
        <description>&lt;p&gt;The Ministry welcomes the ceasefire.&lt;/p&gt;</description>
        <content:encoded><![CDATA[<p>The Ministry welcomes the ceasefire.</p><p>It calls on all \
        parties to respect it.</p>]]></content:encoded></item>
        <item><title>No link</title><description>Text.</description></item>
        </channel></rss>
        """);
    Statement statement = only();
    assertEquals("mfa.example.gov/gaza", statement.id());
    assertEquals("Statement on Gaza", statement.title());
    assertEquals(LocalDate.of(2024, 3, 5), statement.date());
    assertEquals("en", statement.language());
    assertEquals("Ministry of Foreign Affairs", statement.publisher());
    assertEquals(
        "The Ministry welcomes the ceasefire.\nIt calls on all parties to respect it.",
        statement.text());
    assertEquals(1, result.skipped().size());
    assertTrue(result.skipped().get(0).toString().contains("press.xml item 2"));
    assertTrue(result.skipped().get(0).toString().contains("no link"));
  }

  @Test
  void importsAnAtomFeedByItsAlternateLink() throws IOException {
    importFileOf(
        "news.atom",
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
        <title>Ministère des Affaires étrangères</title>
        <entry><title>Déclaration sur le Sahel</title>
        <link rel="edit" href="https://diplomatie.example.fr/edit/1"/>
        <link rel="alternate" href="https://diplomatie.example.fr/sahel"/>
        <published>2024-03-07T10:00:00+01:00</published>
        <content type="html">&lt;p&gt;La France salue l'accord.&lt;/p&gt;</content></entry>
        </feed>
        """);
    Statement statement = only();
    assertEquals("https://diplomatie.example.fr/sahel", statement.url());
    assertEquals("fr", statement.language());
    assertEquals(LocalDate.of(2024, 3, 7), statement.date());
    assertEquals("La France salue l'accord.", statement.text());
  }

  @Test
  void readsEveryRecordOfJsonLinesSavedAsJson() throws IOException {
    ImportResult result =
        importLines(
            "lines.json",
            "{\"url\":\"https://example.org/1\",\"text\":\"One.\"}",
            "{\"url\":\"https://example.org/2\",\"text\":\"Two.\"}");
    assertEquals(2, result.read());
    assertEquals(2, result.written());
  }

  @Test
  void readsTheRecordsAnApiAnswerWrapsInAList() throws IOException {
    ImportResult result =
        importFileOf(
            "api.json",
            "{\"total\":2,\"page\":1,\"items\":[{\"link\":\"https://example.org/1\","
                + "\"content\":\"The ministers met.\"},{\"link\":\"https://example.org/2\","
                + "\"content\":\"They agreed.\"}]}");
    assertEquals(2, result.read());
    assertEquals(2, result.written());
  }

  @Test
  void importsASpreadsheetARecordARowItsSeparatorFromTheHeader() throws IOException {
    ImportResult result =
        importFileOf(
            "sheet.csv",
            "\uFEFFheadline;link;published;countries;content\r\n"
                + "Talks;https://example.org/t;14 juin 2018;Maroc, Kazakhstan;\"The ministers met;"
                + " they talked.\nThey agreed.\"\r\n"
                + ";;;;\r\n"
                + "Extra;https://example.org/x;2018-06-15;;text;more\r\n"
                + "No link;;2018-06-16;;Some text.\r\n");
    Statement statement = only();
    assertEquals("Talks", statement.title());
    assertEquals(LocalDate.of(2018, 6, 14), statement.date());
    assertEquals(List.of("MA", "KZ"), statement.countries());
    assertEquals("The ministers met; they talked.\nThey agreed.", statement.text());
    assertEquals(
        List.of(
            "sheet.csv row 4: 6 cells under 5 column names (a separator in an unquoted cell?)",
            "sheet.csv row 5: missing field 'url' (tried url, link, source_url, permalink,"
                + " canonical_url, web_url, href; see --map)"),
        result.skipped().stream().map(Problem::toString).toList());
  }

  @Test
  void refusesASpreadsheetThatStopsBeingCsv() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                importFileOf(
                    "broken.csv",
                    "url,text\nhttps://example.org/a,\"never closed\nhttps://example.org/b,x\n"));
    assertTrue(e.getMessage().startsWith("broken.csv: row 2: not CSV"), e.getMessage());
    IOException empty = assertThrows(IOException.class, () -> importFileOf("empty.csv", "\n"));
    assertEquals("empty.csv: no header row naming the columns", empty.getMessage());
  }

  @Test
  void readsTheFieldsTheUserNames() throws IOException {
    Path input = folder.resolve("a.jsonl");
    Files.writeString(
        input,
        "{\"ref\":\"a-1\",\"address\":\"https://example.org/a\",\"story\":\"Chad spoke.\","
            + "\"when\":\"14 juin 2018\"}\n");
    new Importer(FieldMap.parse("id=ref,url=address,text=story,date=when"))
        .importFile(input, folder.resolve("data"), Importer.Overrides.none());
    Statement statement = only();
    assertEquals("a-1", statement.id());
    assertEquals(LocalDate.of(2018, 6, 14), statement.date());
  }

  @Test
  void refusesAMappingToAFieldTheDataFormatLacks() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FieldMap.parse("body=content"));
    assertTrue(
        e.getMessage().startsWith("'body' is not a field of the data format"), e.getMessage());
  }

  @Test
  void keepsARecordWhoseDateOrCountriesItCannotReadAndSaysWhatItLeftOut() throws IOException {
    ImportResult result =
        importLines(
            "a.jsonl",
            "{\"id\":\"a\",\"url\":\"https://example.org/a\",\"text\":\"Chad spoke.\","
                + "\"published\":\"sometime in June\",\"country\":\"MAR; Narnia\"}");
    Statement statement = only();
    assertNull(statement.date());
    assertEquals(List.of("MA"), statement.countries());
    assertEquals(
        List.of(
            "a.jsonl:1: date from 'published': 'sometime in June' is not a date this"
                + " importer reads",
            "a.jsonl:1: countries from 'country': 'Narnia' named no country"),
        result.dropped().stream().map(Problem::toString).toList());
    assertEquals(Map.of("countries", 1, "date", 1), result.droppedFields());
  }

  @Test
  void namesEachRecordItSkipsWithTheFieldNamesItTried() throws IOException {
    ImportResult result =
        importLines(
            "a.jsonl",
            "{\"id\":\"a\",\"text\":\"Chad spoke.\"}",
            "not json",
            "{\"id\":\"b\",\"url\":\"https://example.org/b\",\"body\":\"Chad spoke again.\"}");
    assertEquals(3, result.read());
    assertEquals(1, result.written());
    assertEquals(
        List.of(
            "a.jsonl:1: missing field 'url' (tried url, link, source_url, permalink,"
                + " canonical_url, web_url, href; see --map)",
            "a.jsonl:2: not valid JSON"),
        result.skipped().stream().map(Problem::toString).toList());
  }

  @Test
  void readsCountriesAsAlpha3CodesOrNamesInArabicEnglishAndFrench() throws IOException {
    importLines(
        "a.jsonl",
        "{\"id\":\"a\",\"url\":\"https://example.org/a\",\"text\":\"t\","
            + "\"countries\":[\"KAZ\",\"المغرب\",\"Sénégal\",\"the United States\",\"FR\"]}");
    assertEquals(List.of("KZ", "MA", "SN", "US", "FR"), only().countries());
  }

  @Test
  void linksAUnSpeechToItsOwnPageWhereTheUnPublishesOne() throws IOException {
    importLines(
        "ungdc.jsonl",
        "{\"id\":\"MAR_79_2024\",\"source_url\":\"https://doi.org/10.7910/DVN/0TJX8Y\","
            + "\"country_iso3\":\"MAR\",\"session\":79,\"year\":2024,\"text\":\"We thank you.\"}",
        "{\"id\":\"PSE_79_2024\",\"source_url\":\"https://doi.org/10.7910/DVN/0TJX8Y\","
            + "\"country_iso3\":\"PSE\",\"session\":79,\"year\":2024,\"text\":\"We thank you.\"}");
    List<Statement> statements = new CorpusReader().read(folder.resolve("data")).statements();
    assertEquals("https://gadebate.un.org/en/79/morocco", statements.get(0).url());
    assertFalse(statements.get(0).urlIsCollection());
    assertEquals("https://doi.org/10.7910/DVN/0TJX8Y", statements.get(1).url());
    assertTrue(statements.get(1).urlIsCollection(), "a State whose page name has changed");
  }

  @Test
  void importsAFolderOfSavedPagesAsOneFileAndNamesThePageItRefuses() throws IOException {
    Path pages = Files.createDirectories(folder.resolve("pages"));
    Path briefing =
        Path.of("src/test/resources/fixtures/import/briefing/2021-02-19-press-gaggle.html");
    Files.copy(briefing, pages.resolve("gaggle.html"));
    Files.writeString(
        pages.resolve("no-link.html"), "<html><body><article><p>Text.</p></article></body></html>");
    ImportResult result =
        importer.importFile(pages, folder.resolve("data"), Importer.Overrides.none());
    assertEquals(folder.resolve("data/pages.jsonl"), result.output());
    assertEquals(
        List.of("pages/no-link.html: no address of its own (<link rel=\"canonical\"> or og:url)"),
        result.skipped().stream().map(Problem::toString).toList());
    Statement gaggle = only();
    assertEquals("gaggle", gaggle.id());
    assertEquals(LocalDate.of(2021, 2, 19), gaggle.date());
    List<String> lines = gaggle.text().lines().toList();
    assertEquals(30, lines.size());
    // A line per turn, the speaker first: the sentence splitter and speaker turns rely on it.
    assertTrue(lines.get(2).startsWith("MS. PSAKI: Good afternoon. Looking forward"), lines.get(2));
    assertEquals(
        lines.stream().filter(l -> l.contains("MS. PSAKI:")).toList(),
        lines.stream().filter(l -> l.startsWith("MS. PSAKI:")).toList());
    assertTrue(lines.stream().filter(l -> l.startsWith("Q ")).count() >= 5, gaggle.text());
  }

  @Test
  void importsAFolderOfMixedFilesAsOneFileAndGoesOnPastTheOnesItCannotRead() throws IOException {
    Path archive = Files.createDirectories(folder.resolve("archive"));
    Files.writeString(archive.resolve("a.txt"), "Chad spoke.\nSource: https://example.org/a\n");
    Files.writeString(
        archive.resolve("b.csv"), "link,content\nhttps://example.org/b,Mali spoke.\n");
    Files.writeString(
        archive.resolve("c.jsonl"),
        "{\"url\":\"https://example.org/c\",\"text\":\"Niger spoke.\"}\n");
    Files.writeString(archive.resolve("d.json"), "{\"url\": ");
    Files.writeString(archive.resolve("e.pdf"), "%PDF-1.4");
    ImportResult result =
        importer.importFile(archive, folder.resolve("data"), Importer.Overrides.none());
    assertEquals(folder.resolve("data/archive.jsonl"), result.output());
    assertEquals(3, result.written());
    assertEquals(
        List.of(
            "archive/d.json: not valid JSON",
            "archive/e.pdf: not a file balagh import reads (.jsonl, .json, .csv, .txt, .html, .xml,"
                + " .rss, .atom)"),
        result.skipped().stream().map(Problem::toString).toList());
  }

  @Test
  void writesNoFileWhenNoRecordCouldBeImported() throws IOException {
    ImportResult result = importLines("bad.jsonl", "{\"id\":\"a\"}", "not json");
    assertEquals(2, result.skipped().size());
    assertFalse(Files.exists(result.output()));
    assertFalse(Files.exists(folder.resolve("data/.bad.jsonl.tmp")));
  }
}
