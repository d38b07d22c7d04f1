package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fake run on its own, driven over HTTP as {@code deploy/container-test.sh} drives it. */
class FakeBotApiControlTest {

  static final String TOKEN = "1:control_test_token";

  @TempDir Path dir;
  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newHttpClient();
  FakeBotApi api;
  Path portFile;

  @BeforeEach
  void start() throws Exception {
    portFile = dir.resolve("api.port");
    api = FakeBotApiMain.start(new FakeBotApiMain.Options(TOKEN, 0, Optional.of(portFile)));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> call(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(api.url().resolve(path));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode ok(String method, String path, String body) throws Exception {
    HttpResponse<String> response = call(method, path, body);
    assertEquals(200, response.statusCode(), response.body());
    return json.readTree(response.body());
  }

  @Test
  void writesTheTcpPortItListensOnToThePortFile() throws Exception {
    assertEquals(api.url().getPort() + "\n", Files.readString(portFile));
    assertEquals(URI.create("http://127.0.0.1:" + api.url().getPort()), api.url());
  }

  @Test
  void queuesAPrivateMessageThatTheNextPollHandsOut() throws Exception {
    JsonNode queued =
        ok("POST", "/control/message", "{\"chat_id\": 42, \"user_id\": 7, \"text\": \"Hello?\"}");
    assertEquals(1, queued.get("update_id").asInt());

    JsonNode updates = ok("POST", "/bot" + TOKEN + "/getUpdates", "{\"offset\": 0}");
    JsonNode message = updates.at("/result/0/message");
    assertEquals(1, updates.at("/result/0/update_id").asInt());
    assertEquals("Hello?", message.get("text").asText());
    assertEquals(42, message.at("/chat/id").asLong());
    assertEquals("private", message.at("/chat/type").asText());
    assertEquals(7, message.at("/from/id").asLong());
    assertEquals("en", message.at("/from/language_code").asText());
  }

  @Test
  void listsEveryCallTheBotMadeOldestFirstWithWhatItSent() throws Exception {
    String bot = "/bot" + TOKEN + "/";
    ok("POST", bot + "sendChatAction", "{\"chat_id\": \"42\", \"action\": \"typing\"}");
    ok(
        "POST",
        bot + "sendmessage",
        "{\"chat_id\": \"42\", \"text\": \"<b>x</b>\", \"parse_mode\": \"HTML\"}");
    assertEquals(
        400, call("POST", bot + "sendMessage", "{\"chat_id\": 42, \"text\": \"\"}").statusCode());

    JsonNode calls = ok("GET", "/control/calls", null);
    assertEquals(3, calls.size());
    assertEquals("sendChatAction", calls.at("/0/method").asText());
    assertEquals("sendMessage", calls.at("/1/method").asText());
    assertEquals("42", calls.at("/1/params/chat_id").asText());
    assertEquals("<b>x</b>", calls.at("/1/params/text").asText());
    assertEquals(200, calls.at("/1/status").asInt());
    assertEquals(400, calls.at("/2/status").asInt());
  }

  @Test
  void refusesAnotherTokenAsTelegramDoes() throws Exception {
    assertEquals(401, call("POST", "/bot" + FakeBotApi.TOKEN + "/getMe", "{}").statusCode());
    assertEquals(200, call("POST", "/bot" + TOKEN + "/getMe", "{}").statusCode());
  }

  @Test
  void refusesAMessageWithoutChatOrText() throws Exception {
    assertEquals(400, call("POST", "/control/message", "{\"text\": \"Hello?\"}").statusCode());
    assertEquals(400, call("POST", "/control/message", "{\"chat_id\": 5}").statusCode());
    assertEquals(400, call("POST", "/control/message", "not json").statusCode());
    assertEquals(404, call("GET", "/control/message", null).statusCode());
    assertEquals(0, ok("GET", "/control/calls", null).size());
  }

  @Test
  void parsesItsCommandLineAndRefusesOneWithoutToken() {
    assertThrows(IllegalArgumentException.class, () -> FakeBotApiMain.Options.parse("--port", "0"));
    assertThrows(
        IllegalArgumentException.class, () -> FakeBotApiMain.Options.parse("--token", "1:x", "-p"));
    assertEquals(
        new FakeBotApiMain.Options("1:x", 8081, Optional.of(Path.of("p"))),
        FakeBotApiMain.Options.parse("--token", "1:x", "--port", "8081", "--port-file", "p"));
  }
}
