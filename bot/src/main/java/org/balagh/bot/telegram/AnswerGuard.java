package org.balagh.bot.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every Bot API answer one the library can read, before its callback sees it. TelegramBots
 * reads an answer in OkHttp's callback thread and completes the call's future only when reading
 * fails in the ways it expects: JSON without {@code ok} (what {@code telegram-test-api} answers a
 * method it lacks, or a proxy's JSON error) made it throw there and leave the future for ever
 * incomplete, and so did a connection dropped while the body was read. So the body is read here,
 * whole, inside the call, where an I/O error fails the call as it should; and an answer that is not
 * a JSON object with a boolean {@code ok} becomes Telegram's own error shape, {@code error_code}
 * 502 (or the server error it came with), so that it is retried as a gateway's fault, never taken
 * for Telegram refusing the token. File downloads pass untouched.
 */
final class AnswerGuard implements Interceptor {

  static final int UNREADABLE = 502;

  private static final Logger LOG = LoggerFactory.getLogger(AnswerGuard.class);
  private static final JsonFactory JSON = new JsonFactory();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    List<String> path = chain.request().url().pathSegments();
    if (path.size() != 2 || !path.get(0).startsWith("bot")) {
      return response;
    }
    byte[] bytes;
    MediaType type;
    try (ResponseBody body = response.body()) {
      bytes = body == null ? new byte[0] : body.bytes();
      type = body == null ? null : body.contentType();
    }
    if (hasOk(bytes)) {
      return response.newBuilder().body(ResponseBody.create(bytes, type)).build();
    }
    String method = path.get(1);
    String answer = snippet(bytes);
    LOG.warn(
        "event=unreadable_answer method={} status={} answer=\"{}\"",
        method,
        response.code(),
        answer);
    int code = response.code() >= 500 ? response.code() : UNREADABLE;
    ObjectNode error =
        JsonNodeFactory.instance
            .objectNode()
            .put("ok", false)
            .put("error_code", code)
            .put(
                "description",
                "Unreadable answer to " + method + " (HTTP " + response.code() + "): " + answer);
    return response
        .newBuilder()
        .code(response.isSuccessful() ? UNREADABLE : response.code())
        .body(ResponseBody.create(error.toString(), JSON_TYPE))
        .build();
  }

  /** Whether the answer is a JSON object whose {@code ok} is true or false. */
  static boolean hasOk(byte[] answer) {
    try (JsonParser parser = JSON.createParser(answer)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("ok")) {
          return value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE;
        }
        parser.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** The start of an answer, on one line, for the log and the error's description. */
  private static String snippet(byte[] answer) {
    String text = new String(answer, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
    text = text.replace("\"", "'");
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }
}
