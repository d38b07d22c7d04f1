package org.balagh.retrieval.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.apache.lucene.store.FSDirectory;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.AnswerKind;
import org.balagh.retrieval.analysis.CountryTagger;
import org.balagh.retrieval.corpus.Statement;
import org.balagh.retrieval.text.SentenceSplitter;

/**
 * Builds the two indexes of one generation: one Lucene document per sentence (its terms, the
 * countries it names and its statement involves, and its text stored verbatim), the sentences of a
 * statement as one block, in order; and one per statement (its title, all its terms) for
 * statement-level evidence.
 */
final class IndexBuilder {

  /** Analysed fields keep document and term frequencies: no positions, as nothing asks phrases. */
  private static final FieldType TERMS = termsOnly();

  private final Analyzers analyzers;
  private final CountryTagger tagger;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final int threads;

  IndexBuilder(Analyzers analyzers, int threads) {
    this.analyzers = analyzers;
    this.tagger = new CountryTagger(analyzers.countries());
    this.threads = Math.max(1, threads);
  }

  /** Indexes the statements into {@code folder} and returns the catalogue, in ordinal order. */
  List<StatementInfo> build(List<Statement> statements, Path folder) throws IOException {
    StatementInfo[] catalog = new StatementInfo[statements.size()];
    try (IndexWriter sentences = writer(folder.resolve(GenerationLayout.SENTENCES));
        IndexWriter bodies = writer(folder.resolve(GenerationLayout.STATEMENTS))) {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "balagh-indexer");
                t.setDaemon(true);
                return t;
              });
      try {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
          workers.add(
              pool.submit(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < statements.size();
                        i = next.getAndIncrement()) {
                      catalog[i] = index(i, statements.get(i), sentences, bodies);
                    }
                    return null;
                  }));
        }
        for (Future<?> worker : workers) {
          worker.get();
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw new IOException("indexing failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("indexing interrupted", e);
      } finally {
        pool.shutdownNow();
      }
      // One segment each: a question then costs one term lookup per term rather than one per
      // segment, and skips best (a quarter faster at 2.3 million sentences); merging takes seconds.
      sentences.forceMerge(1);
      bodies.forceMerge(1);
      sentences.commit();
      bodies.commit();
    }
    return List.of(catalog);
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
    return new IndexWriter(FSDirectory.open(folder), config);
  }

  private StatementInfo index(
      int ordinal, Statement statement, IndexWriter sentences, IndexWriter bodies) {
    String text = statement.text();
    String language = Analyzers.fieldLanguage(statement.language());
    List<String> texts =
        splitter.split(text, statement.language()).stream().map(span -> span.of(text)).toList();
    String[][] terms = new String[texts.size()][];
    List<Set<String>> mentioned = new ArrayList<>();
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (int i = 0; i < terms.length; i++) {
      terms[i] = analyzers.statementTerms(texts.get(i), language).toArray(String[]::new);
      Map<String, Integer> here = tagger.mentions(texts.get(i), statement.language());
      here.forEach((code, n) -> mentions.merge(code, n, Integer::sum));
      mentioned.add(here.keySet());
    }
    String[] title = analyzers.statementTerms(statement.title(), language).toArray(String[]::new);
    List<String> countries = statementCountries(statement, mentions);
    List<Document> docs = new ArrayList<>(terms.length);
    for (int i = 0; i < terms.length; i++) {
      docs.add(
          sentenceDocument(ordinal, texts.get(i), language, terms[i], mentioned.get(i), countries));
    }
    try {
      sentences.addDocuments(docs);
      bodies.addDocument(statementDocument(ordinal, language, terms, title, countries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StatementInfo.of(ordinal, statement, countries, terms.length);
  }

  /**
   * The countries a statement involves: those its record gives, those its title names, and the ones
   * its text names most (at least twice, among its three most named).
   */
  private List<String> statementCountries(Statement statement, Map<String, Integer> mentions) {
    Set<String> countries = new LinkedHashSet<>(statement.countries());
    countries.addAll(tagger.countries(statement.title(), statement.language()));
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
