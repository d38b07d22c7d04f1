package org.balagh.retrieval.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The UN's own page of a General Debate speech, {@code
 * https://gadebate.un.org/en/<session>/<slug>}, which the UN publishes for every speaker since
 * session 64 (2009): the slugs of {@code un-debate-pages.tsv}, by the speaking State's ISO 3166
 * alpha-3 code.
 */
final class UnDebateLinks {

  /** The first session the UN's General Debate site has a page for each speaker of. */
  static final int FIRST_SESSION = 64;

  private static final String TABLE = "un-debate-pages.tsv";

  private final Map<String, String> slugs = load();

  /** The speech's page, or null for a session before the site's or a State left out. */
  String link(String alpha3, int session) {
    String slug = slugs.get(alpha3.strip().toUpperCase(Locale.ROOT));
    if (slug == null || session < FIRST_SESSION) {
      return null;
    }
    return "https://gadebate.un.org/en/" + session + "/" + slug;
  }

  private static Map<String, String> load() {
    Map<String, String> slugs = new HashMap<>();
    try (InputStream in = UnDebateLinks.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TABLE);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] cells = lines[i].split("\t");
        if (cells.length != 2) {
          throw new IllegalStateException(TABLE + ":" + (i + 1) + ": expected code TAB slug");
        }
        slugs.put(cells[0].strip(), cells[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(slugs);
  }
}
