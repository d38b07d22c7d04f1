package org.balagh.retrieval.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.balagh.retrieval.analysis.Words;
import org.balagh.retrieval.model.Role;

/**
 * Splits a transcript (a press briefing, a press conference, an interview) into speaker turns, each
 * with its label and {@link Role}; a statement that is no transcript is one official turn.
 *
 * <p>A turn starts at a paragraph that opens with a speaker label: "Q" ("Q Hi, thank you.", "Q -
 * Est-ce …"), a reply's letter before a dash ("R - Non.", «ج - لا»), or up to six words before a
 * colon ("MS. PSAKI:", "SENIOR ADMINISTRATION OFFICIAL:", "Spokesperson Mao Ning:", «المتحدث:», «
 * Question : »), and runs to the next. Prose also has "Words: more words", so the conventions are
 * read from the statement itself: a text is a transcript when it holds at least two different
 * strong labels ("Q", a label of {@link SpeakerLabels}, or one used twice), or one used twice
 * between paragraphs that ask under other labels like names (a press conference whose outlets each
 * ask once: "Mao Ning: …", "AFP: Will …?", "Mao Ning: …", "Reuters: Why …?"); then labels used once
 * count too when they look like names (all capitals, or several capitalised words, or a short
 * Arabic phrase), or when they ask and are one capitalised word ("AFP: Will …?") or hold a comma or
 * a number ("Sidhant Sibal, WION: Sir, will …?", "Speaker 2: What …?"). A colon before a digit is a
 * time's ("At 3:00 p.m."), and a salutation is no speaker ("EXCELLENCIES, DISTINGUISHED LADIES AND
 * GENTLEMEN:"). Roles come from {@link SpeakerLabels}, else from the transcript: a speaker most of
 * whose turns end with a question mark is a reporter (unless named by an office, "THE PRESIDENT"),
 * any other speaks for the publisher.
 */
public final class Transcript {

  /** "Q", "Q:", "Q.", and "Q –" or "Q– " (but not "Q-Day"). */
  private static final Pattern Q_LABEL =
      Pattern.compile("^(Q)(?:\\s*[.:]\\s*|\\s*[\\-–—]\\s+|\\s+)(?=\\S)");

  /**
   * A reply's or a question's letter before a dash: "R - Non.", "A - No.", «ج - لا»; not before a
   * full stop ("A. Philip Randolph") or an em dash ("A — but, Anderson").
   */
  private static final Pattern LETTER_LABEL =
      Pattern.compile("^([AR]|[سج])\\.?[ \\u00A0]*[-–][ \\u00A0]+(?=[^\\s\\-–—])");

  /**
   * A reply's letter before a full stop ("A. No."), a label only where the questions are written
   * "Q." too: elsewhere it is an initial ("A. Philip Randolph").
   */
  private static final Pattern DOTTED_LETTER = Pattern.compile("^([AR])\\.[ \\u00A0]+(?=\\S)");

  private static final Pattern LATIN_LABEL =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}\\p{M}.'’\\-]*"
              + "(?:,?[ \\u00A0](?:[\\p{L}\\p{M}\\p{N}.'’\\-]+|\\([^()\\n]{1,40}\\))){0,5})"
              + "[ \\u00A0]?:(?!\\d)(?:\\s+|(?=\\S)|$)");
  private static final Pattern ARABIC_LABEL =
      Pattern.compile(
          "^(\\p{IsArabic}[\\p{IsArabic}\\p{M}]*(?:[ \\u00A0]+[\\p{IsArabic}\\p{M}]+){0,4})"
              + "[ \\u00A0]*[:：](?:\\s+|(?=\\S)|$)");

  private final SpeakerLabels labels;

  public Transcript(SpeakerLabels labels) {
    this.labels = labels;
  }

  /** A paragraph that opens with what may be a speaker label. */
  private record Labelled(int start, int body, String label, String key, Kind kind, boolean asks) {}

  private enum Kind {
    Q,
    DOTTED,
    NAME_LIKE,
    WEAK,
    PROSE
  }

  /** The turns of a statement's text, in order, covering it whole. */
  public List<Turn> turns(String text) {
    List<Turn> whole = List.of(new Turn(0, 0, text.length(), "", Role.OFFICIAL));
    if (Wrapping.isHardWrapped(text)) {
      return whole;
    }
    List<Labelled> candidates = dottedOnlyAfterDottedQuestions(text, candidates(text));
    Map<String, Integer> uses = new HashMap<>();
    candidates.forEach(c -> uses.merge(c.key(), 1, Integer::sum));
    List<String> strong = new ArrayList<>();
    int strongParagraphs = 0;
    for (Labelled c : candidates) {
      if (isStrong(c, uses)) {
        strongParagraphs++;
        if (!strong.contains(c.key())) {
          strong.add(c.key());
        }
      }
    }
    if (strongParagraphs < 2 || strong.size() < 2 && asking(candidates, strong) < 2) {
      return whole;
    }
    List<Labelled> accepted = new ArrayList<>();
    for (Labelled c : candidates) {
      if (isStrong(c, uses) || c.kind() == Kind.NAME_LIKE || c.kind() == Kind.WEAK && c.asks()) {
        accepted.add(c);
      }
    }
    return turns(text, accepted);
  }

  /**
   * How many paragraphs open with a label like a name, other than the strong ones, and ask: the
   * outlets of a press conference that each ask once ("AFP: Will …?", "Reuters: Why …?") between
   * the spokesperson's turns, whose label alone is strong.
   */
  private static int asking(List<Labelled> candidates, List<String> strong) {
    int asking = 0;
    for (Labelled c : candidates) {
      if (c.asks() && c.kind() != Kind.PROSE && c.kind() != Kind.Q && !strong.contains(c.key())) {
        asking++;
      }
    }
    return asking;
  }

  /** The candidates, less the dotted letters ("A.") unless two questions are written "Q.". */
  private static List<Labelled> dottedOnlyAfterDottedQuestions(
      String text, List<Labelled> candidates) {
    long dottedQuestions =
        candidates.stream()
            .filter(c -> c.kind() == Kind.Q && text.startsWith("Q.", c.start()))
            .count();
    return dottedQuestions >= 2
        ? candidates
        : candidates.stream().filter(c -> c.kind() != Kind.DOTTED).toList();
  }

  private boolean isStrong(Labelled c, Map<String, Integer> uses) {
    return c.kind() == Kind.Q
        || labels.roleOf(c.key()) != null
        || c.kind() != Kind.PROSE && uses.get(c.key()) >= 2;
  }

  private List<Turn> turns(String text, List<Labelled> accepted) {
    List<Turn> turns = new ArrayList<>();
    if (accepted.get(0).start() > 0 && !text.substring(0, accepted.get(0).start()).isBlank()) {
      turns.add(new Turn(0, 0, accepted.get(0).start(), "", Role.OFFICIAL));
    }
    Map<String, int[]> questions = new HashMap<>();
    for (int i = 0; i < accepted.size(); i++) {
      Labelled c = accepted.get(i);
      int end = i + 1 < accepted.size() ? accepted.get(i + 1).start() : text.length();
      int[] counts = questions.computeIfAbsent(c.key(), k -> new int[2]);
      counts[0]++;
      counts[1] += endsWithQuestion(text, c.body(), end) ? 1 : 0;
    }
    for (int i = 0; i < accepted.size(); i++) {
      Labelled c = accepted.get(i);
      int end = i + 1 < accepted.size() ? accepted.get(i + 1).start() : text.length();
      Role role = labels.roleOf(c.key());
      if (role == null) {
        // "THE PRESIDENT" names an office of the host's side, whatever its turns ask.
        int[] counts = questions.get(c.key());
        boolean asks = 2 * counts[1] >= counts[0] && !c.key().startsWith("the ");
        role = asks ? Role.REPORTER : Role.OFFICIAL;
      }
      turns.add(new Turn(c.start(), c.body(), end, c.label(), role));
    }
    return turns;
  }

  /**
   * Thanks that close a reporter's turn after the question ("… on Kashmir? Thank you.", «؟ شكرا»):
   * the turn still ends with its question.
   */
  private static final Pattern THANKS =
      Pattern.compile(
          "(?iu)(?:\\s*(?:thank you(?: (?:very|so) much)?|thanks(?: a lot)?|many thanks"
              + "|merci(?: beaucoup)?|je vous remercie|شكرا|شكراً|شكرا جزيلا|شكراً جزيلاً)"
              + "(?:[ ,]+\\p{L}+){0,2}[\\s\\p{Punct}]*)+$");

  /** Whether a turn's last words end with a question mark (closing quotes and thanks aside). */
  static boolean endsWithQuestion(String text, int from, int to) {
    Matcher thanks = THANKS.matcher(text.substring(from, to));
    if (thanks.find() && thanks.start() > 0) {
      to = from + thanks.start();
    }
    for (int i = to - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '”' || c == '"' || c == '»' || c == ')') {
        continue;
      }
      return c == '?' || c == '؟';
    }
    return false;
  }

  private static List<Labelled> candidates(String text) {
    List<Labelled> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int at = start;
      while (at < end && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      Labelled c = candidate(text, at, end);
      if (c != null) {
        out.add(c);
      }
      start = end + 1;
    }
    return out;
  }

  private static Labelled candidate(String text, int at, int end) {
    String line = text.substring(at, end);
    boolean asks = line.indexOf('?') >= 0 || line.indexOf('؟') >= 0;
    Matcher q = Q_LABEL.matcher(line);
    if (q.find()) {
      return new Labelled(at, at + q.end(), "Q", "q", Kind.Q, asks);
    }
    Matcher dotted = DOTTED_LETTER.matcher(line);
    if (dotted.find()) {
      String label = dotted.group(1);
      return new Labelled(
          at, at + dotted.end(), label, SpeakerLabels.key(label), Kind.DOTTED, asks);
    }
    Matcher letter = LETTER_LABEL.matcher(line);
    if (letter.find()) {
      String label = letter.group(1);
      return new Labelled(
          at, at + letter.end(), label, SpeakerLabels.key(label), Kind.NAME_LIKE, asks);
    }
    Matcher latin = LATIN_LABEL.matcher(line);
    if (latin.find()) {
      String label = latin.group(1);
      String key = SpeakerLabels.key(label);
      return addresses(key)
          ? null
          : new Labelled(at, at + latin.end(), label, key, kind(label), asks);
    }
    Matcher arabic = ARABIC_LABEL.matcher(line);
    if (arabic.find()) {
      String label = arabic.group(1);
      String key = SpeakerLabels.key(label);
      if (addresses(key)) {
        return null;
      }
      // A name or a title of up to three words; four or five («السفير أحمد أبو زيد») when the
      // label recurs or asks.
      Kind kind = label.strip().split("\\s+").length <= 3 ? Kind.NAME_LIKE : Kind.WEAK;
      return new Labelled(at, at + arabic.end(), label, key, kind, asks);
    }
    return null;
  }

  /**
   * Words that address an audience ("EXCELLENCIES, DISTINGUISHED LADIES AND GENTLEMEN:", «أصحاب
   * السعادة:», « Mesdames et Messieurs : »): a speech's salutation before a colon, not a speaker.
   */
  private static final Set<String> SALUTATIONS =
      Stream.of(
              "excellencies",
              "excellency",
              "ladies",
              "gentlemen",
              "delegates",
              "colleagues",
              "friends",
              "distinguished",
              "dear",
              "honourable",
              "honorable",
              "excellences",
              "mesdames",
              "messieurs",
              "chers",
              "chères",
              "délégués",
              "collègues",
              "amis",
              "أصحاب",
              "السيدات",
              "السادة",
              "الزملاء",
              "الحضور")
          .map(Words::fold)
          .collect(Collectors.toSet());

  /** Whether a label's words address an audience (see {@link #SALUTATIONS}). */
  private static boolean addresses(String key) {
    for (String word : key.split(" ")) {
      if (SALUTATIONS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** How much a Latin-script label looks like a speaker's name or title. */
  private static Kind kind(String label) {
    String[] words = label.split("[ \\u00A0]+");
    // A comma or a number ("Sidhant Sibal, WION", "Speaker 2", but also "So, Citigroup", "H.R.
    // 3537"): a label only when it asks, or recurs; so is one word ("Reuters").
    boolean marked = label.indexOf(',') >= 0 || label.matches(".*\\d.*");
    boolean caps = label.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    if (caps && label.chars().filter(Character::isLetter).count() >= 2) {
      return marked ? Kind.WEAK : Kind.NAME_LIKE;
    }
    for (String word : words) {
      // "l'Europe", "d'Ivoire": the capital follows the elided article.
      String name = word.replaceFirst("^[ldLD]['’]", "");
      if (!name.isEmpty()
          && !Character.isDigit(name.codePointAt(0))
          && !Character.isUpperCase(name.codePointAt(0))
          && !PARTICLES.contains(word)) {
        return Kind.PROSE;
      }
    }
    return words.length < 2 || marked ? Kind.WEAK : Kind.NAME_LIKE;
  }

  /** Small words that stay lower case inside names and titles ("Abd al Aziz", "Minister of"). */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "du", "des", "la", "le", "les", "al", "el", "bin", "ibn", "van", "von", "der", "of",
          "the", "and", "for", "y", "et", "à");
}
