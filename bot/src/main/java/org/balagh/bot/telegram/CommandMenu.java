package org.balagh.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The command menu Telegram shows users, registered with {@code setMyCommands}: English as the
 * default, Arabic and French for clients in those languages. Admin commands are left out of it. A
 * courtesy: the bot starts and answers whether or not Telegram takes it.
 */
final class CommandMenu {

  private static final Logger LOG = LoggerFactory.getLogger(CommandMenu.class);

  private static final List<String> COMMANDS =
      List.of("ask", "latest", "country", "compare", "sources", "help", "start");

  /** Descriptions in the order of {@link #COMMANDS}, per language code ("" is the default). */
  private static final List<List<String>> DESCRIPTIONS =
      List.of(
          List.of(
              "",
              "Ask a question (in groups too)",
              "The newest statements, of a country if you name one",
              "All of a country's statements, newest first",
              "Two countries on one topic, side by side",
              "What is stored",
              "How to use the bot",
              "Welcome and example questions"),
          List.of(
              "ar",
              "اطرح سؤالًا (في المجموعات أيضًا)",
              "أحدث البيانات، لبلد معيّن إن ذكرته",
              "كل بيانات بلد، الأحدث أولًا",
              "بلدان في موضوع واحد، جنبًا إلى جنب",
              "ما هو مخزّن",
              "طريقة استخدام البوت",
              "الترحيب وأمثلة على الأسئلة"),
          List.of(
              "fr",
              "Poser une question (aussi dans les groupes)",
              "Les déclarations les plus récentes, d’un pays si vous le nommez",
              "Toutes les déclarations d’un pays, les plus récentes d’abord",
              "Deux pays sur un même sujet, côte à côte",
              "Ce qui est enregistré",
              "Mode d’emploi",
              "Accueil et exemples de questions"));

  private CommandMenu() {}

  static List<SetMyCommands> requests() {
    List<SetMyCommands> requests = new ArrayList<>();
    for (List<String> language : DESCRIPTIONS) {
      List<BotCommand> commands = new ArrayList<>();
      for (int i = 0; i < COMMANDS.size(); i++) {
        commands.add(new BotCommand(COMMANDS.get(i), language.get(i + 1)));
      }
      requests.add(
          SetMyCommands.builder()
              .commands(commands)
              .languageCode(language.get(0).isEmpty() ? null : language.get(0))
              .build());
    }
    return requests;
  }

  /**
   * Registers the menu without waiting for Telegram: the bot works without it, so nothing waits on
   * it; a call that fails, or is not answered by the client's deadline, is logged as a warning.
   */
  static void register(DeadlineClient client, Redactor redactor) {
    for (SetMyCommands request : requests()) {
      try {
        client
            .bounded(request)
            .whenComplete(
                (done, error) -> {
                  if (error != null) {
                    notRegistered(request, client.failure(error, request.getMethod()), redactor);
                  }
                });
      } catch (TelegramApiException e) {
        notRegistered(request, e, redactor);
      }
    }
  }

  private static void notRegistered(SetMyCommands request, Exception e, Redactor redactor) {
    LOG.warn(
        "event=commands_not_registered language={} reason=\"{}\"",
        request.getLanguageCode(),
        redactor.describe(e));
  }
}
