package org.balagh.retrieval.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.StatementInfo;

/**
 * The sentences of chosen statements, scored. A statement's sentences are one run of documents, so
 * each term's postings are read over those runs alone, however large the index, and its BM25 score
 * added to each sentence it is in: in two parts, what the question asks about and who it asks
 * about, kept apart so that both "the best sentences" and "the best that say the topic" come from
 * one pass.
 */
final class StatementRuns {

  private final SentenceIndex index;
  private final TermLookup lookup;
  private final StatementInfo[] statements;

  /** Where each statement's sentences start among the scores, in document order. */
  private final int[] offsets;

  /** Each statement's first sentence's document, in the same order. */
  private final int[] firsts;

  StatementRuns(SentenceIndex index, TermLookup lookup, List<StatementInfo> statements) {
    this.index = index;
    this.lookup = lookup;
    this.statements =
        statements.stream()
            .sorted(Comparator.comparingInt(s -> index.firstSentence(s.ordinal())))
            .toArray(StatementInfo[]::new);
    this.offsets = new int[this.statements.length + 1];
    this.firsts = new int[this.statements.length];
    for (int i = 0; i < this.statements.length; i++) {
      offsets[i + 1] = offsets[i] + this.statements[i].sentences();
      firsts[i] = index.firstSentence(this.statements[i].ordinal());
    }
  }

  /** The scores of these statements' sentences: the topic's terms' and the speaker's. */
  Scores score(Map<Term, Float> topic, Map<Term, Float> speaker) throws IOException {
    double[] topics = new double[offsets[statements.length]];
    double[] speakers = new double[topics.length];
    FixedBitSet matched = new FixedBitSet(topics.length);
    add(topic, topics, matched);
    add(speaker, speakers, matched);
    return new Scores(topics, speakers, matched);
  }

  /** Adds each term's score, times its weight, to the sentences that hold it. */
  private void add(Map<Term, Float> terms, double[] sums, FixedBitSet matched) throws IOException {
    IndexSearcher searcher = index.sentences();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (Map.Entry<Term, Float> term : terms.entrySet()) {
      Weight weight =
          searcher.createWeight(lookup.query(term.getKey()), ScoreMode.COMPLETE, term.getValue());
      LeafReaderContext leaf = null;
      Scorer scorer = null;
      for (int s = 0; s < statements.length; s++) {
        int start = firsts[s];
        if (leaf == null || start >= leaf.docBase + leaf.reader().maxDoc()) {
          // A statement's sentences were added as one block: one segment holds them all.
          leaf = leaves.get(ReaderUtil.subIndex(start, leaves));
          scorer = weight.scorer(leaf);
        }
        if (scorer == null) {
          continue;
        }
        DocIdSetIterator docs = scorer.iterator();
        int from = start - leaf.docBase;
        int to = from + statements[s].sentences();
        for (int doc = docs.docID() >= from ? docs.docID() : docs.advance(from);
            doc < to;
            doc = docs.nextDoc()) {
          int at = offsets[s] + doc - from;
          sums[at] += scorer.score();
          matched.set(at);
        }
      }
    }
  }

  /** The sentences' scores, each statement's in a run. */
  final class Scores {
    private final double[] topic;
    private final double[] speaker;

    /** The sentences some term matched: most of a long speech's sentences match none. */
    private final FixedBitSet matched;

    private Scores(double[] topic, double[] speaker, FixedBitSet matched) {
      this.topic = topic;
      this.speaker = speaker;
      this.matched = matched;
    }

    /** The {@code n} best sentences, by the whole question, of the statements chosen. */
    List<ScoreDoc> best(Predicate<StatementInfo> chosen, int n) {
      Best best = new Best(n);
      for (int s = 0; s < statements.length; s++) {
        if (chosen.test(statements[s])) {
          int first = firsts[s];
          for (int i = next(offsets[s]); i < offsets[s + 1]; i = next(i + 1)) {
            best.offer((float) (topic[i] + speaker[i]), first + i - offsets[s]);
          }
        }
      }
      return best.sorted();
    }

    /** The {@code n} sentences of a statement that best say the question's topic. */
    List<ScoreDoc> bestOf(StatementInfo statement, int n) {
      Best best = new Best(n);
      for (int s = 0; s < statements.length; s++) {
        if (statements[s].ordinal() == statement.ordinal()) {
          int first = firsts[s];
          for (int i = next(offsets[s]); i < offsets[s + 1]; i = next(i + 1)) {
            best.offer((float) topic[i], first + i - offsets[s]);
          }
        }
      }
      return best.sorted();
    }

    /**
     * A sentence's score by the whole question, as {@link #best} ranks it; 0 when its statement is
     * not among those scored.
     */
    float of(int doc) {
      int s = Arrays.binarySearch(firsts, doc);
      if (s < 0) {
        s = -s - 2;
      }
      if (s < 0 || doc - firsts[s] >= statements[s].sentences()) {
        return 0f;
      }
      int i = offsets[s] + doc - firsts[s];
      return (float) (topic[i] + speaker[i]);
    }

    /** The first matched sentence from {@code i} on, or past the last. */
    private int next(int i) {
      return i >= matched.length() ? Integer.MAX_VALUE : matched.nextSetBit(i);
    }
  }

  /**
   * The n best of sentences offered in document order, as Lucene ranks hits: by score, then the
   * earlier document. Its queue is filled with placeholders once, then only updated.
   */
  private static final class Best {
    private final HitQueue queue;
    private ScoreDoc worst;

    Best(int n) {
      queue = new HitQueue(n, true);
      worst = queue.top();
    }

    void offer(float score, int doc) {
      // A sentence that only ties the worst kept comes after it: not better.
      if (score > 0 && score > worst.score) {
        worst.score = score;
        worst.doc = doc;
        worst = queue.updateTop();
      }
    }

    List<ScoreDoc> sorted() {
      List<ScoreDoc> out = new ArrayList<>();
      while (queue.size() > 0) {
        ScoreDoc hit = queue.pop();
        if (hit.score > 0) {
          out.add(hit);
        }
      }
      Collections.reverse(out);
      return out;
    }
  }
}
