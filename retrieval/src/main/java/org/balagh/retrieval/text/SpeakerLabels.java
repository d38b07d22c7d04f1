package org.balagh.retrieval.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.balagh.retrieval.analysis.Words;
import org.balagh.retrieval.model.Role;

/**
 * The speaker labels whose words give a transcript speaker's role, in Arabic, English and French
 * ({@code speaker-roles.tsv}): "Q", «سؤال», « Journaliste » ask; "MODERATOR" steers;
 * "SPOKESPERSON", «جواب» answer. A label matches its longest listed prefix of whole words.
 */
public final class SpeakerLabels {

  private static final String RESOURCE = "speaker-roles.tsv";

  private final Map<String, Role> roles;

  private SpeakerLabels(Map<String, Role> roles) {
    this.roles = Map.copyOf(roles);
  }

  /** The labels shipped with Balagh. */
  public static SpeakerLabels load() {
    InputStream in = SpeakerLabels.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    Map<String, Role> roles = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 2) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected ROLE<TAB>labels");
        }
        Role role = Role.valueOf(cells[0].strip());
        for (String label : cells[1].split("\\|")) {
          roles.putIfAbsent(key(label), role);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new SpeakerLabels(roles);
  }

  /** A label's folded words, space-separated: "MS. PSAKI" and "Ms Psaki" are both "ms psaki". */
  static String key(String label) {
    List<Words.Word> words = Words.split(label);
    return words.stream().map(w -> Words.fold(w.text())).collect(Collectors.joining(" "));
  }

  /** The role a label's words give, by its longest listed prefix; null when none is listed. */
  Role roleOf(String key) {
    String prefix = key;
    while (!prefix.isEmpty()) {
      Role role = roles.get(prefix);
      if (role != null) {
        return role;
      }
      int space = prefix.lastIndexOf(' ');
      prefix = space < 0 ? "" : prefix.substring(0, space);
    }
    return null;
  }
}
