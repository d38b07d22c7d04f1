package org.balagh.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.balagh.retrieval.Sentences;
import org.balagh.retrieval.corpus.CorpusReader;
import org.balagh.tools.eval.EvalQuestion;

/**
 * The same sentences in SQLite FTS5, ranked by its bm25: what the developer of a small bot would
 * otherwise pick. A question becomes the OR of its words, less common stopwords (Lucene's English,
 * French and Arabic sets), each quoted so that nothing in it is query syntax; the best-ranked
 * sentence is the answer. One connection per thread, as SQLite wants.
 */
final class Fts5 implements AutoCloseable {

  static final String TOKENIZER = "porter unicode61 remove_diacritics 2";

  private static final CharArraySet STOPWORDS = stopwords();

  private final String url;
  private final List<Connection> connections = new ArrayList<>();
  private final ThreadLocal<Connection> connection = new ThreadLocal<>();

  /** What a build made. */
  record Built(int statements, int sentences) {}

  Fts5(Path file) {
    this.url = "jdbc:sqlite:" + file.toAbsolutePath();
  }

  /** Builds the table from a data folder: every statement split into sentences as Balagh does. */
  static Built build(Path data, Path file) throws IOException, SQLException {
    Files.deleteIfExists(file);
    Sentences splitter = new Sentences();
    int[] counts = new int[2];
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
      try (Statement create = db.createStatement()) {
        create.execute(
            "CREATE VIRTUAL TABLE sentence USING fts5(text, statement UNINDEXED, tokenize = '"
                + TOKENIZER
                + "')");
      }
      db.setAutoCommit(false);
      try (PreparedStatement insert =
          db.prepareStatement("INSERT INTO sentence (text, statement) VALUES (?, ?)")) {
        new CorpusReader()
            .read(
                data,
                statement -> {
                  counts[0]++;
                  for (String sentence : splitter.of(statement.text(), statement.language())) {
                    try {
                      insert.setString(1, sentence);
                      insert.setString(2, statement.id());
                      insert.executeUpdate();
                    } catch (SQLException e) {
                      throw new IOException(e);
                    }
                    counts[1]++;
                  }
                });
      }
      db.commit();
      // Merged into one b-tree, as Balagh merges its index into one segment.
      try (Statement optimize = db.createStatement()) {
        optimize.execute("INSERT INTO sentence (sentence) VALUES ('optimize')");
      }
      db.commit();
    }
    return new Built(counts[0], counts[1]);
  }

  /** The best-ranked sentence for a question, or null when none holds any of its words. */
  String answer(String question) throws SQLException {
    String match = match(question);
    if (match.isEmpty()) {
      return null;
    }
    try (PreparedStatement query =
        connection()
            .prepareStatement(
                "SELECT text FROM sentence WHERE sentence MATCH ? ORDER BY rank LIMIT 1")) {
      query.setString(1, match);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /** Whether a sentence that answers the question is stored at all. */
  boolean holdsAnswer(EvalQuestion question) throws SQLException {
    for (String expected : question.expect()) {
      List<String> words = words(expected, false);
      if (words.isEmpty()) {
        continue;
      }
      try (PreparedStatement query =
          connection().prepareStatement("SELECT text FROM sentence WHERE sentence MATCH ?")) {
        query.setString(1, quote(String.join(" ", words)));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            if (question.isAnsweredBy(rows.getString(1))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** The FTS5 query for a question: its words, less stopwords, each quoted, joined by OR. */
  static String match(String question) {
    List<String> quoted = new ArrayList<>();
    for (String word : words(question, true)) {
      quoted.add(quote(word));
    }
    return String.join(" OR ", quoted);
  }

  private static List<String> words(String text, boolean dropStopwords) {
    Set<String> words = new LinkedHashSet<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        word.append(c);
      } else if (word.length() > 0) {
        String w = word.toString().toLowerCase(Locale.ROOT);
        if (!dropStopwords || !STOPWORDS.contains(w)) {
          words.add(w);
        }
        word.setLength(0);
      }
    }
    return new ArrayList<>(words);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static CharArraySet stopwords() {
    CharArraySet set = new CharArraySet(512, true);
    set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    set.addAll(FrenchAnalyzer.getDefaultStopSet());
    set.addAll(ArabicAnalyzer.getDefaultStopSet());
    return set;
  }

  private Connection connection() throws SQLException {
    Connection own = connection.get();
    if (own == null) {
      own = DriverManager.getConnection(url);
      synchronized (connections) {
        connections.add(own);
      }
      connection.set(own);
    }
    return own;
  }

  @Override
  public void close() throws SQLException {
    synchronized (connections) {
      for (Connection c : connections) {
        c.close();
      }
    }
  }
}
