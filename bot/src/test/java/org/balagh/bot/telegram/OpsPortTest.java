package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.balagh.bot.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ops HTTP port of the running bot exposes only {@code GET /healthz /readyz /metrics}, no admin
 * action by any path or method, no token, and binds only where {@code BALAGH_HTTP_HOST} says
 * (127.0.0.2 here: 127.0.0.1 on the same port is refused). In a build without the ops port it is
 * skipped, saying so.
 */
class OpsPortTest {

  static final String HOST = "127.0.0.2";
  static final List<String> OPEN = List.of("/healthz", "/readyz", "/metrics");
  static final List<String> CLOSED =
      List.of(
          "/",
          "/reload",
          "/stats",
          "/admin",
          "/admin/reload",
          "/upload",
          "/debug",
          "/shutdown",
          "/metrics/reload",
          "/healthz/../reload",
          "/%2e%2e/reload");

  @TempDir Path folder;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void servesOnlyHealthReadinessAndMetricsWhereConfigured() throws Exception {
    int port = freePort();
    Fixtures.data(folder.resolve("data"));
    Map<String, String> env =
        Map.of(
            "BALAGH_DATA", folder.resolve("data").toString(),
            "BALAGH_INDEX", folder.resolve("index").toString(),
            "BALAGH_JOURNAL", folder.resolve("journal.db").toString(),
            "BALAGH_ADMIN_IDS", "1",
            "BALAGH_HTTP_HOST", HOST,
            "BALAGH_HTTP_PORT", String.valueOf(port));
    try (FakeBotApi api = new FakeBotApi();
        ChildBot bot = ChildBot.start(api, env, folder.resolve("bot.log"))) {
      api.await("setMyCommands", 3, c -> true);
      Assumptions.assumeTrue(
          listening(HOST, port),
          "no ops port in this build (BALAGH_HTTP_PORT unused): the ops branch is not merged");
      // Ready once a getUpdates has come back, which the fake holds up to 5 s when idle.
      long deadline = System.nanoTime() + 15_000_000_000L;
      while (get(port, "GET", "/readyz").statusCode() != 200 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      for (String path : OPEN) {
        HttpResponse<String> response = get(port, "GET", path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertFalse(response.body().contains(FakeBotApi.TOKEN), path);
      }
      for (String path : CLOSED) {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
          int status = get(port, method, path).statusCode();
          assertTrue(
              status == 404 || status == 405 || status == 400, method + " " + path + " " + status);
        }
      }
      for (String path : OPEN) {
        for (String method : List.of("POST", "PUT", "DELETE")) {
          assertEquals(405, get(port, method, path).statusCode(), method + " " + path);
        }
      }
      assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
      assertFalse(bot.log().contains("event=reloaded"), bot.log());
      assertEquals(0, bot.stop(), bot.log());
    }
  }

  HttpResponse<String> get(int port, String method, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + port + path))
            .timeout(Duration.ofSeconds(5))
            .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "x"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    }
  }

  static boolean listening(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
