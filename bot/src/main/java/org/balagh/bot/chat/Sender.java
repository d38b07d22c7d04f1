package org.balagh.bot.chat;

/**
 * Who sent an update.
 *
 * @param id the Telegram user id (the console uses {@link #CONSOLE})
 * @param languageCode the client's language ({@code language_code}); empty when unknown
 */
public record Sender(long id, String languageCode) {

  /** The console's operator: no Telegram user has this id. */
  public static final long CONSOLE = 0;

  public Sender {
    languageCode = languageCode == null ? "" : languageCode;
  }

  public Lang lang() {
    return Lang.of(languageCode);
  }
}
