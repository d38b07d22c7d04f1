package org.balagh.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.analysis.CountryNames;
import org.balagh.retrieval.lang.LanguageResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

  private static final Analyzers ANALYZERS = new Analyzers(CountryNames.load());

  /** The rows of the installed glossary alone, which every data folder is answered with. */
  private static final int INSTALLED = Glossary.read(Path.of("no-such-folder"), ANALYZERS).size();

  @TempDir Path folder;

  private Glossary read(String content) throws IOException {
    Files.writeString(folder.resolve(Glossary.FILE), content);
    return Glossary.read(folder, ANALYZERS);
  }

  private static List<Question.Term> terms(Question question, String label) {
    return question.concepts().stream()
        .filter(c -> c.label().equals(label))
        .findFirst()
        .orElseThrow()
        .terms();
  }

  private static boolean has(List<Question.Term> terms, String language, String text) {
    return terms.stream()
        .anyMatch(t -> t.fieldLanguage().equals(language) && t.text().equals(text));
  }

  @Test
  void readsTheInstalledGlossaryForAFolderThatHasNone() {
    Glossary glossary = Glossary.read(folder, ANALYZERS);
    assertTrue(glossary.size() > 300, "installed rows: " + glossary.size());
    assertEquals(INSTALLED, glossary.size());
    assertEquals(List.of(), glossary.problems());
  }

  @Test
  void readsRowsOfAGlossaryAtTheFolderRootAndReportsBadLinesWithTheirNumber() throws IOException {
    Glossary glossary =
        read(
            "# comment\nen\tfr\tar\nsaffron\tsafran\tالزعفران\nonly two\tcells\n\n"
                + "food\t\tغذاء\n");
    assertEquals(INSTALLED + 1, glossary.size());
    assertEquals(
        List.of(
            "glossary.tsv:4: expected three tab-separated cells, English, French and Arabic",
            "glossary.tsv:6: expected three tab-separated cells, English, French and Arabic"),
        glossary.problems().stream().map(Object::toString).toList());
  }

  @Test
  void readsExtraGlossaryFilesButNotHiddenOnes() throws IOException {
    Files.writeString(folder.resolve("extra.glossary.tsv"), "saffron\tsafran\tالزعفران\n");
    Files.createDirectories(folder.resolve("uploads/.staging"));
    Files.writeString(
        folder.resolve("uploads/.staging/x.glossary.tsv"), "sorghum\tsorgho\tالذرة الرفيعة\n");
    assertEquals(INSTALLED + 1, Glossary.read(folder, ANALYZERS).size());
  }

  @Test
  void countsOnceARowThatTheDataFolderRepeats() throws IOException {
    Files.write(
        folder.resolve(Glossary.FILE),
        LanguageResources.lines(Glossary.FILE),
        StandardCharsets.UTF_8);
    assertEquals(INSTALLED, Glossary.read(folder, ANALYZERS).size());
  }

  @Test
  void readsAGlossaryTsvOnlyAtTheFolderRoot() throws IOException {
    Files.createDirectories(folder.resolve("lang"));
    Files.writeString(folder.resolve("lang/glossary.tsv"), "saffron\tsafran\tالزعفران\n");
    assertEquals(INSTALLED, Glossary.read(folder, ANALYZERS).size());
  }

  @Test
  void translatesAWordIntoTheOtherLanguages() throws IOException {
    Glossary glossary = read("en\tfr\tar\nwheat\tblé\tالقمح\n");
    List<Question.Term> wheat =
        terms(
            new QuestionParser(ANALYZERS).parse("What did Kazakhstan say about wheat?", glossary),
            "wheat");
    assertTrue(has(wheat, "ar", "قمح"), wheat.toString());
    assertTrue(has(wheat, "fr", "ble"), wheat.toString());
  }

  @Test
  void matchesTheLongestExpressionAndAddsSameLanguageSynonyms() throws IOException {
    Glossary glossary =
        read(
            "en\tfr\tar\nautonomy plan | autonomy initiative\tplan d'autonomie\t"
                + "مخطط الحكم الذاتي | مبادرة الحكم الذاتي\nplan\tplan\tخطة\n");
    List<Question.Term> initiative =
        terms(
            new QuestionParser(ANALYZERS)
                .parse("ما موقف كازاخستان من مبادرة الحكم الذاتي؟", glossary),
            "مبادر");
    assertTrue(has(initiative, "ar", "مخطط"), initiative.toString());
    assertTrue(has(initiative, "en", "autonomi"), initiative.toString());
    assertTrue(initiative.stream().noneMatch(t -> t.text().equals("خطه")), initiative.toString());
  }
}
