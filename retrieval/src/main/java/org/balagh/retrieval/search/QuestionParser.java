package org.balagh.retrieval.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.AnswerKind;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.analysis.CountryTagger;
import org.balagh.retrieval.analysis.Words;
import org.balagh.retrieval.corpus.DateReader;
import org.balagh.retrieval.corpus.LanguageGuesser;
import org.balagh.retrieval.index.NameTable;
import org.balagh.retrieval.model.Request;
import org.balagh.retrieval.text.NameKey;

/**
 * Reads a user's question: cleans it (control and formatting characters out, length capped),
 * guesses its language, finds the countries it names and turns its words into concepts. The words
 * are analysed as statements are, never parsed as query syntax, so {@code AND}, quotes, {@code *}
 * or brackets are plain text.
 */
public final class QuestionParser {

  /** Questions are cut to this many characters: enough for any real question. */
  public static final int MAX_CHARS = 500;

  /** At most this many concepts are searched; the rest of a long question is ignored. */
  public static final int MAX_CONCEPTS = 24;

  /** Weight of a glossary translation against the question's own word. */
  static final float TRANSLATION_WEIGHT = 0.5f;

  /**
   * The share of its weight a lexicon sense keeps beside the glossary's for a word the glossary
   * translates alone («قرار»: "resolution" from the glossary, "decision" from the lexicons).
   */
  static final float SENSE_SHARE = 0.5f;

  /**
   * How many times the archive must write a name for a word that the lexicons translate to reach
   * it; an untranslated word reaches a name written once.
   */
  static final int TRANSLATED_NAME_TIMES = 2;

  /**
   * Weight of an Arabic word's whole form against its stem's (see {@link
   * org.balagh.retrieval.analysis.Analyzers#isWholeWord}): a sentence that writes the very word
   * gains a little over one that shares only its stem.
   */
  static final float WHOLE_WORD_WEIGHT = 0.1f;

  /** Weight of a glossary synonym in the question's own language. */
  static final float SYNONYM_WEIGHT = 0.8f;

  private final Analyzers analyzers;
  private final CountryTagger tagger;
  private final Metonyms metonyms;

  /** Loaded beside the index, on another thread: it takes a second or two to analyse. */
  private final CompletableFuture<Lexicon> lexicon;

  public QuestionParser(Analyzers analyzers) {
    this(analyzers, null);
  }

  /**
   * A parser whose lexicons, once analysed, are kept in {@code cacheFolder} (the indexes' folder)
   * and read back from there at the next start; none when null.
   */
  public QuestionParser(Analyzers analyzers, Path cacheFolder) {
    this.analyzers = analyzers;
    this.tagger = new CountryTagger(analyzers.countries());
    this.metonyms = new Metonyms(analyzers);
    this.lexicon =
        CompletableFuture.supplyAsync(
            () ->
                cacheFolder == null
                    ? Lexicon.installed(analyzers)
                    : LexiconCache.load(analyzers, cacheFolder));
  }

  /**
   * Waits, at most {@code timeout}, for the lexicons to finish loading: the load may still be
   * writing its file into the cache folder, which must not change once its owner has closed.
   * Returns whether the load has ended.
   */
  public boolean awaitLoaded(Duration timeout) {
    try {
      lexicon.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /** Reads a question with no glossary: its words are looked for in its own language only. */
  public Question parse(String raw) {
    return parse(raw, Glossary.empty());
  }

  /** Reads a question with a glossary, for no index in particular. */
  public Question parse(String raw, Glossary glossary) {
    return parse(raw, glossary, NameTable.empty());
  }

  /**
   * Reads a question; words the glossary and the lexicons know are also looked for in their
   * translations, and names in the other script among those the index's statements write, so the
   * question reaches statements in the other languages.
   */
  public Question parse(String raw, Glossary glossary, NameTable names) {
    String text = clean(raw);
    String language = language(text);
    QuestionShape shape =
        QuestionShape.of(
            text,
            part -> namesGovernment(part, language),
            part -> !tagger.countries(part, CountryNames.ANY).isEmpty());
    return read(text, language, shape, List.of(), glossary, names);
  }

  /**
   * Whether a part of a question in a language names a government by its capital or seat ("the
   * White House", «الكرملين», « Pékin »): a name that stands for the government only, where a
   * country's name is as often the place where something happens («متى أعلنت موريشيوس استقلالها؟»).
   */
  private boolean namesGovernment(String text, String language) {
    for (Script script : Script.split(text)) {
      String field = script.arabic() ? "ar" : latinFields(language).get(0);
      List<List<String>> analysed = analyzers.questionWords(script.text(), field);
      if (!metonyms.find(analysed, field, script.text()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a structured request: its topic as a question's topic, its country as who spoke ("what
   * did Morocco say about wheat", but without a sentence to read it from).
   */
  public Question parse(Request request, Glossary glossary, NameTable names) {
    String topic = clean(request.topic());
    String language = request.language().isEmpty() ? language(topic) : request.language();
    QuestionShape shape = new QuestionShape(request.speaker(), topic);
    return read(topic, language, shape, List.of(request.speaker()), glossary, names);
  }

  private static String language(String text) {
    String language = LanguageGuesser.guess(text);
    return language.equals("und") ? "en" : language;
  }

  /**
   * Reads a question's parts into concepts; {@code speakerCodes}, the countries a structured
   * request names as who spoke, come first, its speaker part being their code and not words.
   */
  private Question read(
      String text,
      String language,
      QuestionShape shape,
      List<String> speakerCodes,
      Glossary glossary,
      NameTable names) {
    String own = Analyzers.fieldLanguage(language);
    List<Word> words = new ArrayList<>();
    Set<String> searched = new LinkedHashSet<>();
    Set<String> named = new LinkedHashSet<>(speakerCodes);
    named.addAll(tagger.countries(text, CountryNames.ANY));
    Set<String> speakers = new LinkedHashSet<>();
    Set<String> nameLabels = new LinkedHashSet<>();
    for (String code : speakerCodes) {
      String field = own.equals("ar") ? "ar" : latinFields(own).get(0);
      searched.add(field);
      words.add(new Word(List.of(Analyzers.countryTerm(code)), field, true, List.of(), List.of()));
    }
    List<QuestionShape.Part> parts =
        speakerCodes.isEmpty() ? shape.parts() : List.of(new QuestionShape.Part(text, false));
    for (QuestionShape.Part part : parts) {
      for (Script script : Script.split(part.text())) {
        for (String field : script.arabic() ? List.of("ar") : latinFields(own)) {
          searched.add(field);
          List<List<String>> analysed = analyzers.questionWords(script.text(), field);
          List<List<List<Question.Term>>> phrases = new ArrayList<>();
          Set<Integer> single = new HashSet<>();
          List<List<Question.Term>> translations =
              translations(analysed, field, glossary, phrases, single);
          translate(analysed, field, translations, single);
          bridgeNames(script, field, analysed, translations, names, nameLabels, text);
          List<Word> run = new ArrayList<>();
          for (int i = 0; i < analysed.size(); i++) {
            run.add(
                new Word(
                    analysed.get(i), field, part.speaker(), translations.get(i), phrases.get(i)));
          }
          for (PhraseTable.Match<Metonyms.Metonym> match :
              metonyms.find(analysed, field, script.text())) {
            named.add(match.value().code());
            run.set(match.from(), governmentOf(match, run));
            for (int i = match.from() + 1; i < match.to(); i++) {
              run.set(i, null);
            }
          }
          for (Word word : run) {
            if (word != null && word.speaker() && shape.speech() && isCountry(word)) {
              speakers.add(Analyzers.countryCode(word.readings().get(0)));
            }
            if (word != null) {
              // Unless the question says what it is about, the countries it names are most
              // often those who spoke ("Did Japan and the United States agree on …"), as its
              // statement shows, rather than what the quoted sentence names.
              boolean speaker =
                  word.speaker()
                      || !shape.hasTopic() && Analyzers.isCountryTerm(word.readings().get(0));
              words.add(
                  new Word(word.readings(), field, speaker, word.translations(), word.phrases()));
              word.translations().forEach(t -> searched.add(t.fieldLanguage()));
            }
          }
        }
      }
    }
    // A country or a number is one in every language: a question that names only countries
    // ("Qu'a dit la Chine sur le Kenya ?") asks the archive in all its languages, not only in those
    // its other words happen to be translated into (after the question's own, which stay first).
    searched.addAll(Analyzers.FIELD_LANGUAGES);
    Map<String, Question.Concept> concepts = new LinkedHashMap<>();
    for (Word word : words) {
      Question.Concept known = concepts.get(word.readings().get(0));
      if (known == null && concepts.size() < MAX_CONCEPTS) {
        concepts.put(word.readings().get(0), concept(word, searched));
      } else if (known != null && known.speaker() && !word.speaker()) {
        // Named as the topic too: the topic counts.
        concepts.put(word.readings().get(0), concept(word, searched));
      }
    }
    return new Question(
        text,
        language,
        List.copyOf(named),
        List.copyOf(speakers),
        shape.speech(),
        AnswerKind.askedBy(text),
        new ArrayList<>(concepts.values()),
        dated(text, own, concepts.keySet()),
        List.copyOf(nameLabels));
  }

  /** A run of letters (with their marks) or of digits. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|\\p{Nd}+");

  /** Words between a month's name and its year: "May of 2021", « octobre de 2022 ». */
  private static final Set<String> BEFORE_YEAR = Set.of("of", "de", "d");

  /**
   * The concepts of a question that name a time a statement's date may fall in: a year from 1900 to
   * 2099, read with the month named right before it ("in May 2021", « en décembre 2023 », «في أبريل
   * 2023»), and that month's name when it is a concept.
   */
  private List<Question.Dated> dated(String text, String own, Set<String> labels) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    List<Question.Dated> dated = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Integer year = year(tokens.get(i));
      if (year == null) {
        continue;
      }
      String label = Integer.toString(year);
      int before = i - 1;
      if (before > 0 && BEFORE_YEAR.contains(tokens.get(before).toLowerCase(Locale.ROOT))) {
        before--;
      }
      Integer named = before >= 0 ? DateReader.monthNamed(tokens.get(before)) : null;
      int month = named == null ? 0 : named;
      // "In May 2021": a statement of that month says the year (and the month, when the month
      // is a word of the question rather than a stopword, as "May" is).
      if (labels.contains(label)) {
        dated.add(new Question.Dated(label, year, month));
      }
      if (month > 0) {
        String word = tokens.get(before);
        String field = Script.split(word).get(0).arabic() ? "ar" : latinFields(own).get(0);
        List<List<String>> read = analyzers.questionWords(word, field);
        if (!read.isEmpty() && labels.contains(read.get(0).get(0))) {
          dated.add(new Question.Dated(read.get(0).get(0), year, month));
        }
      }
    }
    return dated;
  }

  /** The year a run of digits writes, from 1900 to 2099, or null. */
  private static Integer year(String token) {
    if (token.length() != 4) {
      return null;
    }
    int year = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(token.charAt(i), 10);
      if (digit < 0) {
        return null;
      }
      year = year * 10 + digit;
    }
    return year >= 1900 && year <= 2099 ? year : null;
  }

  private static boolean isCountry(Word word) {
    return Analyzers.isCountryTerm(word.readings().get(0));
  }

  /**
   * The words of a capital or seat of government read as one: the country it stands for, or the
   * place itself ("a delegation would go to Beijing").
   */
  private static Word governmentOf(PhraseTable.Match<Metonyms.Metonym> match, List<Word> run) {
    List<String> readings = new ArrayList<>();
    readings.add(Analyzers.countryTerm(match.value().code()));
    List<Question.Term> translations = new ArrayList<>();
    for (int i = match.from(); i < match.to(); i++) {
      readings.addAll(run.get(i).readings());
      translations.addAll(run.get(i).translations());
    }
    Word first = run.get(match.from());
    return new Word(readings, first.field(), first.speaker(), translations, List.of());
  }

  /**
   * For each word, the terms that translate it: every expression, in the other languages, of the
   * glossary rows whose expression the word is part of. Into {@code phrases}, for each word, those
   * expressions that are several terms: only all of them together say what the word's expression
   * says.
   */
  private static List<List<Question.Term>> translations(
      List<List<String>> words,
      String field,
      Glossary glossary,
      List<List<List<Question.Term>>> phrases,
      Set<Integer> single) {
    List<List<Question.Term>> translations = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      translations.add(new ArrayList<>());
      phrases.add(new ArrayList<>());
    }
    for (PhraseTable.Match<Glossary.Row> match : glossary.find(words, field)) {
      List<Question.Term> terms = new ArrayList<>();
      List<List<Question.Term>> several = new ArrayList<>();
      match
          .value()
          .expressions()
          .forEach(
              (language, expressions) -> {
                // Synonyms in the question's own language too: «مبادرة الحكم الذاتي» also finds
                // «مخطط الحكم الذاتي».
                float weight = language.equals(field) ? SYNONYM_WEIGHT : TRANSLATION_WEIGHT;
                for (List<String> expression : expressions) {
                  List<Question.Term> phrase = new ArrayList<>();
                  for (String term : expression) {
                    Question.Term translated = new Question.Term(language, term, weight);
                    phrase.add(translated);
                    if (!terms.contains(translated)) {
                      terms.add(translated);
                    }
                  }
                  if (phrase.size() > 1 && language.equals(field)) {
                    several.add(phrase);
                  }
                }
              });
      for (int i = match.from(); i < match.to(); i++) {
        translations.get(i).addAll(terms);
        phrases.get(i).addAll(several);
      }
      if (match.to() - match.from() == 1) {
        single.add(match.from());
      }
    }
    return translations;
  }

  /**
   * Adds the lexicons' translations of the words the glossary leaves untranslated, each weighed by
   * its share of the word's translations: the glossary's own, for the domain's terms, come first; a
   * word the glossary translates alone ({@code single}) also keeps the lexicons' other senses, at
   * {@link #SENSE_SHARE} of their weight.
   */
  private void translate(
      List<List<String>> words,
      String field,
      List<List<Question.Term>> translations,
      Set<Integer> single) {
    for (int i = 0; i < words.size(); i++) {
      float share = 1f;
      if (!translations.get(i).isEmpty()) {
        // A glossary row gives the domain's sense of a word: a word it translates alone keeps
        // its other senses beside it, at a share; a word of a glossary expression does not
        // («إطلاق» of «وقف إطلاق النار» is no "release").
        if (!single.contains(i)) {
          continue;
        }
        share = SENSE_SHARE;
      }
      if (Analyzers.isCountryTerm(words.get(i).get(0))) {
        continue;
      }
      List<Question.Term> known = new ArrayList<>(translations.get(i));
      for (Lexicon.Translation translation : lexicon.join().of(field, words.get(i))) {
        for (String term : translation.terms()) {
          if (share < 1f
              && known.stream()
                  .anyMatch(
                      t ->
                          t.fieldLanguage().equals(translation.language())
                              && t.text().equals(term))) {
            continue;
          }
          translations
              .get(i)
              .add(
                  new Question.Term(
                      translation.language(),
                      term,
                      share * TRANSLATION_WEIGHT * translation.weight()));
        }
      }
    }
  }

  /**
   * Adds, to a word that may be a name (any Arabic word, a capitalised Latin one), the names of the
   * other script that the index's statements write with the same consonants: «بايدن» reaches
   * "Biden", "Blinken" «بلينكن»; and, to a capitalised word that the lexicons do not translate
   * between English and French, the other language's names with its consonants ("Poutine" reaches
   * "Putin"). Each weighs a share of a translation's weight.
   */
  private void bridgeNames(
      Script script,
      String field,
      List<List<String>> words,
      List<List<Question.Term>> translations,
      NameTable names,
      Set<String> nameLabels,
      String question) {
    // The words read as names go to nameLabels: a capitalised Latin word other than the
    // question's first, an Arabic word the lexicons do not translate that the archive writes as a
    // name in the other script.
    // Between English and French, a name the question's language does not translate ("Biden",
    // "Wagner" in a French question) is looked for as the other language's statements write it.
    List<String> targets =
        script.arabic() ? List.of("en", "fr") : List.of("ar", field.equals("en") ? "fr" : "en");
    for (Words.Word word : Words.split(script.text())) {
      String surface = word.text();
      String key = NameKey.of(surface);
      if (key.isEmpty() || !script.arabic() && !Character.isUpperCase(surface.charAt(0))) {
        continue;
      }
      List<List<String>> read = analyzers.questionWords(surface, field);
      if (read.size() != 1) {
        continue;
      }
      for (int i = 0; i < words.size(); i++) {
        if (!words.get(i).get(0).equals(read.get(0).get(0))) {
          continue;
        }
        if (!script.arabic() && !question.startsWith(surface)) {
          nameLabels.add(words.get(i).get(0));
        }
        boolean untranslated = translations.get(i).isEmpty();
        // A word the lexicons translate is a word first: it is a name only if the archive writes
        // that name more than once, not any name written once that happens to share its letters.
        int times = untranslated ? 1 : TRANSLATED_NAME_TIMES;
        // A short key (أوباما, عراقجي) is looked for only from an Arabic word the lexicons do not
        // know, among the Latin names the archive writes.
        if (NameKey.isShort(key) && !(script.arabic() && untranslated)) {
          continue;
        }
        for (String target : targets) {
          if (!script.arabic() && !target.equals("ar") && expresses(translations.get(i), target)) {
            continue;
          }
          List<String> found = names.named(target, key, times);
          if (script.arabic() && !found.isEmpty() && untranslated) {
            nameLabels.add(words.get(i).get(0));
          }
          if (!script.arabic()) {
            // The same name spelled alike ("Biden" in a French question, over English
            // statements) is that name, not a share among those of its consonants ("PDNA").
            found =
                found.stream()
                    .filter(surface::equalsIgnoreCase)
                    .findFirst()
                    .map(List::of)
                    .orElse(found);
          }
          // A name that reads as a country ("Slovenia" for «سوليفان») is not this word: the
          // country's own names, in every script, are the country tagger's.
          List<List<String>> readings = new ArrayList<>();
          for (String name : found) {
            List<String> nameReadings = Glossary.firstReadings(analyzers, name, target);
            if (nameReadings.stream().noneMatch(Analyzers::isCountryTerm)) {
              readings.add(nameReadings);
            }
          }
          for (List<String> nameReadings : readings) {
            for (String term : nameReadings) {
              Question.Term translated =
                  new Question.Term(target, term, TRANSLATION_WEIGHT / readings.size());
              if (!translations.get(i).contains(translated)) {
                translations.get(i).add(translated);
              }
            }
          }
        }
      }
    }
  }

  /** Whether a word's translations hold a term of a field language. */
  private static boolean expresses(List<Question.Term> terms, String language) {
    return terms.stream().anyMatch(t -> t.fieldLanguage().equals(language));
  }

  /**
   * One analysed word of the question: its readings, its field language, its part, and the terms
   * that translate it into the other languages.
   */
  private record Word(
      List<String> readings,
      String field,
      boolean speaker,
      List<Question.Term> translations,
      List<List<Question.Term>> phrases) {}

  /** Latin-script words are read in the question's language, or in English and French. */
  private static List<String> latinFields(String own) {
    return own.equals("ar") ? List.of("en", "fr") : List.of(own);
  }

  /**
   * A concept from one word. Country terms and numbers mean the same in every language, so they are
   * looked for in each language the question is searched in; other words in their own, and in the
   * glossary's translations.
   */
  private static Question.Concept concept(Word word, Set<String> searched) {
    String label = word.readings().get(0);
    boolean country = Analyzers.isCountryTerm(label);
    boolean neutral = country || label.chars().allMatch(Character::isDigit);
    List<Question.Term> terms = new ArrayList<>();
    for (String language : neutral ? searched : Set.of(word.field())) {
      for (String reading : word.readings()) {
        float weight = Analyzers.isWholeWord(reading) ? WHOLE_WORD_WEIGHT : 1f;
        terms.add(new Question.Term(language, reading, weight));
      }
    }
    for (Question.Term translation : word.translations()) {
      boolean known =
          terms.stream()
              .anyMatch(
                  t ->
                      t.fieldLanguage().equals(translation.fieldLanguage())
                          && t.text().equals(translation.text()));
      if (!known) {
        terms.add(translation);
      }
    }
    return new Question.Concept(label, country, word.speaker(), terms, word.phrases());
  }

  /**
   * Removes control, format (bidi, zero-width) and private-use characters, folds whitespace, and
   * cuts to {@link #MAX_CHARS} without splitting a surrogate pair.
   */
  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_CHARS));
    boolean space = false;
    for (int i = 0; i < raw.length() && out.length() < MAX_CHARS; ) {
      int c = raw.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.PRIVATE_USE
          || type == Character.SURROGATE
          || type == Character.UNASSIGNED) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (out.length() + Character.charCount(c) > MAX_CHARS) {
        break;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }
}
