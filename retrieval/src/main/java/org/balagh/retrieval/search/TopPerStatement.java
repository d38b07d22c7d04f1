package org.balagh.retrieval.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.balagh.retrieval.index.Fields;

/**
 * Collects the best few sentence documents of each statement: one pass over the sentences of a
 * handful of statements, rather than one search per statement.
 */
final class TopPerStatement implements Collector {

  private final int perStatement;
  private final Map<Long, PriorityQueue<ScoreDoc>> best = new HashMap<>();

  TopPerStatement(int perStatement) {
    this.perStatement = perStatement;
  }

  /** The collected documents, each statement's best first. */
  List<ScoreDoc> hits() {
    List<ScoreDoc> hits = new ArrayList<>();
    for (PriorityQueue<ScoreDoc> queue : best.values()) {
      hits.addAll(queue);
    }
    return hits;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    NumericDocValues statements = context.reader().getNumericDocValues(Fields.STATEMENT);
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        if (statements == null || !statements.advanceExact(doc)) {
          return;
        }
        PriorityQueue<ScoreDoc> queue =
            best.computeIfAbsent(
                statements.longValue(),
                s -> new PriorityQueue<>((a, b) -> Float.compare(a.score, b.score)));
        float score = scorer.score();
        if (queue.size() < perStatement) {
          queue.add(new ScoreDoc(context.docBase + doc, score));
        } else if (score > queue.peek().score) {
          queue.poll();
          queue.add(new ScoreDoc(context.docBase + doc, score));
        }
      }
    };
  }
}
