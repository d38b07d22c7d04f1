package org.balagh.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

  private static void roundTrip(CallbackData data, String expected) {
    String text = CallbackData.encode(data);
    assertEquals(expected, text);
    assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= CallbackData.MAX_BYTES);
    assertEquals(Optional.of(data), CallbackData.decode(text));
  }

  @Test
  void encodesMoreContextAndVotesCompactly() {
    roundTrip(new CallbackData.More("Ab3dE6gH", 4), "m:Ab3dE6gH:4");
    roundTrip(new CallbackData.Context("q1W-_2e3r4T", 17), "c:q1W-_2e3r4T:17");
    roundTrip(new CallbackData.Vote(true, "q1W-_2e3r4T", 0), "v:u:q1W-_2e3r4T:0");
    roundTrip(new CallbackData.Vote(false, "q1W-_2e3r4T", 999999), "v:d:q1W-_2e3r4T:999999");
  }

  @Test
  void encodesATimelinePageCompactly() {
    roundTrip(new CallbackData.Timeline("MA", 0), "t:MA:0");
    roundTrip(new CallbackData.Timeline("KZ", 120), "t:KZ:120");
    assertThrows(
        IllegalArgumentException.class,
        () -> CallbackData.encode(new CallbackData.Timeline("Morocco", 0)));
  }

  @Test
  void refusesToEncodeWhatItWouldNotDecode() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CallbackData.encode(new CallbackData.More("has space", 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> CallbackData.encode(new CallbackData.Context("k", 1_000_000)));
  }

  @Test
  void ignoresCraftedData() {
    for (String crafted :
        List.of(
            "",
            "m:",
            "m:abc",
            "m:abc:-1",
            "m:abc:100",
            "m:../../etc:1",
            "c:key:1:extra",
            "c:key:9999999",
            "v:x:key:1",
            "r:reload",
            "/reload",
            "m:" + "a".repeat(17) + ":1",
            "x".repeat(65),
            "m:abc:1\n",
            "М:abc:1",
            "t:ma:1",
            "t:MAR:1",
            "t:MA:-1",
            "t:MA:1234567",
            "t:MA")) {
      assertEquals(Optional.empty(), CallbackData.decode(crafted), crafted);
    }
    assertEquals(Optional.empty(), CallbackData.decode(null));
  }
}
