package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.balagh.bot.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point in its own JVM, as a service manager runs it: it answers through the fake
 * Bot API, stops on SIGTERM with the reply done, exits 0 (no library thread keeps the JVM alive),
 * and never writes the token to its log.
 */
class BotProcessTest {

  @TempDir Path folder;

  @Test
  void answersThenStopsOnSigtermAndExitsZeroWithoutLoggingTheToken() throws Exception {
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
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      Process process = builder.start();
      try {
        api.await("setMyCommands", 3, c -> true);
        api.text(5, 5, "en", 1, "/help");
        assertTrue(api.awaitOne("sendMessage", c -> true).text().startsWith("Send me a question"));
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
    }
  }
}
