package org.balagh.bot.ops;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What {@code /metrics} shows, in the Prometheus text format written by client_java: the bot's own
 * counters from {@link Stats} and the library's JVM and process metrics (memory, GC, threads, start
 * time). A registry of its own, not the library's global default.
 */
public final class Metrics {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

  public Metrics(Stats stats) {
    registry.register(new StatsCollector(stats));
    JvmMetrics.builder().register(registry);
  }

  String contentType() {
    return writer.getContentType();
  }

  void write(OutputStream out) throws IOException {
    writer.write(out, registry.scrape());
  }
}
