package org.balagh.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.balagh.bot.MutableClock;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

  final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  static Map<String, String> env(int port) {
    return Map.of("BALAGH_HTTP_HOST", "127.0.0.1", "BALAGH_HTTP_PORT", "" + port);
  }

  @Test
  void passesOnlyWhenTheBotIsReady() throws Exception {
    Readiness readiness = new Readiness(new MutableClock());
    OpsServer ops =
        OpsServer.start(
            OpsServerTest.loopback(0), readiness, new Metrics(new Stats(new MutableClock())));
    try {
      int port = ops.address().getPort();
      assertEquals(1, HealthProbe.probe(env(port), "/readyz", out));
      assertEquals(0, HealthProbe.probe(env(port), "/healthz", out));
      readiness.indexOpen();
      readiness.polling(Optional::empty);
      assertEquals(0, HealthProbe.probe(env(port), "/readyz", out));
      assertEquals(
          "503 not_ready phase=loading since=2026-01-01T00:00:00Z index=loading"
              + " telegram=not_polling reason=\"loading the index\"\n"
              + "200 ok\n"
              + "200 ready phase=polling since=2026-01-01T00:00:00Z index=open telegram=polling\n",
          printed.toString(StandardCharsets.UTF_8));
    } finally {
      ops.close();
    }
  }

  @Test
  void failsWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    assertEquals(1, HealthProbe.probe(env(port), "/readyz", out));
    assertTrue(
        printed.toString(StandardCharsets.UTF_8).startsWith("unhealthy: "), printed.toString());
  }

  @Test
  void asksLoopbackWhenTheBotListensEverywhere() throws Exception {
    Readiness readiness = new Readiness(new MutableClock());
    OpsServer ops =
        OpsServer.start(
            OpsServerTest.loopback(0), readiness, new Metrics(new Stats(new MutableClock())));
    try {
      Map<String, String> env =
          Map.of("BALAGH_HTTP_HOST", "0.0.0.0", "BALAGH_HTTP_PORT", "" + ops.address().getPort());
      assertEquals(0, HealthProbe.probe(env, "/healthz", out));
    } finally {
      ops.close();
    }
  }
}
