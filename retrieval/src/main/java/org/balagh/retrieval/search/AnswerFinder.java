package org.balagh.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.index.Fields;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.index.StatementInfo;

/**
 * Finds the sentences that answer a question. Candidates are the best sentences by BM25 (terms
 * weighted per language by the question's information) and the sentences that best say the topic
 * within the statements that match best as wholes. Each is re-ranked: its score, plus its
 * statement's (text and title), plus the countries and the kind of answer asked for, times its
 * coverage of the question; sentences that only name who spoke count less, and quotes in the
 * question's language are preferred. Only answers whose confidence (the smaller of coverage and
 * normalised score) reaches the threshold calibrated for the question's language are offered; when
 * the best falls short, it abstains.
 */
public final class AnswerFinder {

  /** The share of the confidence threshold that answers after the first must reach. */
  static final float FOLLOWING_SHARE = 0.5f;

  /** The statements, best matches as wholes, whose sentences are searched on their own too. */
  static final int TOP_STATEMENTS = 10;

  private final QuestionParser parser;
  private final Tuning tuning;

  public AnswerFinder(QuestionParser parser, Tuning tuning) {
    this.parser = parser;
    this.tuning = tuning;
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
    Question question = parser.parse(raw, glossary);
    List<Answer> answers = question.hasTopic() ? find(index, question, top) : List.of();
    return new Answers(question, answers, System.nanoTime() - start);
  }

  private List<Answer> find(SentenceIndex index, Question question, int top) {
    try {
      Information information =
          new Information(index.sentences().getIndexReader(), question, tuning.untranslated());
      Map<Integer, Float> statementScores = statementScores(index, question, information);
      ScoreDoc[] hits =
          candidates(
              index,
              sentenceQuery(question, information, false),
              sentenceQuery(question, information, true),
              statementScores,
              tuning.candidates(),
              tuning.passages());
      if (hits.length == 0) {
        return List.of();
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
      Evidence evidence = new Evidence(index, question, docs, statements, languages, information);
      float[] coverage = evidence.coverage(tuning.around(), tuning.speaker());
      float[] bonus = evidence.bonus(tuning);
      List<Candidate> ranked = new ArrayList<>();
      for (int i = 0; i < hits.length; i++) {
        if (!evidence.involvesSpeaker(i)) {
          continue;
        }
        StatementInfo statement = statements[i];
        float sum =
            hits[i].score
                + bonus[i] * information.scale(languages[i])
                + statementScores.getOrDefault(statement.ordinal(), 0f);
        float score = sum * (float) Math.pow(coverage[i], tuning.coverage());
        if (!evidence.namesTopic(i)) {
          score *= tuning.offTopic();
        }
        // Sure only when the sentence both covers the question and matches it strongly.
        float confidence = Math.min(coverage[i], Math.min(1f, score / tuning.confidenceScale()));
        if (languages[i].equals(Analyzers.fieldLanguage(question.language()))) {
          // Readers prefer a quote in their own language when it answers about as well.
          score *= tuning.ownLanguage();
        }
        ranked.add(new Candidate(hits[i].doc, statement, score, confidence));
      }
      // Ties go to the statement read first, not to the document number, which differs between
      // builds of the same data (indexing runs on several threads).
      ranked.sort(
          Comparator.comparingDouble((Candidate c) -> c.score)
              .reversed()
              .thenComparingInt(c -> c.statement.ordinal()));
      return accept(index, ranked, top, tuning.minConfidence(question.language()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Candidate(int doc, StatementInfo statement, float score, float confidence) {}

  /** Keeps confident, distinct sentences, best first; abstains if the best is not confident. */
  private List<Answer> accept(
      SentenceIndex index, List<Candidate> ranked, int top, float threshold) {
    List<Answer> answers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate candidate : ranked) {
      if (answers.size() >= top) {
        break;
      }
      if (answers.isEmpty() && candidate.confidence < threshold) {
        return List.of();
      }
      // Once the best answer is sure, further ones ("More") may be a little less so.
      if (candidate.confidence < FOLLOWING_SHARE * threshold) {
        continue;
      }
      String text = index.text(candidate.doc);
      if (seen.add(text.replaceAll("\\s+", " "))) {
        answers.add(
            new Answer(
                text,
                candidate.statement,
                index.positionOf(candidate.doc),
                candidate.score,
                candidate.confidence));
      }
    }
    return answers;
  }

  /**
   * The sentence query: each term weighted by one over the question's information in its language
   * (see {@link Information}), so that sentences of every language compete fairly.
   */
  private Query sentenceQuery(Question question, Information information, boolean topicOnly) {
    boolean split = question.concepts().stream().anyMatch(Question.Concept::speaker);
    Clauses query = new Clauses();
    for (Question.Concept concept : question.concepts()) {
      if (topicOnly && split && concept.speaker()) {
        continue;
      }
      float inSentence = concept.speaker() ? tuning.speaker() : 1f;
      for (Question.Term term : searchable(concept, information)) {
        float scale = information.scale(term.fieldLanguage());
        query.add(Fields.SENTENCE, term, inSentence * scale);
      }
    }
    // Countries and the kind of answer asked for count in re-ranking (Coverage.bonus): as query
    // clauses their long, frequency-less postings would keep Lucene from skipping.
    return query.build();
  }

  /**
   * A concept's terms worth searching for candidates: those in at most a small share of their
   * field's sentences. Common terms ("state", "countries") weigh little in BM25 yet cost most to
   * search; they still count in re-ranking, where coverage reads them for the candidates alone. A
   * concept whose terms are all common keeps its rarest.
   */
  private List<Question.Term> searchable(Question.Concept concept, Information information) {
    List<Question.Term> rare = new ArrayList<>();
    Question.Term rarest = null;
    float rarestShare = Float.MAX_VALUE;
    for (Question.Term term : concept.terms()) {
      float share =
          information.share(Fields.analysed(Fields.SENTENCE, term.fieldLanguage()), term.text());
      if (share <= tuning.commonShare()) {
        rare.add(term);
      }
      if (share < rarestShare) {
        rarest = term;
        rarestShare = share;
      }
    }
    return rare.isEmpty() && rarest != null ? List.of(rarest) : rare;
  }

  /**
   * The sentences to re-rank: the best by the sentence query over the whole index, and the few of
   * each statement that matches the question best as a whole that best say its topic: a sentence
   * naming only the topic ("the situation in Afghanistan") would otherwise be lost among thousands
   * like it, the statement having been found by who spoke.
   */
  private static ScoreDoc[] candidates(
      SentenceIndex index,
      Query sentences,
      Query topic,
      Map<Integer, Float> statementScores,
      int overall,
      int perStatement)
      throws IOException {
    Map<Integer, ScoreDoc> hits = new LinkedHashMap<>();
    if (overall > 0) {
      for (ScoreDoc hit : index.sentences().search(sentences, overall).scoreDocs) {
        hits.put(hit.doc, hit);
      }
    }
    int[] best =
        statementScores.entrySet().stream()
            .sorted(Map.Entry.<Integer, Float>comparingByValue().reversed())
            .limit(TOP_STATEMENTS)
            .mapToInt(Map.Entry::getKey)
            .toArray();
    if (best.length > 0 && perStatement > 0) {
      Query within =
          new BooleanQuery.Builder()
              .add(topic, BooleanClause.Occur.MUST)
              .add(IntPoint.newSetQuery(Fields.STATEMENT, best), BooleanClause.Occur.FILTER)
              .build();
      TopPerStatement collector = new TopPerStatement(perStatement);
      index.sentences().search(within, collector);
      for (ScoreDoc hit : collector.hits()) {
        hits.putIfAbsent(hit.doc, hit);
      }
    }
    return hits.values().toArray(ScoreDoc[]::new);
  }

  private Map<Integer, Float> statementScores(
      SentenceIndex index, Question question, Information information) throws IOException {
    if (tuning.statement() == 0f && tuning.title() == 0f) {
      return Map.of();
    }
    // The title is scored once per statement here rather than on each of its sentences, where
    // its terms' long postings would slow the sentence query down.
    Clauses query = new Clauses();
    for (Question.Concept concept : question.concepts()) {
      for (Question.Term term : concept.terms()) {
        float scale = information.scale(term.fieldLanguage());
        query.add(Fields.BODY, term, tuning.statement() * scale);
        query.add(Fields.TITLE, term, tuning.title() * scale);
      }
    }
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc hit : index.statements().search(query.build(), tuning.statements()).scoreDocs) {
      scores.put(index.ordinalOfStatementDoc(hit.doc), hit.score);
    }
    return scores;
  }

  /**
   * The term clauses of a query, each once: a glossary translation shared by several words of a
   * phrase (every word of «مبادرة الحكم الذاتي» reaches "autonomy plan") is searched once, with the
   * weights of those words added up, rather than once per word: the same score, fewer clauses.
   */
  private static final class Clauses {
    private final Map<Term, Float> boosts = new LinkedHashMap<>();

    void add(String kind, Question.Term term, float boost) {
      float weight = boost * term.weight();
      if (weight > 0f) {
        boosts.merge(
            new Term(Fields.analysed(kind, term.fieldLanguage()), term.text()), weight, Float::sum);
      }
    }

    Query build() {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      boosts.forEach(
          (term, boost) ->
              query.add(new BoostQuery(new TermQuery(term), boost), BooleanClause.Occur.SHOULD));
      return query.build();
    }
  }
}
