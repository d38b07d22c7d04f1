package org.balagh.bot;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the ops port in tests: one GET, the status, content type and body as text. */
public final class OpsClient {

  /** One answer from the ops port. */
  public record Answer(int status, String type, String body) {

    /**
     * The value of an unlabelled sample, or of one with exactly these labels, like {@code
     * {code="429"}}.
     */
    public double sample(String nameAndLabels) {
      Matcher m =
          Pattern.compile("(?m)^" + Pattern.quote(nameAndLabels) + " (\\S+)$").matcher(body);
      if (!m.find()) {
        throw new AssertionError("no sample " + nameAndLabels + " in:\n" + body);
      }
      return Double.parseDouble(m.group(1));
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public OpsClient(InetSocketAddress address) {
    this.base = "http://127.0.0.1:" + address.getPort();
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send(path, "GET");
  }

  public Answer send(String path, String method) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }
}
