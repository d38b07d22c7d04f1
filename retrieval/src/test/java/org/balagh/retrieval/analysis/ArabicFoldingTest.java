package org.balagh.retrieval.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicFoldingTest {

  private static void check(String input, String expected) {
    assertEquals(expected, ArabicFolding.fold(input));
  }

  @Test
  void foldsAlefWithHamzaAndMadda() {
    check("أكد إفريقيا آسيا", "اكد افريقيا اسيا");
  }

  @Test
  void foldsAlefWasla() {
    check("ٱلسلام", "السلام");
  }

  @Test
  void foldsHamzaOnWawAndYaa() {
    check("مؤتمر رئيس", "موتمر رييس");
  }

  @Test
  void foldsAlefMaqsura() {
    check("على مستوى", "علي مستوي");
  }

  @Test
  void foldsTehMarbuta() {
    check("المملكة المغربية", "المملكه المغربيه");
  }

  @Test
  void removesDiacritics() {
    check("وَخَيْرُ أَعْمَامِي", "وخير اعمامي");
  }

  @Test
  void removesTatweel() {
    check("الـمـغـرب", "المغرب");
  }

  @Test
  void foldsPersianLetters() {
    check("کازاخستان ی", "كازاخستان ي");
  }

  @Test
  void leavesLatinTextAlone() {
    check("C5+1 Morocco", "C5+1 Morocco");
  }
}
