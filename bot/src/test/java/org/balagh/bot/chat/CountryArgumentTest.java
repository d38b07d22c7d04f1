package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.balagh.retrieval.Countries;
import org.junit.jupiter.api.Test;

/** How a command's argument names one country, or two and a topic. */
class CountryArgumentTest {

  private static final CountryArgument COUNTRIES = new CountryArgument(Countries.load());

  private static void checkOne(String text, String code) {
    assertEquals(Optional.ofNullable(code), COUNTRIES.one(text), text);
  }

  private static void checkTwo(String text, String first, String second, String topic) {
    assertEquals(
        Optional.of(new CountryArgument.Pair(first, second, topic)), COUNTRIES.two(text), text);
  }

  private static void checkNotTwo(String text) {
    assertEquals(Optional.empty(), COUNTRIES.two(text), text);
  }

  @Test
  void readsAnIsoCodeInAnyCase() {
    checkOne("ma", "MA");
    checkOne(" KZ ", "KZ");
    checkOne("XX", null);
  }

  @Test
  void readsNamesAdjectivesAndDemonyms() {
    checkOne("Moroccan", "MA");
    checkOne("marocaine", "MA");
    checkOne("المغربية", "MA");
    checkOne("Kazakhs", "KZ");
    checkOne("الكازاخستاني", "KZ");
    checkOne("Atlantis", null);
  }

  @Test
  void takesTheRestAsTheTopic() {
    checkTwo("Morocco Kazakhstan wheat exports", "MA", "KZ", "wheat exports");
  }

  @Test
  void dropsTheWordsThatJoinThePartsInEachLanguage() {
    checkTwo("Morocco and Kazakhstan on wheat", "MA", "KZ", "wheat");
    checkTwo("Morocco vs. Kazakhstan: wheat", "MA", "KZ", "wheat");
    checkTwo("le Maroc et le Kazakhstan sur le blé", "MA", "KZ", "blé");
    checkTwo("Maroc et l'Algérie à propos du gaz", "MA", "DZ", "gaz");
    checkTwo("المغرب وكازاخستان حول القمح", "MA", "KZ", "القمح");
  }

  @Test
  void readsNamesOfSeveralWordsWhole() {
    checkTwo("United States Saudi Arabia oil prices", "US", "SA", "oil prices");
    checkTwo("Côte d'Ivoire, Saudi Arabia — cocoa", "CI", "SA", "cocoa");
    checkTwo("المملكة العربية السعودية وكازاخستان القمح", "SA", "KZ", "القمح");
  }

  @Test
  void takesATopicBeforeOrBetweenTheCountries() {
    checkTwo("wheat: Morocco vs Kazakhstan", "MA", "KZ", "wheat");
    checkTwo("Morocco wheat Kazakhstan", "MA", "KZ", "wheat");
  }

  @Test
  void keepsAThirdCountryInTheTopic() {
    checkTwo("United States Kazakhstan Afghanistan", "US", "KZ", "Afghanistan");
  }

  @Test
  void needsTwoDifferentCountries() {
    checkNotTwo("");
    checkNotTwo("wheat");
    checkNotTwo("Morocco wheat");
    checkNotTwo("Morocco Moroccan wheat");
  }

  @Test
  void repeatsAnUnknownNameEscapedAndShort() {
    assertEquals("&lt;b&gt;Atlantis&amp;co", CountryArgument.shown(" <b>Atlantis&co "));
    assertEquals("a b", CountryArgument.shown("a\n\t b"));
    assertEquals("x".repeat(60) + "…", CountryArgument.shown("x".repeat(10_000)));
    assertEquals("x".repeat(59) + "…", CountryArgument.shown("x".repeat(59) + "😀"));
  }
}
