package org.balagh.retrieval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private void check(String language, String text, String... expected) {
    assertEquals(List.of(expected), splitter.sentences(text, language));
  }

  @Test
  void endsArabicSentencesAtFullStopQuestionAndExclamationMarks() {
    check(
        "ar",
        "اتفق البلدان على التعاون. هل ستستضيف مراكش الدورة؟ نعم! وهذا مهم.",
        "اتفق البلدان على التعاون.",
        "هل ستستضيف مراكش الدورة؟",
        "نعم!",
        "وهذا مهم.");
  }

  @Test
  void keepsArabicSemicolonInsideTheSentence() {
    check(
        "ar",
        "أكد الوزيران أهمية التعاون؛ واتفقا على آلية منتظمة للمشاورات.",
        "أكد الوزيران أهمية التعاون؛ واتفقا على آلية منتظمة للمشاورات.");
  }

  @Test
  void endsSentencesAtLineBreaks() {
    check(
        "ar",
        "هذا وحسب موقع وزارة الخارجية المغربية\nكما جدد الوزيران رغبتهما المشتركة.",
        "هذا وحسب موقع وزارة الخارجية المغربية",
        "كما جدد الوزيران رغبتهما المشتركة.");
  }

  @Test
  void keepsQuotedSpeechWithItsSentence() {
    check(
        "ar",
        "أعربت كازاخستان عن “دعمها لسيادة المملكة. وأشادت بالمخطط”. ثم انتهى اللقاء.",
        "أعربت كازاخستان عن “دعمها لسيادة المملكة. وأشادت بالمخطط”.",
        "ثم انتهى اللقاء.");
    check(
        "ar",
        "قال الوزير «نحن ملتزمون. سنواصل العمل». وانتهى.",
        "قال الوزير «نحن ملتزمون. سنواصل العمل».",
        "وانتهى.");
  }

  @Test
  void readsAReversedQuoteMarkAsAnOpeningOne() {
    check(
        "ar",
        "وأكد أن بلاده ” تقدر عاليا الجهود. طبقا للمعايير”. وشكره.",
        "وأكد أن بلاده ” تقدر عاليا الجهود. طبقا للمعايير”.",
        "وشكره.");
  }

  @Test
  void doesNotEndAtTitlesAndAbbreviations() {
    check(
        "en",
        "Mr. President, Dr. Smith met U.S. officials. They agreed.",
        "Mr. President, Dr. Smith met U.S. officials.",
        "They agreed.");
  }

  @Test
  void doesNotEndAtNumberAbbreviationsOrDecimals() {
    check(
        "en",
        "See resolution No. 5 on growth of 2.5 percent. Then vote.",
        "See resolution No. 5 on growth of 2.5 percent.",
        "Then vote.");
  }

  @Test
  void endsAfterAResolutionReferenceButNotInsideIt() {
    check(
        "en",
        "We recall resolution S/RES/2735 (2024). The Council must act.",
        "We recall resolution S/RES/2735 (2024).",
        "The Council must act.");
  }

  @Test
  void keepsAnswerNoAsAWordAtTheEndOfASentence() {
    check("en", "The answer was no. We moved on.", "The answer was no.", "We moved on.");
  }

  @Test
  void doesNotEndAtInitials() {
    check(
        "en",
        "President John F. Kennedy spoke here. It rained.",
        "President John F. Kennedy spoke here.",
        "It rained.");
  }

  @Test
  void joinsHardWrappedLinesUntilABlankLine() {
    String text =
        "1. Madam President, allow me on my own behalf and on\n"
            + "behalf of my Government to join previous speakers in\n"
            + "conveying to you our warm congratulations. Our satisfaction\n"
            + "is all the greater since the confidence displayed in\n"
            + "you is a tribute.\n\n"
            + "2. I should like on this same occasion to express our\n"
            + "sorrow and condolences.";
    List<String> sentences = splitter.sentences(text, "en");
    assertEquals(3, sentences.size(), sentences.toString());
    assertTrue(sentences.get(0).startsWith("1. Madam President"));
    assertTrue(sentences.get(0).endsWith("congratulations."));
    assertTrue(sentences.get(1).startsWith("Our satisfaction\nis all"));
    assertTrue(sentences.get(2).startsWith("2. I should like"));
  }

  @Test
  void keepsLineBreaksAsEndsInTextsThatAreNotWrapped() {
    check(
        "en",
        "Mr. President,\nExcellencies,\nWe meet in hard times.",
        "Mr. President,",
        "Excellencies,",
        "We meet in hard times.");
  }

  @Test
  void returnsRangesOfTheOriginalText() {
    String text = "  First one.   Second one.  ";
    for (Span span : splitter.split(text, "en")) {
      String sentence = span.of(text);
      assertEquals(sentence.strip(), sentence);
      assertTrue(text.contains(sentence));
    }
  }

  @Test
  void dropsSeparatorsWithoutWords() {
    check("en", "One.\n* * *\nTwo.", "One.", "Two.");
  }

  @Test
  void cutsOverLongSentencesAtClauseBoundaries() {
    String clause = "the parties agreed to cooperate on many matters of common interest; ";
    String text = clause.repeat(40) + "and then they left.";
    List<Span> spans = splitter.split(text, "en");
    assertTrue(spans.size() > 1);
    for (Span span : spans) {
      assertTrue(span.length() <= SentenceSplitter.MAX_SENTENCE);
      assertTrue(span.of(text).endsWith(";") || span.of(text).endsWith("left."));
    }
  }
}
