package org.balagh.bot.chat;

import java.util.List;

/**
 * The conversation core: a plain function from what arrived to what to send back. Transports
 * (Telegram, the console) are thin adapters around it.
 */
@FunctionalInterface
public interface Conversation {

  /** The replies to one incoming update, in the order they are to be sent; never throws. */
  List<Reply> reply(Incoming incoming);
}
