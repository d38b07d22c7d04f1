package org.balagh.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.model.StatementInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement whose link leads to a collection says so, from a new index and a reused one. */
class CollectionLinkTest {

  @TempDir Path folder;

  @Test
  void tellsAStatementLinkedToACollectionFromOneLinkedToItself() throws IOException {
    Path data = Files.createDirectories(folder.resolve("data"));
    Files.writeString(
        data.resolve("a.jsonl"),
        "{\"id\":\"speech\",\"url\":\"https://doi.org/10.7910/DVN/0TJX8Y\","
            + "\"url_is_collection\":true,\"text\":\"Chad spoke of peace.\"}\n"
            + "{\"id\":\"page\",\"url\":\"https://example.org/page\",\"text\":\"Chad spoke.\"}\n");
    try (Archive archive = Archive.open(data, folder.resolve("index"))) {
      archive.reload();
      assertEquals(List.of(true, false), collections(archive));
    }
    try (Archive again = Archive.open(data, folder.resolve("index"))) {
      assertFalse(again.reload().rebuilt());
      assertEquals(List.of(true, false), collections(again));
    }
  }

  private static List<Boolean> collections(Archive archive) {
    return archive.statements().stream().map(StatementInfo::urlIsCollection).toList();
  }
}
