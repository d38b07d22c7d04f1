package org.balagh.retrieval.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchInflectionsTest {

  @Test
  void theFuturesAndTheConditionalsEndingsGoWithTheInfinitivesEr() {
    assertEquals("dur", FrenchInflections.headwords("durerait").get(0));
    assertEquals("condamn", FrenchInflections.headwords("condamnera").get(0));
    assertEquals("acueil", FrenchInflections.headwords("acueilera").get(0));
  }

  @Test
  void theFuturesEndingsLeaveTheInfinitivesROfOtherVerbs() {
    assertTrue(FrenchInflections.headwords("reprendront").contains("reprendr"));
  }

  @Test
  void thePresentsAndTheImperfectsEndingsGo() {
    assertEquals(List.of("compt"), FrenchInflections.headwords("comptent"));
    assertEquals(List.of("sign"), FrenchInflections.headwords("signaient"));
  }

  @Test
  void aSoftGKeepsNoE() {
    assertEquals(List.of("envisag"), FrenchInflections.headwords("envisageait"));
  }

  @Test
  void neverLeavesShortStemsNorTheWordItself() {
    assertTrue(FrenchInflections.headwords("fera").isEmpty(), "fera → fer (iron)");
    assertTrue(FrenchInflections.headwords("tuent").isEmpty());
    assertTrue(FrenchInflections.headwords("a").isEmpty());
    for (String word : List.of("durerait", "comptent", "reprendront", "envisagent", "ez")) {
      for (String form : FrenchInflections.headwords(word)) {
        assertTrue(form.length() >= 3, word + " → " + form);
        assertTrue(!form.equals(word), word);
      }
    }
  }
}
