package org.balagh.bot.ops;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bot's own metrics, read from {@link Stats} at each scrape: Stats stays the one place that
 * counts, and {@code /stats} and {@code /metrics} cannot disagree. Names follow Prometheus
 * conventions ({@code _total} for counters, base units); the README says what each one means.
 */
final class StatsCollector implements MultiCollector {

  private final Stats stats;

  StatsCollector(Stats stats) {
    this.stats = stats;
  }

  @Override
  public MetricSnapshots collect() {
    Stats.Snapshot s = stats.snapshot();
    Map<String, Long> votes = Map.of("up", s.up(), "down", s.down());
    Map<String, Long> reloads = new TreeMap<>();
    // Every outcome from the start, so that rate() sees the first failure.
    for (Stats.ReloadOutcome outcome : Stats.ReloadOutcome.values()) {
      reloads.put(outcome.name().toLowerCase(Locale.ROOT), s.reloads().getOrDefault(outcome, 0L));
    }
    Map<String, Long> telegram = new TreeMap<>();
    s.telegramErrors()
        .forEach(
            (code, count) -> telegram.put(code == Stats.NO_RESPONSE ? "none" : "" + code, count));
    return MetricSnapshots.of(
        counter(
            "balagh_questions",
            "Questions answered in chats, abstentions included.",
            s.questions()),
        counter(
            "balagh_abstentions",
            "Questions nothing stored answers (the bot said so).",
            s.abstentions()),
        latency(s.latency()),
        counter("balagh_inline_queries", "Inline queries answered.", s.inlineQueries()),
        counter("balagh_votes", "Votes on answers, by vote.", "vote", votes),
        counter(
            "balagh_errors",
            "Updates the bot failed to handle and replies Telegram did not take.",
            s.errors()),
        counter(
            "balagh_reloads",
            "Loads of the archive, the one at start included, by outcome.",
            "outcome",
            reloads),
        gauge("balagh_corpus_statements", "Statements in the index in use.", s.statements()),
        gauge("balagh_corpus_sentences", "Sentences in the index in use.", s.sentences()),
        counter(
            "balagh_telegram_api_errors",
            "Bot API calls answered with an error, by HTTP status (none: no answer at all).",
            "code",
            telegram),
        counter(
            "balagh_rate_limited",
            "Times a user went over the rate limit and was asked to slow down.",
            s.rateLimited()));
  }

  private static CounterSnapshot counter(String name, String help, long value) {
    return CounterSnapshot.builder()
        .name(name)
        .help(help)
        .dataPoint(CounterDataPointSnapshot.builder().value(value).build())
        .build();
  }

  private static CounterSnapshot counter(
      String name, String help, String label, Map<String, Long> values) {
    CounterSnapshot.Builder builder = CounterSnapshot.builder().name(name).help(help);
    new TreeMap<>(values)
        .forEach(
            (key, value) ->
                builder.dataPoint(
                    CounterDataPointSnapshot.builder()
                        .labels(Labels.of(label, key))
                        .value(value)
                        .build()));
    return builder.build();
  }

  private static GaugeSnapshot gauge(String name, String help, long value) {
    return GaugeSnapshot.builder()
        .name(name)
        .help(help)
        .dataPoint(GaugeDataPointSnapshot.builder().value(value).build())
        .build();
  }

  private static HistogramSnapshot latency(Stats.Histogram histogram) {
    List<Double> bounds = new ArrayList<>(histogram.upperBounds());
    bounds.add(Double.POSITIVE_INFINITY);
    return HistogramSnapshot.builder()
        .name("balagh_answer_latency_seconds")
        .help("Time from question to answer, search only (Telegram round trips excluded).")
        .unit(Unit.SECONDS)
        .dataPoint(
            HistogramDataPointSnapshot.builder()
                .classicHistogramBuckets(ClassicHistogramBuckets.of(bounds, histogram.counts()))
                .sum(histogram.sumSeconds())
                .build())
        .build();
  }
}
