package org.balagh.retrieval.meaning;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors kept on disk, keyed by the sentence's text (a digest of it), so that a restart
 * reads them back and a reload embeds only the sentences it has not seen; shared by every index
 * generation under one root. A Lucene index of its own: the key as a term, the vector as binary doc
 * values, read only for the sentences asked for. (Lucene's vector fields would build a
 * nearest-neighbour graph that nothing here searches.) Thread-safe.
 */
final class VectorStore implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(VectorStore.class);

  private static final String KEY = "key";
  private static final String VECTOR = "vector";

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  VectorStore(Path folder) throws IOException {
    Files.createDirectories(folder);
    this.directory = FSDirectory.open(folder);
    this.writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.searchers = new SearcherManager(writer, null);
  }

  /** The key of a sentence's text: the first 16 bytes of its SHA-256. */
  static BytesRef key(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return new BytesRef(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  /** The stored vector of a text, or null. */
  float[] get(String text) throws IOException {
    BytesRef key = key(text);
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        int doc = find(reader, key);
        if (doc >= 0) {
          BinaryDocValues values = DocValues.getBinary(reader, VECTOR);
          if (values.advanceExact(doc)) {
            BytesRef bytes = values.binaryValue();
            return Vectors.decode(bytes.bytes, bytes.offset, bytes.length);
          }
        }
      }
      return null;
    } finally {
      searchers.release(searcher);
    }
  }

  /** Whether a text's vector is stored. */
  boolean has(String text) throws IOException {
    BytesRef key = key(text);
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (find(leaf.reader(), key) >= 0) {
          return true;
        }
      }
      return false;
    } finally {
      searchers.release(searcher);
    }
  }

  private static int find(LeafReader reader, BytesRef key) throws IOException {
    Terms terms = reader.terms(KEY);
    if (terms == null) {
      return -1;
    }
    TermsEnum iterator = terms.iterator();
    if (!iterator.seekExact(key)) {
      return -1;
    }
    PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
    Bits live = reader.getLiveDocs();
    for (int doc = postings.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = postings.nextDoc()) {
      if (live == null || live.get(doc)) {
        return doc;
      }
    }
    return -1;
  }

  /**
   * Stores vectors for texts (replacing any under the same key); visible to {@link #get} at once.
   */
  void put(List<String> texts, List<float[]> vectors) throws IOException {
    for (int i = 0; i < texts.size(); i++) {
      BytesRef key = key(texts.get(i));
      Document document = new Document();
      document.add(new StringField(KEY, key, Field.Store.NO));
      document.add(new BinaryDocValuesField(VECTOR, new BytesRef(Vectors.encode(vectors.get(i)))));
      writer.updateDocument(new Term(KEY, key), document);
    }
    searchers.maybeRefreshBlocking();
  }

  /** Makes what was put durable. */
  void commit() throws IOException {
    writer.commit();
  }

  /** How many vectors are stored. */
  int size() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() throws IOException {
    try (directory;
        writer;
        searchers) {
      writer.commit();
    } catch (AlreadyClosedException e) {
      // The writer met a fatal error earlier (logged then); what it had committed is on disk.
      LOG.warn("event=vector_store_closed_already folder={}", directory.getDirectory());
    }
  }
}
