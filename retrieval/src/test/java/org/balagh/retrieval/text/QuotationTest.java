package org.balagh.retrieval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotationTest {

  private static void check(String sentence, String source) {
    assertEquals(Optional.ofNullable(source), Quotation.source(sentence), sentence);
  }

  @Test
  void readsWhoIsQuotedBeforeTheQuotation() {
    check(
        "As Secretary Blinken said, “we will not accept a world where borders are redrawn by"
            + " force.”",
        "Secretary Blinken");
  }

  @Test
  void readsWhoIsQuotedAfterTheQuotation() {
    check("“We are ready to talk to anyone at any time,” said President Ruto.", "President Ruto");
  }

  @Test
  void readsAnArabicQuotationAfterItsVerb() {
    check("وقال الوزير بوريطة: «إن المملكة تدعم هذا المسار بكل قوة»", "الوزير بوريطة");
  }

  @Test
  void readsAFrenchQuotationFollowedByItsSpeaker() {
    check(
        "« Nous soutenons pleinement ce processus de paix », a déclaré le ministre des Affaires"
            + " étrangères.",
        "le ministre des Affaires étrangères");
  }

  @Test
  void leavesReportedSpeechWithoutQuotationMarksAsThePublishers() {
    check("The President said that the United States will continue to support Ukraine.", null);
  }

  @Test
  void leavesAQuotationWithNoOneNamed() {
    check("He said, “we will not accept a world where borders are redrawn by force.”", null);
    check("The so-called “peace plan” was rejected.", null);
  }
}
