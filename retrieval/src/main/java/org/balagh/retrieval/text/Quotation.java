package org.balagh.retrieval.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence quotes, when it quotes someone in their own words: "As Secretary Blinken said,
 * “…”", "“…,” said President Ruto", « “…”, a déclaré le ministre », «وقال الوزير: "…"». Such a
 * sentence is that person's words, reported, not its publisher's position. Reported speech without
 * quotation marks ("The President said that …") is the publisher's account, and not read as a
 * quote; neither is a quotation with no one named.
 */
public final class Quotation {

  /** A run of capitalised words, titles and particles included: "Secretary of State Blinken". */
  private static final String NAME =
      "((?:\\p{Lu}[\\p{L}.'’\\-]*\\s+(?:(?:of|de|du|al|bin)\\s+)?){0,5}\\p{Lu}[\\p{L}'’\\-]+)";

  private static final String SAYS =
      "(?:said|says|stated|states|noted|notes|added|declared|wrote|warned|explained|put it"
          + "|told\\s+\\p{L}+)";

  private static final String QUOTE = "[“\"«]";

  private static final List<Pattern> PATTERNS =
      List.of(
          // As Secretary Blinken said, “…” / President Ruto said: “…”
          Pattern.compile(NAME + "\\s+" + SAYS + "\\s*[,:]?\\s*" + QUOTE),
          // “…,” said President Ruto / “…,” President Ruto said
          Pattern.compile("[”\"»]\\s*,?\\s*" + SAYS + "\\s+" + NAME),
          Pattern.compile("[”\"»]\\s*,?\\s*" + NAME + "\\s+" + SAYS + "\\b"),
          // « … », a déclaré le ministre X / M. X a déclaré : « … »
          Pattern.compile(
              "[”\"»]\\s*,?\\s*(?:a|ont)\\s+(?:déclaré|dit|affirmé|souligné|ajouté)\\s+"
                  + "((?:le|la|les|l’|l')?\\s*\\p{L}[\\p{L}.'’\\- ]{2,60}?)\\s*[.,;]"),
          Pattern.compile(
              NAME + "\\s+(?:a|ont)\\s+(?:déclaré|dit|affirmé|souligné|ajouté)\\s*:?\\s*" + QUOTE),
          // وقال الوزير: "…" / وأكد السيد بوريطة «…»
          Pattern.compile(
              "(?:^|\\s)و?(?:قال|قالت|أكد|أكدت|صرح|صرحت|أضاف|أضافت|أعلن|أعلنت)\\s+"
                  + "((?:\\S+\\s+){0,5}?\\S+?)\\s*[:،]?\\s*[«\"“]"));

  private Quotation() {}

  /** Who the sentence quotes in their own words, as it names them; empty when it quotes no one. */
  public static Optional<String> source(String sentence) {
    if (!hasQuotation(sentence)) {
      return Optional.empty();
    }
    for (Pattern pattern : PATTERNS) {
      Matcher matcher = pattern.matcher(sentence);
      if (matcher.find()) {
        String name = matcher.group(1).strip().replaceFirst("^(?:As|as)\\s+", "");
        if (!name.isEmpty() && !PRONOUNS.matcher(name).matches()) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /** Words that name no one: "He said, “…”" quotes someone the sentence does not name. */
  private static final Pattern PRONOUNS =
      Pattern.compile(
          "(?i)(?:he|she|they|we|i|it|this|that|il|elle|ils|nous|je|هو|هي|هم)",
          Pattern.UNICODE_CASE);

  /** Whether quotation marks hold at least four words. */
  private static boolean hasQuotation(String sentence) {
    Matcher quoted = QUOTED.matcher(sentence);
    while (quoted.find()) {
      if (quoted.group(1).strip().split("\\s+").length >= 4) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern QUOTED = Pattern.compile("[“\"«]([^”\"»]+)[”\"»]?");
}
