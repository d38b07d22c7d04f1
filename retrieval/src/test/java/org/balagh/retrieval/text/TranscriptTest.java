package org.balagh.retrieval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTest {

  private final Transcript transcript = new Transcript(SpeakerLabels.load());

  /** Each turn as "ROLE speaker: body", the body stripped. */
  private void check(String text, String... expected) {
    List<String> turns =
        transcript.turns(text).stream()
            .map(
                t ->
                    t.role() + " " + t.speaker() + ": " + text.substring(t.body(), t.end()).strip())
            .toList();
    assertEquals(List.of(expected), turns);
  }

  @Test
  void splitsAWhiteHouseBriefingAtItsSpeakersLabels() {
    check(
        "12:27 P.M. EST\n\nMS. PSAKI: Hi, everyone.\n\nQ Is SWIFT off the table?\n\n"
            + "MS. PSAKI: It is not.\nWe will decide later.\n\nQ Thank you.",
        "OFFICIAL : 12:27 P.M. EST",
        "OFFICIAL MS. PSAKI: Hi, everyone.",
        "REPORTER Q: Is SWIFT off the table?",
        "OFFICIAL MS. PSAKI: It is not.\nWe will decide later.",
        "REPORTER Q: Thank you.");
  }

  @Test
  void readsModeratorsAndOperatorsAsSteeringTheCall() {
    check(
        "MODERATOR: Our next question.\nSENIOR ADMINISTRATION OFFICIAL: Thanks.\nQ: Why now?",
        "MODERATOR MODERATOR: Our next question.",
        "OFFICIAL SENIOR ADMINISTRATION OFFICIAL: Thanks.",
        "REPORTER Q: Why now?");
  }

  @Test
  void takesAnOutletThatOnlyAsksForAReporter() {
    check(
        "Spokesperson Mao Ning: Good afternoon.\nAFP: Will China respond?\n"
            + "Mao Ning: We will.\nAFP: When?\nMao Ning: Soon.",
        "OFFICIAL Spokesperson Mao Ning: Good afternoon.",
        "REPORTER AFP: Will China respond?",
        "OFFICIAL Mao Ning: We will.",
        "REPORTER AFP: When?",
        "OFFICIAL Mao Ning: Soon.");
  }

  @Test
  void readsAPressConferenceWhoseOutletsEachAskOnce() {
    // Only the spokesperson's label is strong (used three times); the outlets that ask between
    // her turns make it a transcript.
    check(
        "Mao Ning: Good afternoon.\nAFP: Will China respond to the Philippines?\n"
            + "Mao Ning: China's position is consistent.\nReuters: Does China agree with"
            + " Pakistan on Kashmir?\nMao Ning: It should be resolved through dialogue.",
        "OFFICIAL Mao Ning: Good afternoon.",
        "REPORTER AFP: Will China respond to the Philippines?",
        "OFFICIAL Mao Ning: China's position is consistent.",
        "REPORTER Reuters: Does China agree with Pakistan on Kashmir?",
        "OFFICIAL Mao Ning: It should be resolved through dialogue.");
  }

  @Test
  void readsAnOutletThatThanksAfterItsQuestionAsAReporter() {
    check(
        "Mao Ning: Good afternoon.\nAFP: Does China agree with Pakistan on Kashmir? Thank you.\n"
            + "Mao Ning: China's position is consistent.\nReuters: Will China send an envoy?"
            + " Thanks, Mao Ning.\nMao Ning: I have nothing on that. Thank you.",
        "OFFICIAL Mao Ning: Good afternoon.",
        "REPORTER AFP: Does China agree with Pakistan on Kashmir? Thank you.",
        "OFFICIAL Mao Ning: China's position is consistent.",
        "REPORTER Reuters: Will China send an envoy? Thanks, Mao Ning.",
        "OFFICIAL Mao Ning: I have nothing on that. Thank you.");
  }

  @Test
  void readsALabelWithACommaBetweenOfficeAndName() {
    check(
        "Official Spokesperson, Shri Randhir Jaiswal: Good evening.\n"
            + "Question: Sir, what is the status of the talks?\n"
            + "Official Spokesperson, Shri Randhir Jaiswal: Both sides agreed to meet again.",
        "OFFICIAL Official Spokesperson, Shri Randhir Jaiswal: Good evening.",
        "REPORTER Question: Sir, what is the status of the talks?",
        "OFFICIAL Official Spokesperson, Shri Randhir Jaiswal: Both sides agreed to meet again.");
  }

  @Test
  void readsQuestionAndReplyLettersBeforeADashOrAFullStop() {
    check(
        "Q - La France reconnaîtra-t-elle cet État ?\nR - Ce n'est pas à l'ordre du jour.\n"
            + "Q - Et le Liban ?\nR - Nous appelons au cessez-le-feu.",
        "REPORTER Q: La France reconnaîtra-t-elle cet État ?",
        "OFFICIAL R: Ce n'est pas à l'ordre du jour.",
        "REPORTER Q: Et le Liban ?",
        "OFFICIAL R: Nous appelons au cessez-le-feu.");
    check(
        "Q. Will you go?\nA. No, we will not.\nQ. Why not?\nA. It is too soon.",
        "REPORTER Q: Will you go?",
        "OFFICIAL A: No, we will not.",
        "REPORTER Q: Why not?",
        "OFFICIAL A: It is too soon.");
    check(
        "س - هل ستذهب الوزيرة؟\nج - لا.\nس - لماذا؟\nج - لأن الوقت لم يحن.",
        "REPORTER س: هل ستذهب الوزيرة؟",
        "OFFICIAL ج: لا.",
        "REPORTER س: لماذا؟",
        "OFFICIAL ج: لأن الوقت لم يحن.");
  }

  @Test
  void readsAWordThatStartsWithQAndADashAsText() {
    check(
        "MS. LANE: Good afternoon.\nQ Is the encryption ready?\n"
            + "MS. LANE: We are preparing.\nQ-Day is coming, and we are ready.\nQ– Thanks.",
        "OFFICIAL MS. LANE: Good afternoon.",
        "REPORTER Q: Is the encryption ready?",
        "OFFICIAL MS. LANE: We are preparing.\nQ-Day is coming, and we are ready.",
        "REPORTER Q: Thanks.");
  }

  @Test
  void readsAnInitialAsPartOfTheTextUnlessTheQuestionsAreDotted() {
    check(
        "MS. LANE: A. Philip Randolph organised the porters.\nQ Who?\n"
            + "A. Philip Randolph, a hero of mine.\nMS. LANE: Yes.",
        "OFFICIAL MS. LANE: A. Philip Randolph organised the porters.",
        "REPORTER Q: Who?\nA. Philip Randolph, a hero of mine.",
        "OFFICIAL MS. LANE: Yes.");
  }

  @Test
  void readsNumberedSpeakersAndAJournalistNamedWithTheirOutlet() {
    check(
        "Sidhant Sibal, WION: Sir, will India respond?\n"
            + "Official Spokesperson, Shri Randhir Jaiswal: We will.\n"
            + "Speaker 2: What about Nepal?\n"
            + "Official Spokesperson, Shri Randhir Jaiswal: Talks continue.",
        "REPORTER Sidhant Sibal, WION: Sir, will India respond?",
        "OFFICIAL Official Spokesperson, Shri Randhir Jaiswal: We will.",
        "REPORTER Speaker 2: What about Nepal?",
        "OFFICIAL Official Spokesperson, Shri Randhir Jaiswal: Talks continue.");
  }

  @Test
  void leavesASpeechsSalutationsAsProse() {
    String text =
        "EXCELLENCIES, DISTINGUISHED LADIES AND GENTLEMEN: I thank you.\n"
            + "DISTINGUISHED LADIES AND GENTLEMEN: What future do we want?\n"
            + "EXCELLENCIES, DISTINGUISHED LADIES AND GENTLEMEN: Peace.\n"
            + "MR. PRESIDENT, DISTINGUISHED DELEGATES: Who will act?\n"
            + "DISTINGUISHED LADIES AND GENTLEMEN: We will.";
    check(text, "OFFICIAL : " + text);
  }

  @Test
  void leavesAHeadingUsedTwiceWithOneQuestionAsProse() {
    String text =
        "Background: the talks began in May.\nKey question: will they succeed?\n"
            + "Background: both sides met again in June.";
    check(text, "OFFICIAL : " + text);
  }

  @Test
  void readsArabicQuestionAndAnswerLabels() {
    check(
        "سؤال: ما موقف الوزارة من الاتفاق؟\nجواب: ترحب الوزارة بالاتفاق.\nسؤال: ومتى؟\nالمتحدث: قريبا.",
        "REPORTER سؤال: ما موقف الوزارة من الاتفاق؟",
        "OFFICIAL جواب: ترحب الوزارة بالاتفاق.",
        "REPORTER سؤال: ومتى؟",
        "OFFICIAL المتحدث: قريبا.");
  }

  @Test
  void readsALongerArabicLabelThatRecurs() {
    check(
        "سؤال: ما موقف مصر من التصعيد؟\nالسفير أحمد أبو زيد: تدين مصر التصعيد.\n"
            + "سؤال: وماذا عن المعبر؟\nالسفير أحمد أبو زيد: المعبر مفتوح.",
        "REPORTER سؤال: ما موقف مصر من التصعيد؟",
        "OFFICIAL السفير أحمد أبو زيد: تدين مصر التصعيد.",
        "REPORTER سؤال: وماذا عن المعبر؟",
        "OFFICIAL السفير أحمد أبو زيد: المعبر مفتوح.");
  }

  @Test
  void readsFrenchLabelsWithASpaceBeforeTheColon() {
    check(
        "Question : La France reconnaîtra-t-elle cet État ?\n"
            + "Le porte-parole : Ce n'est pas à l'ordre du jour.\n"
            + "Journaliste : Pourquoi ?\nRéponse : Nous l'avons dit.",
        "REPORTER Question: La France reconnaîtra-t-elle cet État ?",
        "OFFICIAL Le porte-parole: Ce n'est pas à l'ordre du jour.",
        "REPORTER Journaliste: Pourquoi ?",
        "OFFICIAL Réponse: Nous l'avons dit.");
  }

  @Test
  void leavesProseWithColonsAsOneOfficialTurn() {
    String text =
        "Let me be totally clear: no bank is safe.\nSecond: we act with our allies.\n"
            + "PUTTING AMERICA FIRST: the President acts.";
    check(text, "OFFICIAL : " + text);
  }

  @Test
  void keepsTheOfficeOfTheHostSideOfficialEvenWhenItAsks() {
    check(
        "THE PRESIDENT: How are you?\nMR. SMITH: Fine, sir.\nTHE PRESIDENT: Good?\n"
            + "MR. SMITH: Very.",
        "OFFICIAL THE PRESIDENT: How are you?",
        "OFFICIAL MR. SMITH: Fine, sir.",
        "OFFICIAL THE PRESIDENT: Good?",
        "OFFICIAL MR. SMITH: Very.");
  }

  @Test
  void leavesHardWrappedSpeechesWhole() {
    String text =
        "Mr. President: it is\nan honour to speak\nhere today and\nto thank all of\nyou for the"
            + " work\ndone this year.\n\nQ: none\n\nA: none";
    assertEquals(1, transcript.turns(text).size());
  }
}
