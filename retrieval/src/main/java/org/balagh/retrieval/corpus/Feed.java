package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A news feed saved from a ministry's site, RSS 2.0 or Atom, as records with the data format's
 * field names: each item's link, title, date ({@code pubDate}, {@code dc:date}, {@code published},
 * {@code updated}) and body (the full {@code content:encoded} or {@code content} where the feed
 * gives it, else the {@code description} or {@code summary}, HTML as feeds write it); the feed's
 * language and its own title as the publisher. Read with jsoup's XML parser.
 */
final class Feed {

  private Feed() {}

  /** Whether a file's name says it is a feed. */
  static boolean isFeed(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom");
  }

  /** The items of a feed; none when the file is XML but no feed. */
  static List<ObjectNode> read(Path file) throws IOException {
    Document feed;
    try (InputStream in = Files.newInputStream(file)) {
      feed = Jsoup.parse(in, null, "", Parser.xmlParser());
    }
    Element channel = first(feed, "channel", "feed");
    String language = channel == null ? "" : childText(channel, "language");
    if (language.isEmpty() && channel != null) {
      language = channel.attr("xml:lang").strip();
    }
    String publisher = channel == null ? "" : childText(channel, "title");
    List<ObjectNode> records = new ArrayList<>();
    for (Element item : feed.select("item, entry")) {
      ObjectNode record = JsonNodeFactory.instance.objectNode();
      RecordConverter.putIfAny(record, "url", link(item));
      RecordConverter.putIfAny(record, "title", childText(item, "title"));
      RecordConverter.putIfAny(
          record, "date", childText(item, "pubDate", "dc:date", "published", "updated"));
      RecordConverter.putIfAny(
          record, "text", childText(item, "content:encoded", "content", "description", "summary"));
      RecordConverter.putIfAny(record, "language", language.toLowerCase(Locale.ROOT));
      RecordConverter.putIfAny(record, "publisher", publisher);
      records.add(record);
    }
    return records;
  }

  /** Why an item cannot be a statement (no link, no text), or null when it can. */
  static String missing(ObjectNode item) {
    if (!item.has("url")) {
      return "no link (<link> in RSS, <link href> in Atom)";
    }
    if (!item.has("text")) {
      return "no text (<content:encoded> or <description>; <content> or <summary> in Atom)";
    }
    return null;
  }

  /** An item's link: RSS's {@code <link>} text, Atom's alternate {@code <link href>}. */
  private static String link(Element item) {
    String alternate = "";
    for (Element link : item.children()) {
      if (!link.normalName().equals("link")) {
        continue;
      }
      if (!link.hasAttr("href")) {
        String text = link.wholeText().strip();
        if (!text.isEmpty()) {
          return text;
        }
      } else if (link.attr("rel").isEmpty() || link.attr("rel").equals("alternate")) {
        alternate = alternate.isEmpty() ? link.attr("href").strip() : alternate;
      }
    }
    return alternate;
  }

  /** The text of an element's first child named one of {@code names}, tried in their order. */
  private static String childText(Element parent, String... names) {
    for (String name : names) {
      for (Element child : parent.children()) {
        if (child.normalName().equals(name.toLowerCase(Locale.ROOT))) {
          String text = child.wholeText().strip();
          if (!text.isEmpty()) {
            return text;
          }
        }
      }
    }
    return "";
  }

  private static Element first(Document feed, String... names) {
    for (String name : names) {
      Element found = feed.selectFirst(name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
