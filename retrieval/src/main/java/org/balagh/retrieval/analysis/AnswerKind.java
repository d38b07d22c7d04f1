package org.balagh.retrieval.analysis;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, when its wording says so ("when …" asks for a time, "how
 * many …" for a number), and which kinds a sentence can give. A sentence that gives the asked kind
 * is a likelier answer: "When did Morocco join the UN?" is answered by the sentence with the year.
 */
public enum AnswerKind {
  TIME,
  NUMBER;

  private static final Pattern ASKS_TIME =
      Pattern.compile(
          "^[^\\p{L}\\p{N}]*(?:متي|في اي (?:عام|سنه|تاريخ|يوم|شهر|قرن)|منذ متي|when\\b|what (?:year|date|day|time)\\b"
              + "|which (?:year|date|day)\\b|in what year\\b|since when\\b|quand\\b|depuis quand\\b"
              + "|en quelle ann[ée]e\\b|quelle (?:ann[ée]e|date)\\b|[àa] quelle date\\b)(?!\\p{L})");
  private static final Pattern ASKS_NUMBER =
      Pattern.compile(
          "^[^\\p{L}\\p{N}]*(?:كم|ما عدد|ما هو عدد|ما نسبه|how (?:many|much|long|old)\\b|what (?:percentage|number)\\b"
              + "|combien\\b|quel (?:nombre|pourcentage)\\b)(?!\\p{L})");
  private static final Pattern TIME_WORDS =
      Pattern.compile(
          "(?<![0-9])(?:1[0-9]{3}|20[0-9]{2}|[0-9]{3})(?![0-9])|"
              + "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|نونبر|ديسمبر|"
              + "كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|تشرين|القرن|"
              + "\\b(?:january|february|march|april|may|june|july|august|september|october|"
              + "november|december|century|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|"
              + "ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|si[èe]cle)\\b");
  private static final Pattern NUMBER_WORDS =
      Pattern.compile(
          "[0-9]|مليون|مليار|الف|الاف|بالمئه|بالمائه|"
              + "\\b(?:million|billion|thousand|hundred|percent|mille|milliards?|millions?|"
              + "pour cent)\\b");

  /** The kind a question asks for, or null when its wording does not say. */
  public static AnswerKind askedBy(String question) {
    String text = normalize(question);
    if (ASKS_TIME.matcher(text).find()) {
      return TIME;
    }
    if (ASKS_NUMBER.matcher(text).find()) {
      return NUMBER;
    }
    return null;
  }

  /** The kinds of answer a sentence can give. */
  public static Set<AnswerKind> givenBy(String sentence) {
    String text = normalize(sentence);
    Set<AnswerKind> kinds = EnumSet.noneOf(AnswerKind.class);
    if (TIME_WORDS.matcher(text).find()) {
      kinds.add(TIME);
    }
    if (NUMBER_WORDS.matcher(text).find()) {
      kinds.add(NUMBER);
    }
    return kinds;
  }

  /** The term that marks this kind in the index. */
  public String term() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Lower case, Arabic-Indic digits as ASCII, and Arabic spelling variants folded. */
  private static String normalize(String text) {
    char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (Character.isDigit(chars[i])) {
        chars[i] = (char) ('0' + Character.digit(chars[i], 10));
      }
    }
    return new String(chars, 0, ArabicFolding.fold(chars, chars.length)).strip();
  }
}
