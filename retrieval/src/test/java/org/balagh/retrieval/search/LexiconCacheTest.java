package org.balagh.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysed lexicons kept beside the indexes, so that a start reads rather than analyses. */
class LexiconCacheTest {

  private static final Analyzers ANALYZERS = new Analyzers(CountryNames.load());
  private static Lexicon installed;

  @TempDir Path folder;

  @BeforeAll
  static void build() {
    installed = Lexicon.installed(ANALYZERS);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.toList();
    }
  }

  @Test
  void writesTheAnalysedLexiconsOnceAndReadsBackTheSameTranslations() throws IOException {
    Lexicon first = LexiconCache.load(ANALYZERS, folder);
    assertEquals(installed.translations(), first.translations());
    List<Path> written = files();
    assertEquals(1, written.size(), written.toString());
    assertTrue(written.get(0).getFileName().toString().startsWith("lexicon-"));
    long modified = Files.getLastModifiedTime(written.get(0)).toMillis();
    Lexicon second = LexiconCache.load(ANALYZERS, folder);
    assertEquals(installed.translations(), second.translations());
    assertEquals(
        modified, Files.getLastModifiedTime(written.get(0)).toMillis(), "read, not rebuilt");
  }

  @Test
  void buildsAgainWhenTheFileCannotBeRead() throws IOException {
    Path file = folder.resolve("lexicon-" + LexiconCache.fingerprint() + ".bin");
    Files.write(file, new byte[] {1, 2, 3});
    assertEquals(installed.translations(), LexiconCache.load(ANALYZERS, folder).translations());
    assertEquals(installed.translations(), LexiconCache.read(file), "written again, whole");
  }

  @Test
  void removesTheFilesOfOtherLexiconsOrAnalyses() throws IOException {
    Path stale = Files.writeString(folder.resolve("lexicon-0123456789abcdef01234567.bin"), "old");
    LexiconCache.load(ANALYZERS, folder);
    assertFalse(Files.exists(stale));
    assertEquals(1, files().size());
  }
}
