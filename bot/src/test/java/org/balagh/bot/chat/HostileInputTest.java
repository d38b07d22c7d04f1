package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.balagh.bot.Fixtures;
import org.balagh.bot.HostileText;
import org.balagh.bot.MutableClock;
import org.balagh.bot.TelegramRules;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;

/**
 * Hostile text through the conversation core's answer path, as questions in private chats and
 * groups, commands, inline queries and button data: query syntax, control characters, bidi and
 * zero-width marks, markup and script, emoji, {@code ${jndi:…}}, format strings, huge messages, and
 * arbitrary strings built from them (jqwik). Never an error reply or a counted error, and every
 * reply is HTML Telegram accepts within its limits.
 */
class HostileInputTest {

  static final List<String> HOSTILE = HostileText.SAMPLES;

  static Path folder;
  static Archive archive;
  static Stats stats;
  static ChatCore core;
  static final AtomicLong users = new AtomicLong(1000);

  @BeforeContainer
  static void open() throws IOException {
    folder = Files.createTempDirectory("hostile-input");
    archive = Fixtures.archive(folder);
    MutableClock clock = new MutableClock();
    stats = new Stats(clock);
    core = Fixtures.core(archive, Set.of(), stats, Fixtures.ROOMY, clock);
  }

  @AfterContainer
  static void close() throws IOException {
    archive.close();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(HOSTILE),
            Arbitraries.strings().all().ofMaxLength(40),
            Arbitraries.strings().withChars("<>&\"'/\\:;*?()[]{}^~!|+-%$#@").ofMaxLength(20),
            Arbitraries.of("What did Kazakhstan say about wheat?", "C5+1 Afghanistan", "wheat"));
    return pieces.list().ofMaxSize(6).map(parts -> String.join(" ", parts));
  }

  @Property(tries = 300)
  void answersAnyTextSafely(@ForAll("hostile") String text) {
    long user = users.incrementAndGet();
    check(core.reply(new Incoming.Text(sender(user), Chat.direct(user), 3, text, false, "b")));
    check(core.reply(new Incoming.Text(sender(user), new Chat(-5, true), 4, text, true, "b")));
    check(
        core.reply(
            new Incoming.Text(sender(user), Chat.direct(user), 5, "/ask " + text, false, "")));
    check(core.reply(new Incoming.Inline(sender(user), "q" + user, text)));
    check(core.reply(new Incoming.Press(sender(user), Chat.direct(user), 9, "cb" + user, text)));
  }

  @Example
  void answersAHundredThousandCharacterMessage() {
    check(ask("wheat ".repeat(16_667)));
    check(ask("x".repeat(100_000)));
    check(ask("(".repeat(50_000) + ")".repeat(50_000)));
    check(ask("<b>".repeat(33_334)));
  }

  @Example
  void answersEachHostileSampleAlone() {
    for (String text : HOSTILE) {
      check(ask(text));
      check(ask("What did Kazakhstan say about " + text + " wheat?"));
    }
  }

  @Example
  void answersEmojiOnlyWithNothingFound() {
    List<Reply> replies = ask("😀🇲🇦👍🏽");
    check(replies);
    assertEquals(Phrase.NOTHING_FOUND.in(Lang.EN), ((Reply.Send) replies.get(0)).html().strip());
  }

  private static Sender sender(long user) {
    return new Sender(user, "en");
  }

  private static List<Reply> ask(String text) {
    long user = users.incrementAndGet();
    return core.reply(new Incoming.Text(sender(user), Chat.direct(user), 3, text, false, "b"));
  }

  private static void check(List<Reply> replies) {
    for (Reply reply : replies) {
      if (reply instanceof Reply.Send send) {
        html(send.html());
        send.keyboard().rows().forEach(row -> row.forEach(HostileInputTest::button));
      } else if (reply instanceof Reply.Edit edit) {
        html(edit.html());
      } else if (reply instanceof Reply.Toast toast) {
        assertTrue(toast.text().length() <= 200, toast.text());
        assertFalse(toast.text().equals(Phrase.FAILED.in(Lang.EN)));
      } else if (reply instanceof Reply.Results results) {
        for (InlineResult result : results.results()) {
          html(result.html());
        }
      }
    }
    assertEquals(0, stats.snapshot().errors(), "no update failed");
  }

  private static void html(String html) {
    assertEquals(Optional.empty(), TelegramRules.messageProblem(html), html);
    assertTrue(html.length() <= TelegramRules.MAX_TEXT, "length " + html.length());
    assertFalse(html.startsWith(Phrase.FAILED.in(Lang.EN)), html);
  }

  private static void button(Button button) {
    if (!button.isLink()) {
      int bytes = button.target().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      assertTrue(bytes >= 1 && bytes <= CallbackData.MAX_BYTES, button.target());
    }
  }
}
