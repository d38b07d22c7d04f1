package org.balagh.bot.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.balagh.retrieval.Countries;

/**
 * The countries a command names: an ISO code ("MA"), or a name, adjective or demonym in Arabic,
 * English or French ("Morocco", "marocain", «المغربي»), found by the retrieval gazetteer, so that
 * names of several words ("Saudi Arabia", «المملكة العربية السعودية») are read whole.
 */
final class CountryArgument {

  /** Two different countries, and the rest of the text: the topic. */
  record Pair(String first, String second, String topic) {}

  /** Words that only join the parts of {@code /compare A and B on topic}. */
  private static final Set<String> JOINERS =
      Set.of(
          ("and vs versus v on about over regarding between the"
                  + " et contre sur au sujet de à propos entre le la les l du des"
                  + " و مقابل ضد عن حول بشأن في بين")
              .split(" "));

  /**
   * Punctuation that separates the parts, taken off their ends ("wheat: Morocco vs Kazakhstan").
   */
  private static final String SEPARATORS = ",;:.!?،؛…/|&–—-";

  /** How much of an unknown name a reply repeats. */
  private static final int SHOWN = 60;

  private final Countries names;

  CountryArgument(Countries names) {
    this.names = names;
  }

  /** The first country a text names, if any. */
  Optional<String> one(String text) {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    if (upper.matches("[A-Z]{2}") && names.codes().contains(upper)) {
      return Optional.of(upper);
    }
    List<String> found = names.named(text);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * The first two different countries a text names, and what is left once their names and the words
   * joining them are taken out; empty when the text names fewer than two countries.
   */
  Optional<Pair> two(String text) {
    List<Countries.Mention> mentions = names.mentions(text);
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    Countries.Mention first = mentions.get(0);
    for (Countries.Mention second : mentions) {
      if (!second.code().equals(first.code())) {
        String topic =
            String.join(
                    " ",
                    trim(text.substring(0, first.start())),
                    trim(text.substring(first.end(), second.start())),
                    trim(text.substring(second.end())))
                .strip()
                .replaceAll("\\s+", " ");
        return Optional.of(new Pair(first.code(), second.code(), topic));
      }
    }
    return Optional.empty();
  }

  /** A country's name in the interface language, as plain text. */
  String name(String code, Lang ui) {
    return names.name(code, ui.code());
  }

  /** Whether a code is one of a country the gazetteer knows, as callback data must be. */
  boolean known(String code) {
    return names.codes().contains(code);
  }

  /** What a user typed, escaped and cut short, to repeat in "I don't know …". */
  static String shown(String text) {
    return Html.escape(clip(text, SHOWN));
  }

  /** Text on one line, cut to {@code max} characters with an ellipsis. */
  static String clip(String text, int max) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() <= max) {
      return line;
    }
    int end = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
    return line.substring(0, end) + "…";
  }

  /** A piece of the text without the joining words, and the punctuation, at its ends. */
  private static String trim(String piece) {
    List<String> words = new ArrayList<>(Arrays.asList(piece.strip().split("\\s+")));
    while (!words.isEmpty() && joiner(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && joiner(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words).replaceAll("^[" + SEPARATORS + "]+|[" + SEPARATORS + "]+$", "");
  }

  private static boolean joiner(String word) {
    String bare = word.replaceAll("[\\p{P}\\p{S}]", "").toLowerCase(Locale.ROOT);
    return bare.isEmpty() || JOINERS.contains(bare);
  }
}
