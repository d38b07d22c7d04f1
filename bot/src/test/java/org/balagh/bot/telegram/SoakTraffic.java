package org.balagh.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.balagh.bot.Fixtures;

/**
 * The soak run's users: questions in English, French and Arabic (some that nothing stored answers),
 * commands, "More" presses on earlier answers and inline queries, from a few hundred private chats,
 * and the admin's {@code /reload}s, each after a data file changed. It remembers what it sent, so
 * that {@link #verdict} can say whether every message got exactly one reply, every press one toast
 * and every inline query one answer.
 */
final class SoakTraffic {

  static final long ADMIN = 1;
  static final int USERS = 300;

  private static final String[] QUESTIONS = {
    Fixtures.C5,
    "What did Kazakhstan say about wheat?",
    "What did Ukraine say about the Black Sea Grain Initiative?",
    "Qu'ont dit la France et le Maroc sur leur partenariat ?",
    "ما موقف كازاخستان من مخطط الحكم الذاتي؟",
    "ماذا قال المغرب عن الأمن الغذائي؟",
    "What did Peru say about lithium prices?",
    "Did Morocco and Kazakhstan agree to fight terrorism together?"
  };
  private static final String[] COMMANDS = {
    "/help",
    "/start",
    "/latest",
    "/latest KZ",
    "/sources",
    "/country Morocco",
    "/compare Morocco Kazakhstan food security"
  };
  private static final String[][] COUNTRIES = {
    {"TJ", "Tajikistan"}, {"KG", "Kyrgyzstan"}, {"UZ", "Uzbekistan"}, {"TM", "Turkmenistan"}
  };

  /** A "More" button on one of the bot's messages. */
  private record Button(long chat, int message, String data) {}

  private final FakeBotApi api;
  private final Path data;
  private final Random random;
  private final Map<Long, AtomicInteger> nextMessage = new ConcurrentHashMap<>();
  private final Map<Long, Integer> texts = new ConcurrentHashMap<>();
  private final List<String> presses = new ArrayList<>();
  private final List<String> inlines = new ArrayList<>();
  private List<Button> buttons = List.of();
  private int sent;

  SoakTraffic(FakeBotApi api, Path data, Random random) {
    this.api = api;
    this.data = data;
    this.random = random;
  }

  /** Sends one update of a kind drawn at random: most are questions. */
  void next() {
    long user = 1000 + random.nextInt(USERS);
    String lang = List.of("en", "fr", "ar").get(random.nextInt(3));
    double kind = random.nextDouble();
    sent++;
    if (kind < 0.6) {
      text(user, lang, QUESTIONS[random.nextInt(QUESTIONS.length)]);
    } else if (kind < 0.78) {
      text(user, lang, COMMANDS[random.nextInt(COMMANDS.length)]);
    } else if (kind < 0.9 && !buttons.isEmpty()) {
      Button button = buttons.get(random.nextInt(buttons.size()));
      String id = "press-" + sent;
      presses.add(id);
      api.press(button.chat(), button.chat(), button.message(), id, button.data());
    } else {
      String id = "inline-" + sent;
      inlines.add(id);
      api.inline(user, id, QUESTIONS[random.nextInt(QUESTIONS.length)]);
    }
  }

  /** Rereads the bot's messages for "More" buttons to press: some of the latest thousand. */
  void refreshButtons() {
    List<FakeBotApi.Call> answers = api.calls("sendMessage");
    List<Button> found = new ArrayList<>();
    for (FakeBotApi.Call call :
        answers.subList(Math.max(0, answers.size() - 1000), answers.size())) {
      if (call.status() != 200 || call.chatId() == ADMIN) {
        continue;
      }
      for (JsonNode row : call.keyboard()) {
        for (JsonNode button : row) {
          String data = button.path("callback_data").asText("");
          if (data.startsWith("m:")) {
            found.add(new Button(call.chatId(), call.result().path("message_id").asInt(), data));
          }
        }
      }
    }
    buttons = List.copyOf(found);
  }

  /** Changes a data file (a country's statements, one more each time), then asks for /reload. */
  void reload(int round) throws IOException {
    String[] country = COUNTRIES[round % COUNTRIES.length];
    Fixtures.statementsOf(data, country[0], country[1], 2 + round);
    text(ADMIN, "en", "/reload");
  }

  private void text(long chat, String lang, String text) {
    int id = nextMessage.computeIfAbsent(chat, c -> new AtomicInteger(1)).getAndIncrement();
    texts.merge(chat, 1, Integer::sum);
    api.text(chat, chat, lang, id, text);
  }

  /**
   * What went wrong, if anything: chats whose messages got more or fewer replies than messages,
   * presses and inline queries not answered exactly once, and calls Telegram would have refused.
   */
  List<String> verdict() {
    List<String> wrong = new ArrayList<>();
    Map<Long, Long> replies =
        count("sendMessage", FakeBotApi.Call::chatId).entrySet().stream()
            .collect(Collectors.toMap(e -> (Long) e.getKey(), Map.Entry::getValue));
    texts.forEach(
        (chat, count) -> {
          long got = replies.getOrDefault(chat, 0L);
          if (got != count) {
            wrong.add("chat " + chat + ": " + count + " messages, " + got + " replies");
          }
        });
    onceEach("answerCallbackQuery", "callback_query_id", presses, wrong);
    onceEach("answerInlineQuery", "inline_query_id", inlines, wrong);
    api.rejected().forEach(call -> wrong.add("refused: " + call));
    return wrong;
  }

  private void onceEach(String method, String field, List<String> ids, List<String> wrong) {
    Map<Object, Long> answered = count(method, call -> call.params().path(field).asText());
    for (String id : ids) {
      long got = answered.getOrDefault(id, 0L);
      if (got != 1) {
        wrong.add(method + " " + id + ": answered " + got + " times");
      }
    }
  }

  private Map<Object, Long> count(String method, Function<FakeBotApi.Call, Object> key) {
    return api.calls(method).stream()
        .filter(call -> call.status() == 200)
        .collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  /** Whether every message, press and inline query sent has been answered, as far as counted. */
  boolean settled() {
    return verdict().isEmpty();
  }

  String totals() {
    return String.format(
        "messages=%d presses=%d inline=%d reloads=%d",
        texts.values().stream().mapToInt(Integer::intValue).sum(),
        presses.size(),
        inlines.size(),
        texts.getOrDefault(ADMIN, 0));
  }
}
