package org.balagh.retrieval.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnswerKindTest {

  /** The patterns sentences were first read with: what the word-by-word reading must agree with. */
  private static final Pattern TIME_WORDS =
      Pattern.compile(
          "(?<![0-9])(?:1[0-9]{3}|20[0-9]{2}|[0-9]{3})(?![0-9])|"
              + "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|نونبر|ديسمبر|"
              + "كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|تشرين|القرن|"
              + "\\b(?:january|february|march|april|may|june|july|august|september|october|"
              + "november|december|century|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|"
              + "ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|si[èe]cle)\\b");

  private static final Pattern NUMBER_WORDS =
      Pattern.compile(
          "[0-9]|مليون|مليار|الف|الاف|بالمئه|بالمائه|"
              + "\\b(?:million|billion|thousand|hundred|percent|mille|milliards?|millions?|"
              + "pour cent)\\b");

  private static void check(String sentence, AnswerKind... kinds) {
    assertEquals(Set.of(kinds), AnswerKind.givenBy(sentence), sentence);
  }

  @Test
  void yearsAndMonthsGiveATime() {
    check("The summit was held in 1992.", AnswerKind.TIME, AnswerKind.NUMBER);
    check("They will meet in May next year.", AnswerKind.TIME);
    check("Rendez-vous en février.", AnswerKind.TIME);
    check("وعقد الاجتماع في شهر مارس", AnswerKind.TIME);
  }

  @Test
  void amountsGiveANumber() {
    check("Two hundred delegates came.", AnswerKind.NUMBER);
    check("Une hausse de cinq pour cent.", AnswerKind.NUMBER);
    check("بلغت قيمة المبادلات مليار دولار", AnswerKind.NUMBER);
  }

  @Test
  void arabicIndicDigitsCount() {
    check("في عام ١٩٩٢", AnswerKind.TIME, AnswerKind.NUMBER);
  }

  @Test
  void wordsThatOnlyContainAMonthGiveNothing() {
    check("Mayors and marshals attended.");
    check("The hundredth anniversary.");
  }

  @Test
  void readingWordByWordAgreesWithThePatternsOnTheBundledCorpus() throws IOException {
    ObjectMapper json = new ObjectMapper();
    int lines = 0;
    try (Stream<Path> files = Files.walk(Path.of("../data"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          // Every tenth statement of each file: thousands of paragraphs, in a second or two.
          int n = 0;
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (n++ % 10 != 0) {
              continue;
            }
            for (String paragraph : json.readTree(line).path("text").asText().split("\n")) {
              agree(paragraph);
              lines++;
            }
          }
        }
      }
    }
    assertEquals(true, lines > 2_000, "paragraphs read: " + lines);
  }

  @Test
  void readingWordByWordAgreesWithThePatternsOnMixedText() {
    List<String> pieces =
        List.of(
            "may",
            "May",
            "mayor",
            "pour",
            " cent",
            "cent",
            "2020",
            "١٩٩٢",
            "12345",
            "7",
            "mars",
            "يمارس",
            "الف",
            "é",
            "Fevrier",
            "_",
            "\u0301",
            "-",
            " ",
            ".",
            "Décembre",
            "siècle",
            "Ⅻ",
            "x",
            "hundreds",
            "juillet",
            "漢",
            "1",
            "0",
            "20",
            "19",
            "2",
            "milliards");
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(6); j >= 0; j--) {
        text.append(pieces.get(random.nextInt(pieces.size())));
      }
      agree(text.toString());
    }
  }

  private static void agree(String text) {
    String normalized = AnswerKind.normalize(text);
    Set<AnswerKind> expected = EnumSet.noneOf(AnswerKind.class);
    if (TIME_WORDS.matcher(normalized).find()) {
      expected.add(AnswerKind.TIME);
    }
    if (NUMBER_WORDS.matcher(normalized).find()) {
      expected.add(AnswerKind.NUMBER);
    }
    assertEquals(expected, AnswerKind.givenBy(text), () -> text);
  }
}
