package org.balagh.retrieval.lang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The installation's language resources: the files of the repository's {@code data/lang}, which the
 * build packs into the jar beside this class, so that every data folder, bundled or imported, is
 * answered with the same glossary (and, later, the same lexicons). Open one by its file name.
 */
public final class LanguageResources {

  private LanguageResources() {}

  /** How a problem in an installed resource names its file: {@code installed glossary.tsv}. */
  public static String describe(String name) {
    return "installed " + name;
  }

  /**
   * The lines of an installed resource, read as UTF-8 (unzipped first when its name ends with
   * {@code .gz}).
   *
   * @throws IllegalStateException when the jar lacks it: the build left out {@code data/lang}
   */
  public static List<String> lines(String name) {
    Objects.requireNonNull(name, "name");
    try (InputStream in = LanguageResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing installed language resource "
                + name
                + " (the build packs data/lang into the jar under org/balagh/retrieval/lang)");
      }
      InputStream text = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
      return new String(text.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read installed language resource " + name, e);
    }
  }

  /** A line of a table: its number, from 1, and its tab-separated cells. */
  public record Row(int number, String[] cells) {}

  /** The rows of an installed tab-separated table: its lines but blank ones and # comments. */
  public static List<Row> rows(String name) {
    List<String> lines = lines(name);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(new Row(i + 1, line.split("\t", -1)));
      }
    }
    return rows;
  }
}
