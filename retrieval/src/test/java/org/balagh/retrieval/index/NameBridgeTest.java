package org.balagh.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.search.Glossary;
import org.balagh.retrieval.search.Question;
import org.balagh.retrieval.search.QuestionParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name in a question reaches the names the archive writes in the other languages with the same
 * consonants; between English and French, a name the archive spells as the question does is that
 * name alone.
 */
class NameBridgeTest {

  @TempDir static Path folder;
  private static NameTable names;
  private static final QuestionParser PARSER =
      new QuestionParser(new Analyzers(CountryNames.load()));

  @BeforeAll
  static void collect() throws IOException {
    NameCollector collector = new NameCollector();
    for (String text :
        List.of(
            "President Biden spoke with the Prime Minister.",
            "The President thanked Biden for his support.",
            "The PDNA was published by the World Bank.",
            "Its PDNA counted the damage.",
            "Jake Sullivan met the Prime Minister.",
            "Slovenia and Slovakia signed the statement.",
            "Slovenia welcomed it.")) {
      collector.add(text, "en");
    }
    Path file = folder.resolve("names.tsv");
    collector.write(file);
    names = NameTable.read(file);
  }

  private static List<Question.Term> english(String question, String label) {
    Question read = PARSER.parse(question, Glossary.empty(), names);
    return read.concepts().stream()
        .filter(c -> c.label().equals(label))
        .findFirst()
        .orElseThrow()
        .terms()
        .stream()
        .filter(t -> t.fieldLanguage().equals("en"))
        .toList();
  }

  @Test
  void readsANameSpelledAlikeAsThatNameAlone() {
    assertEquals(
        List.of(new Question.Term("en", "biden", 0.5f)),
        english("Qu'a dit Biden sur le blé ?", "biden"));
  }

  @Test
  void sharesAnArabicNameAmongTheNamesOfItsConsonants() {
    assertEquals(
        List.of(new Question.Term("en", "biden", 0.25f), new Question.Term("en", "pdna", 0.25f)),
        english("ماذا قال بايدن عن القمح؟", "بايدن"));
  }

  @Test
  void leavesOutANameThatIsACountry() {
    assertEquals(
        List.of(new Question.Term("en", "sullivan", 0.5f)),
        english("ماذا قال سوليفان عن القمح؟", "سوليف"));
  }
}
