package org.balagh.retrieval.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits "what did X say about Y" questions into who spoke (X) and the topic (Y): the sentence
 * quoted should be about Y, while X may be met in its statement (the speaker, the title, the
 * countries involved). Questions without such a marker are all topic.
 */
record QuestionShape(String speaker, String topic) {

  private static final Pattern MARKER =
      Pattern.compile(
          "\\s(?:about|regarding|concerning|on the (?:subject|issue|question) of|with regard to"
              + "|sur|à propos d[eu']|au sujet d[eu']|concernant|quant à|à l'égard d[eu]"
              + "|vis-à-vis d[eu]|envers"
              + "|عن|حول|بشأن|بخصوص|تجاه|ازاء|إزاء)\\s",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * « Que pense X de Y ? », « Que dit X du Y ? »: "de" marks the topic only after a verb of
   * thinking or saying, being "of" otherwise; read when no other marker is there.
   */
  private static final Pattern FRENCH_THINKS =
      Pattern.compile(
          "\\s(?:pense|pensent|pensait|dit|disent|disait|a dit|ont dit)\\s(.+?)\\s(?:de|du|des)\\s",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** «موقف X من Y»: "من" marks the topic only after "موقف" (position), being "from" otherwise. */
  private static final Pattern ARABIC_POSITION = Pattern.compile("موقف(.+?)\\sمن\\s");

  /**
   * «ما رأي X في Y؟» (what is X's opinion on Y): "في" marks the topic only after a question's
   * opening "ما (هو) رأي", being "in" otherwise («الرأي العام في …» is public opinion in …).
   */
  private static final Pattern ARABIC_OPINION =
      Pattern.compile("^\\s*و?ما\\s+(?:هو\\s+)?رأي(.+?)\\sفي\\s");

  /**
   * "Beijing's view on Y", "the position of Morocco on Y": "on" and "to" mark the topic only after
   * a word for a stance, being places and times otherwise.
   */
  private static final Pattern STANCE =
      Pattern.compile(
          "(?:['’]s\\s+"
              + stance()
              + "|\\s"
              + stance()
              + "\\s+of\\s.+?)"
              + "(\\s(?:on|to|towards?|regarding|about)\\s)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * « la réaction de X au Y », « la réponse de Washington aux … »: "à" marks the topic only after a
   * word for a stance, being places otherwise (« à Rabat »).
   */
  private static final Pattern FRENCH_STANCE =
      Pattern.compile(
          "\\s(?:réaction|réponse|position|attitude|avis|point de vue)\\s+(?:de|du|des|d')\\s*.+?"
              + "(\\s(?:à|au|aux|face à|face au|face aux|vis-à-vis des?|vis-à-vis du)\\s)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "the US reaction to Y", "the Chinese position on Y": the words between "the" and the stance
   * name who takes it, when they name a country or a government.
   */
  private static final Pattern THE_STANCE =
      Pattern.compile(
          "\\bthe\\s+((?:\\S+\\s+){0,2}?\\S+)\\s+"
              + stance()
              + "(\\s(?:on|to|towards?|regarding|about)\\s)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static String stance() {
    return "(?:view|views|opinion|attitude|position|stance|reaction|response|take|line|assessment"
        + "|policy)";
  }

  static QuestionShape of(String question) {
    String text = " " + question + " ";
    Matcher position = ARABIC_POSITION.matcher(text);
    if (position.find()) {
      return split(text, position.end(1), position.end());
    }
    Matcher opinion = ARABIC_OPINION.matcher(text);
    if (opinion.find()) {
      return split(text, opinion.end(1), opinion.end());
    }
    Matcher stance = STANCE.matcher(text);
    if (stance.find()) {
      return split(text, stance.start(1), stance.end(1));
    }
    Matcher marker = MARKER.matcher(text);
    if (marker.find()) {
      return split(text, marker.start(), marker.end());
    }
    Matcher french = FRENCH_STANCE.matcher(text);
    if (french.find()) {
      return split(text, french.start(1), french.end(1));
    }
    Matcher thinks = FRENCH_THINKS.matcher(text);
    if (thinks.find()) {
      return split(text, thinks.end(1), thinks.end());
    }
    return new QuestionShape("", question);
  }

  /**
   * The verbs of judging what another did ("condemn", "welcome", "react", "comment") or of viewing
   * it («كيف ترى الصين …», « Comment la Chine voit-elle … »; English's "view" is read by {@link
   * #HOW_VIEW}), Latin then Arabic: next to one, a country's name is the speaker too ("Did the
   * United States condemn …", « Les États-Unis ont-ils condamné … »). Not next to the other verbs
   * of speaking out: «متى أعلنت موريشيوس استقلالها؟» (announced) asks about an event. Arabic forms
   * take the feminine ت optional, and tried first: the match must be the whole word.
   */
  private static final String JUDGING_LATIN =
      "condemn(?:ed|s)?|welcome[sd]?|congratulate[sd]?|praise[sd]?|critici[sz]e[sd]?"
          + "|denounce[sd]?|respond(?:ed|s)?|react(?:ed|s)?|comment(?:ed|s)?"
          + "|réagi|répondu|commenté|condamné|salué|félicité|critiqué|dénoncé|voit|perçoit";

  /** Of judging, and of viewing: «كيف ترى الصين …» (how does China see …). */
  private static final String JUDGING_ARABIC =
      "ردت?|أدانت?|رحبت?|هنأت?|أشادت?|انتقدت?|علقت?|ترى|يرى|تنظر|ينظر";

  private static final Pattern JUDGE =
      Pattern.compile(
          "\\b(?:" + JUDGING_LATIN + ")\\b|" + JUDGING_ARABIC,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Verbs of speaking out, which make whoever does it the speaker even with no topic marker: those
   * of judging and viewing, and others. Fewer than {@link #SPEECH}: "view", "take", "line", "call"
   * and "state(s)" are most often something else outside "X's take on" ("the views of Romanians",
   * "take control", "the United States"); "How does China view …" is read by {@link #HOW_VIEW}.
   */
  private static final Pattern ACT =
      Pattern.compile(
          "\\b(?:say|says|said|tell|told|declare[sd]?|announce[sd]?|warn(?:ed|s)?|urge[sd]?"
              + "|reject(?:ed|s)?|dit|déclaré|annoncé|affirmé|rejeté|"
              + JUDGING_LATIN
              + ")\\b"
              + "|قالت?|صرحت?|أعلنت?|أكدت?|دعت|دعا|حذرت?|رفضت?|موقف|"
              + JUDGING_ARABIC,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern HARAKAT = Pattern.compile("[\\u064B-\\u065F\\u0670]");

  /** "How does X view Y?": X, when it names a country or a government, is who views. */
  private static final Pattern HOW_VIEW =
      Pattern.compile(
          "^\\s*how\\s+(?:does|do|did|would|will)\\s+(.+?)\\s+(?:view|see|regard|perceive|assess)\\s",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words a speech verb may have between it and the government it names. */
  private static final int SUBJECT_WORDS = 4;

  /**
   * As {@link #of(String)}, and, for a question with no topic marker, a government named as the one
   * who speaks ("Did <em>the White House</em> congratulate …", «هل أدانت <em>واشنطن</em> …», «
   * <em>Pékin</em> a-t-il condamné … »): the words up to the speech verb and the government right
   * before it (after it in Arabic, whose verb comes first) become the speaker part, the rest the
   * topic. Without a government next to the verb ("Who condemned …"), the question stays all topic.
   * A country's name counts as a government next to a verb of judging ({@link #JUDGE}) only.
   *
   * @param namesGovernment whether a text names a government (by its capital or seat)
   * @param namesCountry whether a text names a country
   */
  static QuestionShape of(
      String question, Predicate<String> namesGovernment, Predicate<String> namesCountry) {
    QuestionShape shape = of(question);
    if (shape.hasTopic()) {
      return shape;
    }
    Matcher view = HOW_VIEW.matcher(question);
    if (view.find() && (namesGovernment.test(view.group(1)) || namesCountry.test(view.group(1)))) {
      return split(question, view.end() - 1, view.end());
    }
    Matcher the = THE_STANCE.matcher(question);
    if (the.find() && (namesGovernment.test(the.group(1)) || namesCountry.test(the.group(1)))) {
      return split(question, the.start(2), the.end(2));
    }
    // Arabic short vowels and shadda left out, as the analysis does («هنّأ» is «هنأ»).
    String text = " " + HARAKAT.matcher(question).replaceAll("") + " ";
    Matcher verb = ACT.matcher(text);
    while (verb.find()) {
      if (!wholeWord(text, verb.start(), verb.end())) {
        continue;
      }
      boolean judges = JUDGE.matcher(text.substring(verb.start(), verb.end())).matches();
      Predicate<String> speaks = judges ? namesGovernment.or(namesCountry) : namesGovernment;
      if (Script.isArabic(text.charAt(verb.start()))) {
        // The subject follows the verb: the first words after it that name a government.
        int end = verb.end();
        for (int k = 0; k < SUBJECT_WORDS && end < text.length() - 1; k++) {
          end = nextWordEnd(text, end);
          if (speaks.test(text.substring(verb.end(), end))) {
            // And the others it names with it: «واشنطن والقاهرة».
            int next = nextWordEnd(text, end);
            while (next > end && speaks.test(text.substring(end, next).strip())) {
              end = next;
              next = nextWordEnd(text, end);
            }
            return split(text, end, end);
          }
        }
      } else if (speaks.test(lastWords(text.substring(0, verb.start())))) {
        return split(text, verb.end(), verb.end());
      } else if (!hasLetters(text.substring(0, verb.start()))) {
        // A first word has no subject before it: « Comment Washington a-t-il réagi … » asks
        // how, it does not comment.
        continue;
      }
      return shape;
    }
    return shape;
  }

  /**
   * Whether a match stands as a word: Arabic forms are matched without boundaries (the pattern's
   * \\b knows no Arabic letters), so «رد» must not be taken inside «مورد»; a conjunction و or ف may
   * lead it.
   */
  private static boolean wholeWord(String text, int start, int end) {
    if (!Script.isArabic(text.charAt(start))) {
      return true;
    }
    int before = start;
    if (before > 0 && (text.charAt(before - 1) == 'و' || text.charAt(before - 1) == 'ف')) {
      before--;
    }
    boolean opens = before == 0 || !Character.isLetter(text.charAt(before - 1));
    boolean closes = end >= text.length() || !Character.isLetter(text.charAt(end));
    return opens && closes;
  }

  private static int nextWordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The last {@link #SUBJECT_WORDS} words of a text: the subject next to the verb after it. */
  private static String lastWords(String text) {
    String[] words = text.strip().split("\\s+");
    int from = Math.max(0, words.length - SUBJECT_WORDS);
    return String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
  }

  /**
   * Words that make the part before the topic a speaker's words or stance ("What did China
   * <em>say</em>", «ماذا <em>قالت</em> الصين», « Qu'a <em>déclaré</em> Pékin »), rather than an
   * event ("When did Sudan become independent from …", «متى استقل السودان عن …»).
   */
  private static final Pattern SPEECH =
      Pattern.compile(
          "\\b(?:say|says|said|state[sd]?|stated|declare[sd]?|announce[sd]?|think|thinks|thought"
              + "|view|views|opinion|attitude|assessment|policy|position|stance|reaction|react(?:ed)?"
              + "|respon(?:d|ded|se)|comment(?:ed)?|avis"
              + "|tell|told|warn(?:ed)?|urge[sd]?|call(?:ed)?|condemn(?:ed)?|welcome[sd]?|line|take"
              + "|congratulate[sd]?|praise[sd]?|critici[sz]e[sd]?|denounce[sd]?|reject(?:ed|s)?"
              + "|dit|déclaré|pense|annoncé|réagi|répondu|condamné|salué|affirmé|exprimé|réaction|réponse"
              + "|félicité|critiqué|dénoncé|rejeté)\\b"
              + "|قال|قالت|يقول|تقول|صرح|صرحت|أعلن|أعلنت|أكد|أكدت|موقف|رأي|يرى|ترى|علق|علقت|رد|ردت"
              + "|دعا|دعت|أدان|أدانت|رحب|رحبت|هنأ|هنأت|أشاد|أشادت|انتقد|انتقدت|حذر|حذرت|رفض|رفضت",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether the part before the topic is someone speaking or taking a stance: only then does the
   * question ask to hear from whoever it names (see {@code Question#speakers}).
   */
  boolean speech() {
    return hasTopic() && SPEECH.matcher(speaker).find();
  }

  private static QuestionShape split(String text, int speakerEnd, int topicStart) {
    String speaker = text.substring(0, speakerEnd).strip();
    String topic = text.substring(topicStart).strip();
    if (!hasLetters(speaker) || !hasLetters(topic)) {
      return new QuestionShape("", text.strip());
    }
    return new QuestionShape(speaker, topic);
  }

  private static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /** Whether the question marks its topic apart from who spoke. */
  boolean hasTopic() {
    return !speaker.isEmpty();
  }

  /** The parts with whether each names the speaker, the speaker first. */
  List<Part> parts() {
    return speaker.isEmpty()
        ? List.of(new Part(topic, false))
        : List.of(new Part(speaker, true), new Part(topic, false));
  }

  /** A part of the question, and whether it names who spoke. */
  record Part(String text, boolean speaker) {
    @Override
    public String toString() {
      return (speaker ? "speaker: " : "topic: ") + text.toLowerCase(Locale.ROOT);
    }
  }
}
