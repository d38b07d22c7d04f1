package org.balagh.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives a {@link FakeBotApi} over HTTP, for a test outside the JVM ({@code
 * deploy/container-test.sh}): {@code POST /control/message} with {@code {"chat_id": 5, "user_id":
 * 5, "text": "…", "lang": "en"}} queues a private text message ({@code user_id} defaults to the
 * chat, {@code lang} to {@code en}) and answers {@code {"update_id": n}}; {@code GET
 * /control/calls} lists every Bot API call received, oldest first, as {@code [{"method", "params",
 * "status"}]} (status 0: the call got no answer).
 */
final class FakeBotApiControl implements HttpHandler {

  static final String PATH = "/control/";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final FakeBotApi api;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger nextMessageId = new AtomicInteger(1);

  FakeBotApiControl(FakeBotApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
      switch (route) {
        case "POST /control/message":
          message(exchange);
          break;
        case "GET /control/calls":
          send(exchange, 200, calls());
          break;
        default:
          send(exchange, 404, NODES.objectNode().put("error", "no control endpoint " + route));
      }
    }
  }

  private void message(HttpExchange exchange) throws IOException {
    JsonNode body;
    try {
      body = json.readTree(exchange.getRequestBody());
    } catch (JsonProcessingException e) {
      send(exchange, 400, NODES.objectNode().put("error", "the body is not JSON"));
      return;
    }
    if (body == null
        || !body.path("chat_id").canConvertToLong()
        || !body.path("text").isTextual()) {
      send(exchange, 400, NODES.objectNode().put("error", "chat_id and text are required"));
      return;
    }
    long chat = body.get("chat_id").asLong();
    int update =
        api.text(
            chat,
            body.path("user_id").asLong(chat),
            body.path("lang").asText("en"),
            nextMessageId.getAndIncrement(),
            body.get("text").asText());
    send(exchange, 200, NODES.objectNode().put("update_id", update));
  }

  private ArrayNode calls() {
    ArrayNode calls = NODES.arrayNode();
    for (FakeBotApi.Call call : api.calls()) {
      calls
          .addObject()
          .put("method", call.method())
          .<ObjectNode>set("params", call.params())
          .put("status", call.status());
    }
    return calls;
  }

  private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
