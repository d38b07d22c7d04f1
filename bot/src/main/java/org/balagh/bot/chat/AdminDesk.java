package org.balagh.bot.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.balagh.bot.admin.Reloads;
import org.balagh.bot.admin.Uploads;
import org.balagh.bot.ops.Stats;
import org.balagh.retrieval.Archive;
import org.balagh.retrieval.model.BuildInfo;
import org.balagh.retrieval.model.MeaningProgress;
import org.balagh.retrieval.model.ReloadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The administrators' commands, {@code /reload} and {@code /stats}, and file uploads. */
final class AdminDesk {

  private static final Logger LOG = LoggerFactory.getLogger(AdminDesk.class);
  private static final int PROBLEMS_SHOWN = 5;

  private final Archive archive;
  private final Reloads reloads;
  private final Uploads uploads;
  private final Stats stats;
  private final Duration reloadTimeout;

  AdminDesk(Archive archive, Reloads reloads, Uploads uploads, Stats stats, Duration timeout) {
    this.archive = archive;
    this.reloads = reloads;
    this.uploads = uploads;
    this.stats = stats;
    this.reloadTimeout = timeout;
  }

  /** Reloads (or joins the reload under way) and reports; the old index answers meanwhile. */
  String reload(Lang ui) {
    try {
      ReloadReport report = reloads.reload().get(reloadTimeout.toMillis(), TimeUnit.MILLISECONDS);
      boolean fresh = report.rebuilt();
      BuildInfo build = report.build();
      String html =
          (fresh ? Phrase.RELOADED : Phrase.UP_TO_DATE)
                  .in(ui, seconds(report.millis()), report.statements(), report.sentences())
              + "\n"
              + Phrase.GLOSSARY_ROWS.in(ui, report.glossaryRows());
      // A reused index keeps the problems of its build; the report then holds the glossary's only.
      List<String> problems = new ArrayList<>(fresh ? List.of() : build.problems());
      report.problems().forEach(problem -> problems.add(problem.toString()));
      int count = (fresh ? 0 : build.problemCount()) + report.problems().size();
      return HtmlCutter.cut(html + problems(problems, count, ui));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String reason =
          cause instanceof UncheckedIOException io ? io.getCause().getMessage() : cause.toString();
      return Phrase.RELOAD_FAILED.in(ui, Html.escape(String.valueOf(reason)));
    } catch (TimeoutException e) {
      return Phrase.RELOAD_FAILED.in(ui, "timeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Phrase.RELOAD_FAILED.in(ui, "interrupted");
    }
  }

  String stats(Lang ui) {
    return statsLines(ui) + meaning(ui, archive.meaning());
  }

  /** Where the re-ranking by meaning is: on, embedding (how far), loading, or off and why. */
  static String meaning(Lang ui, MeaningProgress progress) {
    return switch (progress.state()) {
      case "ready" -> Phrase.MEANING_READY.in(ui, progress.stored());
      case "embedding" -> Phrase.MEANING_EMBEDDING.in(ui, progress.checked(), progress.total());
      case "loading" -> Phrase.MEANING_LOADING.in(ui);
      case "off" -> Phrase.MEANING_OFF.in(ui);
      default -> Phrase.MEANING_UNAVAILABLE.in(ui, Html.escape(progress.problem()));
    };
  }

  private String statsLines(Lang ui) {
    Stats.Snapshot s = stats.snapshot();
    BuildInfo info = archive.info();
    return Phrase.STATS.in(
        ui,
        uptime(s.uptime()),
        info.statements(),
        info.sentences(),
        info.files(),
        s.questions(),
        s.abstentions(),
        String.format(Locale.ROOT, "%.0f %%", 100 * s.abstentionRate()),
        s.inlineQueries(),
        String.format(Locale.ROOT, "%.1f", s.p50Millis()),
        String.format(Locale.ROOT, "%.1f", s.p99Millis()),
        s.up(),
        s.down(),
        s.errors());
  }

  /** Checks, stores and loads a statement or glossary file an administrator sent. */
  String upload(Incoming.Upload upload, Lang ui) {
    String name = Uploads.safeName(upload.fileName());
    String shown = Html.escape(name);
    if (!Uploads.acceptedType(name)) {
      return Phrase.NOT_A_STATEMENT_FILE.in(ui, shown);
    }
    long mib = uploads.maxBytes() / (1024 * 1024);
    if (upload.size() > uploads.maxBytes()) {
      return Phrase.TOO_LARGE.in(ui, shown, mib);
    }
    Uploads.Outcome outcome;
    try {
      outcome = uploads.add(name, upload.content().fetch(uploads.maxBytes()));
    } catch (IOException e) {
      LOG.warn(
          "event=upload_failed user={} file={} reason=\"{}\"",
          upload.sender().id(),
          name,
          e.getMessage());
      return Phrase.FETCH_FAILED.in(ui, shown, Html.escape(String.valueOf(e.getMessage())));
    }
    LOG.info(
        "event=upload user={} file={} outcome={}",
        upload.sender().id(),
        outcome.file(),
        outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT));
    shown = Html.escape(outcome.file());
    if (outcome instanceof Uploads.Added added) {
      Phrase phrase = added.replaced() ? Phrase.REPLACED : Phrase.ADDED;
      return HtmlCutter.cut(
          phrase.in(ui, shown, added.statements())
              + problems(
                  added.problems().stream().map(Object::toString).toList(),
                  added.problems().size(),
                  ui)
              + "\n\n"
              + reload(ui));
    }
    if (outcome instanceof Uploads.GlossaryAdded glossary) {
      Phrase phrase = glossary.replaced() ? Phrase.GLOSSARY_REPLACED : Phrase.GLOSSARY_ADDED;
      return HtmlCutter.cut(phrase.in(ui, shown, glossary.rows()) + "\n\n" + reload(ui));
    }
    Uploads.Refused refused = (Uploads.Refused) outcome;
    String head =
        switch (refused.reason()) {
          case TYPE -> Phrase.NOT_A_STATEMENT_FILE.in(ui, shown);
          case TOO_LARGE -> Phrase.TOO_LARGE.in(ui, shown, mib);
          case INVALID -> Phrase.INVALID.in(ui, shown);
          case DUPLICATE_IDS -> Phrase.DUPLICATES.in(ui, shown);
          case BAD_GLOSSARY -> Phrase.BAD_GLOSSARY.in(ui, shown);
        };
    return HtmlCutter.cut(head + list(refused.details()));
  }

  private static String problems(List<String> problems, int count, Lang ui) {
    if (count == 0) {
      return "";
    }
    List<String> shown = problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()));
    String more = count > shown.size() ? "\n…" : "";
    return "\n" + Phrase.SKIPPED.in(ui, count) + list(shown) + more;
  }

  private static String list(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append("\n• <code>").append(Html.escape(line)).append("</code>");
    }
    return out.toString();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  static String uptime(Duration uptime) {
    long days = uptime.toDays();
    long hours = uptime.toHoursPart();
    long minutes = uptime.toMinutesPart();
    if (days > 0) {
      return days + "d " + hours + "h " + minutes + "m";
    }
    if (hours > 0) {
      return hours + "h " + minutes + "m";
    }
    return minutes + "m " + uptime.toSecondsPart() + "s";
  }
}
