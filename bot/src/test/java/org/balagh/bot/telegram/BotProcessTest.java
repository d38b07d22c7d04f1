package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balagh.bot.Fixtures;
import org.balagh.bot.OpsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point in its own JVM, as a service manager runs it: it answers through the fake
 * Bot API, serves its ops port (ready, counting the question), stops on SIGTERM with the reply
 * done, exits 0 (no library thread keeps the JVM alive), and never writes the token to its log.
 */
class BotProcessTest {

  @TempDir Path folder;

  @Test
  void answersAndCountsThenStopsOnSigtermAndExitsZeroWithoutLoggingTheToken() throws Exception {
    Path data = Fixtures.data(folder.resolve("data"));
    Path log = folder.resolve("bot.log");
    try (FakeBotApi api = new FakeBotApi()) {
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp",
              System.getProperty("java.class.path"),
              "org.balagh.bot.Main");
      Map<String, String> env = builder.environment();
      env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
      env.put("TELEGRAM_API_URL", api.url().toString());
      env.put("BALAGH_DATA", data.toString());
      env.put("BALAGH_INDEX", folder.resolve("index").toString());
      env.put("BALAGH_ADMIN_IDS", "1");
      env.put("BALAGH_HTTP_HOST", "127.0.0.1");
      env.put("BALAGH_HTTP_PORT", "0");
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      Process process = builder.start();
      try {
        api.await("setMyCommands", 3, c -> true);
        api.text(5, 5, "en", 1, "/help");
        assertTrue(api.awaitOne("sendMessage", c -> true).text().startsWith("Send me a question"));
        OpsClient ops = new OpsClient(new InetSocketAddress("127.0.0.1", opsPort(log)));
        assertEquals("ready index=open telegram=polling\n", ops.get("/readyz").body());
        api.text(5, 5, "en", 2, Fixtures.C5);
        api.await("sendMessage", 2, c -> true);
        OpsClient.Answer metrics = ops.get("/metrics");
        assertEquals(1, metrics.sample("balagh_questions_total"));
        assertEquals(1, metrics.sample("balagh_reloads_total{outcome=\"rebuilt\"}"));
        assertEquals(6, metrics.sample("balagh_corpus_statements"));
        process.destroy();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "stopped within 20 s");
        assertEquals(0, process.exitValue(), Files.readString(log));
      } finally {
        process.destroyForcibly();
      }
      String output = Files.readString(log);
      assertFalse(output.contains(FakeBotApi.TOKEN), output);
      assertTrue(output.contains("event=started bot=@" + FakeBotApi.BOT_NAME), output);
      assertTrue(output.contains("event=stopped drained=true"), output);
      assertTrue(output.contains("event=ops_stopped"), output);
    }
  }

  /** The port the bot logged it listens on, having been given port 0. */
  private static int opsPort(Path log) throws Exception {
    Pattern listening = Pattern.compile("event=ops_listening host=127\\.0\\.0\\.1 port=(\\d+)");
    Matcher m = listening.matcher(Files.readString(log));
    assertTrue(m.find(), Files.readString(log));
    return Integer.parseInt(m.group(1));
  }
}
