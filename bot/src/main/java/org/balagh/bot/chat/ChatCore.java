package org.balagh.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.balagh.bot.admin.Reloads;
import org.balagh.bot.admin.Uploads;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation core: routes each incoming update to the command or question it carries and
 * returns the replies. Knows nothing of Telegram; the console and the bot both call it.
 */
public final class ChatCore implements Conversation {

  private static final Logger LOG = LoggerFactory.getLogger(ChatCore.class);

  /**
   * How the core protects itself.
   *
   * @param burst messages a user may send at once before being asked to slow down
   * @param refill time for one more message to be allowed
   * @param reloadTimeout how long {@code /reload} waits for the rebuild before giving up
   */
  public record Limits(int burst, Duration refill, Duration reloadTimeout) {
    public static final Limits DEFAULT =
        new Limits(8, Duration.ofSeconds(3), Duration.ofMinutes(10));
  }

  private final Set<Long> admins;
  private final Answering answering;
  private final Catalog catalog;
  private final Timeline timeline;
  private final Comparison comparison;
  private final AdminDesk desk;
  private final FloodGuard flood;
  private final FloodGuard inlineFlood;
  private final Stats stats;

  public ChatCore(
      Archive archive,
      Set<Long> admins,
      Stats stats,
      Reloads reloads,
      Uploads uploads,
      Limits limits,
      Clock clock,
      Random random) {
    this.admins = Set.copyOf(admins);
    CountryArgument countries = new CountryArgument(archive.countries());
    this.answering =
        new Answering(
            archive,
            countries,
            stats,
            new QuestionStore(clock, random, 20_000, Duration.ofDays(2)),
            new Votes(50_000));
    this.catalog = new Catalog(archive, countries);
    this.timeline = new Timeline(archive, countries);
    this.comparison = new Comparison(archive, countries);
    this.desk = new AdminDesk(archive, reloads, uploads, stats, limits.reloadTimeout());
    this.flood = new FloodGuard(clock, limits.burst(), limits.refill(), stats);
    // Clients send an inline query at each pause in typing: a looser bucket of its own.
    this.inlineFlood =
        new FloodGuard(clock, 3 * limits.burst(), limits.refill().dividedBy(3), stats);
    this.stats = stats;
  }

  @Override
  public List<Reply> reply(Incoming incoming) {
    try {
      if (incoming instanceof Incoming.Text text) {
        return text(text);
      }
      if (incoming instanceof Incoming.Press press) {
        return press(press);
      }
      if (incoming instanceof Incoming.Inline inline) {
        return inline(inline);
      }
      return upload((Incoming.Upload) incoming);
    } catch (RuntimeException e) {
      LOG.error(
          "event=reply_failed kind={} user={}",
          incoming.getClass().getSimpleName(),
          incoming.sender().id(),
          e);
      stats.error();
      return failed(incoming);
    }
  }

  private List<Reply> text(Incoming.Text text) {
    Optional<Request> read =
        Request.read(text.text(), text.chat().group(), text.replyToBot(), text.botName());
    if (read.isEmpty()) {
      return List.of();
    }
    Request request = read.get();
    Sender sender = text.sender();
    Optional<List<Reply>> flooded = flooded(sender, text.chat());
    if (flooded.isPresent()) {
      return flooded.get();
    }
    Lang ui = sender.lang();
    if (request.isQuestion() || request.command().equals("ask")) {
      if (request.argument().isBlank()) {
        return send(text, request.isQuestion() ? Phrase.MENTION_EMPTY.in(ui) : Guide.askEmpty(ui));
      }
      return List.of(answering.question(sender, text.chat(), text.messageId(), request.argument()));
    }
    return send(
        text,
        switch (request.command()) {
          case "country" -> timeline.first(request.argument(), ui);
          case "compare" -> comparison.compare(request.argument(), sender);
          default -> Shown.of(plain(request, sender, text.botName()));
        });
  }

  /** The reply to a command that answers with text alone. */
  private String plain(Request request, Sender sender, String botName) {
    Lang ui = sender.lang();
    return switch (request.command()) {
      case "start" -> Guide.welcome(ui);
      case "help" -> Guide.help(ui, admin(sender), botName);
      case "latest" -> catalog.latest(request.argument(), ui);
      case "sources" -> catalog.sources(ui);
      case "reload" -> admin(sender) ? desk.reload(ui) : refuse(sender, "reload");
      case "stats" -> admin(sender) ? desk.stats(ui) : refuse(sender, "stats");
      default -> Phrase.UNKNOWN_COMMAND.in(ui);
    };
  }

  private List<Reply> press(Incoming.Press press) {
    Lang ui = press.sender().lang();
    if (!admin(press.sender()) && flood.check(press.sender().id()) != FloodGuard.Verdict.PASS) {
      return List.of(new Reply.Toast(press.callbackId(), Phrase.SLOW_DOWN.in(ui)));
    }
    Optional<CallbackData> data = CallbackData.decode(press.data());
    if (data.isEmpty()) {
      LOG.info("event=press_unknown user={} bytes={}", press.sender().id(), press.data().length());
      return List.of(new Reply.Toast(press.callbackId(), Phrase.STALE_BUTTON.in(ui)));
    }
    if (data.get() instanceof CallbackData.More more) {
      return answering.more(press, more);
    }
    if (data.get() instanceof CallbackData.Context context) {
      return answering.context(press, context);
    }
    if (data.get() instanceof CallbackData.Timeline page) {
      return timeline.press(press, page);
    }
    return answering.vote(press, (CallbackData.Vote) data.get());
  }

  private List<Reply> inline(Incoming.Inline inline) {
    if (!admin(inline.sender())
        && inlineFlood.check(inline.sender().id()) != FloodGuard.Verdict.PASS) {
      return List.of(new Reply.Results(inline.queryId(), List.of()));
    }
    return List.of(answering.inline(inline));
  }

  private List<Reply> upload(Incoming.Upload upload) {
    boolean addressed =
        !upload.chat().group()
            || upload.replyToBot()
            || Request.mentions(upload.caption(), upload.botName());
    if (!addressed) {
      return List.of();
    }
    Sender sender = upload.sender();
    Optional<List<Reply>> flooded = flooded(sender, upload.chat());
    if (flooded.isPresent()) {
      return flooded.get();
    }
    String html =
        admin(sender)
            ? desk.upload(upload, sender.lang())
            : refuse(sender, "upload", Phrase.UPLOAD_ADMIN_ONLY);
    return List.of(new Reply.Send(upload.chat().id(), html, upload.messageId(), Keyboard.NONE));
  }

  /** The replies for a user over the rate limit: one polite word, then silence; empty if not. */
  private Optional<List<Reply>> flooded(Sender sender, Chat chat) {
    if (admin(sender)) {
      return Optional.empty();
    }
    switch (flood.check(sender.id())) {
      case PASS:
        return Optional.empty();
      case WARN:
        LOG.info("event=rate_limited user={} chat={}", sender.id(), chat.id());
        return Optional.of(
            List.of(
                new Reply.Send(chat.id(), Phrase.SLOW_DOWN.in(sender.lang()), 0, Keyboard.NONE)));
      default:
        return Optional.of(List.of());
    }
  }

  private boolean admin(Sender sender) {
    return admins.contains(sender.id());
  }

  private String refuse(Sender sender, String command) {
    return refuse(sender, command, Phrase.ADMIN_ONLY);
  }

  private String refuse(Sender sender, String command, Phrase phrase) {
    LOG.warn("event=admin_refused user={} command={}", sender.id(), command);
    return phrase.in(sender.lang());
  }

  /** Replies to a text: as a reply to it in groups, where several people talk. */
  private static List<Reply> send(Incoming.Text text, String html) {
    return send(text, Shown.of(html));
  }

  private static List<Reply> send(Incoming.Text text, Shown shown) {
    int replyTo = text.chat().group() ? text.messageId() : 0;
    return List.of(new Reply.Send(text.chat().id(), shown.html(), replyTo, shown.keyboard()));
  }

  private static List<Reply> failed(Incoming incoming) {
    String html = Phrase.FAILED.in(incoming.sender().lang());
    if (incoming instanceof Incoming.Text text) {
      return List.of(new Reply.Send(text.chat().id(), html, text.messageId(), Keyboard.NONE));
    }
    if (incoming instanceof Incoming.Upload upload) {
      return List.of(new Reply.Send(upload.chat().id(), html, upload.messageId(), Keyboard.NONE));
    }
    if (incoming instanceof Incoming.Press press) {
      return List.of(new Reply.Toast(press.callbackId(), html));
    }
    return List.of(new Reply.Results(((Incoming.Inline) incoming).queryId(), List.of()));
  }
}
