package org.balagh.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.balagh.bot.TelegramRules;

/**
 * A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests: the real TelegramBots client
 * and long-polling session talk to it through {@code TelegramUrl}. Tests feed it updates and read
 * back every call the bot made. It refuses what Telegram refuses (bad HTML, text over 4096 units,
 * callback data over 64 bytes, unknown reply targets, edits that change nothing, callback and
 * inline queries answered twice) with Telegram's 400 descriptions, and can be told to answer the
 * next calls of a method, or all of them for a while, with a {@link Fault}: 429, a server error, a
 * 409 conflict, a slow answer, a dropped connection, a body that is not JSON, JSON without {@code
 * ok}, an answer saying ok whose result is of another shape, or an answer lost after the call took
 * effect. Its {@code getMe} can leave out {@code is_bot}, and its {@code getUpdates} answer at once
 * whatever the timeout, as some emulators do. Every call and the time it came are recorded, and so
 * is the time each update was first handed out, to measure rates and latencies as Telegram would
 * see them. {@link FakeBotApiMain} runs it on its own, for a bot in another process.
 */
final class FakeBotApi implements AutoCloseable {

  static final String TOKEN = "123456:TEST-fake_token_for_tests_0123456789";
  static final long BOT_ID = 4242;
  static final String BOT_NAME = "balagh_test_bot";

  /**
   * One request the bot made, with what the fake answered (status 0: no usable answer, the
   * connection dropped or the body garbled, and no effect), and when it came (nanoTime).
   */
  record Call(
      String method, JsonNode params, int status, JsonNode result, String description, long nanos) {
    String text() {
      return params.path("text").asText();
    }

    long chatId() {
      return params.path("chat_id").asLong();
    }

    JsonNode keyboard() {
      return params.at("/reply_markup/inline_keyboard");
    }
  }

  /**
   * What the fake does to a call instead of answering it plainly.
   *
   * @param kind what happens
   * @param status the HTTP status of a {@link Kind#STATUS} answer
   * @param retryAfter the {@code retry_after} of a 429
   * @param millis how long a {@link Kind#SLOW} or {@link Kind#HANG} call waits
   */
  record Fault(Kind kind, int status, int retryAfter, long millis) {

    enum Kind {
      /** An error status (429 with {@code retry_after}, 409, 5xx); the call has no effect. */
      STATUS,
      /** The answer comes, after a wait. */
      SLOW,
      /** No answer: the connection closes after a wait, and the call has no effect. */
      HANG,
      /** The connection closes at once, no answer, no effect. */
      RESET,
      /** 200 with a body that is not JSON (a proxy's page); the call has no effect. */
      MALFORMED,
      /**
       * JSON without the {@code ok} field, as {@code telegram-test-api} answers a method it lacks
       * (HTTP 500, {@code {"message": …}}); the call has no effect.
       */
      NO_OK,
      /**
       * The call takes effect and the answer says {@code ok}, but its result is not of the shape
       * Telegram gives ({@code telegram-test-api} gives a message's {@code date} in milliseconds).
       */
      UNREADABLE_RESULT,
      /** The call takes effect, then the connection closes before the answer. */
      LOST_ANSWER
    }

    static Fault status(int status) {
      return new Fault(Kind.STATUS, status, 0, 0);
    }

    static Fault tooMany(int retryAfter) {
      return new Fault(Kind.STATUS, 429, retryAfter, 0);
    }

    static Fault slow(Duration wait) {
      return new Fault(Kind.SLOW, 0, 0, wait.toMillis());
    }

    static Fault hang(Duration wait) {
      return new Fault(Kind.HANG, 0, 0, wait.toMillis());
    }

    static Fault of(Kind kind) {
      return new Fault(kind, 0, 0, 0);
    }
  }

  /**
   * A fault for every call of a method until a time (nanoTime), or for {@code length} from its
   * first call when {@code until} is not yet known (negative).
   */
  private record Outage(Fault fault, long until, long length) {}

  private record Answer(int status, JsonNode body) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final ObjectMapper json = new ObjectMapper();
  private final String token;
  private final HttpServer server;
  private final ExecutorService threads;
  private final Object lock = new Object();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, List<Fault>> faults = new HashMap<>();
  private final Map<String, Outage> outages = new HashMap<>();
  private final Map<String, Integer> faultsMet = new HashMap<>();
  private final Map<Integer, Long> servedAt = new HashMap<>();
  private final Map<String, ObjectNode> botMessages = new HashMap<>();
  private final Set<String> userMessages = new HashSet<>();
  private final Set<String> openCallbacks = new HashSet<>();
  private final Set<String> openInlineQueries = new HashSet<>();
  private final Map<String, String> filePaths = new HashMap<>();
  private final Map<String, byte[]> files = new HashMap<>();
  private int nextUpdateId = 1;
  private int nextMessageId = 1000;
  private int polls;
  private boolean closed;
  private boolean getMeWithoutIsBot;
  private boolean pollsAtOnce;

  FakeBotApi() throws IOException {
    this(TOKEN, 0);
  }

  /** Serves the bot with {@code token} on 127.0.0.1:{@code port} (0: any free port). */
  FakeBotApi(String token, int port) throws IOException {
    this.token = Objects.requireNonNull(token, "token");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-bot-api");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Serves the paths under {@code prefix} (not under {@code /bot}) with {@code handler}. */
  void serve(String prefix, HttpHandler handler) {
    server.createContext(prefix, handler);
  }

  // ---- feeding updates ----

  static ObjectNode user(long id, String lang) {
    ObjectNode user =
        NODES.objectNode().put("id", id).put("is_bot", false).put("first_name", "U" + id);
    return lang == null ? user : user.put("language_code", lang);
  }

  static ObjectNode chat(long id) {
    ObjectNode chat = NODES.objectNode().put("id", id);
    return id < 0 ? chat.put("type", "supergroup").put("title", "G") : chat.put("type", "private");
  }

  static ObjectNode message(long chatId, ObjectNode from, int messageId) {
    ObjectNode message = NODES.objectNode().put("message_id", messageId).put("date", 1_767_225_600);
    message.set("chat", chat(chatId));
    message.set("from", from);
    return message;
  }

  int text(long chatId, long userId, String lang, int messageId, String text) {
    return pushMessage(message(chatId, user(userId, lang), messageId).put("text", text));
  }

  int replyToBot(long chatId, long userId, int messageId, String text, int botMessageId) {
    ObjectNode message = message(chatId, user(userId, "en"), messageId).put("text", text);
    ObjectNode replied = message(chatId, botUser(), botMessageId).put("text", "…");
    message.set("reply_to_message", replied);
    return pushMessage(message);
  }

  int document(
      long chatId,
      long userId,
      int messageId,
      String fileId,
      String name,
      long size,
      String caption) {
    ObjectNode message = message(chatId, user(userId, "en"), messageId);
    message
        .putObject("document")
        .put("file_id", fileId)
        .put("file_unique_id", "u" + fileId)
        .put("file_name", name)
        .put("mime_type", "application/octet-stream")
        .put("file_size", size);
    if (caption != null) {
      message.put("caption", caption);
    }
    return pushMessage(message);
  }

  int press(long chatId, long userId, int botMessageId, String callbackId, String data) {
    ObjectNode query = NODES.objectNode().put("id", callbackId).put("chat_instance", "1");
    query.set("from", user(userId, "en"));
    query.set("message", message(chatId, botUser(), botMessageId).put("text", "…"));
    query.put("data", data);
    synchronized (lock) {
      openCallbacks.add(callbackId);
    }
    return push("callback_query", query);
  }

  int inline(long userId, String queryId, String query) {
    ObjectNode inline = NODES.objectNode().put("id", queryId).put("query", query).put("offset", "");
    inline.set("from", user(userId, "en"));
    synchronized (lock) {
      openInlineQueries.add(queryId);
    }
    return push("inline_query", inline);
  }

  /** A file the bot can fetch with {@code getFile} and download. */
  void file(String fileId, String path, byte[] content) {
    synchronized (lock) {
      filePaths.put(fileId, path);
      files.put(path, content);
    }
  }

  private int pushMessage(ObjectNode message) {
    synchronized (lock) {
      userMessages.add(message.at("/chat/id").asLong() + ":" + message.get("message_id").asInt());
    }
    return push("message", message);
  }

  /** Queues an update of any kind ({@code message}, {@code edited_message}, …) as it is. */
  int push(String kind, ObjectNode content) {
    synchronized (lock) {
      ObjectNode update = NODES.objectNode().put("update_id", nextUpdateId++);
      update.set(kind, content);
      updates.add(update);
      lock.notifyAll();
      return update.get("update_id").asInt();
    }
  }

  // ---- faults and observation ----

  /** Answers the next {@code times} calls of {@code method} with {@code status} (429 or 5xx). */
  void failNext(String method, int times, int status, int retryAfter) {
    failNext(method, times, new Fault(Fault.Kind.STATUS, status, retryAfter, 0));
  }

  /** Meets the next {@code times} calls of {@code method} with {@code fault}. */
  void failNext(String method, int times, Fault fault) {
    synchronized (lock) {
      for (int i = 0; i < times; i++) {
        faults.computeIfAbsent(method, m -> new ArrayList<>()).add(fault);
      }
    }
  }

  /**
   * Meets every call of {@code method} with {@code fault} for {@code length} from now; returns the
   * time it ends (nanoTime).
   */
  long outage(String method, Fault fault, Duration length) {
    long until = System.nanoTime() + length.toNanos();
    synchronized (lock) {
      outages.put(method, new Outage(fault, until, length.toNanos()));
    }
    return until;
  }

  /**
   * Meets every call of {@code method} with {@code fault} for {@code length} from the first call of
   * it on, whenever that comes; {@link #outageEnd} says when it ends once it has begun.
   */
  void outageFromFirstCall(String method, Fault fault, Duration length) {
    synchronized (lock) {
      outages.put(method, new Outage(fault, -1, length.toNanos()));
    }
  }

  /** When the outage of {@code method} ends or ended (nanoTime), once it has begun. */
  Optional<Long> outageEnd(String method) {
    synchronized (lock) {
      Outage outage = outages.get(method);
      return outage == null || outage.until() < 0 ? Optional.empty() : Optional.of(outage.until());
    }
  }

  /** How many calls of {@code method} a fault has met so far. */
  int faultsMet(String method) {
    synchronized (lock) {
      return faultsMet.getOrDefault(method, 0);
    }
  }

  /**
   * From now on, {@code getMe} answers without {@code is_bot}, as {@code telegram-test-api} does.
   */
  void getMeWithoutIsBot() {
    synchronized (lock) {
      getMeWithoutIsBot = true;
    }
  }

  /**
   * From now on, {@code getUpdates} answers at once, whatever its timeout, as {@code
   * telegram-test-api} does; the count of polls shows how often the bot asks.
   */
  void answerPollsAtOnce() {
    synchronized (lock) {
      pollsAtOnce = true;
    }
  }

  /** When an update was first handed to a poller (nanoTime), if it was. */
  Optional<Long> servedAt(int updateId) {
    synchronized (lock) {
      return Optional.ofNullable(servedAt.get(updateId));
    }
  }

  /** Must hold the lock: the fault for this call of a method, if any. */
  private Optional<Fault> nextFault(String method) {
    Outage outage = outages.get(method);
    if (outage != null && outage.until() < 0) {
      outage = new Outage(outage.fault(), System.nanoTime() + outage.length(), outage.length());
      outages.put(method, outage);
    }
    Optional<Fault> fault = Optional.empty();
    List<Fault> pending = faults.get(method);
    if (outage != null && System.nanoTime() < outage.until()) {
      fault = Optional.of(outage.fault());
    } else if (pending != null && !pending.isEmpty()) {
      fault = Optional.of(pending.remove(0));
    }
    fault.ifPresent(f -> faultsMet.merge(method, 1, Integer::sum));
    return fault;
  }

  List<Call> calls(String method) {
    synchronized (lock) {
      return calls.stream().filter(c -> c.method().equals(method)).toList();
    }
  }

  List<Call> calls() {
    synchronized (lock) {
      return List.copyOf(calls);
    }
  }

  /** Calls Telegram would have refused (400 and the like), faults injected by a test excepted. */
  List<Call> rejected() {
    synchronized (lock) {
      return calls.stream()
          .filter(
              c -> c.status() >= 400 && c.status() != 429 && c.status() != 409 && c.status() < 500)
          .toList();
    }
  }

  int polls() {
    synchronized (lock) {
      return polls;
    }
  }

  /** Waits until {@code count} successful calls of {@code method} match; returns them in order. */
  List<Call> await(String method, int count, Predicate<Call> condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (lock) {
      while (true) {
        List<Call> matching =
            calls.stream()
                .filter(c -> c.method().equals(method) && c.status() == 200 && condition.test(c))
                .toList();
        long left = deadline - System.nanoTime();
        if (matching.size() >= count) {
          return matching;
        }
        if (left <= 0) {
          throw new AssertionError(
              "expected "
                  + count
                  + " "
                  + method
                  + " calls, got "
                  + matching.size()
                  + "; all: "
                  + calls);
        }
        try {
          lock.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
      }
    }
  }

  Call awaitOne(String method, Predicate<Call> condition) {
    return await(method, 1, condition).get(0);
  }

  // ---- serving ----

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/file/")) {
        download(exchange, path);
        return;
      }
      String prefix = "/bot" + token + "/";
      if (!path.startsWith(prefix)) {
        send(exchange, error(401, "Unauthorized"));
        return;
      }
      String method = canonical(path.substring(prefix.length()));
      byte[] body = exchange.getRequestBody().readAllBytes();
      JsonNode params = body.length == 0 ? NODES.objectNode() : json.readTree(body);
      Optional<Fault> fault;
      synchronized (lock) {
        fault = nextFault(method);
      }
      if (fault.isPresent() && !faulted(exchange, method, params, fault.get())) {
        return;
      }
      if (method.equals("getUpdates")) {
        send(exchange, getUpdates(params));
        return;
      }
      Answer answer;
      synchronized (lock) {
        answer = answer(method, params);
        record(method, params, answer);
      }
      if (fault.isPresent() && fault.get().kind() == Fault.Kind.LOST_ANSWER) {
        // Took effect; the connection closes without an answer.
        return;
      }
      if (fault.isPresent()
          && fault.get().kind() == Fault.Kind.UNREADABLE_RESULT
          && answer.body().path("result").isObject()) {
        ObjectNode odd = answer.body().deepCopy();
        ((ObjectNode) odd.get("result")).put("date", 1_767_225_600_000L);
        answer = new Answer(answer.status(), odd);
      }
      send(exchange, answer);
    }
  }

  /**
   * Carries out a fault; true if the call should then go on (a slow answer, or one whose answer is
   * lost), false if it is over (no answer, or an error answer sent).
   */
  private boolean faulted(HttpExchange exchange, String method, JsonNode params, Fault fault)
      throws IOException {
    switch (fault.kind()) {
      case SLOW:
        sleep(fault.millis());
        return true;
      case UNREADABLE_RESULT:
        return true;
      case LOST_ANSWER:
        if (method.equals("getUpdates")) {
          noAnswer(method, params);
          return false;
        }
        return true;
      case HANG:
        sleep(fault.millis());
        noAnswer(method, params);
        return false;
      case RESET:
        noAnswer(method, params);
        return false;
      case MALFORMED:
        // Recorded as no answer (status 0): it had no effect and the bot cannot read it.
        noAnswer(method, params);
        send(exchange, new Answer(200, NODES.textNode("<html>Service Unavailable</html>{")));
        return false;
      case NO_OK:
        Answer unsupported =
            new Answer(
                500,
                NODES.objectNode().put("message", "API method '" + method + "' is not supported."));
        synchronized (lock) {
          record(method, params, unsupported);
        }
        send(exchange, unsupported);
        return false;
      default:
        Answer answer = fault(fault);
        synchronized (lock) {
          record(method, params, answer);
        }
        send(exchange, answer);
        return false;
    }
  }

  /** A call that got no answer at all: recorded with status 0; closing the exchange drops it. */
  private void noAnswer(String method, JsonNode params) {
    synchronized (lock) {
      record(method, params, new Answer(0, NODES.objectNode()));
    }
  }

  /** Must hold the lock. */
  private void record(String method, JsonNode params, Answer answer) {
    calls.add(
        new Call(
            method,
            params,
            answer.status(),
            answer.body().path("result"),
            answer.body().path("description").asText(),
            System.nanoTime()));
    lock.notifyAll();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Method names are case-insensitive in the Bot API (the library sends "sendmessage"). */
  private static String canonical(String method) {
    for (String known :
        List.of(
            "getMe",
            "deleteWebhook",
            "getUpdates",
            "sendMessage",
            "editMessageText",
            "answerCallbackQuery",
            "answerInlineQuery",
            "sendChatAction",
            "setMyCommands",
            "getFile")) {
      if (known.equalsIgnoreCase(method)) {
        return known;
      }
    }
    return method;
  }

  private Answer getUpdates(JsonNode params) throws IOException {
    int offset = params.path("offset").asInt(0);
    ArrayNode result = NODES.arrayNode();
    synchronized (lock) {
      long deadline =
          System.nanoTime()
              + (pollsAtOnce ? 0 : Math.min(params.path("timeout").asInt(0), 5) * 1_000_000_000L);
      polls++;
      updates.removeIf(u -> u.get("update_id").asInt() < offset);
      while (updates.isEmpty() && !closed && System.nanoTime() < deadline) {
        try {
          lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      int limit = params.path("limit").asInt(100);
      long now = System.nanoTime();
      updates.stream()
          .limit(limit)
          .forEach(
              u -> {
                result.add(u);
                servedAt.putIfAbsent(u.get("update_id").asInt(), now);
              });
    }
    return ok(result);
  }

  private void download(HttpExchange exchange, String path) throws IOException {
    String prefix = "/file/bot" + token + "/";
    byte[] content;
    synchronized (lock) {
      content = path.startsWith(prefix) ? files.get(path.substring(prefix.length())) : null;
      record(
          "download",
          NODES.objectNode().put("path", path),
          new Answer(content == null ? 404 : 200, NODES.objectNode()));
    }
    if (content == null) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    exchange.sendResponseHeaders(200, content.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(content);
    }
  }

  /** Must hold the lock. */
  private Answer answer(String method, JsonNode params) {
    switch (method) {
      case "getMe":
        ObjectNode me = botUser().put("can_join_groups", true).put("supports_inline_queries", true);
        if (getMeWithoutIsBot) {
          me.remove("is_bot");
        }
        return ok(me);
      case "deleteWebhook":
      case "sendChatAction":
        return ok(NODES.booleanNode(true));
      case "setMyCommands":
        return setMyCommands(params);
      case "sendMessage":
        return sendMessage(params);
      case "editMessageText":
        return editMessageText(params);
      case "answerCallbackQuery":
        return answerOnce(openCallbacks, params.path("callback_query_id").asText(), params);
      case "answerInlineQuery":
        return answerInlineQuery(params);
      case "getFile":
        return getFile(params);
      default:
        return error(404, "Not Found: method not found");
    }
  }

  private Answer sendMessage(JsonNode params) {
    long chat = params.path("chat_id").asLong();
    Optional<String> problem =
        textProblem(params.path("text").asText(""), params.path("parse_mode").asText(""));
    if (problem.isEmpty()) {
      problem = keyboardProblem(params.path("reply_markup"));
    }
    JsonNode reply = params.path("reply_parameters");
    if (problem.isEmpty()
        && reply.has("message_id")
        && !reply.path("allow_sending_without_reply").asBoolean()
        && !userMessages.contains(chat + ":" + reply.get("message_id").asInt())
        && !botMessages.containsKey(chat + ":" + reply.get("message_id").asInt())) {
      problem = Optional.of("Bad Request: message to be replied not found");
    }
    if (problem.isPresent()) {
      return error(400, problem.get());
    }
    int id = nextMessageId++;
    ObjectNode stored = NODES.objectNode().put("text", params.path("text").asText());
    stored.set("reply_markup", params.path("reply_markup"));
    botMessages.put(chat + ":" + id, stored);
    return ok(message(chat, botUser(), id).put("text", params.path("text").asText()));
  }

  private Answer editMessageText(JsonNode params) {
    long chat = params.path("chat_id").asLong();
    int id = params.path("message_id").asInt();
    ObjectNode stored = botMessages.get(chat + ":" + id);
    if (stored == null) {
      return error(400, "Bad Request: message to edit not found");
    }
    Optional<String> problem =
        textProblem(params.path("text").asText(""), params.path("parse_mode").asText(""));
    if (problem.isEmpty()) {
      problem = keyboardProblem(params.path("reply_markup"));
    }
    if (problem.isPresent()) {
      return error(400, problem.get());
    }
    if (stored.get("text").asText().equals(params.path("text").asText())
        && stored.get("reply_markup").equals(params.path("reply_markup"))) {
      return error(
          400,
          "Bad Request: message is not modified: specified new message content and reply markup"
              + " are exactly the same as a current content and reply markup of the message");
    }
    stored.put("text", params.path("text").asText());
    stored.set("reply_markup", params.path("reply_markup"));
    return ok(message(chat, botUser(), id).put("text", params.path("text").asText()));
  }

  private Answer answerInlineQuery(JsonNode params) {
    JsonNode results = params.path("results");
    if (results.size() > 50) {
      return error(400, "Bad Request: RESULTS_TOO_MUCH");
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode result : results) {
      String id = result.path("id").asText("");
      int bytes = id.getBytes(StandardCharsets.UTF_8).length;
      if (bytes == 0 || bytes > 64) {
        return error(400, "Bad Request: RESULT_ID_INVALID");
      }
      if (!ids.add(id)) {
        return error(400, "Bad Request: RESULT_ID_DUPLICATE");
      }
      if (result.path("title").asText("").isEmpty()) {
        return error(400, "Bad Request: RESULT_TITLE_EMPTY");
      }
      JsonNode content = result.path("input_message_content");
      Optional<String> problem =
          textProblem(
              content.path("message_text").asText(""), content.path("parse_mode").asText(""));
      if (problem.isEmpty()) {
        problem = keyboardProblem(result.path("reply_markup"));
      }
      if (problem.isPresent()) {
        return error(400, problem.get());
      }
    }
    return answerOnce(openInlineQueries, params.path("inline_query_id").asText(), params);
  }

  private Answer answerOnce(Set<String> open, String id, JsonNode params) {
    if (params.path("text").asText("").length() > 200) {
      return error(400, "Bad Request: MESSAGE_TOO_LONG");
    }
    if (!open.remove(id)) {
      return error(
          400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
    }
    return ok(NODES.booleanNode(true));
  }

  private Answer setMyCommands(JsonNode params) {
    JsonNode commands = params.path("commands");
    if (commands.isEmpty() || commands.size() > 100) {
      return error(400, "Bad Request: BOT_COMMANDS_TOO_MUCH");
    }
    for (JsonNode command : commands) {
      if (!command.path("command").asText("").matches("[a-z0-9_]{1,32}")) {
        return error(400, "Bad Request: BOT_COMMAND_INVALID");
      }
      int length = command.path("description").asText("").length();
      if (length < 1 || length > 256) {
        return error(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
      }
    }
    if (params.has("language_code") && !params.get("language_code").asText().matches("[a-z]{2}")) {
      return error(400, "Bad Request: LANG_CODE_INVALID");
    }
    return ok(NODES.booleanNode(true));
  }

  private Answer getFile(JsonNode params) {
    String id = params.path("file_id").asText();
    String path = filePaths.get(id);
    if (path == null) {
      return error(400, "Bad Request: invalid file_id");
    }
    return ok(
        NODES
            .objectNode()
            .put("file_id", id)
            .put("file_unique_id", "u" + id)
            .put("file_size", files.get(path).length)
            .put("file_path", path));
  }

  private static Optional<String> textProblem(String text, String parseMode) {
    if (parseMode.equalsIgnoreCase("HTML")) {
      return TelegramRules.messageProblem(text);
    }
    if (text.isEmpty()) {
      return Optional.of("Bad Request: message text is empty");
    }
    return text.length() > TelegramRules.MAX_TEXT
        ? Optional.of("Bad Request: message is too long")
        : Optional.empty();
  }

  private static Optional<String> keyboardProblem(JsonNode markup) {
    if (markup.isMissingNode() || markup.isNull()) {
      return Optional.empty();
    }
    for (JsonNode row : markup.path("inline_keyboard")) {
      for (JsonNode button : row) {
        if (button.path("text").asText("").isEmpty()) {
          return Optional.of("Bad Request: BUTTON_TEXT_EMPTY");
        }
        boolean data = button.has("callback_data");
        boolean url = button.has("url");
        if (data == url) {
          return Optional.of("Bad Request: BUTTON_TYPE_INVALID");
        }
        if (data) {
          int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
          if (bytes < 1 || bytes > TelegramRules.MAX_CALLBACK_BYTES) {
            return Optional.of("Bad Request: BUTTON_DATA_INVALID");
          }
        } else if (!button.get("url").asText().matches("(https?|tg)://\\S+")) {
          return Optional.of("Bad Request: BUTTON_URL_INVALID");
        }
      }
    }
    return Optional.empty();
  }

  private static ObjectNode botUser() {
    return NODES
        .objectNode()
        .put("id", BOT_ID)
        .put("is_bot", true)
        .put("first_name", "Balagh")
        .put("username", BOT_NAME);
  }

  private static Answer ok(JsonNode result) {
    ObjectNode body = NODES.objectNode().put("ok", true);
    body.set("result", result);
    return new Answer(200, body);
  }

  private static Answer error(int code, String description) {
    return new Answer(
        code,
        NODES
            .objectNode()
            .put("ok", false)
            .put("error_code", code)
            .put("description", description));
  }

  private static Answer fault(Fault fault) {
    if (fault.status() == 429) {
      ObjectNode body =
          (ObjectNode) error(429, "Too Many Requests: retry after " + fault.retryAfter()).body();
      body.putObject("parameters").put("retry_after", fault.retryAfter());
      return new Answer(429, body);
    }
    if (fault.status() == 409) {
      return error(
          409,
          "Conflict: terminated by other getUpdates request; make sure that only one bot instance"
              + " is running");
    }
    if (fault.status() == 502) {
      // What a proxy in front of the Bot API sends: not JSON at all.
      return new Answer(502, NODES.textNode("<html><body>502 Bad Gateway</body></html>"));
    }
    return error(fault.status(), "Internal Server Error");
  }

  private void send(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes =
        answer.body().isTextual()
            ? answer.body().asText().getBytes(StandardCharsets.UTF_8)
            : json.writeValueAsBytes(answer.body());
    exchange
        .getResponseHeaders()
        .add("Content-Type", answer.body().isTextual() ? "text/html" : "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
  }
}
