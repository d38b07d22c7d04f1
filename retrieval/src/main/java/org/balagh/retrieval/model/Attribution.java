package org.balagh.retrieval.model;

import java.util.Objects;

/**
 * Who says a quoted sentence, beyond its statement's publisher: the transcript speaker's label and
 * role, and, when the sentence answers a reporter, the reporter's question it answers.
 *
 * @param speaker the label of the turn the sentence was spoken in ("MS. PSAKI"); empty outside
 *     transcripts
 * @param role that speaker's role; never a reporter's or a moderator's, whose words are not answers
 * @param askedBy the reporter's sentence the quoted reply answers; empty when it was not reached
 *     through a question
 * @param quoting whom the sentence quotes in their own words, as it names them ("Secretary
 *     Blinken"): their words, reported, not the publisher's; empty when it quotes no one
 */
public record Attribution(String speaker, Role role, String askedBy, String quoting) {

  public Attribution {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(askedBy, "askedBy");
    Objects.requireNonNull(quoting, "quoting");
  }
}
