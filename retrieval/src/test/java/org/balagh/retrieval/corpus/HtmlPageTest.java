package org.balagh.retrieval.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

  private static final String PAGE =
      """
      <!doctype html>
      <html lang="en-US"><head>
      <title>Readout of a Call | The White House</title>
      <link rel="canonical" href="https://www.whitehouse.gov/briefing-room/2023/09/19/readout/">
      <meta property="og:title" content="Readout of a Call">
      <meta property="og:site_name" content="The White House">
      <meta property="article:published_time" content="2023-09-19T20:35:12+00:00">
      </head><body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <main><article>
        <header><h1>Readout of a Call</h1><time datetime="2023-09-19">September 19, 2023</time></header>
        <p>The President spoke   with the
           Prime Minister today.</p>
        <p>They discussed <a href="/x">trade</a> and <em>security</em>.<br>Both agreed to meet.</p>
        <ul><li>First point.</li><li>Second point.</li></ul>
        <aside>Related: other readouts</aside>
      </article></main>
      <footer>Privacy policy · Contact</footer>
      </body></html>
      """;

  @Test
  void readsTheArticleItsOwnAddressTitleDateAndLanguage() throws HtmlPage.Refused {
    ObjectNode record = HtmlPage.read(PAGE, "readout");
    assertEquals("readout", record.get("id").asText());
    assertEquals(
        "https://www.whitehouse.gov/briefing-room/2023/09/19/readout/", record.get("url").asText());
    assertEquals("Readout of a Call", record.get("title").asText());
    assertEquals("2023-09-19T20:35:12+00:00", record.get("date").asText());
    assertEquals("en-us", record.get("language").asText());
    assertEquals("The White House", record.get("publisher").asText());
  }

  @Test
  void keepsEachParagraphOnItsLineAndLeavesOutNavigationHeaderAsideAndFooter()
      throws HtmlPage.Refused {
    assertEquals(
        "The President spoke with the Prime Minister today.\n"
            + "They discussed trade and security.\n"
            + "Both agreed to meet.\n"
            + "First point.\n"
            + "Second point.",
        HtmlPage.read(PAGE, "readout").get("text").asText());
  }

  @Test
  void keepsOneLinePerTurnOfATranscript() throws HtmlPage.Refused {
    String page =
        PAGE.replaceFirst(
            "(?s)<p>The President.*</ul>",
            "<p>MS. PSAKI: Good afternoon.</p><p>Q Thank you, Jen.</p>"
                + "<p>MS. PSAKI: Go ahead.</p>");
    assertEquals(
        "MS. PSAKI: Good afternoon.\nQ Thank you, Jen.\nMS. PSAKI: Go ahead.",
        HtmlPage.read(page, "briefing").get("text").asText());
  }

  @Test
  void takesTheBlockHoldingMostParagraphsWhenThePageMarksNoArticle() throws HtmlPage.Refused {
    String page =
        """
        <html><head><title>Regular Press Conference on March 5, 2024</title>
        <link rel="canonical" href="https://www.fmprc.gov.cn/eng/202403/t20240305.html"></head>
        <body><div class="menu"><div>Home</div><div>News | Press Conferences</div></div>
        <div class="content"><p><strong>AFP:</strong> What is China's response?</p>
        <p><strong>Mao Ning:</strong> China's position on the South China Sea is consistent.</p>
        <p><strong>Reuters:</strong> Will China send an envoy to the Horn of Africa?</p>
        <p><strong>Mao Ning:</strong> I have nothing to announce on that.</p></div>
        <div class="bottom"><p>Copyright Ministry of Foreign Affairs</p></div></body></html>
        """;
    assertEquals(
        "AFP: What is China's response?\n"
            + "Mao Ning: China's position on the South China Sea is consistent.\n"
            + "Reuters: Will China send an envoy to the Horn of Africa?\n"
            + "Mao Ning: I have nothing to announce on that.",
        HtmlPage.read(page, "presser").get("text").asText());
  }

  @Test
  void readsTheDateALineOfItsOwnWritesWhenThePageHasNoDateMetadata() throws HtmlPage.Refused {
    String page =
        """
        <html><head><title>Statement on the Anniversary of September 11, 2001</title>
        <link rel="canonical" href="https://www.mfa.gov.kz/en/press/1"></head>
        <body><main><h1>Statement on the Anniversary of September 11, 2001</h1>
        <p>2024-09-11 10:30</p><p>Kazakhstan remembers the victims.</p></main></body></html>
        """;
    assertEquals("2024-09-11 10:30", HtmlPage.read(page, "s").get("date").asText());
    // Nothing but the title's date, which may be another day's: no date.
    String undated = page.replace("<p>2024-09-11 10:30</p>", "");
    assertTrue(HtmlPage.read(undated, "s").path("date").isMissingNode());
  }

  @Test
  void takesTheOgUrlAndATimeElementWhenThePageHasNoCanonicalLinkOrDateMeta()
      throws HtmlPage.Refused {
    String page =
        PAGE.replaceFirst("<link rel=\"canonical\"[^>]*>", "")
            .replaceFirst("<meta property=\"article:published_time\"[^>]*>", "")
            .replace(
                "<head>", "<head><meta property=\"og:url\" content=\"https://example.org/r\">");
    ObjectNode record = HtmlPage.read(page, "r");
    assertEquals("https://example.org/r", record.get("url").asText());
    assertEquals("2023-09-19", record.get("date").asText());
  }

  @Test
  void refusesAPageWithoutAnAddressOfItsOwn() {
    String page = PAGE.replaceFirst("<link rel=\"canonical\"[^>]*>", "");
    assertEquals(
        "no address of its own (<link rel=\"canonical\"> or og:url)",
        assertThrows(HtmlPage.Refused.class, () -> HtmlPage.read(page, "x")).getMessage());
  }
}
