package org.balagh.bot.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.balagh.bot.config.Config;

/**
 * The container's {@code HEALTHCHECK}: asks the ops port of the bot running beside it for a path
 * ({@code /readyz} unless given) and exits 0 on 200, 1 otherwise, printing the answer. It needs
 * nothing but the JDK and the jar, so images without curl or a shell can run it; the port and
 * address come from the same variables the bot reads.
 */
public final class HealthProbe {

  private static final int TIMEOUT_MILLIS = 3_000;

  private HealthProbe() {}

  public static void main(String[] args) {
    System.exit(probe(System.getenv(), args.length > 0 ? args[0] : "/readyz", System.out));
  }

  static int probe(Map<String, String> env, String path, PrintStream out) {
    try {
      Config config = Config.fromEnv(env);
      URI uri = URI.create("http://" + host(config.httpHost()) + ":" + config.httpPort() + path);
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(TIMEOUT_MILLIS);
      connection.setReadTimeout(TIMEOUT_MILLIS);
      try {
        int status = connection.getResponseCode();
        InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String text =
            body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8).strip();
        out.println(status + " " + text);
        return status == 200 ? 0 : 1;
      } finally {
        connection.disconnect();
      }
    } catch (IOException | Config.Invalid e) {
      out.println("unhealthy: " + e.getMessage());
      return 1;
    }
  }

  /** The wildcard addresses mean "every interface": loopback is one of them. */
  private static String host(String bound) {
    if (bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("[::]")) {
      return "127.0.0.1";
    }
    return bound.contains(":") && !bound.startsWith("[") ? "[" + bound + "]" : bound;
  }
}
