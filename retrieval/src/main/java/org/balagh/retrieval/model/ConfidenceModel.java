package org.balagh.retrieval.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The probability that an answer is one, read from its {@link Signals} by logistic regression, and
 * the threshold below which Balagh says nothing stored answers. The weights are fitted on
 * answerable and unanswerable questions of every language ({@code balagh eval --suite …
 * --fit-confidence}, see the README) and shipped as {@code confidence.tsv}.
 */
public record ConfidenceModel(float[] weights, Map<String, Float> thresholds) {

  /** The share of the threshold that the answers after the first ("More") must reach. */
  public static final float FOLLOWING_SHARE = 0.5f;

  /** The key of {@code thresholds} for languages without one of their own. */
  public static final String ANY_LANGUAGE = "*";

  /** The features, in the order of the weights, after the intercept. */
  public static final List<String> FEATURES =
      List.of(
          "coverage",
          "relevance",
          "coverage*relevance",
          "log-covered",
          "margin",
          "other-language",
          "reply",
          "on-topic",
          "speaker-asked",
          "arabic",
          "french",
          "meaning");

  private static final String RESOURCE = "confidence.tsv";

  public ConfidenceModel {
    if (weights.length != FEATURES.size() + 1) {
      throw new IllegalArgumentException(
          "expected " + (FEATURES.size() + 1) + " weights, got " + weights.length);
    }
    weights = weights.clone();
    thresholds = Map.copyOf(thresholds);
    if (!thresholds.containsKey(ANY_LANGUAGE)) {
      throw new IllegalArgumentException("a confidence model needs a threshold for any language");
    }
  }

  /** The threshold below which an answer to a question in a language is not given. */
  public float threshold(String language) {
    Float value = thresholds.get(language);
    return value == null ? thresholds.get(ANY_LANGUAGE) : value;
  }

  /** The features of an answer, after the intercept's 1. */
  public static float[] features(Signals s) {
    return new float[] {
      1f,
      s.coverage(),
      s.relevance(),
      s.coverage() * s.relevance(),
      (float) Math.log1p(s.covered()),
      s.margin(),
      s.otherLanguage() ? 1f : 0f,
      s.reply() ? 1f : 0f,
      s.onTopic() ? 1f : 0f,
      s.speakerAsked() ? 1f : 0f,
      s.questionLanguage().equals("ar") ? 1f : 0f,
      s.questionLanguage().equals("fr") ? 1f : 0f,
      s.meaning()
    };
  }

  /** The probability that an answer with these signals answers its question. */
  public float probability(Signals signals) {
    return probability(features(signals));
  }

  /** The probability for an answer's features (see {@link #features}). */
  public float probability(float[] x) {
    double z = 0;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return (float) (1 / (1 + Math.exp(-z)));
  }

  /** The same weights with one threshold for every language. */
  public ConfidenceModel withThreshold(float value) {
    return new ConfidenceModel(weights, Map.of(ANY_LANGUAGE, value));
  }

  /** The same weights with these thresholds. */
  public ConfidenceModel withThresholds(Map<String, Float> values) {
    return new ConfidenceModel(weights, values);
  }

  /** The model shipped with Balagh. */
  public static ConfidenceModel load() {
    InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads {@code name<TAB>value} lines: "intercept", each feature, "threshold" (any language) and
   * "threshold.LANG" for a language of its own.
   */
  public static ConfidenceModel parse(List<String> lines) {
    Map<String, Float> values = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IllegalArgumentException(RESOURCE + ": expected name<TAB>value: " + line);
      }
      values.put(cells[0].strip(), Float.parseFloat(cells[1].strip()));
    }
    float[] weights = new float[FEATURES.size() + 1];
    weights[0] = required(values, "intercept");
    for (int i = 0; i < FEATURES.size(); i++) {
      weights[i + 1] = required(values, FEATURES.get(i));
    }
    Map<String, Float> thresholds = new LinkedHashMap<>();
    thresholds.put(ANY_LANGUAGE, required(values, "threshold"));
    values.forEach(
        (name, value) -> {
          if (name.startsWith("threshold.")) {
            thresholds.put(name.substring("threshold.".length()), value);
          }
        });
    return new ConfidenceModel(weights, thresholds);
  }

  private static float required(Map<String, Float> values, String name) {
    Float value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException(RESOURCE + ": no value for " + name);
    }
    return value;
  }

  /** The model as {@link #parse} reads it. */
  public String format() {
    StringBuilder out = new StringBuilder("intercept\t" + weights[0] + "\n");
    for (int i = 0; i < FEATURES.size(); i++) {
      out.append(FEATURES.get(i)).append('\t').append(weights[i + 1]).append('\n');
    }
    out.append("threshold\t").append(thresholds.get(ANY_LANGUAGE)).append('\n');
    new java.util.TreeMap<>(thresholds)
        .forEach(
            (language, value) -> {
              if (!language.equals(ANY_LANGUAGE)) {
                out.append("threshold.").append(language).append('\t').append(value).append('\n');
              }
            });
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfidenceModel m
        && Arrays.equals(weights, m.weights)
        && thresholds.equals(m.thresholds);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(weights) + thresholds.hashCode();
  }

  @Override
  public String toString() {
    return format();
  }
}
