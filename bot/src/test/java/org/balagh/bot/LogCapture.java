package org.balagh.bot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event from now until {@link #close()}, at {@code level} or above, and formats
 * them exactly as the shipped {@code logback.xml} writes them (token masking included).
 */
public final class LogCapture implements AutoCloseable {

  private final Logger root;
  private final Level saved;
  private final ListAppender<ILoggingEvent> list = new ListAppender<>();
  private final ThresholdFilter quiet = new ThresholdFilter();

  /** Captures from {@code level}; the console still shows only what it showed before. */
  public LogCapture(Level level) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    saved = root.getLevel();
    list.setContext(context);
    list.start();
    quiet.setLevel(saved.levelStr);
    quiet.start();
    root.getAppender("CONSOLE").addFilter(quiet);
    root.addAppender(list);
    root.setLevel(level);
  }

  /** The lines written so far, as the console appender formats them. */
  @SuppressWarnings("unchecked")
  public List<String> lines() {
    OutputStreamAppender<ILoggingEvent> console =
        (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
    synchronized (list) {
      return List.copyOf(list.list).stream()
          .map(e -> new String(console.getEncoder().encode(e), StandardCharsets.UTF_8))
          .toList();
    }
  }

  @Override
  public void close() {
    root.detachAppender(list);
    root.setLevel(saved);
    root.getAppender("CONSOLE").clearAllFilters();
    list.stop();
  }
}
