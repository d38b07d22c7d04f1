package org.balagh.retrieval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  private static void same(String arabic, String latin) {
    assertEquals(NameKey.of(latin), NameKey.of(arabic), arabic + " / " + latin);
  }

  @Test
  void readsAnArabicNameAndItsLatinSpellingAlike() {
    same("بايدن", "Biden");
    same("بلينكن", "Blinken");
    same("زيلينسكي", "Zelenskyy");
    same("توكاييف", "Tokayev");
    same("ويتكوف", "Witkoff");
  }

  @Test
  void leavesTheArabicArticleAndTehMarbutaOut() {
    same("السوداني", "Sudani");
    same("أنقرة", "Ankara");
  }

  @Test
  void tradesLettersTheScriptsTradeForOneAnother() {
    same("باريس", "Paris");
    same("نيروبي", "Nairobi");
  }

  @Test
  void givesNoKeyToAWordOfOneConsonant() {
    assertEquals("", NameKey.of("Xi"));
    assertEquals("", NameKey.of("Abe"));
  }

  @Test
  void marksAKeyOfTwoConsonantsShort() {
    same("أوباما", "Obama");
    same("عراقجي", "Araghchi");
    assertTrue(NameKey.isShort(NameKey.of("Obama")));
    assertTrue(NameKey.isShort(NameKey.of("غزة")));
    assertFalse(NameKey.isShort(NameKey.of("Biden")));
  }
}
