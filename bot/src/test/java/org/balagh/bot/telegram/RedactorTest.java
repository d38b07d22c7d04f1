package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static final String TOKEN = "123456:TEST-fake_token_for_tests_0123456789";
  private final Redactor redactor = new Redactor(TOKEN);

  @Test
  void masksTheTokenInRequestAddresses() {
    assertEquals(
        "failed: https://api.telegram.org/bot<token>/sendMessage",
        redactor.redact("failed: https://api.telegram.org/bot" + TOKEN + "/sendMessage"));
  }

  @Test
  void masksAnythingShapedLikeAToken() {
    assertEquals("see <token> here", redactor.redact("see 42:abcdefghijklmnopqrstuvwxyz here"));
    assertEquals("at 12:30 nothing", redactor.redact("at 12:30 nothing"));
  }

  @Test
  void describesAnExceptionChainOnOneMaskedLine() {
    IOException cause = new IOException("reset\n on /bot" + TOKEN + "/getFile");
    assertEquals(
        "IllegalStateException: outer <- IOException: reset on /bot<token>/getFile",
        redactor.describe(new IllegalStateException("outer", cause)));
  }
}
