package org.balagh.bot.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's real entry point in a child JVM against a fake Bot API, as a service manager runs it:
 * for tests that stop it with SIGTERM or kill it with SIGKILL ({@code kill -9}).
 */
final class ChildBot implements AutoCloseable {

  private final Process process;
  private final Path log;

  private ChildBot(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts the bot; {@code env} adds to the fake's address and token. */
  static ChildBot start(FakeBotApi api, Map<String, String> env, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            "org.balagh.bot.Service");
    builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
    builder.environment().put("TELEGRAM_API_URL", api.url().toString());
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new ChildBot(builder.start(), log);
  }

  /** SIGKILL: no shutdown hook, no drain, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      throw new AssertionError("not killed");
    }
  }

  /** SIGTERM, then the exit status. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("did not stop within 30 s");
    }
    return process.exitValue();
  }

  /** Waits for the process to end by itself; its exit status. */
  int awaitExit(Duration max) throws InterruptedException {
    if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + max);
    }
    return process.exitValue();
  }

  /** The process id, for tools such as {@code jcmd}. */
  long pid() {
    return process.pid();
  }

  /**
   * The ops port the bot logged it listens on on 127.0.0.1, having been given port 0; waits for the
   * line, at most 60 s.
   */
  int opsPort() throws IOException, InterruptedException {
    Pattern listening = Pattern.compile("event=ops_listening host=127\\.0\\.0\\.1 port=(\\d+)");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      Matcher m = listening.matcher(log());
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (System.nanoTime() > deadline || !alive()) {
        throw new AssertionError("no ops port in the log: " + log());
      }
      Thread.sleep(50);
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
