package org.balagh.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.meaning.Meaning;
import org.balagh.retrieval.meaning.Rerank;
import org.balagh.retrieval.meaning.Vectors;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.Attribution;
import org.balagh.retrieval.model.ConfidenceModel;
import org.balagh.retrieval.model.Request;
import org.balagh.retrieval.model.Signals;
import org.balagh.retrieval.model.StatementInfo;
import org.balagh.retrieval.model.Tuning;

/**
 * Finds the sentences that answer a question. Candidates are the best sentences by BM25 (terms
 * weighted per language by the question's information) and the sentences that best say the topic
 * within the statements that match best as wholes (see {@link Candidates}). Each is re-ranked: its
 * score, plus its statement's (text and title), plus the countries and the kind of answer asked
 * for, times its coverage of the question; sentences that only name who spoke count less, and
 * quotes in the question's language are preferred. Only answers whose confidence (the smaller of
 * coverage and normalised score) reaches the threshold calibrated for the question's language are
 * offered; when the best falls short, it abstains. An English question's best English candidates
 * are re-ranked by their meaning too, once the sentences' vectors are there (see {@link Meaning}).
 */
public final class AnswerFinder {

  private final QuestionParser parser;
  private final Tuning tuning;
  private final Meaning meaning;

  public AnswerFinder(QuestionParser parser, Tuning tuning) {
    this(parser, tuning, Meaning.off());
  }

  public AnswerFinder(QuestionParser parser, Tuning tuning, Meaning meaning) {
    this.parser = parser;
    this.tuning = tuning;
    this.meaning = meaning;
  }

  /** The question parser, whose lexicons load in the background. */
  public QuestionParser parser() {
    return parser;
  }

  public Tuning tuning() {
    return tuning;
  }

  /** Answers a question with up to {@code top} sentences; never throws for any input text. */
  public Answers answer(SentenceIndex index, String raw, int top) {
    return answer(index, Glossary.empty(), raw, top);
  }

  /** Answers a question, reaching other languages through the glossary's translations. */
  public Answers answer(SentenceIndex index, Glossary glossary, String raw, int top) {
    long start = System.nanoTime();
    return answer(index, parser.parse(raw, glossary, index.names()), top, start);
  }

  /** Answers a structured request: what a country said on a topic. */
  public Answers answer(SentenceIndex index, Glossary glossary, Request request, int top) {
    long start = System.nanoTime();
    return answer(index, parser.parse(request, glossary, index.names()), top, start);
  }

  private Answers answer(SentenceIndex index, Question question, int top, long start) {
    Found found = question.hasTopic() ? find(index, question, top) : Found.NOTHING;
    List<String> unheard =
        found.answers().isEmpty() && found.otherSpeakers() ? question.speakers() : List.of();
    return new Answers(
        question.text(),
        question.language(),
        question.hasTopic(),
        found.answers(),
        unheard,
        System.nanoTime() - start);
  }

  /** Answers, and whether others than those the question asks to hear from would have answered. */
  private record Found(List<Answer> answers, boolean otherSpeakers) {
    static final Found NOTHING = new Found(List.of(), false);
  }

  private Found find(SentenceIndex index, Question question, int top) {
    try {
      Information information = new Information(index, question, tuning.untranslated());
      Map<Integer, Float> statementScores =
          StatementSearch.best(index, question, information, tuning);
      List<StatementInfo> best = new ArrayList<>();
      statementScores.keySet().forEach(ordinal -> best.add(index.catalog().get(ordinal)));
      Replies.Redirected replies =
          Replies.redirect(index, new Candidates(index, information, tuning).find(question, best));
      ScoreDoc[] hits = replies.hits();
      if (hits.length == 0) {
        return Found.NOTHING;
      }
      Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
      int[] docs = new int[hits.length];
      StatementInfo[] statements = new StatementInfo[hits.length];
      String[] languages = new String[hits.length];
      for (int i = 0; i < hits.length; i++) {
        docs[i] = hits[i].doc;
        statements[i] = index.statementOf(docs[i]);
        languages[i] = Analyzers.fieldLanguage(statements[i].language());
      }
      Evidence evidence =
          new Evidence(index, question, docs, statements, languages, information, replies.asked());
      // The confidence reads coverage as it was fitted; the ranking counts a name the question
      // gives as said by the sentence when its statement says it around it (see Evidence).
      float[] coverage = evidence.coverage(tuning.around(), tuning.speaker(), false);
      float[] ranking = evidence.coverage(tuning.around(), tuning.speaker(), true);
      float[] bonus = evidence.bonus(tuning);
      List<Candidate> ranked = new ArrayList<>();
      boolean otherSpeakers = false;
      String own = Analyzers.fieldLanguage(question.language());
      for (int i = 0; i < hits.length; i++) {
        if (!evidence.involvesSpeaker(i)) {
          otherSpeakers = true;
          continue;
        }
        StatementInfo statement = statements[i];
        float sum =
            hits[i].score
                + bonus[i] * information.scale(languages[i])
                + statementScores.getOrDefault(statement.ordinal(), 0f);
        float score = sum * (float) Math.pow(ranking[i], tuning.coverage());
        float read = sum * (float) Math.pow(coverage[i], tuning.coverage());
        if (!evidence.namesTopic(i)) {
          score *= tuning.offTopic();
          read *= tuning.offTopic();
        }
        float relevance = read / tuning.confidenceScale();
        Signals signals =
            new Signals(
                coverage[i],
                coverage[i] * evidence.concepts(i, tuning.speaker()),
                Math.min(1f, relevance),
                0f,
                0f,
                !languages[i].equals(own),
                replies.asked().containsKey(hits[i].doc),
                evidence.namesTopic(i),
                !question.speakers().isEmpty(),
                question.language());
        if (languages[i].equals(own)) {
          // Readers prefer a quote in their own language when it answers about as well.
          score *= tuning.ownLanguage();
        }
        // And one that involves every country they name; whether to answer at all is left to
        // the confidence.
        score *= (float) Math.pow(tuning.missingCountry(), evidence.missingCountries(i));
        ranked.add(new Candidate(hits[i].doc, statement, score, signals, languages[i], relevance));
      }
      ranked.sort(ORDER);
      if (own.equals("en") && meaning.usable(index.folder())) {
        ranked = byMeaning(index, question, ranked, replies.asked());
      }
      return new Found(accept(index, ranked, top, replies), otherSpeakers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Best first. Ties go to the statement read first, not to the document number, which differs
   * between builds of the same data (indexing runs on several threads).
   */
  private static final Comparator<Candidate> ORDER =
      Comparator.comparingDouble((Candidate c) -> c.score)
          .reversed()
          .thenComparingInt(c -> c.statement.ordinal());

  /**
   * @param language the sentence's field language
   * @param relevance its match per unit of the question's information, before the cap at 1
   */
  private record Candidate(
      int doc,
      StatementInfo statement,
      float score,
      Signals signals,
      String language,
      float relevance) {}

  /**
   * The best English candidates re-ranked by their score blended with their closeness in meaning to
   * the question ({@link Rerank}); a candidate's relevance moves with its score. A reply reached
   * through a reporter's question keeps its turn's places: it answers without restating the
   * question, so its closeness to it says little against other sentences (its match is the
   * reporter's question's); but among the sentences of one reply, the one closest in meaning
   * answers first (see {@link #withinReplies}).
   */
  private List<Candidate> byMeaning(
      SentenceIndex index,
      Question question,
      List<Candidate> ranked,
      Map<Integer, Replies.Asked> asked)
      throws IOException {
    List<Integer> at = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < Math.min(tuning.meaningDepth(), ranked.size()); i++) {
      if (ranked.get(i).language().equals("en")) {
        at.add(i);
        texts.add(index.text(ranked.get(i).doc()));
      }
    }
    if (at.size() < 2) {
      return ranked;
    }
    List<float[]> vectors = meaning.sentences(texts);
    float[] asking = vectors.contains(null) ? null : meaning.question(question.text());
    if (asking == null) {
      return ranked;
    }
    List<Integer> own = new ArrayList<>();
    List<Integer> replied = new ArrayList<>();
    float[] allScores = new float[at.size()];
    float[] allCosines = new float[at.size()];
    for (int k = 0; k < at.size(); k++) {
      allScores[k] = ranked.get(at.get(k)).score();
      allCosines[k] = Vectors.dot(asking, vectors.get(k));
      (ranked.get(at.get(k)).signals().reply() ? replied : own).add(k);
    }
    List<Candidate> reranked = new ArrayList<>(ranked);
    if (own.size() >= 2) {
      float[] scores = new float[own.size()];
      float[] cosines = new float[own.size()];
      for (int j = 0; j < own.size(); j++) {
        scores[j] = allScores[own.get(j)];
        cosines[j] = allCosines[own.get(j)];
      }
      float[] blended = Rerank.blend(scores, cosines, tuning.meaning());
      for (int j = 0; j < own.size(); j++) {
        int i = at.get(own.get(j));
        Candidate c = ranked.get(i);
        reranked.set(i, rescored(c, blended[j], cosines[j] - Signals.MEANING_CENTRE));
      }
    }
    withinReplies(ranked, reranked, at, replied, allScores, allCosines, asked);
    reranked.sort(ORDER);
    return reranked;
  }

  /**
   * Orders the sentences of each reply among themselves by their blended score (over every
   * candidate re-ranked, so that a score and a cosine weigh as they do there), keeping the reply's
   * places: the sentence closest in meaning to the question, when its match is near enough, takes
   * the reply's best place and score. Its confidence reads no meaning, as before.
   */
  private void withinReplies(
      List<Candidate> ranked,
      List<Candidate> reranked,
      List<Integer> at,
      List<Integer> replied,
      float[] scores,
      float[] cosines,
      Map<Integer, Replies.Asked> asked) {
    if (replied.size() < 2) {
      return;
    }
    float[] blended = Rerank.blend(scores, cosines, tuning.meaning());
    Map<Integer, List<Integer>> byTurn = new LinkedHashMap<>();
    for (int k : replied) {
      Replies.Asked question = asked.get(ranked.get(at.get(k)).doc());
      if (question != null) {
        byTurn.computeIfAbsent(question.from(), f -> new ArrayList<>()).add(k);
      }
    }
    for (List<Integer> members : byTurn.values()) {
      if (members.size() < 2) {
        continue;
      }
      // The places, best first (ranked is in order), and the sentences by blended score.
      List<Integer> sentences = new ArrayList<>(members);
      sentences.sort(Comparator.comparingDouble((Integer k) -> blended[k]).reversed());
      for (int j = 0; j < members.size(); j++) {
        Candidate place = ranked.get(at.get(members.get(j)));
        Candidate c = ranked.get(at.get(sentences.get(j)));
        reranked.set(at.get(members.get(j)), rescored(c, place.score(), c.signals().meaning()));
      }
    }
  }

  /** A candidate with another score (its relevance moving with it) and meaning signal. */
  private static Candidate rescored(Candidate c, float score, float meaning) {
    float relevance = c.score() > 0 ? c.relevance() * score / c.score() : c.relevance();
    Signals s = c.signals();
    Signals signals =
        new Signals(
            s.coverage(),
            s.covered(),
            Math.max(0f, Math.min(1f, relevance)),
            s.margin(),
            meaning,
            s.otherLanguage(),
            s.reply(),
            s.onTopic(),
            s.speakerAsked(),
            s.questionLanguage());
    return new Candidate(c.doc(), c.statement(), score, signals, c.language(), relevance);
  }

  /**
   * Keeps confident, distinct sentences, best first; abstains if the best is not confident. Each
   * one's margin is read against the next distinct sentence, as the reader would see them.
   */
  private List<Answer> accept(
      SentenceIndex index, List<Candidate> ranked, int top, Replies.Redirected replies) {
    List<Candidate> distinct = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate candidate : ranked) {
      if (distinct.size() > top) {
        break;
      }
      String text = index.text(candidate.doc);
      if (seen.add(text.replaceAll("\\s+", " "))) {
        distinct.add(candidate);
        texts.add(text);
      }
    }
    ConfidenceModel model = tuning.confidence();
    List<Answer> answers = new ArrayList<>();
    for (int k = 0; k < Math.min(top, distinct.size()); k++) {
      Candidate candidate = distinct.get(k);
      float next = k + 1 < distinct.size() ? distinct.get(k + 1).score : 0f;
      float margin = candidate.score <= 0 ? 0 : Math.max(0f, 1 - next / candidate.score);
      Signals signals = candidate.signals.withMargin(margin);
      float confidence = model.probability(signals);
      float threshold = model.threshold(signals.questionLanguage());
      if (k == 0 && confidence < threshold) {
        return List.of();
      }
      // Once the best answer is sure, further ones ("More") may be a little less so.
      if (confidence < ConfidenceModel.FOLLOWING_SHARE * threshold) {
        continue;
      }
      Replies.Asked asked = replies.asked().get(candidate.doc);
      SentenceIndex.Voice voice = index.voice(candidate.doc);
      answers.add(
          new Answer(
              texts.get(k),
              candidate.statement,
              index.positionOf(candidate.doc),
              candidate.score,
              confidence,
              new Attribution(
                  voice.speaker(),
                  index.role(candidate.doc),
                  asked == null ? "" : index.text(asked.doc()),
                  voice.quoting()),
              signals));
    }
    return answers;
  }
}
