package org.balagh.retrieval.corpus;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A spreadsheet's rows as records: a CSV file (as Excel, LibreOffice or Google Sheets export it)
 * whose first row names the columns, read a row at a time, so that a file of any size fits. The
 * separator is the header's own: a comma, or the semicolon that spreadsheets in French or Arabic
 * locales write; a byte order mark is skipped; a quoted cell may hold separators and line breaks.
 * Empty cells are left out of their record, as a field never written.
 */
final class CsvRecords implements Closeable {

  /** A row read: its record, or why it could not be read; and its number, the header's being 1. */
  record Row(ObjectNode record, String problem, int number) {}

  private final Reader reader;
  private final MappingIterator<List<String>> rows;
  private final List<String> header;
  private int number = 1;

  private CsvRecords(Reader reader, MappingIterator<List<String>> rows, List<String> header) {
    this.reader = reader;
    this.rows = rows;
    this.header = header;
  }

  /** Opens a CSV file, its header read; throws when it has none. */
  static CsvRecords open(Path file) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    try {
      reader.mark(1 << 16);
      int first = reader.read();
      if (first != '\uFEFF') {
        reader.reset();
      }
      reader.mark(1 << 16);
      String headerLine = reader.readLine();
      reader.reset();
      if (headerLine == null || headerLine.isBlank()) {
        throw new IOException("no header row naming the columns");
      }
      char separator = separator(headerLine);
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
      MappingIterator<List<String>> rows =
          mapper.readerForListOf(String.class).with(schema).readValues(reader);
      List<String> header = rows.hasNextValue() ? rows.nextValue() : List.of();
      return new CsvRecords(reader, rows, header.stream().map(String::strip).toList());
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** The header's separator: a semicolon when it has more of them than commas. */
  static char separator(String headerLine) {
    long commas = headerLine.chars().filter(c -> c == ',').count();
    long semicolons = headerLine.chars().filter(c -> c == ';').count();
    return semicolons > commas ? ';' : ',';
  }

  /**
   * The next row, or null at the end; throws when the file stops being CSV (a quote left open), as
   * nothing after that point can be read for sure.
   */
  Row next() throws IOException {
    number++;
    try {
      if (!rows.hasNextValue()) {
        return null;
      }
      List<String> cells = rows.nextValue();
      if (cells.size() > header.size()) {
        return new Row(
            null,
            cells.size()
                + " cells under "
                + header.size()
                + " column names (a separator in an unquoted cell?)",
            number);
      }
      ObjectNode record = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        if (!header.get(i).isEmpty() && cell != null && !cell.isBlank()) {
          record.put(header.get(i), cell);
        }
      }
      return new Row(record, null, number);
    } catch (CharacterCodingException e) {
      throw e;
    } catch (IOException | RuntimeJsonMappingException e) {
      throw new IOException("row " + number + ": not CSV: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    rows.close();
    reader.close();
  }
}
