package org.balagh.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.text.NameKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names an archive writes, as a question in another script reaches them: a name written once is
 * one, a word that opened a sentence is not, and a question's word may ask for names written more
 * often.
 */
class NameCollectorTest {

  @TempDir Path folder;

  private NameTable collect(String... texts) throws IOException {
    NameCollector collector = new NameCollector();
    for (String text : texts) {
      collector.add(text, "en");
    }
    Path file = folder.resolve("names.tsv");
    collector.write(file);
    return NameTable.read(file);
  }

  @Test
  void keepsANameWrittenOnce() throws IOException {
    NameTable names =
        collect("The Panthers line also featured veteran defensive end Jared Allen.", "No name.");
    assertEquals(List.of("Jared"), names.named("en", NameKey.of("جاريد"), 1));
    assertEquals(List.of(), names.named("en", NameKey.of("جاريد"), 2));
  }

  @Test
  void leavesOutAWordThatOpensSentencesAndIsWrittenInLowerCase() throws IOException {
    NameTable names =
        collect(
            "Later, Luther wrote to the pope.",
            "Luther left the order later that year, and much later still he married.");
    assertEquals(List.of("Luther"), names.named("en", NameKey.of("لوثر"), 1));
  }

  @Test
  void keepsANameWrittenInCapitalsMoreOftenThanNot() throws IOException {
    NameTable names = collect("Mount Kenya is high.", "They climbed Mount Kenya.", "Prices mount.");
    assertEquals(List.of("Mount"), names.named("en", NameKey.of("Mount"), 2));
  }

  @Test
  void putsTheMostWrittenFirst() throws IOException {
    NameTable names = collect("Kenneth met Kant.", "Kenneth wrote.", "Kenneth left.");
    assertEquals(List.of("Kenneth", "Kant"), names.named("en", NameKey.of("Kenneth"), 1));
  }

  @Test
  void passesOverALineThatIsNotAName() throws IOException {
    Path file = folder.resolve("damaged.tsv");
    Files.writeString(
        file, "en\tbdn\tBiden\t12\nen\tbdn\tBidden\tmany\nen\tbdn\n", StandardCharsets.UTF_8);
    assertEquals(List.of("Biden"), NameTable.read(file).named("en", "bdn", 1));
  }
}
