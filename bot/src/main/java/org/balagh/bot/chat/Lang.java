package org.balagh.bot.chat;

import java.util.List;
import java.util.Locale;

/** The languages the interface speaks; everything else falls back to English. */
public enum Lang {
  AR("ar"),
  EN("en"),
  FR("fr");

  private final String code;

  Lang(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** Names listed as this language writes a list: "A, B" and, in Arabic, «أ، ب». */
  public String join(List<String> items) {
    return String.join(this == AR ? "\u060C " : ", ", items);
  }

  /**
   * The interface language for a Telegram {@code language_code} such as "fr-CA"; null is English.
   */
  public static Lang of(String languageCode) {
    if (languageCode == null) {
      return EN;
    }
    String primary = languageCode.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    for (Lang lang : values()) {
      if (lang.code.equals(primary)) {
        return lang;
      }
    }
    return EN;
  }

  /** The language a question was asked in, when it is one we speak, else {@code fallback}. */
  public static Lang ofQuestion(String questionLanguage, Lang fallback) {
    for (Lang lang : values()) {
      if (lang.code.equals(questionLanguage)) {
        return lang;
      }
    }
    return fallback;
  }
}
