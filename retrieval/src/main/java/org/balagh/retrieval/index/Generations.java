package org.balagh.retrieval.index;

import java.io.IOException;
import org.apache.lucene.search.ReferenceManager;

/**
 * The index generation in use, kept as Lucene keeps a searcher ({@link ReferenceManager}): readers
 * acquire and release it; a reload swaps in the next one, and the one it replaces closes when its
 * last reader lets go. The next generation is built outside, so a refresh only takes it.
 */
public final class Generations extends ReferenceManager<SentenceIndex> {

  /** The generation the next refresh swaps in; taken once. */
  private SentenceIndex next;

  public Generations(SentenceIndex first) {
    current = first;
  }

  /** Makes {@code index} the one in use; the one it replaces closes once no reader holds it. */
  public synchronized void swapTo(SentenceIndex index) throws IOException {
    next = index;
    maybeRefreshBlocking();
  }

  @Override
  protected synchronized SentenceIndex refreshIfNeeded(SentenceIndex reference) {
    SentenceIndex taken = next;
    next = null;
    return taken;
  }

  @Override
  protected boolean tryIncRef(SentenceIndex reference) {
    return reference.tryIncRef();
  }

  @Override
  protected void decRef(SentenceIndex reference) throws IOException {
    reference.decRef();
  }

  @Override
  protected int getRefCount(SentenceIndex reference) {
    return reference.refCount();
  }
}
