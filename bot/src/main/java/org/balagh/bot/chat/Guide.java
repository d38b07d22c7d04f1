package org.balagh.bot.chat;

import java.util.List;
import java.util.Map;

/** What tells people how to use the bot: the welcome of {@code /start} and {@code /help}. */
final class Guide {

  /**
   * Three example questions per interface language. The bundled corpus answers the English and
   * Arabic ones; it holds no French statement, so the French ones are answered only as well as
   * cross-lingual retrieval does (the first is in the shared cross-lingual evaluation set).
   */
  private static final Map<Lang, List<String>> EXAMPLES =
      Map.of(
          Lang.EN,
          List.of(
              "What did Kazakhstan say about the risk of a nuclear arms race?",
              "Did the UAE support Moroccan sovereignty over the Sahara at the UN?",
              "What did the G7 say about Hamas and the ceasefire proposal?"),
          Lang.AR,
          List.of(
              "هل تدعم كازاخستان مبادرة الحكم الذاتي التي قدمها المغرب؟",
              "ما موقع كازاخستان في إنتاج القمح وتصديره؟",
              "ماذا قرر البلدان بشأن الربط اللوجستي ولجنة حكومية مشتركة؟"),
          Lang.FR,
          List.of(
              "Le Maroc et le Kazakhstan vont-ils coopérer pour la sécurité alimentaire mondiale ?",
              "Qu’a dit le Kazakhstan sur le risque d’une course aux armements nucléaires ?",
              "Que disent les dirigeants du C5+1 sur l’Afghanistan ?"));

  private Guide() {}

  /** The welcome, with three example questions in the user's language. */
  static String welcome(Lang ui) {
    StringBuilder html = new StringBuilder(Phrase.WELCOME.in(ui));
    for (String example : EXAMPLES.get(ui)) {
      html.append("\n• <i>").append(Html.escape(example)).append("</i>");
    }
    return html.append("\n\n").append(Phrase.WELCOME_END.in(ui)).toString();
  }

  /** The commands; inline mode when the bot has a name; the admin commands for admins. */
  static String help(Lang ui, boolean admin, String botName) {
    return Phrase.HELP.in(ui)
        + (botName.isEmpty() ? "" : Phrase.HELP_INLINE.in(ui, Html.escape(botName)))
        + (admin ? Phrase.HELP_ADMIN.in(ui) : "");
  }

  /** The answer to a bare {@code /ask}: how to use it, with an example. */
  static String askEmpty(Lang ui) {
    return Phrase.ASK_EMPTY.in(ui, Html.escape(EXAMPLES.get(ui).get(0)));
  }
}
