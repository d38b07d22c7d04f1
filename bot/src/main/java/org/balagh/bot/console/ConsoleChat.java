package org.balagh.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.balagh.bot.chat.Button;
import org.balagh.bot.chat.Chat;
import org.balagh.bot.chat.Conversation;
import org.balagh.bot.chat.Incoming;
import org.balagh.bot.chat.Keyboard;
import org.balagh.bot.chat.Reply;
import org.balagh.bot.chat.Sender;
import org.balagh.retrieval.model.BuildInfo;

/**
 * A chat in the terminal over the same conversation core as the Telegram bot: type a question or a
 * command, get the quoted sentence with its title, date and link. The buttons of the last answer
 * are offered as {@code /more}, {@code /back} and {@code /context}, those of a {@code /country}
 * list as {@code /newer} and {@code /older}; {@code /quit} leaves.
 */
public final class ConsoleChat {

  /** The buttons offered as commands; links are printed, and votes are for Telegram. */
  private static final Set<Button.Kind> OFFERED =
      EnumSet.of(
          Button.Kind.MORE,
          Button.Kind.BACK,
          Button.Kind.CONTEXT,
          Button.Kind.NEWER,
          Button.Kind.OLDER);

  private final Conversation conversation;
  private final BuildInfo info;
  private final BufferedReader in;
  private final PrintStream out;
  private final Sender operator;
  private final Chat chat = Chat.direct(Sender.CONSOLE);
  private int lastMessage;
  private int shownMessage;
  private Keyboard keyboard = Keyboard.NONE;

  public ConsoleChat(
      Conversation conversation,
      BuildInfo info,
      BufferedReader in,
      PrintStream out,
      String languageCode) {
    this.conversation = conversation;
    this.info = info;
    this.in = in;
    this.out = out;
    this.operator = new Sender(Sender.CONSOLE, languageCode);
  }

  public void run() throws IOException {
    out.printf(
        "Balagh — %d statements, %d sentences. Ask in Arabic, English or French;"
            + " /help for commands, /quit to leave.%n",
        info.statements(), info.sentences());
    out.println("e.g.  ما موقف كازاخستان من مخطط الحكم الذاتي؟");
    out.println("      What did the C5+1 leaders say about Afghanistan?");
    while (true) {
      out.print("› ");
      out.flush();
      String line = in.readLine();
      if (line == null || line.strip().equals("/quit")) {
        out.println();
        return;
      }
      if (!line.isBlank()) {
        show(conversation.reply(incoming(line.strip())));
      }
    }
  }

  private Incoming incoming(String line) {
    Optional<Button> button = button(line);
    if (button.isPresent()) {
      return new Incoming.Press(operator, chat, shownMessage, "console", button.get().target());
    }
    return new Incoming.Text(operator, chat, ++lastMessage, line, false, "");
  }

  /** The last answer's button a command like {@code /more} stands for. */
  private Optional<Button> button(String line) {
    if (!line.matches("/[a-z]+")) {
      return Optional.empty();
    }
    String name = line.substring(1).toUpperCase(Locale.ROOT);
    return keyboard.buttons().stream()
        .filter(b -> !b.isLink() && b.kind().name().equals(name))
        .findFirst();
  }

  private void show(List<Reply> replies) {
    for (Reply reply : replies) {
      if (reply instanceof Reply.Send send) {
        print(send.html(), send.keyboard(), ++lastMessage);
      } else if (reply instanceof Reply.Edit edit) {
        print(edit.html(), edit.keyboard(), edit.messageId());
      } else if (reply instanceof Reply.Toast toast && !toast.text().isEmpty()) {
        out.println("  " + toast.text());
        out.println();
      }
    }
  }

  private void print(String html, Keyboard buttons, int messageId) {
    out.print(TerminalText.render(html));
    if (!buttons.isEmpty()) {
      keyboard = buttons;
      shownMessage = messageId;
      StringBuilder hint = new StringBuilder();
      for (Button button : buttons.buttons()) {
        if (OFFERED.contains(button.kind())) {
          hint.append(hint.length() == 0 ? "  ↳ " : "  ")
              .append('/')
              .append(button.kind().name().toLowerCase(Locale.ROOT));
        }
      }
      if (hint.length() > 0) {
        out.println(hint);
      }
    }
    out.println();
  }
}
