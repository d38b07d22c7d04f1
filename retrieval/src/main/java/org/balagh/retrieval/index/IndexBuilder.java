package org.balagh.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.AnswerKind;
import org.balagh.retrieval.analysis.CountryTagger;
import org.balagh.retrieval.corpus.Statement;
import org.balagh.retrieval.model.Role;
import org.balagh.retrieval.model.StatementInfo;
import org.balagh.retrieval.text.Quotation;
import org.balagh.retrieval.text.SentenceSplitter;
import org.balagh.retrieval.text.SpeakerLabels;
import org.balagh.retrieval.text.Transcript;
import org.balagh.retrieval.text.Utterance;

/**
 * Builds the two indexes of one generation: one Lucene document per sentence (its terms, the
 * countries it names and its statement involves, and its text stored verbatim), the sentences of a
 * statement as one block, in order; and one per statement (its title, all its terms) for
 * statement-level evidence.
 */
final class IndexBuilder implements Closeable {

  /** Analysed fields keep document and term frequencies: no positions, as nothing asks phrases. */
  private static final FieldType TERMS = termsOnly();

  /** Statements waiting for a worker, per worker: enough to keep them busy, little memory. */
  private static final int QUEUED_PER_WORKER = 8;

  /** A statement to index, with its ordinal; the one without a statement tells a worker to stop. */
  private record Job(int ordinal, Statement statement) {}

  private static final Job STOP = new Job(-1, null);

  private final Analyzers analyzers;
  private final CountryTagger tagger;
  private final StatementSpeakers speakers;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Transcript transcript = new Transcript(SpeakerLabels.load());
  private final IndexWriter sentences;
  private final IndexWriter bodies;
  private final BlockingQueue<Job> queue;
  private final ExecutorService pool;
  private final List<Future<?>> workers = new ArrayList<>();
  private final Map<Integer, StatementInfo> catalog = new ConcurrentHashMap<>();
  private final NameCollector names = new NameCollector();
  private final Path folder;
  private int next;
  private boolean finished;
  private boolean closed;

  /** Opens the two indexes in {@code folder} and starts {@code threads} workers on them. */
  IndexBuilder(Analyzers analyzers, int threads, Path folder) throws IOException {
    this.analyzers = analyzers;
    this.tagger = new CountryTagger(analyzers.countries());
    this.speakers = new StatementSpeakers(analyzers.countries());
    int workerCount = Math.max(1, threads);
    this.queue = new ArrayBlockingQueue<>(QUEUED_PER_WORKER * workerCount);
    this.folder = folder;
    this.sentences = writer(folder.resolve(GenerationLayout.SENTENCES));
    try {
      this.bodies = writer(folder.resolve(GenerationLayout.STATEMENTS));
    } catch (IOException e) {
      sentences.close();
      throw e;
    }
    this.pool =
        Executors.newFixedThreadPool(
            workerCount,
            r -> {
              Thread t = new Thread(r, "balagh-indexer");
              t.setDaemon(true);
              return t;
            });
    for (int w = 0; w < workerCount; w++) {
      workers.add(pool.submit(this::work));
    }
  }

  private Void work() throws InterruptedException {
    for (Job job = queue.take(); job != STOP; job = queue.take()) {
      catalog.put(job.ordinal(), index(job.ordinal(), job.statement(), sentences, bodies));
    }
    return null;
  }

  /** Queues the next statement; waits while the workers are behind, and fails if one failed. */
  void add(Statement statement) throws IOException {
    put(new Job(next++, statement));
  }

  /**
   * Waits for every statement added to be indexed, merges each index to one segment, commits both
   * and returns the catalogue in ordinal order.
   */
  List<StatementInfo> finish() throws IOException {
    for (int w = 0; w < workers.size(); w++) {
      put(STOP);
    }
    for (Future<?> worker : workers) {
      await(worker);
    }
    // One segment each: a question then costs one term lookup per term rather than one per
    // segment, and skips best (a quarter faster at 2.3 million sentences); merging takes seconds.
    sentences.forceMerge(1);
    bodies.forceMerge(1);
    sentences.commit();
    bodies.commit();
    names.write(folder.resolve(GenerationLayout.NAMES));
    finished = true;
    close();
    List<StatementInfo> ordered = new ArrayList<>(next);
    for (int ordinal = 0; ordinal < next; ordinal++) {
      ordered.add(catalog.get(ordinal));
    }
    return ordered;
  }

  private void put(Job job) throws IOException {
    try {
      while (!queue.offer(job, 100, TimeUnit.MILLISECONDS)) {
        for (Future<?> worker : workers) {
          if (worker.isDone()) {
            await(worker);
            throw new IOException("an indexing worker stopped early");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    }
  }

  /** Waits for a worker and rethrows what it failed with. */
  private static void await(Future<?> worker) throws IOException {
    try {
      worker.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException("indexing failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    }
  }

  /** Stops the workers and closes the indexes; what was not finished is left uncommitted. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    pool.shutdownNow();
    if (finished) {
      IOUtils.close(sentences, bodies);
    } else {
      IOUtils.closeWhileHandlingException(sentences::rollback, bodies::rollback);
    }
  }

  private static FieldType termsOnly() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private static IndexWriter writer(Path folder) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig();
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(128);
    config.setUseCompoundFile(false);
    config.setSimilarity(Scoring.similarity());
    // Documents in statement order, whichever worker indexed them first: a build of the same data
    // is then the same index, and ties between equal scores fall the same way every time.
    config.setIndexSort(new Sort(new SortField(Fields.STATEMENT, SortField.Type.LONG)));
    return new IndexWriter(FSDirectory.open(folder), config);
  }

  private StatementInfo index(
      int ordinal, Statement statement, IndexWriter sentences, IndexWriter bodies) {
    String text = statement.text();
    String language = Analyzers.fieldLanguage(statement.language());
    List<Utterance> spoken =
        Utterance.of(text, splitter.split(text, statement.language()), transcript.turns(text));
    List<String> texts = spoken.stream().map(u -> u.span().of(text)).toList();
    String[][] terms = new String[texts.size()][];
    List<Set<String>> mentioned = new ArrayList<>();
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (int i = 0; i < terms.length; i++) {
      terms[i] = analyzers.statementTerms(texts.get(i), language).toArray(String[]::new);
      Map<String, Integer> here = countries(terms[i]);
      here.forEach((code, n) -> mentions.merge(code, n, Integer::sum));
      mentioned.add(here.keySet());
    }
    String[] title = analyzers.statementTerms(statement.title(), language).toArray(String[]::new);
    names.add(text, language);
    List<String> titleCountries = tagger.countries(statement.title(), statement.language());
    List<String> speaking = speakers.of(statement, titleCountries);
    List<String> countries = statementCountries(statement, titleCountries, speaking, mentions);
    List<Document> docs = new ArrayList<>(terms.length);
    for (int i = 0; i < terms.length; i++) {
      Document doc =
          sentenceDocument(ordinal, texts.get(i), language, terms[i], mentioned.get(i), countries);
      turn(doc, spoken.get(i), words(terms[i]));
      Quotation.source(texts.get(i))
          .ifPresent(source -> doc.add(new StoredField(Fields.QUOTING, source)));
      docs.add(doc);
    }
    try {
      sentences.addDocuments(docs);
      bodies.addDocument(statementDocument(ordinal, language, terms, title, countries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StatementInfo.of(ordinal, statement, countries, speaking, terms.length);
  }

  /**
   * The countries a sentence names, with how often, in order of first mention: read from its
   * analysed terms, so that a sentence is tagged with exactly the country terms a question's
   * analysis finds in it.
   */
  private static Map<String, Integer> countries(String[] terms) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String term : terms) {
      if (Analyzers.isCountryTerm(term)) {
        counts.merge(Analyzers.countryCode(term), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * The countries a statement involves: those its record gives, those it speaks for, those its
   * title names, and the ones its text names most (at least twice, among its three most named).
   */
  private static List<String> statementCountries(
      Statement statement,
      List<String> titleCountries,
      List<String> speaking,
      Map<String, Integer> mentions) {
    Set<String> countries = new LinkedHashSet<>(statement.countries());
    countries.addAll(speaking);
    countries.addAll(titleCountries);
    mentions.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(3)
        .forEach(e -> countries.add(e.getKey()));
    return List.copyOf(countries);
  }

  private static Document sentenceDocument(
      int ordinal,
      String text,
      String language,
      String[] terms,
      Set<String> mentioned,
      List<String> countries) {
    Document doc = new Document();
    doc.add(
        new Field(Fields.analysed(Fields.SENTENCE, language), new TermsTokenStream(terms), TERMS));
    for (String code : mentioned) {
      doc.add(new StringField(Fields.SENTENCE_COUNTRY, code, Field.Store.NO));
    }
    for (AnswerKind kind : AnswerKind.givenBy(text)) {
      doc.add(new StringField(Fields.KIND, kind.term(), Field.Store.NO));
    }
    for (String code : countries) {
      doc.add(new StringField(Fields.STATEMENT_COUNTRY, code, Field.Store.NO));
    }
    doc.add(new NumericDocValuesField(Fields.STATEMENT, ordinal));
    doc.add(new StoredField(Fields.TEXT, text));
    return doc;
  }

  /**
   * Records the turn a sentence was spoken in, and how many words it says besides stopwords, for
   * transcripts only: a statement without turns is all its publisher's, which is what a document
   * without these fields reads as.
   */
  private static void turn(Document doc, Utterance utterance, int words) {
    if (utterance.turn() > 0 || utterance.role() != Role.OFFICIAL) {
      doc.add(new NumericDocValuesField(Fields.TURN, utterance.turn()));
      doc.add(new NumericDocValuesField(Fields.ROLE, utterance.role().ordinal()));
      doc.add(new NumericDocValuesField(Fields.WORDS, words));
    }
    if (!utterance.speaker().isEmpty()) {
      doc.add(new StoredField(Fields.SPEAKER, utterance.speaker()));
    }
  }

  /** A sentence's words, stopwords aside: its terms, an Arabic word's whole form not counted. */
  private static int words(String[] terms) {
    int words = 0;
    for (String term : terms) {
      if (!Analyzers.isWholeWord(term)) {
        words++;
      }
    }
    return words;
  }

  private static Document statementDocument(
      int ordinal, String language, String[][] terms, String[] title, List<String> countries) {
    String[][] parts = new String[terms.length + 1][];
    parts[0] = title;
    System.arraycopy(terms, 0, parts, 1, terms.length);
    Document doc = new Document();
    doc.add(new Field(Fields.analysed(Fields.BODY, language), new TermsTokenStream(parts), TERMS));
    doc.add(new Field(Fields.analysed(Fields.TITLE, language), new TermsTokenStream(title), TERMS));
    for (String code : countries) {
      doc.add(new StringField(Fields.STATEMENT_COUNTRY, code, Field.Store.NO));
    }
    doc.add(new NumericDocValuesField(Fields.STATEMENT, ordinal));
    return doc;
  }
}
