package org.balagh.bot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ops port, on the JDK's own HTTP server: {@code /healthz} (the process answers), {@code
 * /readyz} (200 when {@link Readiness} says so, 503 until then) and {@code /metrics} (Prometheus
 * text). Read-only by design: no admin action is reachable here. Everything else is 404; methods
 * other than GET and HEAD are 405.
 */
public final class OpsServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);

  private final HttpServer server;
  private final ExecutorService threads;
  private final Readiness readiness;
  private final Metrics metrics;

  private OpsServer(HttpServer server, Readiness readiness, Metrics metrics) {
    this.server = server;
    this.readiness = readiness;
    this.metrics = metrics;
    AtomicInteger count = new AtomicInteger();
    // Two threads: a scrape and a health check at once, never more work than that.
    this.threads =
        Executors.newFixedThreadPool(
            2,
            runnable -> {
              Thread thread = new Thread(runnable, "balagh-ops-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  /** Listens on {@code address} (port 0: any free port) and serves until {@link #close()}. */
  public static OpsServer start(InetSocketAddress address, Readiness readiness, Metrics metrics)
      throws IOException {
    Objects.requireNonNull(address);
    Objects.requireNonNull(readiness);
    Objects.requireNonNull(metrics);
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new IOException(
          "cannot listen on "
              + address.getHostString()
              + ":"
              + address.getPort()
              + " (BALAGH_HTTP_HOST, BALAGH_HTTP_PORT): "
              + e.getMessage(),
          e);
    }
    OpsServer ops = new OpsServer(server, readiness, metrics);
    server.start();
    LOG.info(
        "event=ops_listening host={} port={}", address.getHostString(), ops.address().getPort());
    return ops;
  }

  /** Where it listens, the port resolved when 0 was asked for. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        respond(exchange, 405, "text/plain; charset=utf-8", text("method not allowed"));
        return;
      }
      switch (exchange.getRequestURI().getPath()) {
        case "/healthz" -> respond(exchange, 200, "text/plain; charset=utf-8", text("ok"));
        case "/readyz" -> {
          Readiness.Status status = readiness.check();
          respond(
              exchange,
              status.ready() ? 200 : 503,
              "text/plain; charset=utf-8",
              text(status.describe()));
        }
        case "/metrics" -> {
          ByteArrayOutputStream body = new ByteArrayOutputStream();
          metrics.write(body);
          respond(exchange, 200, metrics.contentType(), body.toByteArray());
        }
        default -> respond(exchange, 404, "text/plain; charset=utf-8", text("not found"));
      }
    } catch (IOException e) {
      // Most likely the client went away; the JDK server would drop this silently.
      LOG.warn("event=ops_request_failed path={}", exchange.getRequestURI().getPath(), e);
      throw e;
    } catch (RuntimeException e) {
      LOG.error("event=ops_request_failed path={}", exchange.getRequestURI().getPath(), e);
      throw e;
    }
  }

  private static byte[] text(String line) {
    return (line + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops listening at once (a scrape in flight is cut short) and ends its threads. */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    LOG.info("event=ops_stopped");
  }
}
