package org.balagh.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** Answers "does this document hold this term in this field?" from the postings. */
final class TermPresence {

  private final LeafReaderContext leaf;
  private final int local;

  TermPresence(IndexReader reader, int doc) {
    List<LeafReaderContext> leaves = reader.leaves();
    this.leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    this.local = doc - leaf.docBase;
  }

  boolean has(String field, String term) {
    try {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        return false;
      }
      TermsEnum iterator = terms.iterator();
      if (!iterator.seekExact(new BytesRef(term))) {
        return false;
      }
      PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
      return postings.advance(local) == local;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
