package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The shipped logback.xml masks tokens in every line, the library's own included. */
class LogRedactionTest {

  private static final String TOKEN = FakeBotApi.TOKEN;

  @SuppressWarnings("unchecked")
  private static String format(LoggingEvent event) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    OutputStreamAppender<ILoggingEvent> console =
        (OutputStreamAppender<ILoggingEvent>)
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
    return new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
  }

  @Test
  void masksTheTokenInMessagesAndExceptions() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    IOException cause = new IOException("unexpected end of stream on /bot" + TOKEN + "/getUpdates");
    LoggingEvent event =
        new LoggingEvent(
            LogRedactionTest.class.getName(),
            context.getLogger("org.telegram.telegrambots.longpolling.BotSession"),
            Level.ERROR,
            "Error calling https://api.telegram.org/bot{}/getUpdates",
            new IllegalStateException("wrapped " + TOKEN, cause),
            new Object[] {TOKEN});
    String line = format(event);
    assertFalse(line.contains(TOKEN), line);
    assertTrue(line.contains("https://api.telegram.org/bot<token>/getUpdates"), line);
    assertTrue(line.contains("IllegalStateException: wrapped <token>"), line);
    assertEquals(1, line.split("IllegalStateException", -1).length - 1, "printed once: " + line);
  }
}
