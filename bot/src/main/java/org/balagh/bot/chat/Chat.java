package org.balagh.bot.chat;

/**
 * Where an update came from.
 *
 * @param group a group or supergroup, where only what is addressed to the bot is answered
 */
public record Chat(long id, boolean group) {

  public static Chat direct(long id) {
    return new Chat(id, false);
  }
}
