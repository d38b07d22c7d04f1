package org.balagh.bot.chat;

import java.io.IOException;

/** Brings an uploaded file's bytes, called only once the upload has been accepted for checking. */
@FunctionalInterface
public interface Fetcher {

  /** The content; fails when there are more than {@code maxBytes}. */
  byte[] fetch(long maxBytes) throws IOException;
}
