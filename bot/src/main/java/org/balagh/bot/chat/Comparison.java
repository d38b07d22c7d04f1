package org.balagh.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.corpus.LanguageGuesser;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /compare <country> <country> <topic>}: for each country, the sentence that best answers
 * the topic among the statements involving it, side by side, each with its source; a side with
 * nothing stored says so, and a sentence both sides share (a joint statement) is quoted once. Each
 * side asks the engine what the country said about the topic, then keeps the best answer whose
 * statement involves that country.
 */
final class Comparison {

  private static final Logger LOG = LoggerFactory.getLogger(Comparison.class);

  /** Answers each side looks through for one involving its country. */
  static final int CANDIDATES = 10;

  /** How much of the topic the heading repeats. */
  private static final int TOPIC_SHOWN = 80;

  private final Archive archive;
  private final CountryArgument countries;
  private final ReplyFormatter format;

  Comparison(Archive archive, CountryArgument countries) {
    this.archive = archive;
    this.countries = countries;
    this.format = new ReplyFormatter(countries);
  }

  /**
   * Both sides, in the topic's language (the user's when the topic does not tell), or how to ask
   * when the argument lacks a country or the topic.
   */
  Shown compare(String argument, Sender sender) {
    Optional<CountryArgument.Pair> pair = countries.two(argument);
    if (pair.isEmpty() || pair.get().topic().isBlank()) {
      return Shown.of(Phrase.COMPARE_USAGE.in(sender.lang()));
    }
    String topic = pair.get().topic();
    Lang ui = Lang.ofQuestion(LanguageGuesser.guess(topic), sender.lang());
    List<String> codes = List.of(pair.get().first(), pair.get().second());
    List<Optional<Answer>> sides = new ArrayList<>();
    long start = System.nanoTime();
    for (String code : codes) {
      Answers answers = archive.answer(new Request(code, topic, ui.code()), CANDIDATES);
      if (!answers.topical()) {
        // Only the country counts in the question: the topic was joining or question words.
        return Shown.of(Phrase.COMPARE_USAGE.in(sender.lang()));
      }
      sides.add(
          answers.answers().stream()
              .filter(answer -> answer.statement().countries().contains(code))
              .findFirst());
    }
    LOG.info(
        "event=compare user={} countries={} answered={} latency_ms={}",
        sender.id(),
        String.join(",", codes),
        sides.stream().filter(Optional::isPresent).count(),
        (System.nanoTime() - start) / 1_000_000);
    return show(codes, Html.escape(CountryArgument.clip(topic, TOPIC_SHOWN)), sides, ui);
  }

  /** Whether both sides quote one sentence, as they do from a joint statement. */
  private static boolean same(Optional<Answer> a, Optional<Answer> b) {
    return a.isPresent()
        && b.isPresent()
        && a.get().position() == b.get().position()
        && a.get().statement().id().equals(b.get().statement().id());
  }

  private Shown show(List<String> codes, String topic, List<Optional<Answer>> sides, Lang ui) {
    List<String> names = codes.stream().map(code -> countries.name(code, ui)).toList();
    String head =
        Phrase.COMPARE_HEAD.in(ui, Html.escape(names.get(0)), Html.escape(names.get(1)), topic);
    List<String> labels =
        names.stream().map(name -> "\n\n<b>" + Html.escape(name) + "</b>\n").toList();
    int room =
        (HtmlCutter.LIMIT - head.length() - labels.get(0).length() - labels.get(1).length()) / 2;
    StringBuilder html = new StringBuilder(head);
    List<Button> links = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      html.append(labels.get(i));
      Optional<Answer> side = sides.get(i);
      if (side.isEmpty()) {
        html.append(Phrase.COMPARE_NONE.in(ui));
        continue;
      }
      if (i > 0 && same(side, sides.get(0))) {
        html.append(Phrase.COMPARE_SAME.in(ui));
        continue;
      }
      html.append(format.answer(side.get(), ui, room));
      links.add(new Button(names.get(i) + " 🔗", Button.Kind.LINK, side.get().statement().url()));
    }
    return new Shown(HtmlCutter.cut(html.toString()), new Keyboard(List.of(links)));
  }
}
