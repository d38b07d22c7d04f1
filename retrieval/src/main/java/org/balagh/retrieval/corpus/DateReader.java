package org.balagh.retrieval.corpus;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates archives and web pages give, in the forms sites use: ISO 8601 with or without a
 * time ({@code 2018-06-14T10:00:00-04:00}, kept as written, not moved to UTC), RFC 1123 as in RSS
 * ({@code Thu, 14 Jun 2018 10:00:00 GMT}), and day, month name and year in English ("June 14,
 * 2018", "14th June 2018"), French ("jeudi 14 juin 2018", "1er juil. 2018") and Arabic («14 يونيو
 * 2018», Maghrebi «14 يونيه 2018», «14 شتنبر 2018», Levantine «14 حزيران 2018», «كانون الثاني»),
 * with Arabic-Indic digits too. A number-only date is read when the day is over 12; otherwise its
 * order is ambiguous and it is refused rather than guessed. A year alone is a year.
 */
public final class DateReader {

  /** A date read: the day, or only its year. */
  record Read(LocalDate date, Integer year) {}

  /** Thrown with what is wrong, fit to show after the record's place. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  private static final String MONTH = "(\\p{L}+(?: \\p{L}+)?)";
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[t ]\\d|[ ]*[+-]\\d|z)");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/ ](\\d{1,2})[-/ ](\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?<![\\d])(\\d{1,2}) " + MONTH + " (\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + " (\\d{1,2}) (\\d{4})(?!\\d)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** ISO 8601's basic form, as file names and some feeds write it: 20240305. */
  private static final Pattern COMPACT =
      Pattern.compile("((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:$|t\\d)");

  /** Seconds or milliseconds since 1970, as APIs give them: 1709661600, 1709661600000. */
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  /** The first and last instants read as a date from a number of seconds: 1990 to 2100. */
  private static final long EPOCH_FROM = 631_152_000L;

  private static final long EPOCH_TO = 4_102_444_800L;
  private static final Pattern ORDINAL = Pattern.compile("(\\d)(?:st|nd|rd|th|er)\\b");
  private static final Pattern PUNCTUATION = Pattern.compile("[,،.]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // After the patterns normalise() uses.
  private static final Map<String, Integer> MONTHS = months();

  private DateReader() {}

  static Read read(String value) throws Unreadable {
    String text = normalise(value);
    if (text.isEmpty()) {
      throw new Unreadable("empty");
    }
    if (YEAR.matcher(text).matches()) {
      return new Read(null, Integer.parseInt(text));
    }
    Matcher iso = ISO.matcher(text);
    if (iso.lookingAt()) {
      return day(value, iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher compact = COMPACT.matcher(text);
    if (compact.lookingAt()) {
      return day(value, compact.group(1), compact.group(2), compact.group(3));
    }
    if (EPOCH.matcher(text).matches()) {
      long seconds = Long.parseLong(text) / (text.length() == 13 ? 1000 : 1);
      if (seconds < EPOCH_FROM || seconds >= EPOCH_TO) {
        throw new Unreadable("'" + shown(value) + "' is no time from 1990 to 2100");
      }
      // A count of seconds says no place: the day is the day in UTC.
      return new Read(LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC), null);
    }
    Matcher numeric = NUMERIC.matcher(text);
    if (numeric.matches()) {
      int first = Integer.parseInt(numeric.group(1));
      int second = Integer.parseInt(numeric.group(2));
      if (first > 12 && second <= 12) {
        return day(value, numeric.group(3), numeric.group(2), numeric.group(1));
      }
      if (second > 12 && first <= 12) {
        return day(value, numeric.group(3), numeric.group(1), numeric.group(2));
      }
      throw new Unreadable("'" + shown(value) + "': day and month could be either way round");
    }
    // A month's name between hyphens or slashes reads as between spaces: 5-Mar-2024, 5/Mar/2024.
    text = text.replace('-', ' ').replace('/', ' ');
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    while (dmy.find()) {
      Integer month = month(dmy.group(2));
      if (month != null) {
        return day(value, dmy.group(3), month.toString(), dmy.group(1));
      }
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    while (mdy.find()) {
      Integer month = month(mdy.group(1));
      if (month != null) {
        return day(value, mdy.group(3), month.toString(), mdy.group(2));
      }
    }
    throw new Unreadable("'" + shown(value) + "' is not a date this importer reads");
  }

  /**
   * The month a word names in English, French or Arabic ("December", "Dec", « décembre »,
   * «ديسمبر»), or null; read right before a year, where "May" and "mar" are months.
   */
  public static Integer monthNamed(String word) {
    String text = normalise(word);
    return text.indexOf(' ') < 0 ? MONTHS.get(text) : null;
  }

  /** A month name, its last word alone, or its first word alone ("juin", "14 juin"). */
  private static Integer month(String words) {
    Integer month = MONTHS.get(words);
    if (month == null && words.indexOf(' ') > 0) {
      month = MONTHS.get(words.substring(words.indexOf(' ') + 1));
      if (month == null) {
        month = MONTHS.get(words.substring(0, words.indexOf(' ')));
      }
    }
    return month;
  }

  private static Read day(String value, String year, String month, String day) throws Unreadable {
    try {
      return new Read(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)),
          null);
    } catch (DateTimeException e) {
      throw new Unreadable("'" + shown(value) + "' is no day of the calendar");
    }
  }

  /** Lower case, ASCII digits, Arabic letters folded, ordinals and punctuation out. */
  private static String normalise(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c)) {
        out.append(Character.forDigit(Character.digit(c, 10), 10));
      } else {
        out.append(foldArabic(c));
      }
    }
    String text = out.toString().toLowerCase(Locale.ROOT);
    text = ORDINAL.matcher(text).replaceAll("$1");
    text = PUNCTUATION.matcher(text).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static char foldArabic(char c) {
    return switch (c) {
      case 'أ', 'إ', 'آ' -> 'ا';
      case 'ة' -> 'ه';
      case 'ى' -> 'ي';
      default -> c;
    };
  }

  private static String shown(String value) {
    return StatementParser.abbreviate(value.strip());
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "janvier", "janv", "يناير", "كانون الثاني", "جانفي"},
      {"february", "feb", "février", "fevrier", "févr", "fevr", "فبراير", "شباط", "فيفري"},
      {"march", "mar", "mars", "مارس", "اذار"},
      {"april", "apr", "avril", "avr", "ابريل", "نيسان", "افريل"},
      {"may", "mai", "ماي", "مايو", "ايار"},
      {"june", "jun", "juin", "يونيو", "يونيه", "حزيران", "جوان"},
      {"july", "jul", "juillet", "juil", "يوليو", "يوليوز", "يوليه", "تموز", "جويليه"},
      {"august", "aug", "août", "aout", "اغسطس", "غشت", "اب", "اوت"},
      {"september", "sep", "sept", "septembre", "سبتمبر", "شتنبر", "ايلول"},
      {"october", "oct", "octobre", "اكتوبر", "تشرين الاول"},
      {"november", "nov", "novembre", "نوفمبر", "نونبر", "تشرين الثاني"},
      {"december", "dec", "décembre", "decembre", "déc", "ديسمبر", "دجنبر", "كانون الاول"}
    };
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(normalise(name), i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
