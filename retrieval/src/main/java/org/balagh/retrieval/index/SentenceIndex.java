package org.balagh.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.balagh.retrieval.model.BuildInfo;
import org.balagh.retrieval.model.Role;
import org.balagh.retrieval.model.StatementInfo;

/**
 * One opened index generation: the sentence and statement searchers and the statement catalogue.
 * Read-only and safe to share between threads.
 */
public final class SentenceIndex implements Closeable {

  private static final Set<String> TEXT_ONLY = Set.of(Fields.TEXT);
  private static final Set<String> VOICE = Set.of(Fields.SPEAKER, Fields.QUOTING);
  private static final Role[] ROLES = Role.values();

  private final Path folder;
  private final DirectoryReader sentenceReader;
  private final DirectoryReader statementReader;
  private final IndexSearcher sentences;
  private final IndexSearcher statements;
  private final List<StatementInfo> catalog;
  private final BuildInfo info;
  private final NameTable names;

  /** Its readers, and one for its being in use: at none it closes (see {@link Generations}). */
  private final AtomicInteger references = new AtomicInteger(1);

  /** Each statement's first sentence document: a statement's sentences are contiguous. */
  private final int[] firstSentence;

  /** Each statement's document in the statement index. */
  private final int[] statementDoc;

  /** The statement of each document of the statement index. */
  private final int[] ordinalOfStatementDoc;

  /** The first sentence documents in increasing order, and whose each is. */
  private final int[] runStarts;

  private final int[] runOrdinals;

  /** Each sentence's transcript turn and its speaker's role (0, official, outside transcripts). */
  private final short[] turns;

  private final byte[] roles;

  /** Each transcript sentence's number of analysed terms, up to 127; 127 elsewhere. */
  private final byte[] words;

  private SentenceIndex(
      Path folder,
      DirectoryReader sentenceReader,
      DirectoryReader statementReader,
      List<StatementInfo> catalog,
      BuildInfo info,
      NameTable names,
      Similarity similarity)
      throws IOException {
    this.folder = folder;
    this.sentenceReader = sentenceReader;
    this.statementReader = statementReader;
    this.sentences = new IndexSearcher(sentenceReader);
    this.statements = new IndexSearcher(statementReader);
    sentences.setSimilarity(similarity);
    statements.setSimilarity(similarity);
    this.catalog = List.copyOf(catalog);
    this.info = info;
    this.names = names;
    this.firstSentence = firstSentences(sentenceReader, this.catalog);
    this.statementDoc = statementDocs(statementReader, this.catalog.size());
    this.ordinalOfStatementDoc = new int[statementReader.maxDoc()];
    Arrays.fill(ordinalOfStatementDoc, -1);
    for (int ordinal = 0; ordinal < statementDoc.length; ordinal++) {
      if (statementDoc[ordinal] >= 0) {
        ordinalOfStatementDoc[statementDoc[ordinal]] = ordinal;
      }
    }
    Integer[] byStart = new Integer[firstSentence.length];
    for (int i = 0; i < byStart.length; i++) {
      byStart[i] = i;
    }
    Arrays.sort(byStart, (a, b) -> Integer.compare(firstSentence[a], firstSentence[b]));
    this.runOrdinals = Arrays.stream(byStart).mapToInt(Integer::intValue).toArray();
    this.runStarts = Arrays.stream(runOrdinals).map(o -> firstSentence[o]).toArray();
    this.turns = new short[sentenceReader.maxDoc()];
    this.roles = new byte[sentenceReader.maxDoc()];
    this.words = new byte[sentenceReader.maxDoc()];
    Arrays.fill(words, Byte.MAX_VALUE);
    readTurns(sentenceReader, turns, roles, words);
  }

  /** Reads the turns of the sentences spoken in transcripts: the only ones that have them. */
  private static void readTurns(DirectoryReader reader, short[] turns, byte[] roles, byte[] words)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues turn = leaf.reader().getNumericDocValues(Fields.TURN);
      NumericDocValues role = leaf.reader().getNumericDocValues(Fields.ROLE);
      NumericDocValues terms = leaf.reader().getNumericDocValues(Fields.WORDS);
      if (turn == null || role == null || terms == null) {
        continue;
      }
      for (int d = turn.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = turn.nextDoc()) {
        turns[leaf.docBase + d] = (short) Math.min(Short.MAX_VALUE, turn.longValue());
        if (terms.advanceExact(d)) {
          words[leaf.docBase + d] = (byte) Math.min(Byte.MAX_VALUE, terms.longValue());
        }
        if (role.advanceExact(d)) {
          long ordinal = role.longValue();
          if (ordinal < 0 || ordinal >= ROLES.length) {
            throw new IOException("sentence " + (leaf.docBase + d) + " has an unknown role");
          }
          roles[leaf.docBase + d] = (byte) ordinal;
        }
      }
    }
  }

  /**
   * Where each statement's sentences start. They were added as one block, so they are contiguous
   * and in order; an index where they are not, or whose counts differ from the catalogue's, is
   * refused as damaged.
   */
  private static int[] firstSentences(DirectoryReader reader, List<StatementInfo> catalog)
      throws IOException {
    int[] first = new int[catalog.size()];
    Arrays.fill(first, -1);
    int previous = -1;
    int run = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues ordinals = leaf.reader().getNumericDocValues(Fields.STATEMENT);
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (ordinals == null || !ordinals.advanceExact(d)) {
          throw new IOException("sentence " + (leaf.docBase + d) + " has no statement");
        }
        int ordinal = (int) ordinals.longValue();
        if (ordinal != previous) {
          if (ordinal < 0 || ordinal >= first.length || first[ordinal] >= 0) {
            throw new IOException("the sentences of statement " + ordinal + " are not one block");
          }
          checkCount(catalog, previous, run);
          first[ordinal] = leaf.docBase + d;
          previous = ordinal;
          run = 0;
        }
        run++;
      }
    }
    checkCount(catalog, previous, run);
    for (int ordinal = 0; ordinal < first.length; ordinal++) {
      if (first[ordinal] < 0 && catalog.get(ordinal).sentences() > 0) {
        throw new IOException("statement " + ordinal + " has no sentence in the index");
      }
    }
    return first;
  }

  private static void checkCount(List<StatementInfo> catalog, int ordinal, int sentences)
      throws IOException {
    if (ordinal >= 0 && catalog.get(ordinal).sentences() != sentences) {
      throw new IOException(
          "statement "
              + ordinal
              + " has "
              + sentences
              + " sentences, its catalogue entry "
              + catalog.get(ordinal).sentences());
    }
  }

  private static int[] statementDocs(DirectoryReader reader, int statements) throws IOException {
    int[] docs = new int[statements];
    Arrays.fill(docs, -1);
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues ordinals = leaf.reader().getNumericDocValues(Fields.STATEMENT);
      for (int d = 0; ordinals != null && d < leaf.reader().maxDoc(); d++) {
        if (ordinals.advanceExact(d) && ordinals.longValue() < statements) {
          docs[(int) ordinals.longValue()] = leaf.docBase + d;
        }
      }
    }
    return docs;
  }

  /** Opens a complete generation folder, scoring with the default similarity. */
  public static SentenceIndex open(Path generation) throws IOException {
    return open(generation, Scoring.similarity());
  }

  /** Opens a complete generation folder, scoring with {@code similarity}. */
  public static SentenceIndex open(Path generation, Similarity similarity) throws IOException {
    DirectoryReader sentenceReader =
        DirectoryReader.open(FSDirectory.open(generation.resolve(GenerationLayout.SENTENCES)));
    DirectoryReader statementReader = null;
    try {
      statementReader =
          DirectoryReader.open(FSDirectory.open(generation.resolve(GenerationLayout.STATEMENTS)));
      return new SentenceIndex(
          generation,
          sentenceReader,
          statementReader,
          CatalogFile.read(generation.resolve(GenerationLayout.CATALOG)),
          GenerationLayout.info(generation),
          NameTable.read(generation.resolve(GenerationLayout.NAMES)),
          similarity);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(sentenceReader, statementReader);
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

  /** The names its statements write, for questions in another script. */
  public NameTable names() {
    return names;
  }

  /** The sentence stored for a document of the sentence index. */
  public String text(int doc) {
    try {
      return sentences.storedFields().document(doc, TEXT_ONLY).get(Fields.TEXT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of the transcript turn a sentence was spoken in; 0 outside transcripts. */
  public int turn(int doc) {
    return turns[doc];
  }

  /** The role of the speaker of a sentence; {@link Role#OFFICIAL} outside transcripts. */
  public Role role(int doc) {
    return ROLES[roles[doc]];
  }

  /**
   * How many words a transcript sentence says besides stopwords ("Yes." none, "Thanks, David."
   * two), up to 127; 127 outside transcripts.
   */
  public int words(int doc) {
    return words[doc];
  }

  /**
   * Who speaks a sentence: the label of its transcript turn's speaker, as written ("" outside
   * transcripts), and whom it quotes in their own words ("" when no one).
   */
  public record Voice(String speaker, String quoting) {}

  /** Who speaks a sentence (see {@link Voice}). */
  public Voice voice(int doc) {
    try {
      Document stored = sentences.storedFields().document(doc, VOICE);
      String speaker = stored.get(Fields.SPEAKER);
      String quoting = stored.get(Fields.QUOTING);
      return new Voice(speaker == null ? "" : speaker, quoting == null ? "" : quoting);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statement a sentence document belongs to. */
  public StatementInfo statementOf(int doc) {
    if (doc < 0 || doc >= sentenceReader.maxDoc()) {
      throw new IllegalArgumentException("no sentence document " + doc);
    }
    int run = Arrays.binarySearch(runStarts, doc);
    return catalog.get(runOrdinals[run >= 0 ? run : -run - 2]);
  }

  /** The catalogue ordinal of a document of the statement index. */
  public int ordinalOfStatementDoc(int doc) {
    return ordinalOfStatementDoc[doc];
  }

  /** A sentence document's position in its statement. */
  public int positionOf(int doc) {
    return doc - firstSentence(statementOf(doc).ordinal());
  }

  /**
   * The sentences of the same statement from {@code before} sentences before the document to {@code
   * after} after it, in order, the document's own included.
   */
  public List<String> window(int doc, int before, int after) {
    StatementInfo statement = statementOf(doc);
    int first = firstSentence(statement.ordinal());
    int from = Math.max(first, doc - before);
    int to = Math.min(first + statement.sentences() - 1, doc + after);
    List<String> out = new ArrayList<>();
    for (int d = from; d <= to; d++) {
      out.add(text(d));
    }
    return out;
  }

  /** The document of a statement's sentence, or -1 when there is none at that position. */
  public int find(int statement, int position) {
    if (statement < 0 || statement >= catalog.size()) {
      return -1;
    }
    return position < 0 || position >= catalog.get(statement).sentences()
        ? -1
        : firstSentence(statement) + position;
  }

  /** The first sentence document of a statement; its others follow it in order. */
  public int firstSentence(int ordinal) {
    return firstSentence[ordinal];
  }

  /** A statement's document in the statement index, or -1 if it has none. */
  public int statementDoc(int ordinal) {
    return statementDoc[ordinal];
  }

  /** How many sentence documents the index holds. */
  public int sentenceCount() {
    return sentenceReader.numDocs();
  }

  /** Takes a reference unless it has closed. */
  boolean tryIncRef() {
    while (true) {
      int count = references.get();
      if (count <= 0) {
        return false;
      }
      if (references.compareAndSet(count, count + 1)) {
        return true;
      }
    }
  }

  /** Lets a reference go; the last one closes it. */
  void decRef() throws IOException {
    if (references.decrementAndGet() == 0) {
      close();
    }
  }

  int refCount() {
    return references.get();
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
