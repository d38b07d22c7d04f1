package org.balagh.bot.chat;

import java.util.Objects;

/**
 * One entry of an inline-mode answer list.
 *
 * @param id unique within the list, at most 64 bytes
 * @param title plain text shown in the list
 * @param description plain text under the title
 * @param html the message sent when the entry is picked
 * @param url the source, offered as a button under that message
 */
public record InlineResult(String id, String title, String description, String html, String url) {

  public InlineResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(url, "url");
  }
}
