package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestTest {

  private static final String BOT = "balagh_bot";

  private static Optional<Request> inPrivate(String text) {
    return Request.read(text, false, false, BOT);
  }

  private static Optional<Request> inGroup(String text) {
    return Request.read(text, true, false, BOT);
  }

  @Test
  void takesAnyPrivateTextAsAQuestion() {
    assertEquals(
        Optional.of(new Request("", "What about wheat?")), inPrivate(" What about wheat? "));
  }

  @Test
  void readsCommandsWithTheirArgument() {
    assertEquals(Optional.of(new Request("latest", "Morocco")), inPrivate("/latest Morocco"));
    assertEquals(Optional.of(new Request("start", "")), inPrivate("/START"));
    assertEquals(Optional.of(new Request("ask", "a\nb")), inPrivate("/ask@Balagh_Bot a\nb"));
  }

  @Test
  void ignoresCommandsForAnotherBot() {
    assertEquals(Optional.empty(), inPrivate("/start@other_bot"));
    assertEquals(Optional.empty(), inGroup("/ask@other_bot wheat"));
  }

  @Test
  void answersAskAndAddressedCommandsInGroups() {
    assertEquals(Optional.of(new Request("ask", "wheat?")), inGroup("/ask wheat?"));
    assertEquals(Optional.of(new Request("help", "")), inGroup("/help@balagh_bot"));
  }

  @Test
  void ignoresGroupChatterAndBareCommandsOtherThanAsk() {
    assertEquals(Optional.empty(), inGroup("What about wheat?"));
    assertEquals(Optional.empty(), inGroup("/help"));
    assertEquals(Optional.empty(), inGroup("mail me at someone@balagh_bot.org"));
    assertEquals(Optional.empty(), inGroup("ask @balagh_botanist"));
  }

  @Test
  void takesAMentionInAGroupAsAQuestionWithoutTheMention() {
    assertEquals(
        Optional.of(new Request("", "what about wheat?")),
        inGroup("@Balagh_Bot what about wheat?"));
    assertEquals(Optional.of(new Request("", "wheat, asks")), inGroup("wheat, asks @balagh_bot"));
  }

  @Test
  void takesAReplyToTheBotInAGroupAsAQuestion() {
    assertEquals(
        Optional.of(new Request("", "and maize?")), Request.read("and maize?", true, true, BOT));
  }
}
