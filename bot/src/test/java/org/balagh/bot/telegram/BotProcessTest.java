package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
 * While the Bot API fails, {@code /readyz} and the log say which phase it is in, since when and
 * why; only a token Telegram refuses ends it, with status 1.
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
              "org.balagh.bot.Service");
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
        String ready = ops.get("/readyz").body();
        assertTrue(
            ready.matches(
                "ready phase=polling since=\\S+Z index=open telegram=polling"
                    + " meaning=(loading|embedding|ready) meaning_checked=\\d+/\\d+"
                    + " meaning_stored=\\d+\n"),
            ready);
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

  @Test
  void saysWhyItIsNotReadyWhileTheBotApiFailsAndPollsWithinSecondsOfItsReturn() throws Exception {
    Map<String, String> env = env(Fixtures.data(folder.resolve("data")));
    try (FakeBotApi api = new FakeBotApi()) {
      api.outage("getMe", FakeBotApi.Fault.of(FakeBotApi.Fault.Kind.NO_OK), Duration.ofMinutes(5));
      try (ChildBot bot = ChildBot.start(api, env, folder.resolve("bot.log"))) {
        OpsClient ops = new OpsClient(new InetSocketAddress("127.0.0.1", bot.opsPort()));
        OpsClient.Answer connecting = awaitReadyz(ops, a -> a.body().contains("(attempt 2,"));
        assertEquals(503, connecting.status());
        assertTrue(
            connecting
                .body()
                .matches(
                    "not_ready phase=connecting since=\\S+Z index=open telegram=not_polling"
                        + " meaning=\\w+ meaning_checked=\\d+/\\d+ meaning_stored=\\d+"
                        + " reason=\"getMe: TelegramApiRequestException: Error executing"
                        + " \\S+ query: \\[500] Unreadable answer to getme \\(HTTP 500\\): .*"
                        + " \\(attempt 2, next in \\d+ ms\\)\"\n"),
            connecting.body());
        long back = System.nanoTime();
        api.outage("getMe", FakeBotApi.Fault.of(FakeBotApi.Fault.Kind.NO_OK), Duration.ZERO);
        OpsClient.Answer ready = awaitReadyz(ops, a -> a.status() == 200);
        long readyMillis = (System.nanoTime() - back) / 1_000_000;
        System.out.printf(
            "RELIABILITY startup=child_jvm getMe=no_ok attempts_while_down=%d"
                + " ready_after_getme_back_ms=%d%n",
            api.faultsMet("getMe"), readyMillis);
        assertTrue(readyMillis < 8_000, "ready " + readyMillis + " ms after getMe came back");
        assertTrue(ready.body().startsWith("ready phase=polling since="), ready.body());
        api.text(5, 5, "en", 1, "/help");
        assertTrue(api.awaitOne("sendMessage", c -> true).text().startsWith("Send me a question"));
        assertEquals(0, bot.stop(), bot.log());
        List<String> phases =
            bot.log()
                .lines()
                .filter(line -> line.contains("event=phase"))
                .map(line -> line.replaceAll(".*event=phase phase=(\\S+) since=\\S+.*", "$1"))
                .toList();
        assertEquals(List.of("loading", "connecting", "polling", "stopping"), phases, bot.log());
        assertTrue(bot.log().contains("event=start_retry step=getMe attempt=1 "), bot.log());
        assertFalse(bot.log().contains(FakeBotApi.TOKEN), bot.log());
      }
    }
  }

  @Test
  void exitsWithStatusOneAndSaysWhyWhenTelegramRefusesTheToken() throws Exception {
    Map<String, String> env = new HashMap<>(env(Fixtures.data(folder.resolve("data"))));
    env.put("TELEGRAM_BOT_TOKEN", "654321:TEST-some_other_token_abcdefghijklmn");
    try (FakeBotApi api = new FakeBotApi();
        ChildBot bot = ChildBot.start(api, env, folder.resolve("bot.log"))) {
      assertEquals(1, bot.awaitExit(Duration.ofSeconds(60)), bot.log());
      assertTrue(
          bot.log()
              .contains(
                  "balagh: Telegram refused the token (TELEGRAM_BOT_TOKEN): ask @BotFather for the"
                      + " right one"),
          bot.log());
    }
  }

  private Map<String, String> env(Path data) {
    return Map.of(
        "BALAGH_DATA", data.toString(),
        "BALAGH_INDEX", folder.resolve("index").toString(),
        "BALAGH_JOURNAL", folder.resolve("journal.db").toString(),
        "BALAGH_HTTP_HOST", "127.0.0.1",
        "BALAGH_HTTP_PORT", "0");
  }

  /** Reads {@code /readyz} until {@code until} holds, for at most 30 s; the answer that did. */
  private static OpsClient.Answer awaitReadyz(OpsClient ops, Predicate<OpsClient.Answer> until)
      throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    OpsClient.Answer answer = ops.get("/readyz");
    while (!until.test(answer)) {
      assertTrue(System.nanoTime() < deadline, "/readyz still says " + answer.body());
      Thread.sleep(50);
      answer = ops.get("/readyz");
    }
    return answer;
  }

  /** The port the bot logged it listens on, having been given port 0. */
  private static int opsPort(Path log) throws Exception {
    Pattern listening = Pattern.compile("event=ops_listening host=127\\.0\\.0\\.1 port=(\\d+)");
    Matcher m = listening.matcher(Files.readString(log));
    assertTrue(m.find(), Files.readString(log));
    return Integer.parseInt(m.group(1));
  }
}
