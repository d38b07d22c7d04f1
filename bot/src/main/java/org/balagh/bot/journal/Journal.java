package org.balagh.bot.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A durable list of the updates accepted for work, in SQLite: {@link #accept} records them before
 * any work starts, {@link #done} marks one finished once its replies are sent, and {@link
 * #pending()} lists what a crash left unfinished, to answer on the next start. Telegram forgets an
 * update once a later {@code getUpdates} confirms it, so this is what keeps a question alive across
 * a crash.
 *
 * <p>Durability: WAL mode; an accept commits with {@code synchronous=FULL} (fsync before it
 * returns: a lost accept would be a lost question), a done mark with {@code NORMAL} (no fsync: on
 * power loss it may be lost, and the question is answered once more; a process crash keeps it).
 * Bounded: a finished update keeps only its id (so that Telegram redelivering it is recognised),
 * and only the newest {@value #DONE_KEPT} finished ids are kept. Thread-safe.
 */
public final class Journal implements AutoCloseable {

  /** Finished ids kept to recognise redeliveries; Telegram redelivers at most one batch (100). */
  static final int DONE_KEPT = 10_000;

  private static final int PRUNE_EVERY = 1_000;

  /** An update as accepted: its id, its payload (the update's JSON) and when it was accepted. */
  public record Entry(long id, String payload, long acceptedMillis) {
    public Entry {
      Objects.requireNonNull(payload, "payload");
    }
  }

  private final Connection db;
  private final Clock clock;
  private final String where;
  private int sincePrune;

  private Journal(Connection db, Clock clock, String where) {
    this.db = db;
    this.clock = clock;
    this.where = where;
  }

  /** Opens (creating if needed) the journal in {@code file}. */
  public static Journal open(Path file, Clock clock) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new IOException(
          "cannot open the journal "
              + file
              + " (BALAGH_JOURNAL): cannot create its folder ("
              + e
              + ")",
          e);
    }
    return open("jdbc:sqlite:" + file.toAbsolutePath(), clock, file.toString());
  }

  /** A journal in memory, lost with the process: for tests that are not about crashes. */
  public static Journal inMemory(Clock clock) throws IOException {
    return open("jdbc:sqlite::memory:", clock, ":memory:");
  }

  private static Journal open(String url, Clock clock, String where) throws IOException {
    try {
      Connection db = DriverManager.getConnection(url);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA busy_timeout=5000");
        s.execute(
            "CREATE TABLE IF NOT EXISTS updates ("
                + " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " update_id INTEGER NOT NULL UNIQUE,"
                + " payload TEXT,"
                + " accepted_ms INTEGER NOT NULL,"
                + " done_ms INTEGER)");
        s.execute("CREATE INDEX IF NOT EXISTS pending ON updates(done_ms, seq)");
      }
      Journal journal = new Journal(db, clock, where);
      journal.prune();
      return journal;
    } catch (SQLException e) {
      throw new IOException(
          "cannot open the journal " + where + " (BALAGH_JOURNAL): " + e.getMessage(), e);
    }
  }

  /**
   * Records the entries not seen before, durably, in one transaction, and returns them in order;
   * entries already recorded (pending or done) are left out: Telegram delivers some twice.
   */
  public synchronized List<Entry> accept(List<Entry> entries) throws IOException {
    if (entries.isEmpty()) {
      return List.of();
    }
    List<Entry> fresh = new ArrayList<>();
    try {
      synchronous("FULL");
      db.setAutoCommit(false);
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT OR IGNORE INTO updates(update_id, payload, accepted_ms) VALUES (?, ?, ?)")) {
        for (Entry entry : entries) {
          insert.setLong(1, entry.id());
          insert.setString(2, entry.payload());
          insert.setLong(3, entry.acceptedMillis());
          if (insert.executeUpdate() == 1) {
            fresh.add(entry);
          }
        }
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
      sincePrune += fresh.size();
      if (sincePrune >= PRUNE_EVERY) {
        prune();
      }
      return fresh;
    } catch (SQLException e) {
      throw new IOException("cannot write to the journal " + where + ": " + e.getMessage(), e);
    }
  }

  /** Marks an update finished: its replies were sent, or it deliberately gets none. */
  public synchronized void done(long id) throws IOException {
    try {
      synchronous("NORMAL");
      try (PreparedStatement update =
          db.prepareStatement(
              "UPDATE updates SET done_ms = ?, payload = NULL"
                  + " WHERE update_id = ? AND done_ms IS NULL")) {
        update.setLong(1, clock.millis());
        update.setLong(2, id);
        update.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IOException("cannot write to the journal " + where + ": " + e.getMessage(), e);
    }
  }

  /** The updates accepted and not finished, in the order they were accepted. */
  public synchronized List<Entry> pending() throws IOException {
    List<Entry> pending = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT update_id, payload, accepted_ms FROM updates"
                    + " WHERE done_ms IS NULL ORDER BY seq")) {
      while (rows.next()) {
        pending.add(new Entry(rows.getLong(1), rows.getString(2), rows.getLong(3)));
      }
      return pending;
    } catch (SQLException e) {
      throw new IOException("cannot read the journal " + where + ": " + e.getMessage(), e);
    }
  }

  /** How many entries the journal holds, finished ones included. */
  public synchronized int size() throws IOException {
    try (Statement s = db.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM updates")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new IOException("cannot read the journal " + where + ": " + e.getMessage(), e);
    }
  }

  /** Keeps only the newest {@link #DONE_KEPT} finished ids. */
  private void prune() throws SQLException {
    sincePrune = 0;
    try (PreparedStatement delete =
        db.prepareStatement(
            "DELETE FROM updates WHERE done_ms IS NOT NULL AND seq <= ("
                + "SELECT seq FROM updates WHERE done_ms IS NOT NULL"
                + " ORDER BY seq DESC LIMIT 1 OFFSET ?)")) {
      delete.setInt(1, DONE_KEPT);
      delete.executeUpdate();
    }
  }

  private void synchronous(String level) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA synchronous=" + level);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IOException("cannot close the journal " + where + ": " + e.getMessage(), e);
    }
  }
}
