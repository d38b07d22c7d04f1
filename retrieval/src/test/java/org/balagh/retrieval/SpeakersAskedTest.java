package org.balagh.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.balagh.retrieval.model.Answer;
import org.balagh.retrieval.model.Answers;
import org.balagh.retrieval.model.Tuning;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What did China say about …" is answered from China's statements, not from others that mention
 * China; a capital standing for its government asks the same; with nothing from China, the answer
 * says so.
 */
class SpeakersAskedTest {

  @TempDir static Path folder;
  @AutoClose private static Archive archive;

  @BeforeAll
  static void open() throws IOException {
    archive = FixtureData.archive(folder, Tuning.DEFAULTS, SpeakersAskedTest::addData);
  }

  private static void addData(Path data) throws IOException {
    FixtureData.writeStatement(
        data,
        "cn-un-2023",
        "Statement by China at the UN General Assembly",
        "2023-09-21",
        "CN",
        "China supports the peaceful settlement of disputes over shared rivers.",
        "Dialogue on water resources serves all riparian states.");
    FixtureData.writeStatement(
        data,
        "bo-un-2023",
        "Statement by Bolivia at the UN General Assembly",
        "2023-09-22",
        "BO",
        "China and China's partners must stop the dams that dry up our shared rivers.",
        "China has built dams on shared rivers without dialogue, China said nothing of glaciers.");
    FixtureData.writeStatement(
        data,
        "us-ir-2024",
        "Statement on Iran's Attack Against Israel",
        "2024-04-14",
        "US",
        "Iran fired hundreds of drones and missiles towards Israel.",
        "We will coordinate a united diplomatic response.");
    FixtureData.writeStatement(
        data,
        "us-ir-2015",
        "Statement on the Iran nuclear deal",
        "2015-07-14",
        "US",
        "President Obama said the deal cuts off every path for Iran to a nuclear weapon.");
    FixtureData.writeStatement(
        data,
        "ma-un-2023",
        "Statement by Morocco at the UN General Assembly",
        "2023-09-23",
        "MA",
        "Morocco reaffirms its support for the Palestinian people and their legitimate rights.",
        "Our delegation thanks the President of the General Assembly.");
  }

  @Test
  void answersWhatACountrySaidFromItsOwnStatementsOnly() {
    for (Answer answer :
        archive.answer("What did China say about dams on shared rivers?", 5).answers()) {
      assertEquals("cn-un-2023", answer.statement().id(), answer.sentence());
    }
  }

  @Test
  void readsTheCapitalAsTheGovernmentThatSpeaks() {
    Answer answer = FixtureData.top(archive, "What is Beijing's position on shared rivers?");
    assertEquals("cn-un-2023", answer.statement().id());
  }

  @Test
  void saysWhenNothingStoredComesFromTheCountryAsked() {
    Answers answers = archive.answer("What did China say about glaciers?", 5);
    assertTrue(answers.abstained(), () -> answers.answers().get(0).sentence());
    assertEquals(List.of("CN"), answers.unheard());
  }

  @Test
  void answersWhatAPersonSaidOnlyFromStatementsThatNameThem() {
    for (Answer answer : archive.answer("What did Obama say about Iran?", 5).answers()) {
      assertEquals("us-ir-2015", answer.statement().id(), answer.sentence());
    }
    // The drones statement never names Obama: its words are not his.
    Answers answers = archive.answer("What did Obama say about drones fired towards Israel?", 5);
    assertTrue(answers.abstained(), () -> answers.answers().get(0).sentence());
  }

  @Test
  void takesACountryAskedAboutAsTheTopic() {
    for (String question :
        List.of(
            "What did Morocco say about Palestine?",
            "Quelle est la position du Maroc sur la Palestine ?")) {
      Answer answer = FixtureData.top(archive, question);
      assertEquals("ma-un-2023", answer.statement().id(), question);
      assertTrue(answer.sentence().contains("Palestinian"), answer.sentence());
    }
    // Asked in Arabic of an English statement, it has a topic too (whether to answer is the
    // confidence's to say).
    assertTrue(archive.answer("ما موقف المغرب من فلسطين؟", 5).topical());
    // Countries alone ask nothing.
    assertFalse(archive.answer("Morocco?", 5).topical());
    assertFalse(archive.answer("Did Morocco and Kazakhstan?", 5).topical());
  }

  @Test
  void asksAQuestionOfCountriesAloneInEveryLanguageOfTheArchive() {
    // No word of these but the countries' is translated: they are asked of the English statement
    // all the same, as their English and Arabic twins are.
    for (String question :
        List.of(
            "Qu'a dit le Maroc sur la Palestine ?",
            "Qu'est-ce que le Maroc a dit sur la Palestine ?",
            "Que dit le Maroc de la Palestine ?",
            "Quelle est la position du Maroc à l'égard de la Palestine ?",
            "ماذا قال المغرب عن فلسطين؟",
            "ما رأي المغرب في فلسطين؟",
            "What did Morocco say about Palestine?")) {
      Answer answer = FixtureData.top(archive, question);
      assertEquals("ma-un-2023", answer.statement().id(), question);
    }
  }

  @Test
  void readsWhoseOpinionAQuestionAsks() {
    // «ما رأي الصين في …» and "China's opinion on …" ask China's: Bolivia's statement about China
    // does not give it.
    for (String question :
        List.of(
            "ما رأي الصين في السدود على الأنهار المشتركة؟",
            "What is China's opinion on dams on shared rivers?",
            "كيف ترى الصين النزاعات على الأنهار المشتركة؟",
            "هل علقت الصين على النزاعات على الأنهار المشتركة؟",
            "How does China view disputes over shared rivers?",
            "What was the Chinese reaction to disputes over shared rivers?",
            "Quelle a été la réaction de la Chine aux barrages sur les fleuves partagés ?",
            "Comment la Chine a-t-elle réagi aux barrages sur les fleuves partagés ?")) {
      Answers answers = archive.answer(question, 5);
      assertFalse(answers.abstained(), question);
      for (Answer answer : answers.answers()) {
        assertEquals("cn-un-2023", answer.statement().id(), answer.sentence());
      }
    }
  }

  @Test
  void stillAnswersFromAnyStatementWhenTheQuestionOnlyNamesTheCountry() {
    Answer answer = FixtureData.top(archive, "Has China built dams without dialogue?");
    assertEquals("bo-un-2023", answer.statement().id());
  }
}
