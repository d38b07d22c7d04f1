package org.balagh.retrieval.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicInflectionsTest {

  @Test
  void perfectEndingsGoFirst() {
    assertEquals("فاز", ArabicInflections.headwords("فازت").get(0));
    assertEquals("قام", ArabicInflections.headwords("قاموا").get(0));
  }

  @Test
  void theImperfectsPrefixGoesAndDerivedFormsTakeTheirAlef() {
    assertEquals(List.of("عتقد", "اعتقد"), ArabicInflections.headwords("يعتقد"));
    assertTrue(ArabicInflections.headwords("يستخدم").contains("استخدم"));
    assertTrue(ArabicInflections.headwords("تستقبل").contains("استقبل"));
  }

  @Test
  void theAccusativeAlefGoes() {
    assertEquals(List.of("كيلومتر"), ArabicInflections.headwords("كيلومترا"));
  }

  @Test
  void neverLeavesFewerThanThreeLettersNorTheWordItself() {
    assertEquals(List.of(), ArabicInflections.headwords("بيت"));
    assertEquals(List.of(), ArabicInflections.headwords("يد"));
    for (String word : List.of("فازت", "يعتقد", "اخيرا", "تمت", "ناقشوا")) {
      for (String form : ArabicInflections.headwords(word)) {
        assertTrue(form.length() >= 3, word + " → " + form);
        assertTrue(!form.equals(word), word);
      }
    }
  }
}
