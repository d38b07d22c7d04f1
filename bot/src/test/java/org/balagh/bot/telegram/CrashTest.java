package org.balagh.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.balagh.bot.Fixtures;
import org.balagh.bot.chat.Lang;
import org.balagh.bot.chat.Phrase;
import org.balagh.bot.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a burst of 500 questions, then a restart on the same journal:
 * every question is answered, and answered twice at most where its answer was being sent at the
 * kill (at most one duplicate per worker, so per send in flight). The bot runs in its own JVM at
 * Telegram's real pace (30 messages a second), so the test takes about 25 s.
 */
class CrashTest {

  static final int USERS = 250;
  static final int PER_USER = 2;
  static final int QUESTIONS = USERS * PER_USER;
  static final int KILL_AFTER = 150;
  static final int WORKERS = 8;

  @TempDir Path folder;

  Map<String, String> env() throws Exception {
    return Map.of(
        "BALAGH_DATA", folder.resolve("data").toString(),
        "BALAGH_INDEX", folder.resolve("index").toString(),
        "BALAGH_JOURNAL", folder.resolve("state/journal.db").toString());
  }

  /** The answers to the questions, by "chat:message" of the question they reply to. */
  static Map<String, Long> answers(FakeBotApi api) {
    return api.calls("sendMessage").stream()
        .filter(c -> c.status() == 200 && c.params().has("reply_parameters"))
        .collect(
            Collectors.groupingBy(
                c -> c.chatId() + ":" + c.params().at("/reply_parameters/message_id").asInt(),
                Collectors.counting()));
  }

  @Test
  void answersEveryQuestionOfABurstAfterAKillNineAndARestart() throws Exception {
    Fixtures.data(folder.resolve("data"));
    try (FakeBotApi api = new FakeBotApi()) {
      List<FakeBotApi.Call> firstAnswers;
      try (ChildBot first = ChildBot.start(api, env(), folder.resolve("first.log"))) {
        api.await("setMyCommands", 3, c -> true);
        for (int round = 1; round <= PER_USER; round++) {
          for (int user = 1; user <= USERS; user++) {
            api.text(
                user,
                user,
                "en",
                round,
                round == 1 ? Fixtures.C5 : "What did Kazakhstan say about wheat?");
          }
        }
        firstAnswers = api.await("sendMessage", KILL_AFTER, c -> true);
        first.kill();
      }
      int answeredBeforeKill = answers(api).size();
      assertTrue(answeredBeforeKill < QUESTIONS, "killed mid-burst: " + answeredBeforeKill);

      long restart = System.nanoTime();
      try (ChildBot second = ChildBot.start(api, env(), folder.resolve("second.log"))) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (answers(api).size() < QUESTIONS && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        long allAnsweredMillis = (System.nanoTime() - restart) / 1_000_000;
        // A duplicate, if any, would come with the replay at the start.
        Thread.sleep(1000);
        Map<String, Long> answers = answers(api);
        assertEquals(QUESTIONS, answers.size(), "questions answered: " + second.log());
        long duplicates = answers.values().stream().mapToLong(n -> n - 1).sum();
        assertTrue(
            answers.values().stream().allMatch(n -> n <= 2), "never more than one duplicate");
        assertTrue(duplicates <= WORKERS, duplicates + " duplicates");

        // A "More" button from before the crash: its question is gone, a polite toast says so.
        String more = firstAnswers.get(0).keyboard().at("/1/1/callback_data").asText();
        api.press(1, 1, firstAnswers.get(0).result().path("message_id").asInt(), "cb-old", more);
        assertEquals(
            Phrase.EXPIRED.in(Lang.EN),
            api.awaitOne("answerCallbackQuery", c -> true).params().path("text").asText());

        assertEquals(0, second.stop(), second.log());
        assertTrue(second.log().contains("event=replay updates="), second.log());
        System.out.printf(
            "RELIABILITY crash=kill-9 questions=%d answered_before_kill=%d answered_after_restart=%d"
                + " lost=%d duplicates=%d"
                + " all_answered_after_restart_ms=%d%n",
            QUESTIONS,
            answeredBeforeKill,
            QUESTIONS - answeredBeforeKill,
            QUESTIONS - answers.size(),
            duplicates,
            allAnsweredMillis);
      }
      try (Journal journal = Journal.open(folder.resolve("state/journal.db"), Clock.systemUTC())) {
        assertEquals(List.of(), journal.pending(), "nothing left pending after a clean stop");
      }
      Map<String, Long> counts = new HashMap<>(answers(api));
      assertEquals(QUESTIONS, counts.size());
    }
  }
}
