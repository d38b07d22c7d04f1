package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LangTest {

  @Test
  void readsTelegramLanguageCodesAndFallsBackToEnglish() {
    assertEquals(Lang.FR, Lang.of("fr-CA"));
    assertEquals(Lang.AR, Lang.of(" AR_eg"));
    assertEquals(Lang.EN, Lang.of("de"));
    assertEquals(Lang.EN, Lang.of(null));
  }

  @Test
  void listsNamesWithTheCommaItsScriptUses() {
    List<String> names = List.of("A", "B", "C");
    assertEquals("A, B, C", Lang.EN.join(names));
    assertEquals("A, B, C", Lang.FR.join(names));
    assertEquals(
        "الولايات المتحدة، أوكرانيا", Lang.AR.join(List.of("الولايات المتحدة", "أوكرانيا")));
    assertEquals("A", Lang.AR.join(List.of("A")));
  }
}
