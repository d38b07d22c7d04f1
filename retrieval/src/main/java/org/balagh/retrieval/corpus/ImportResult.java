package org.balagh.retrieval.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What importing one input did: records read and written, those already stored, those skipped with
 * why, the values left out of records that were written, and the source fields no data-format field
 * reads.
 *
 * @param skipped each record not written, with where it is and why
 * @param dropped each value left out of a written record (a date not understood, …), with where
 * @param droppedFields how many values each data-format field lost ({@code date}: 3)
 * @param unreadFields how many records held each source field the import did not read
 * @param changed false when the output was already what the import made
 */
public record ImportResult(
    Path input,
    Path output,
    int read,
    int written,
    int duplicates,
    List<Problem> skipped,
    List<Problem> dropped,
    Map<String, Integer> droppedFields,
    Map<String, Integer> unreadFields,
    boolean changed) {

  public ImportResult {
    skipped = List.copyOf(skipped);
    dropped = List.copyOf(dropped);
    droppedFields = Map.copyOf(droppedFields);
    unreadFields = Map.copyOf(unreadFields);
  }

  /** Gathers the counts as records go by. */
  static final class Builder {
    private final Path input;
    private final Path output;
    private int read;
    private int written;
    private int duplicates;
    private final List<Problem> skipped = new ArrayList<>();
    private final List<Problem> dropped = new ArrayList<>();
    private final Map<String, Integer> droppedFields = new TreeMap<>();
    private final Map<String, Integer> unreadFields = new TreeMap<>();

    Builder(Path input, Path output) {
      this.input = input;
      this.output = output;
    }

    void read() {
      read++;
    }

    void written() {
      written++;
    }

    void duplicate() {
      duplicates++;
    }

    void skip(Problem problem) {
      skipped.add(problem);
    }

    void drop(Problem problem, RecordConverter.Dropped value) {
      dropped.add(problem);
      droppedFields.merge(value.field(), 1, Integer::sum);
    }

    void unread(String field) {
      unreadFields.merge(field, 1, Integer::sum);
    }

    ImportResult build(boolean changed) {
      return new ImportResult(
          input,
          output,
          read,
          written,
          duplicates,
          skipped,
          dropped,
          droppedFields,
          unreadFields,
          changed);
    }
  }
}
