package org.balagh.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.balagh.retrieval.model.Tuning;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arabic and French questions over English statements through the installed lexicons, and names
 * across scripts through the names the statements write: issue 14's two examples, on fixtures.
 */
class CrossLingualTest {

  @TempDir static Path folder;
  @AutoClose private static Archive archive;

  @BeforeAll
  static void open() throws IOException {
    archive =
        FixtureData.archive(
            folder, Tuning.DEFAULTS.withMinConfidence(0f), CrossLingualTest::addData);
  }

  private static void addData(Path data) throws IOException {
    FixtureData.writeStatement(
        data,
        "us-ua",
        "Remarks by President Biden on Ukraine",
        "2023-02-21",
        "US",
        "President Biden met the President of Brazil in Brasilia.",
        "President Biden said that Ukraine will never be a victory for Russia.",
        "The Vice President spoke about trade with Brazil.");
    FixtureData.writeStatement(
        data,
        "ua-un",
        "Statement by Ukraine at the UN General Assembly",
        "2023-09-20",
        "UA",
        "Ukraine will keep exporting grain to Africa.",
        "Ukraine thanks its partners.");
    FixtureData.writeStatement(
        data,
        "ma-un",
        "Statement by Morocco at the UN General Assembly",
        "2019-09-28",
        "MA",
        "Morocco reaffirms its support for the Palestinian people and their legitimate rights.",
        "Our country welcomes investment in renewable energy.");
    FixtureData.writeStatement(
        data,
        "cn-mfa",
        "Remarks by the Foreign Minister of China",
        "2023-07-20",
        "CN",
        "Foreign Minister Wang said that grain exports will resume in August.");
    FixtureData.writeStatement(
        data,
        "ua-mfa",
        "Remarks by the Foreign Minister of Ukraine",
        "2023-07-20",
        "UA",
        "Foreign Minister Kuleba said that grain exports will resume in August.",
        "Kuleba thanked the partners of Ukraine.");
    FixtureData.writeStatement(
        data,
        "us-lb",
        "Readout of the Special Envoy's travel to Lebanon",
        "2024-11-26",
        "US",
        "The ceasefire between Israel and Lebanon must hold, the Secretary said.",
        "Envoy Hochstein said the ceasefire would take effect at dawn.");
    FixtureData.writeStatement(
        data,
        "us-om",
        "Readout of President Biden's Call with Sultan Haitham bin Tarik of Oman",
        "2023-02-23",
        "US",
        "President Biden welcomed Oman's decision to open its airspace to all carriers.",
        "President Biden was welcomed warmly by the Sultan in Muscat.");
  }

  @Test
  void answersAnArabicQuestionAboutANamedPersonFromAnEnglishStatement() {
    assertEquals(
        "President Biden said that Ukraine will never be a victory for Russia.",
        FixtureData.top(archive, "ماذا قال بايدن عن أوكرانيا؟").sentence());
  }

  @Test
  void answersAFrenchQuestionAboutANamedPersonFromAnEnglishStatement() {
    // "Kuleba" is in no lexicon: the English statements' own names carry it across.
    assertEquals(
        "Foreign Minister Kuleba said that grain exports will resume in August.",
        FixtureData.top(
                archive, "Quand les exportations de céréales reprendront-elles selon Kuleba ?")
            .sentence());
  }

  @Test
  void reachesANameTheStatementsWriteOnce() {
    // The archive writes "Hochstein" once, and no lexicon knows «هوكستين».
    assertEquals(
        "Envoy Hochstein said the ceasefire would take effect at dawn.",
        FixtureData.top(archive, "متى يبدأ وقف إطلاق النار حسب هوكستين؟").sentence());
  }

  @Test
  void answersAFrenchQuestionFromAnEnglishStatement() {
    assertEquals(
        "Morocco reaffirms its support for the Palestinian people and their legitimate rights.",
        FixtureData.top(archive, "Quelle est la position du Maroc sur la Palestine ?").sentence());
  }

  @Test
  void keepsTheOtherSensesOfAWordTheGlossaryTranslatesAlone() {
    // The glossary reads «قرار» as "resolution", the UN's; the lexicons also know "decision".
    assertEquals(
        "President Biden welcomed Oman's decision to open its airspace to all carriers.",
        FixtureData.top(archive, "ما القرار الذي رحب به بايدن في مسقط؟").sentence());
  }
}
