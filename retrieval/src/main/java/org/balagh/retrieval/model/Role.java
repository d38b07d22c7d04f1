package org.balagh.retrieval.model;

/**
 * Who speaks a turn of a transcript, as seen from the statement's publisher: its own side (the
 * spokesperson, the minister, the official on a call), a reporter asking, a moderator or operator
 * running the session, or someone else (an interpreter, a guest). A statement without turns is all
 * {@link #OFFICIAL}. Only the official side's words are the statement's position.
 */
public enum Role {
  OFFICIAL,
  REPORTER,
  MODERATOR,
  OTHER;

  /** Whether words in this role may be quoted as what the speaker said on the publisher's side. */
  public boolean speaksForPublisher() {
    return this == OFFICIAL;
  }

  /** Whether this role asks or steers rather than answers: its words are never an answer. */
  public boolean asks() {
    return this == REPORTER || this == MODERATOR;
  }
}
