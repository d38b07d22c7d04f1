package org.balagh.retrieval.search;

import java.util.List;
import java.util.Locale;
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
              + "|sur|à propos d[eu']|au sujet d[eu']|concernant|quant à"
              + "|عن|حول|بشأن|بخصوص|تجاه|ازاء|إزاء)\\s",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** «موقف X من Y»: "من" marks the topic only after "موقف" (position), being "from" otherwise. */
  private static final Pattern ARABIC_POSITION = Pattern.compile("موقف(.+?)\\sمن\\s");

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

  private static String stance() {
    return "(?:view|views|position|stance|reaction|response|take|line|assessment|policy)";
  }

  static QuestionShape of(String question) {
    String text = " " + question + " ";
    Matcher position = ARABIC_POSITION.matcher(text);
    if (position.find()) {
      return split(text, position.end(1), position.end());
    }
    Matcher stance = STANCE.matcher(text);
    if (stance.find()) {
      return split(text, stance.start(1), stance.end(1));
    }
    Matcher marker = MARKER.matcher(text);
    if (marker.find()) {
      return split(text, marker.start(), marker.end());
    }
    return new QuestionShape("", question);
  }

  /**
   * Words that make the part before the topic a speaker's words or stance ("What did China
   * <em>say</em>", «ماذا <em>قالت</em> الصين», « Qu'a <em>déclaré</em> Pékin »), rather than an
   * event ("When did Sudan become independent from …", «متى استقل السودان عن …»).
   */
  private static final Pattern SPEECH =
      Pattern.compile(
          "\\b(?:say|says|said|state[sd]?|stated|declare[sd]?|announce[sd]?|think|thinks|thought"
              + "|view|views|position|stance|reaction|react(?:ed)?|respon(?:d|ded|se)|comment(?:ed)?"
              + "|tell|told|warn(?:ed)?|urge[sd]?|call(?:ed)?|condemn(?:ed)?|welcome[sd]?|line|take"
              + "|dit|déclaré|pense|annoncé|réagi|répondu|condamné|salué|affirmé|exprimé)\\b"
              + "|قال|قالت|يقول|تقول|صرح|صرحت|أعلن|أعلنت|أكد|أكدت|موقف|رأي|يرى|ترى|علق|علقت|رد|ردت"
              + "|دعا|دعت|أدان|أدانت|رحب|رحبت",
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
