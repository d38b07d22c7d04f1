package org.balagh.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.corpus.Metadata;
import org.balagh.retrieval.corpus.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * However the workers share out the statements, a build of the same statements is the same index:
 * sentences in statement order, each statement's in its own order, the same names learnt. Equal
 * scores then fall the same way in every build (before, a rebuild could move an answer in or out of
 * the first five).
 */
class IndexBuilderTest {

  private static final Analyzers ANALYZERS = new Analyzers(CountryNames.load());

  @TempDir Path folder;

  @Test
  void buildsTheSameIndexWhicheverWorkerIndexesWhat() throws IOException {
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // Statements of very different lengths, so that the workers finish out of turn.
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 1 + (i * 7) % 23; s++) {
        text.append("Statement ")
            .append(i)
            .append(" sentence ")
            .append(s)
            .append(" names Zorvath and Quellin")
            .append(i % 3 == 0 ? " and Zórvath. " : ". ");
      }
      statements.add(
          new Statement(
              new Metadata(
                  "s" + i,
                  "Statement " + i,
                  LocalDate.of(2020, 1, 1).plusDays(i),
                  null,
                  "en",
                  List.of(),
                  "https://example.org/" + i,
                  false,
                  ""),
              text.toString()));
    }
    Path first = build(statements, folder.resolve("first"));
    Path second = build(statements, folder.resolve("second"));

    List<String> order = sentences(first);
    int expected = 0;
    for (Statement statement : statements) {
      int count = (int) statement.text().chars().filter(c -> c == '.').count();
      for (int s = 0; s < count; s++) {
        assertEquals(
            statement.id().substring(1)
                + "/Statement "
                + statement.id().substring(1)
                + " sentence "
                + s,
            order.get(expected++));
      }
    }
    assertEquals(expected, order.size());
    assertEquals(order, sentences(second));
    assertEquals(
        Files.readString(first.resolve(GenerationLayout.NAMES)),
        Files.readString(second.resolve(GenerationLayout.NAMES)));
  }

  private static Path build(List<Statement> statements, Path into) throws IOException {
    Files.createDirectories(into);
    try (IndexBuilder builder = new IndexBuilder(ANALYZERS, 4, into)) {
      for (Statement statement : statements) {
        builder.add(statement);
      }
      builder.finish();
    }
    return into;
  }

  /** Each sentence document as "statement ordinal/sentence's first words", in document order. */
  private static List<String> sentences(Path generation) throws IOException {
    List<String> order = new ArrayList<>();
    try (DirectoryReader reader =
        DirectoryReader.open(FSDirectory.open(generation.resolve(GenerationLayout.SENTENCES)))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues ordinals = leaf.reader().getNumericDocValues(Fields.STATEMENT);
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          ordinals.advanceExact(doc);
          String text = stored.document(doc).get(Fields.TEXT);
          order.add(ordinals.longValue() + "/" + text.substring(0, text.indexOf(" names")));
        }
      }
    }
    return order;
  }
}
