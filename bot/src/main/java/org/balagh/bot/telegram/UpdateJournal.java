package org.balagh.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.balagh.bot.journal.Journal;
import org.balagh.bot.ops.Stats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Telegram updates in the {@link Journal}, as the JSON Telegram sent. A journal that fails (disk
 * full, say) is logged and counted, and the updates are still handled: without the guarantee across
 * a crash, but never dropped for it.
 */
final class UpdateJournal {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateJournal.class);

  /** Telegram keeps an update for 24 hours; one left over from longer ago is not answered. */
  static final Duration REPLAY_WITHIN = Duration.ofHours(24);

  private final Journal journal;
  private final Clock clock;
  private final Stats stats;
  private final ObjectMapper json = new ObjectMapper();

  UpdateJournal(Journal journal, Clock clock, Stats stats) {
    this.journal = journal;
    this.clock = clock;
    this.stats = stats;
  }

  /** The updates not accepted before, now recorded; all of them if the journal fails. */
  List<Update> accept(List<Update> updates) {
    List<Journal.Entry> entries = new ArrayList<>();
    List<Update> unwritable = new ArrayList<>();
    long now = clock.millis();
    for (Update update : updates) {
      try {
        entries.add(new Journal.Entry(update.getUpdateId(), json.writeValueAsString(update), now));
      } catch (JsonProcessingException e) {
        LOG.error("event=journal_failed update={} reason=unserialisable", update.getUpdateId(), e);
        stats.error();
        unwritable.add(update);
      }
    }
    List<Update> fresh = new ArrayList<>();
    try {
      Set<Long> ids =
          journal.accept(entries).stream().map(Journal.Entry::id).collect(Collectors.toSet());
      for (Update update : updates) {
        if (ids.contains((long) update.getUpdateId()) || unwritable.contains(update)) {
          fresh.add(update);
        } else {
          LOG.info("event=update_redelivered update={} action=skip", update.getUpdateId());
        }
      }
      return fresh;
    } catch (IOException e) {
      LOG.error("event=journal_failed action=handle_unjournaled updates={}", updates.size(), e);
      stats.error();
      return updates;
    }
  }

  /** Marks an update finished. */
  void done(int updateId) {
    try {
      journal.done(updateId);
    } catch (IOException e) {
      // Not fatal: at worst the update is answered again after a restart.
      LOG.error("event=journal_failed update={} action=done", updateId, e);
      stats.error();
    }
  }

  /**
   * The updates a previous run accepted and did not finish, oldest first; those older than {@link
   * #REPLAY_WITHIN} are marked finished instead, as are any that cannot be read back.
   */
  List<Update> pending() {
    List<Update> replay = new ArrayList<>();
    try {
      for (Journal.Entry entry : journal.pending()) {
        if (clock.millis() - entry.acceptedMillis() > REPLAY_WITHIN.toMillis()) {
          LOG.warn("event=replay_expired update={}", entry.id());
          done((int) entry.id());
          continue;
        }
        try {
          replay.add(json.readValue(entry.payload(), Update.class));
        } catch (JsonProcessingException e) {
          LOG.error("event=replay_unreadable update={}", entry.id(), e);
          stats.error();
          done((int) entry.id());
        }
      }
    } catch (IOException e) {
      LOG.error("event=journal_failed action=replay", e);
      stats.error();
    }
    return replay;
  }
}
