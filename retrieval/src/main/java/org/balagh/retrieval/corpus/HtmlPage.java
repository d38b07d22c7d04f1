package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page read as an archive record: its own address ({@code <link rel=canonical>}, else
 * {@code og:url}), title ({@code og:title}, else the article's {@code h1}, else {@code <title>}),
 * date (the article's {@code published_time} or {@code datePublished} meta, else a {@code <time
 * datetime>}, else a line of its own at the article's head that is a date), language ({@code <html
 * lang>}), site name, and the text of its article ({@code <article>}, else {@code <main>}, else the
 * block holding most of its paragraphs, else the body) without navigation, header, footer, asides,
 * forms and scripts: one line per paragraph, heading, list item or {@code <br>}, so that a
 * transcript keeps one line per turn ({@code MS. PSAKI: …}, {@code Q …}).
 */
final class HtmlPage {

  /** Thrown with why a page yields no statement. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  private static final String NOISE =
      "nav, header, footer, aside, form, script, style, noscript, template, button, svg, iframe,"
          + " figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  private static final List<String> DATES =
      List.of(
          "meta[property=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=date]",
          "meta[name=DC.date]",
          "meta[name=dcterms.date]",
          "meta[name=pubdate]");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

  private HtmlPage() {}

  /** A saved page, in the encoding its bytes or its {@code <meta charset>} tell. */
  static ObjectNode read(Path file, String id) throws IOException, Refused {
    return read(Jsoup.parse(file.toFile(), null), id);
  }

  static ObjectNode read(String html, String id) throws Refused {
    return read(Jsoup.parse(html), id);
  }

  /** The page as a record with the data format's field names, its date as the page writes it. */
  private static ObjectNode read(Document page, String id) throws Refused {
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("id", id);
    String url = first(page, "link[rel=canonical]", "href");
    if (url.isEmpty()) {
      url = first(page, "meta[property=og:url]", "content");
    }
    if (url.isEmpty()) {
      throw new Refused("no address of its own (<link rel=\"canonical\"> or og:url)");
    }
    record.put("url", url);
    Element article = article(page);
    String title = first(page, "meta[property=og:title]", "content");
    if (title.isEmpty()) {
      Element h1 = article.selectFirst("h1");
      title = h1 != null ? h1.text() : page.title();
    }
    record.put("title", title.strip());
    String date = date(page, article);
    String language = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
    if (!language.isBlank()) {
      record.put("language", language.strip().toLowerCase(Locale.ROOT));
    }
    String site = first(page, "meta[property=og:site_name]", "content");
    if (!site.isEmpty()) {
      record.put("publisher", site);
    }
    String text = text(article, title.strip());
    if (text.isBlank()) {
      throw new Refused("no article text");
    }
    if (date.isEmpty()) {
      date = dateLine(text);
    }
    if (!date.isEmpty()) {
      record.put("date", date);
    }
    record.put("text", text);
    return record;
  }

  private static Element article(Document page) {
    for (String query : List.of("article", "main", "[role=main]")) {
      Element found = page.selectFirst(query);
      if (found != null) {
        return found;
      }
    }
    return densest(page.body());
  }

  /**
   * Of a page that marks no article (many ministries' pages are divisions within divisions), the
   * block that holds most of its paragraphs' text, so that menus, breadcrumbs and footers written
   * as plain divisions stay out; the body when no block holds most of it.
   */
  private static Element densest(Element body) {
    int total = paragraphText(body);
    Element best = body;
    int bestText = 0;
    for (Element block : body.select("div, section, td")) {
      int text = 0;
      for (Element child : block.children()) {
        if (child.nameIs("p")) {
          text += child.text().length();
        }
      }
      if (text > bestText) {
        bestText = text;
        best = block;
      }
    }
    return total > 0 && bestText * 2 >= total ? best : body;
  }

  private static int paragraphText(Element element) {
    int text = 0;
    for (Element p : element.select("p")) {
      text += p.text().length();
    }
    return text;
  }

  private static String date(Document page, Element article) {
    for (String query : DATES) {
      String value = first(page, query, "content");
      if (!value.isEmpty()) {
        return value;
      }
    }
    Element time = article.selectFirst("time[datetime]");
    if (time == null) {
      time = page.selectFirst("time[datetime]");
    }
    if (time != null) {
      return time.attr("datetime").strip();
    }
    time = page.selectFirst("time");
    return time == null ? "" : time.text().strip();
  }

  /** Lines at the head of an article that may say only when it was published. */
  private static final int DATE_LINES = 3;

  /**
   * The date a page without date metadata writes on a line of its own at the head of its article
   * ("2024-03-05 18:00", "March 5, 2024", «5 مارس 2024»); "" when none. A date in the title may be
   * another day's ("Statement on the Anniversary of September 11, 2001"): not read.
   */
  private static String dateLine(String text) {
    String[] lines = text.split("\n", DATE_LINES + 1);
    for (int i = 0; i < Math.min(DATE_LINES, lines.length); i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.split("\\s+").length > 5) {
        continue;
      }
      try {
        if (DateReader.read(line).date() != null) {
          return line;
        }
      } catch (DateReader.Unreadable e) {
        // not a date: the article's own words
      }
    }
    return "";
  }

  private static String first(Document page, String query, String attribute) {
    Element element = page.selectFirst(query);
    return element == null ? "" : element.attr(attribute).strip();
  }

  /** The article's text, a line per block, without the noise around it or its own title. */
  /**
   * The text of an HTML fragment (a record's body written as HTML), a line a paragraph, as a saved
   * page's article is read.
   */
  static String fragmentText(String html) {
    return text(Jsoup.parseBodyFragment(html).body(), "");
  }

  private static String text(Element article, String title) {
    Element body = article.clone();
    body.select(NOISE).remove();
    body.select("h1").stream().filter(h -> h.text().strip().equals(title)).forEach(Node::remove);
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              String words = SPACES.matcher(text.getWholeText()).replaceAll(" ");
              if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                words = words.stripLeading();
              }
              out.append(words);
            } else if (node instanceof Element element) {
              if (element.nameIs("br")) {
                out.append('\n');
              } else if (element.isBlock()) {
                endLine(out);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
              endLine(out);
            }
          }
        },
        body);
    return TextCleaner.clean(out.toString());
  }

  private static void endLine(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}
