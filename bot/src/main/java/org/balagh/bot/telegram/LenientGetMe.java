package org.balagh.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code getMe}, read leniently. Telegram always says {@code is_bot}, and TelegramBots 9 refuses a
 * user without it; some Bot API emulators ({@code telegram-test-api} 4.2.1) leave it out of {@code
 * getMe}. The answer to {@code getMe} is about this bot, so a missing {@code is_bot} is read as
 * true, with a warning; everything else is read as the library reads it.
 */
final class LenientGetMe extends GetMe {

  private static final Logger LOG = LoggerFactory.getLogger(LenientGetMe.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public User deserializeResponse(String answer) throws TelegramApiRequestException {
    return super.deserializeResponse(withIsBot(answer));
  }

  /** The answer, with {@code "is_bot": true} added to a successful result that lacks it. */
  static String withIsBot(String answer) {
    try {
      JsonNode tree = JSON.readTree(answer);
      if (tree != null
          && tree.path("ok").asBoolean()
          && tree.path("result") instanceof ObjectNode user
          && !user.has("is_bot")) {
        LOG.warn("event=getme_without_is_bot action=read_as_bot");
        user.put("is_bot", true);
        return JSON.writeValueAsString(tree);
      }
    } catch (JsonProcessingException e) {
      // Not JSON: the library says so in its own words.
    }
    return answer;
  }
}
