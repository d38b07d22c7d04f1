package org.balagh.retrieval.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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

  // What a sentence gives is read from its words, the costly patterns run only on sentences that
  // hold one of their Latin words: millions of sentences are read at each build.

  /** Arabic words for a time, found anywhere in a word. */
  private static final List<String> ARABIC_TIME =
      List.of(
          "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
          "نوفمبر", "نونبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز",
          "ايلول", "تشرين", "القرن");

  /** Arabic words for an amount, found anywhere in a word. */
  private static final List<String> ARABIC_NUMBER =
      List.of("مليون", "مليار", "الف", "الاف", "بالمئه", "بالمائه");

  private static final Pattern LATIN_TIME =
      Pattern.compile(
          "\\b(?:january|february|march|april|may|june|july|august|september|october|"
              + "november|december|century|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|"
              + "ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|si[èe]cle)\\b");

  /** The whole runs of letters one of whose matches {@link #LATIN_TIME} needs. */
  private static final Set<String> LATIN_TIME_WORDS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "century",
          "janvier",
          "février",
          "fevrier",
          "mars",
          "avril",
          "mai",
          "juin",
          "juillet",
          "août",
          "aout",
          "septembre",
          "octobre",
          "novembre",
          "décembre",
          "decembre",
          "siècle",
          "siecle");

  private static final Pattern LATIN_NUMBER =
      Pattern.compile(
          "\\b(?:million|billion|thousand|hundred|percent|mille|milliards?|millions?|pour cent)\\b");

  /** The whole runs of letters one of whose matches {@link #LATIN_NUMBER} needs. */
  private static final Set<String> LATIN_NUMBER_WORDS =
      Set.of(
          "million",
          "billion",
          "thousand",
          "hundred",
          "percent",
          "mille",
          "milliard",
          "milliards",
          "millions",
          "pour");

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

  /**
   * The kinds of answer a sentence can give: a time for a year (three digits, or four from 1000 to
   * 2099), a month or a century; a number for any digit or a word for an amount.
   */
  public static Set<AnswerKind> givenBy(String sentence) {
    String text = normalize(sentence);
    boolean digit = false;
    boolean year = false;
    boolean arabic = false;
    boolean latinTime = false;
    boolean latinNumber = false;
    int digits = 0;
    int letters = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c >= '0' && c <= '9') {
        digit = true;
        digits++;
        continue;
      }
      if (digits > 0) {
        int start = i - digits;
        year |= digits == 3 || digits == 4 && yearStart(text, start);
        digits = 0;
      }
      arabic |= c >= '\u0600';
      if (Character.isLetter(c)) {
        letters = letters < 0 ? i : letters;
      } else if (letters >= 0) {
        String word = latinWord(text, letters, i);
        if (word != null) {
          latinTime |= LATIN_TIME_WORDS.contains(word);
          latinNumber |= LATIN_NUMBER_WORDS.contains(word);
        }
        letters = -1;
      }
    }
    Set<AnswerKind> kinds = EnumSet.noneOf(AnswerKind.class);
    if (year
        || arabic && containsAny(text, ARABIC_TIME)
        || latinTime && LATIN_TIME.matcher(text).find()) {
      kinds.add(TIME);
    }
    if (digit
        || arabic && containsAny(text, ARABIC_NUMBER)
        || latinNumber && LATIN_NUMBER.matcher(text).find()) {
      kinds.add(NUMBER);
    }
    return kinds;
  }

  /** The Latin words of both kinds by length, to compare a run of letters with in place. */
  private static final String[][] LATIN_BY_LENGTH = byLength();

  private static String[][] byLength() {
    List<String> words = new ArrayList<>(LATIN_TIME_WORDS);
    words.addAll(LATIN_NUMBER_WORDS);
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    String[][] byLength = new String[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      int l = length;
      byLength[length] = words.stream().filter(w -> w.length() == l).toArray(String[]::new);
    }
    return byLength;
  }

  /** The Latin word of either kind that the letters from {@code start} to {@code end} are. */
  private static String latinWord(String text, int start, int end) {
    int length = end - start;
    if (length < LATIN_BY_LENGTH.length) {
      for (String word : LATIN_BY_LENGTH[length]) {
        if (text.regionMatches(start, word, 0, length)) {
          return word;
        }
      }
    }
    return null;
  }

  /** Whether four digits from {@code start} make a year: 1000 to 2099. */
  private static boolean yearStart(String text, int start) {
    return text.charAt(start) == '1' || text.charAt(start) == '2' && text.charAt(start + 1) == '0';
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The term that marks this kind in the index. */
  public String term() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Lower case, Arabic-Indic digits as ASCII, and Arabic spelling variants folded. */
  static String normalize(String text) {
    char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (Character.isDigit(chars[i])) {
        chars[i] = (char) ('0' + Character.digit(chars[i], 10));
      }
    }
    return new String(chars, 0, ArabicFolding.fold(chars, chars.length)).strip();
  }
}
