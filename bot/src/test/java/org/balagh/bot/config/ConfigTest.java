package org.balagh.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.balagh.bot.Service;
import org.junit.jupiter.api.Test;

class ConfigTest {

  static final String TOKEN = "123456:TEST-fake_token_for_tests_0123456789";

  private static String invalid(Map<String, String> env) {
    return assertThrows(Config.Invalid.class, () -> Config.fromEnv(env)).getMessage();
  }

  @Test
  void defaultsToTheConsoleOnTheBundledData() throws Config.Invalid {
    Config config = Config.fromEnv(Map.of());
    assertEquals(Optional.empty(), config.token());
    assertEquals(URI.create("https://api.telegram.org"), config.apiUrl());
    assertEquals(Set.of(), config.admins());
    assertEquals(Path.of("data"), config.dataFolder());
    assertEquals(Path.of("data", ".index"), config.indexFolder());
    assertEquals(Path.of("data", ".state", "journal.db"), config.journal());
    assertTrue(config.meaning(), "re-ranking by meaning unless switched off");
  }

  @Test
  void switchesTheReRankingByMeaningOff() throws Config.Invalid {
    assertFalse(Config.fromEnv(Map.of("BALAGH_MEANING", " OFF ")).meaning());
    assertTrue(Config.fromEnv(Map.of("BALAGH_MEANING", "on")).meaning());
    assertTrue(Config.fromEnv(Map.of("BALAGH_MEANING", "")).meaning());
    assertEquals(
        "BALAGH_MEANING must be on or off, not 'no'", invalid(Map.of("BALAGH_MEANING", "no")));
    assertTrue(
        Config.fromEnv(Map.of("BALAGH_MEANING", "off")).toString().endsWith(", meaning=off]"));
  }

  @Test
  void keepsTheJournalInTheDataFolderUnlessToldWhere() throws Config.Invalid {
    assertEquals(
        Path.of("/var/lib/balagh/data/.state/journal.db"),
        Config.fromEnv(
                Map.of(
                    "BALAGH_DATA", "/var/lib/balagh/data", "BALAGH_INDEX", "/var/lib/balagh/index"))
            .journal());
    assertEquals(
        Path.of("/srv/j.db"), Config.fromEnv(Map.of("BALAGH_JOURNAL", " /srv/j.db ")).journal());
  }

  @Test
  void readsTheBotSettings() throws Config.Invalid {
    Config config =
        Config.fromEnv(
            Map.of(
                "TELEGRAM_BOT_TOKEN", " " + TOKEN + " ",
                "TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "BALAGH_ADMIN_IDS", "12, 34,,56",
                "BALAGH_DATA", "/srv/balagh"));
    assertEquals(Optional.of(TOKEN), config.token());
    assertEquals(URI.create("http://127.0.0.1:8081"), config.apiUrl());
    assertEquals(Set.of(12L, 34L, 56L), config.admins());
    assertEquals(Path.of("/srv/balagh"), config.dataFolder());
    assertFalse(config.toString().contains(TOKEN));
  }

  @Test
  void stopsOnInvalidValuesWithOneClearLine() {
    assertEquals(
        "TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, as BotFather gives it)",
        invalid(Map.of("TELEGRAM_BOT_TOKEN", "nonsense")));
    assertEquals(
        "TELEGRAM_API_URL must be an http(s) address such as https://api.telegram.org, not"
            + " 'ftp://x'",
        invalid(Map.of("TELEGRAM_API_URL", "ftp://x")));
    assertEquals(
        "TELEGRAM_API_URL must be a server address without a path, such as"
            + " https://api.telegram.org, not 'https://example.org/bot'",
        invalid(Map.of("TELEGRAM_API_URL", "https://example.org/bot")));
    assertEquals(
        "BALAGH_ADMIN_IDS must be comma-separated Telegram user ids (positive numbers), but holds"
            + " '@alice'",
        invalid(Map.of("BALAGH_ADMIN_IDS", "12,@alice")));
    assertEquals(
        "BALAGH_ADMIN_IDS must be comma-separated Telegram user ids (positive numbers), but holds"
            + " '-5'",
        invalid(Map.of("BALAGH_ADMIN_IDS", "-5")));
  }

  @Test
  void printsOneLineAndNoStackTraceForAnInvalidValue() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status =
        Service.run(
            new org.balagh.bot.console.Terminal(
                new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                Map.of("BALAGH_ADMIN_IDS", "alice")));
    assertEquals(1, status);
    assertEquals(
        "balagh: BALAGH_ADMIN_IDS must be comma-separated Telegram user ids (positive numbers),"
            + " but holds 'alice'\n",
        err.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
