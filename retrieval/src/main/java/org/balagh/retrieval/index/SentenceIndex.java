package org.balagh.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;

/**
 * One opened index generation: the sentence and statement searchers and the statement catalogue.
 * Read-only and safe to share between threads.
 */
public final class SentenceIndex implements Closeable {

  private static final Set<String> TEXT_ONLY = Set.of(Fields.TEXT);

  private final Path folder;
  private final DirectoryReader sentenceReader;
  private final DirectoryReader statementReader;
  private final IndexSearcher sentences;
  private final IndexSearcher statements;
  private final List<StatementInfo> catalog;
  private final BuildInfo info;

  private SentenceIndex(
      Path folder,
      DirectoryReader sentenceReader,
      DirectoryReader statementReader,
      List<StatementInfo> catalog,
      BuildInfo info,
      Similarity similarity) {
    this.folder = folder;
    this.sentenceReader = sentenceReader;
    this.statementReader = statementReader;
    this.sentences = new IndexSearcher(sentenceReader);
    this.statements = new IndexSearcher(statementReader);
    sentences.setSimilarity(similarity);
    statements.setSimilarity(similarity);
    this.catalog = List.copyOf(catalog);
    this.info = info;
  }

  /** Opens a complete generation folder, scoring with the default similarity. */
  public static SentenceIndex open(Path generation) throws IOException {
    return open(generation, Scoring.similarity());
  }

  /** Opens a complete generation folder, scoring with {@code similarity}. */
  public static SentenceIndex open(Path generation, Similarity similarity) throws IOException {
    DirectoryReader sentenceReader =
        DirectoryReader.open(FSDirectory.open(generation.resolve(GenerationLayout.SENTENCES)));
    try {
      DirectoryReader statementReader =
          DirectoryReader.open(FSDirectory.open(generation.resolve(GenerationLayout.STATEMENTS)));
      return new SentenceIndex(
          generation,
          sentenceReader,
          statementReader,
          CatalogFile.read(generation.resolve(GenerationLayout.CATALOG)),
          GenerationLayout.info(generation),
          similarity);
    } catch (IOException | RuntimeException e) {
      sentenceReader.close();
      throw e;
    }
  }

  public Path folder() {
    return folder;
  }

  public IndexSearcher sentences() {
    return sentences;
  }

  public IndexSearcher statements() {
    return statements;
  }

  public List<StatementInfo> catalog() {
    return catalog;
  }

  public BuildInfo info() {
    return info;
  }

  /** The sentence stored for a document of the sentence index. */
  public String text(int doc) {
    try {
      return sentences.storedFields().document(doc, TEXT_ONLY).get(Fields.TEXT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statement a sentence document belongs to. */
  public StatementInfo statementOf(int doc) {
    return catalog.get((int) value(sentenceReader, doc, Fields.STATEMENT));
  }

  /** The catalogue ordinal of a document of the statement index. */
  public int ordinalOfStatementDoc(int doc) {
    return (int) value(statementReader, doc, Fields.STATEMENT);
  }

  /** A sentence document's position in its statement. */
  public int positionOf(int doc) {
    return (int) value(sentenceReader, doc, Fields.POSITION);
  }

  /**
   * The sentences of the same statement from {@code before} sentences before the document to {@code
   * after} after it, in order, the document's own included.
   */
  public List<String> window(int doc, int before, int after) {
    int statement = (int) value(sentenceReader, doc, Fields.STATEMENT);
    LeafReaderContext leaf = leaf(sentenceReader, doc);
    int local = doc - leaf.docBase;
    int max = leaf.reader().maxDoc();
    List<String> out = new ArrayList<>();
    try {
      StoredFields stored = leaf.reader().storedFields();
      NumericDocValues ordinals = leaf.reader().getNumericDocValues(Fields.STATEMENT);
      for (int d = Math.max(0, local - before); d <= Math.min(max - 1, local + after); d++) {
        // Sentences of a statement were added as one block: contiguous, in order, in one segment.
        if (ordinals.advanceExact(d) && ordinals.longValue() == statement) {
          out.add(stored.document(d, TEXT_ONLY).get(Fields.TEXT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The document of a statement's sentence, or -1 when there is none at that position. */
  public int find(int statement, int position) {
    try {
      BooleanQuery query =
          new BooleanQuery.Builder()
              .add(IntPoint.newExactQuery(Fields.STATEMENT, statement), BooleanClause.Occur.FILTER)
              .add(IntPoint.newExactQuery(Fields.POSITION, position), BooleanClause.Occur.FILTER)
              .build();
      TopDocs top = sentences.search(query, 1);
      return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many sentence documents the index holds. */
  public int sentenceCount() {
    return sentenceReader.numDocs();
  }

  private static LeafReaderContext leaf(DirectoryReader reader, int doc) {
    List<LeafReaderContext> leaves = reader.leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }

  private static long value(DirectoryReader reader, int doc, String field) {
    LeafReaderContext leaf = leaf(reader, doc);
    try {
      NumericDocValues values = leaf.reader().getNumericDocValues(field);
      if (values == null || !values.advanceExact(doc - leaf.docBase)) {
        throw new IllegalStateException("document " + doc + " has no " + field);
      }
      return values.longValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      sentenceReader.close();
    } finally {
      statementReader.close();
    }
  }
}
