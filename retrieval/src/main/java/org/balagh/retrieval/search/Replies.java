package org.balagh.retrieval.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.Role;
import org.balagh.retrieval.model.StatementInfo;

/**
 * Replaces the candidates that a reporter or a moderator says with the official reply that follows
 * their turn. A question worded like a reporter's matches the reporter's words best, yet those are
 * never the publisher's position: what answers it is the reply. Each sentence of the reply becomes
 * a candidate with a share of the asking turn's score added to its own (the first sentences of
 * substance the largest), and the asking turn as its context (see {@link Evidence}). A question
 * followed by another question, or by nothing, leads nowhere and is dropped.
 */
final class Replies {

  /** The longest reply read, in sentences: a long statement from the podium is not one answer. */
  static final int MAX_REPLY = 40;

  /** The share of the question's score each sentence of a reply passes on to the next one. */
  static final float DECAY = 0.8f;

  /** Sentences with fewer words than this, stopwords aside, are courtesies, not answers. */
  static final int SUBSTANCE = 3;

  /** The share of the question's score a courtesy takes. */
  static final float FILLER = 0.3f;

  /** The sentence that asked, and its turn's documents {@code [from, to)}. */
  record Asked(int doc, int from, int to) {}

  /** The candidates, none asking, and the question each reply sentence answers. */
  record Redirected(ScoreDoc[] hits, Map<Integer, Asked> asked) {}

  private Replies() {}

  static Redirected redirect(SentenceIndex index, Candidates.Pool pool) {
    ScoreDoc[] hits = pool.hits();
    Map<Integer, Float> own = new LinkedHashMap<>();
    // Each asking turn's match: its candidate sentences' scores added up, a question often being
    // spread over several ("You spoke to the crown prince. Did you discuss …?").
    Map<Integer, Float> turns = new LinkedHashMap<>();
    Map<Integer, Integer> bestAsking = new HashMap<>();
    Map<Integer, Float> bestScore = new HashMap<>();
    for (ScoreDoc hit : hits) {
      if (!index.role(hit.doc).asks()) {
        own.merge(hit.doc, hit.score, Math::max);
        continue;
      }
      int from =
          turnStart(index, hit.doc, index.firstSentence(index.statementOf(hit.doc).ordinal()));
      turns.merge(from, hit.score, Float::sum);
      if (hit.score > bestScore.getOrDefault(from, -1f)) {
        bestScore.put(from, hit.score);
        bestAsking.put(from, hit.doc);
      }
    }
    Map<Integer, Float> inherited = new HashMap<>();
    Map<Integer, Asked> asked = new HashMap<>();
    for (Map.Entry<Integer, Float> turn : turns.entrySet()) {
      int from = turn.getKey();
      StatementInfo statement = index.statementOf(from);
      int end = index.firstSentence(statement.ordinal()) + statement.sentences();
      int to = turnEnd(index, from, end);
      int reply = to;
      while (reply < end && index.role(reply) == Role.MODERATOR) {
        reply = turnEnd(index, reply, end);
      }
      if (reply >= end || index.role(reply).asks()) {
        continue;
      }
      int replyEnd = Math.min(turnEnd(index, reply, end), reply + MAX_REPLY);
      float share = turn.getValue();
      for (int doc = reply; doc < replyEnd; doc++) {
        // A reply answers first ("No, I discussed getting oil prices down."), then explains:
        // each sentence of substance takes a smaller share than the one before, and one of a few
        // words ("Yes.", "Thanks, David.") a smaller one still, without taking its turn.
        boolean filler = index.words(doc) < SUBSTANCE;
        float score = filler ? share * FILLER : share;
        if (!filler) {
          share *= DECAY;
        }
        if (score > inherited.getOrDefault(doc, 0f)) {
          inherited.put(doc, score);
          asked.put(doc, new Asked(bestAsking.get(from), from, to));
        }
      }
    }
    Map<Integer, Float> scores = new LinkedHashMap<>(own);
    // A reply sentence keeps its own match to the question even when it was not a candidate: of
    // a reply's sentences, the one that says what was asked answers it best.
    inherited.forEach(
        (doc, score) ->
            scores.merge(
                doc, score + (own.containsKey(doc) ? 0f : pool.scores().of(doc)), Float::sum));
    ScoreDoc[] out = new ScoreDoc[scores.size()];
    int i = 0;
    for (Map.Entry<Integer, Float> entry : scores.entrySet()) {
      out[i++] = new ScoreDoc(entry.getKey(), entry.getValue());
    }
    return new Redirected(out, asked);
  }

  /** The first document of the turn a document is in. */
  private static int turnStart(SentenceIndex index, int doc, int first) {
    int turn = index.turn(doc);
    int start = doc;
    while (start > first && index.turn(start - 1) == turn) {
      start--;
    }
    return start;
  }

  /** The document after the last of the turn a document is in. */
  private static int turnEnd(SentenceIndex index, int doc, int end) {
    int turn = index.turn(doc);
    int next = doc + 1;
    while (next < end && index.turn(next) == turn) {
      next++;
    }
    return next;
  }
}
