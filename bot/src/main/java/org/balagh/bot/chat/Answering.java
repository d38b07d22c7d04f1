package org.balagh.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.StatementInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Questions and what follows them: the answer with its buttons, More, Context, votes, inline. */
final class Answering {

  private static final Logger LOG = LoggerFactory.getLogger(Answering.class);

  /** How many answers More pages through. */
  static final int ANSWERS = 5;

  /** Telegram shows ten inline results comfortably; the issue asks for at most ten. */
  static final int INLINE_ANSWERS = 10;

  /** Sentences shown on each side of an answer by Context. */
  static final int RADIUS = 2;

  private final Archive archive;
  private final Stats stats;
  private final QuestionStore questions;
  private final StatementKeys keys;
  private final Votes votes;
  private final ReplyFormatter format;
  private final CountryArgument countries;

  Answering(
      Archive archive,
      CountryArgument countries,
      Stats stats,
      QuestionStore questions,
      Votes votes) {
    this.archive = archive;
    this.format = new ReplyFormatter(countries);
    this.countries = countries;
    this.stats = stats;
    this.questions = questions;
    this.keys = new StatementKeys(archive);
    this.votes = votes;
  }

  /**
   * The best answer to a question, as a reply to it, or a kind word when nothing answers it; the
   * interface text in the question's language.
   */
  Reply question(Sender sender, Chat chat, int messageId, String question) {
    Answers answers = archive.answer(question, ANSWERS);
    stats.question(answers.abstained(), answers.tookNanos());
    LOG.info(
        "event=question chat={} user={} lang={} answers={} latency_ms={}",
        chat.id(),
        sender.id(),
        answers.language(),
        answers.answers().size(),
        Math.round(answers.tookMillis()));
    Lang ui = Lang.ofQuestion(answers.language(), sender.lang());
    if (answers.abstained()) {
      return new Reply.Send(chat.id(), nothing(answers, ui), messageId, Keyboard.NONE);
    }
    String token = questions.put(question);
    return new Reply.Send(
        chat.id(), page(answers.answers(), 0, ui), messageId, buttons(answers, token, 0, ui));
  }

  /**
   * Nothing stored answers: in general, or, when the question asks to hear from a country, nothing
   * from that country (others' statements did speak of it).
   */
  private String nothing(Answers answers, Lang ui) {
    if (answers.unheard().isEmpty()) {
      return Phrase.NOTHING_FOUND.in(ui);
    }
    List<String> names = answers.unheard().stream().map(c -> countries.name(c, ui)).toList();
    return Phrase.NOTHING_FROM.in(ui, Html.escape(ui.join(names)));
  }

  List<Reply> more(Incoming.Press press, CallbackData.More more) {
    Lang ui = press.sender().lang();
    Optional<String> question = questions.get(more.token());
    if (question.isEmpty()) {
      return toast(press, Phrase.EXPIRED.in(ui));
    }
    Answers answers = archive.answer(question.get(), ANSWERS);
    // The page it replaces spoke the question's language.
    ui = Lang.ofQuestion(answers.language(), ui);
    if (more.index() >= answers.answers().size()) {
      return toast(press, Phrase.NO_MORE.in(ui));
    }
    if (press.messageId() <= 0) {
      return toast(press, Phrase.STALE_BUTTON.in(ui));
    }
    return List.of(
        new Reply.Edit(
            press.chat().id(),
            press.messageId(),
            page(answers.answers(), more.index(), ui),
            buttons(answers, more.token(), more.index(), ui)),
        new Reply.Toast(press.callbackId(), ""));
  }

  List<Reply> context(Incoming.Press press, CallbackData.Context context) {
    Lang ui = press.sender().lang();
    Optional<StatementInfo> statement = keys.find(context.key());
    if (statement.isEmpty() || context.position() >= statement.get().sentences()) {
      return toast(press, Phrase.GONE.in(ui));
    }
    List<String> around = archive.context(statement.get().id(), context.position(), RADIUS);
    if (around.isEmpty()) {
      return toast(press, Phrase.GONE.in(ui));
    }
    String html = format.context(statement.get(), around, Math.min(context.position(), RADIUS), ui);
    return List.of(
        new Reply.Send(press.chat().id(), html, Math.max(0, press.messageId()), Keyboard.NONE),
        new Reply.Toast(press.callbackId(), ""));
  }

  List<Reply> vote(Incoming.Press press, CallbackData.Vote vote) {
    Lang ui = press.sender().lang();
    if (!votes.first(press.sender().id(), vote.key(), vote.position())) {
      return toast(press, Phrase.VOTED.in(ui));
    }
    stats.vote(vote.up());
    LOG.info(
        "event=vote user={} up={} statement_key={}", press.sender().id(), vote.up(), vote.key());
    return toast(press, Phrase.THANKS.in(ui));
  }

  /** Up to ten quotes for {@code @bot question}; none for an empty query or no answer. */
  Reply inline(Incoming.Inline query) {
    if (query.query().isBlank()) {
      return new Reply.Results(query.queryId(), List.of());
    }
    Answers answers = archive.answer(query.query(), INLINE_ANSWERS);
    stats.inlineQuery();
    Lang ui = Lang.ofQuestion(answers.language(), query.sender().lang());
    List<InlineResult> results = new ArrayList<>();
    for (Answer answer : answers.answers()) {
      results.add(
          new InlineResult(
              StatementKeys.key(answer.statement().id()) + ":" + answer.position(),
              format.inlineTitle(answer),
              format.inlineDescription(answer),
              format.answer(answer, 0, 1, ui),
              answer.statement().url()));
    }
    LOG.info("event=inline user={} answers={}", query.sender().id(), results.size());
    return new Reply.Results(query.queryId(), results);
  }

  private String page(List<Answer> answers, int index, Lang ui) {
    return format.answer(answers.get(index), index, answers.size(), ui);
  }

  private static Keyboard buttons(Answers answers, String token, int index, Lang ui) {
    Answer answer = answers.answers().get(index);
    String key = StatementKeys.key(answer.statement().id());
    int position = answer.position();
    List<Button> moves = new ArrayList<>();
    if (index > 0) {
      moves.add(
          press(Phrase.BACK.in(ui), Button.Kind.BACK, new CallbackData.More(token, index - 1)));
    }
    moves.add(
        press(Phrase.CONTEXT.in(ui), Button.Kind.CONTEXT, new CallbackData.Context(key, position)));
    if (index + 1 < answers.answers().size()) {
      moves.add(
          press(Phrase.MORE.in(ui), Button.Kind.MORE, new CallbackData.More(token, index + 1)));
    }
    return new Keyboard(
        List.of(
            List.of(new Button(Phrase.SOURCE.in(ui), Button.Kind.LINK, answer.statement().url())),
            moves,
            List.of(
                press("👍", Button.Kind.UP, new CallbackData.Vote(true, key, position)),
                press("👎", Button.Kind.DOWN, new CallbackData.Vote(false, key, position)))));
  }

  private static Button press(String label, Button.Kind kind, CallbackData data) {
    return new Button(label, kind, CallbackData.encode(data));
  }

  private static List<Reply> toast(Incoming.Press press, String text) {
    return List.of(new Reply.Toast(press.callbackId(), text));
  }
}
