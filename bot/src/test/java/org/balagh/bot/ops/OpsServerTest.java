package org.balagh.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.balagh.bot.LogCapture;
import org.balagh.bot.MutableClock;
import org.balagh.bot.OpsClient;
import org.balagh.retrieval.model.BuildInfo;
import org.balagh.retrieval.model.ReloadReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {

  final MutableClock clock = new MutableClock();
  final Stats stats = new Stats(clock);
  final Readiness readiness = new Readiness(clock);
  OpsServer ops;
  OpsClient client;

  @BeforeEach
  void start() throws IOException {
    ops = OpsServer.start(loopback(0), readiness, new Metrics(stats));
    client = new OpsClient(ops.address());
  }

  @AfterEach
  void stop() {
    ops.close();
  }

  static InetSocketAddress loopback(int port) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
  }

  @Test
  void answersHealthAtOnce() throws Exception {
    OpsClient.Answer health = client.get("/healthz");
    assertEquals(200, health.status());
    assertEquals("ok\n", health.body());
  }

  @Test
  void isReadyOnlyOnceTheIndexIsOpenAndTelegramPolls() throws Exception {
    assertEquals(
        new OpsClient.Answer(
            503,
            "text/plain; charset=utf-8",
            "not_ready phase=loading since=2026-01-01T00:00:00Z index=loading"
                + " telegram=not_polling reason=\"loading the index\"\n"),
        client.get("/readyz"));
    clock.advance(Duration.ofSeconds(12));
    readiness.indexOpen();
    assertEquals(
        "not_ready phase=connecting since=2026-01-01T00:00:12Z index=open telegram=not_polling"
            + " reason=\"connecting to the Bot API\"\n",
        client.get("/readyz").body());
    AtomicReference<Optional<String>> problem = new AtomicReference<>(Optional.empty());
    clock.advance(Duration.ofSeconds(3));
    readiness.polling(problem::get);
    assertEquals(
        new OpsClient.Answer(
            200,
            "text/plain; charset=utf-8",
            "ready phase=polling since=2026-01-01T00:00:15Z index=open telegram=polling\n"),
        client.get("/readyz"));
    readiness.meaning(() -> " meaning=embedding meaning_checked=512/900 meaning_stored=400");
    assertEquals(
        new OpsClient.Answer(
            200,
            "text/plain; charset=utf-8",
            "ready phase=polling since=2026-01-01T00:00:15Z index=open telegram=polling"
                + " meaning=embedding meaning_checked=512/900 meaning_stored=400\n"),
        client.get("/readyz"),
        "ready while the sentences are embedded: answers are lexical until then");
    readiness.meaning(() -> "");
    problem.set(Optional.of("getUpdates: HTTP 409 Conflict"));
    assertEquals(
        new OpsClient.Answer(
            503,
            "text/plain; charset=utf-8",
            "not_ready phase=polling since=2026-01-01T00:00:15Z index=open telegram=not_polling"
                + " reason=\"getUpdates: HTTP 409 Conflict\"\n"),
        client.get("/readyz"),
        "read afresh at each request");
  }

  @Test
  void saysWhyTheBotIsStillConnectingAndLogsEachPhaseWithItsStart() throws Exception {
    try (LogCapture logs = new LogCapture(Level.INFO)) {
      clock.advance(Duration.ofMillis(19_883));
      readiness.indexOpen();
      clock.advance(Duration.ofSeconds(2));
      readiness.waiting("getMe: no answer to getme within 5000 ms (attempt 2, next in 730 ms)");
      assertEquals(
          "not_ready phase=connecting since=2026-01-01T00:00:19.883Z index=open"
              + " telegram=not_polling reason=\"getMe: no answer to getme within 5000 ms"
              + " (attempt 2, next in 730 ms)\"\n",
          client.get("/readyz").body());
      readiness.polling(Optional::empty);
      clock.advance(Duration.ofMinutes(1));
      readiness.stopping();
      assertEquals(
          "not_ready phase=stopping since=2026-01-01T00:01:21.883Z index=open"
              + " telegram=not_polling reason=\"stopping\"\n",
          client.get("/readyz").body());
      assertEquals(
          List.of(
              "event=phase phase=connecting since=2026-01-01T00:00:19.883Z previous=loading"
                  + " previous_ms=19883",
              "event=phase phase=polling since=2026-01-01T00:00:21.883Z previous=connecting"
                  + " previous_ms=2000",
              "event=phase phase=stopping since=2026-01-01T00:01:21.883Z previous=polling"
                  + " previous_ms=60000"),
          logs.lines().stream()
              .filter(line -> line.contains("event=phase"))
              .map(line -> line.substring(line.indexOf("event=")).strip())
              .toList());
    }
  }

  @Test
  void exposesTheCountersInPrometheusTextFormat() throws Exception {
    stats.reloaded(
        new ReloadReport(
            new BuildInfo("f", 7, 40, 2, List.of(), 0, 10, "now"), true, 10, List.of(), 0));
    stats.question(false, 2_000_000);
    stats.question(true, 30_000_000);
    stats.telegramError(429);
    stats.telegramError(Stats.NO_RESPONSE);
    stats.telegramError(429);
    stats.rateLimited();
    OpsClient.Answer metrics = client.get("/metrics");
    assertEquals(200, metrics.status());
    assertEquals("text/plain; version=0.0.4; charset=utf-8", metrics.type());
    assertEquals(2, metrics.sample("balagh_questions_total"));
    assertEquals(1, metrics.sample("balagh_abstentions_total"));
    assertEquals(0, metrics.sample("balagh_answer_latency_seconds_bucket{le=\"0.001\"}"));
    assertEquals(1, metrics.sample("balagh_answer_latency_seconds_bucket{le=\"0.0025\"}"));
    assertEquals(1, metrics.sample("balagh_answer_latency_seconds_bucket{le=\"0.025\"}"));
    assertEquals(2, metrics.sample("balagh_answer_latency_seconds_bucket{le=\"0.05\"}"));
    assertEquals(2, metrics.sample("balagh_answer_latency_seconds_bucket{le=\"+Inf\"}"));
    assertEquals(2, metrics.sample("balagh_answer_latency_seconds_count"));
    assertEquals(0.032, metrics.sample("balagh_answer_latency_seconds_sum"), 1e-9);
    assertEquals(1, metrics.sample("balagh_reloads_total{outcome=\"rebuilt\"}"));
    assertEquals(0, metrics.sample("balagh_reloads_total{outcome=\"failed\"}"));
    assertEquals(7, metrics.sample("balagh_corpus_statements"));
    assertEquals(40, metrics.sample("balagh_corpus_sentences"));
    assertEquals(2, metrics.sample("balagh_telegram_api_errors_total{code=\"429\"}"));
    assertEquals(1, metrics.sample("balagh_telegram_api_errors_total{code=\"none\"}"));
    assertEquals(1, metrics.sample("balagh_rate_limited_total"));
    assertEquals(0, metrics.sample("balagh_votes_total{vote=\"up\"}"));
    assertTrue(metrics.body().contains("\njvm_memory_used_bytes{area=\"heap\"} "), "JVM metrics");
    assertTrue(metrics.sample("process_start_time_seconds") > 0);
  }

  @Test
  void servesNothingElseAndOnlyReads() throws Exception {
    assertEquals(404, client.get("/reload").status());
    assertEquals(404, client.get("/healthz/more").status());
    assertEquals(405, client.send("/metrics", "POST").status());
    OpsClient.Answer head = client.send("/healthz", "HEAD");
    assertEquals(200, head.status());
    assertEquals("", head.body());
  }

  @Test
  void namesTheVariablesWhenItCannotListen() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                OpsServer.start(loopback(ops.address().getPort()), readiness, new Metrics(stats)));
    assertTrue(e.getMessage().contains("(BALAGH_HTTP_HOST, BALAGH_HTTP_PORT)"), e.getMessage());
  }
}
