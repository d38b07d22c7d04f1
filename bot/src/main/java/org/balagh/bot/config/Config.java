package org.balagh.bot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bot's configuration, read from the environment. Invalid values fail with one clear line.
 *
 * @param token the Telegram bot token, absent to run the console chat
 * @param apiUrl the Bot API server, {@code https://api.telegram.org} unless self-hosted
 * @param admins Telegram user ids allowed to run admin commands
 * @param dataFolder the statements ({@code BALAGH_DATA}, default {@code ./data})
 * @param indexFolder the index ({@code BALAGH_INDEX}, default {@code .index} in the data folder)
 * @param httpPort the ops HTTP port ({@code BALAGH_HTTP_PORT}, default 8080; 0 for any free port)
 * @param httpHost the address the ops port binds to ({@code BALAGH_HTTP_HOST}, default all)
 * @param journal the journal of updates in flight ({@code BALAGH_JOURNAL}, default {@code
 *     .state/journal.db} in the data folder: kept with the data, such as a container's data volume,
 *     and hidden from the corpus reader)
 * @param meaning whether English answers are re-ranked by meaning once the sentences are embedded
 *     in the background ({@code BALAGH_MEANING}, {@code on} by default; {@code off} saves the
 *     model's memory and the embedding's CPU, and answers lexically)
 */
public record Config(
    Optional<String> token,
    URI apiUrl,
    Set<Long> admins,
    Path dataFolder,
    Path indexFolder,
    int httpPort,
    String httpHost,
    Path journal,
    boolean meaning) {

  public static final String DEFAULT_API_URL = "https://api.telegram.org";

  public Config {
    admins = Set.copyOf(admins);
  }

  /** A configuration value that cannot be used; its message names the variable and the fix. */
  public static final class Invalid extends Exception {
    public Invalid(String message) {
      super(message);
    }
  }

  public static Config fromEnv(Map<String, String> env) throws Invalid {
    Optional<String> token =
        Optional.ofNullable(env.get("TELEGRAM_BOT_TOKEN"))
            .map(String::strip)
            .filter(t -> !t.isEmpty());
    if (token.isPresent() && !token.get().matches("[0-9]{1,20}:[A-Za-z0-9_-]{20,}")) {
      throw new Invalid(
          "TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, as"
              + " BotFather gives it)");
    }
    URI apiUrl = apiUrl(env.getOrDefault("TELEGRAM_API_URL", DEFAULT_API_URL));
    Path data = Path.of(blankToDefault(env.get("BALAGH_DATA"), "data"));
    Path index =
        env.get("BALAGH_INDEX") == null || env.get("BALAGH_INDEX").isBlank()
            ? data.resolve(".index")
            : Path.of(env.get("BALAGH_INDEX").strip());
    int port = port(env.getOrDefault("BALAGH_HTTP_PORT", "8080"));
    String host = blankToDefault(env.get("BALAGH_HTTP_HOST"), "0.0.0.0");
    Path journal =
        env.get("BALAGH_JOURNAL") == null || env.get("BALAGH_JOURNAL").isBlank()
            ? data.resolve(".state").resolve("journal.db")
            : Path.of(env.get("BALAGH_JOURNAL").strip());
    return new Config(
        token,
        apiUrl,
        admins(env.getOrDefault("BALAGH_ADMIN_IDS", "")),
        data,
        index,
        port,
        host,
        journal,
        onOff("BALAGH_MEANING", env.getOrDefault("BALAGH_MEANING", "on")));
  }

  private static boolean onOff(String name, String value) throws Invalid {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "", "on" -> true;
      case "off" -> false;
      default -> throw new Invalid(name + " must be on or off, not '" + value + "'");
    };
  }

  private static String blankToDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static URI apiUrl(String value) throws Invalid {
    try {
      URI uri = new URI(value.strip());
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getHost() == null
          || uri.getUserInfo() != null) {
        throw new Invalid(
            "TELEGRAM_API_URL must be an http(s) address such as "
                + DEFAULT_API_URL
                + ", not '"
                + value
                + "'");
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (!(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null) {
        // The client builds /bot<token>/<method> on scheme, host and port alone.
        throw new Invalid(
            "TELEGRAM_API_URL must be a server address without a path, such as "
                + DEFAULT_API_URL
                + ", not '"
                + value
                + "'");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new Invalid("TELEGRAM_API_URL is not a valid address: '" + value + "'");
    }
  }

  private static Set<Long> admins(String value) throws Invalid {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : value.split(",")) {
      String id = part.strip();
      if (id.isEmpty()) {
        continue;
      }
      try {
        long user = Long.parseLong(id);
        if (user <= 0) {
          throw new NumberFormatException();
        }
        ids.add(user);
      } catch (NumberFormatException e) {
        throw new Invalid(
            "BALAGH_ADMIN_IDS must be comma-separated Telegram user ids (positive numbers),"
                + " but holds '"
                + id
                + "'");
      }
    }
    return ids;
  }

  private static int port(String value) throws Invalid {
    try {
      int port = Integer.parseInt(value.strip());
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new Invalid(
          "BALAGH_HTTP_PORT must be a port number from 0 to 65535, not '" + value + "'");
    }
  }

  @Override
  public String toString() {
    // Never print the token.
    return "Config[token="
        + (token.isPresent() ? "set" : "unset")
        + ", apiUrl="
        + apiUrl
        + ", admins="
        + admins
        + ", dataFolder="
        + dataFolder
        + ", indexFolder="
        + indexFolder
        + ", httpPort="
        + httpPort
        + ", httpHost="
        + httpHost
        + ", journal="
        + journal
        + ", meaning="
        + (meaning ? "on" : "off")
        + "]";
  }
}
