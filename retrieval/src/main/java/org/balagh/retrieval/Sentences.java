package org.balagh.retrieval;

import java.util.List;
import org.balagh.retrieval.text.SentenceSplitter;
import org.balagh.retrieval.text.SpeakerLabels;
import org.balagh.retrieval.text.Transcript;
import org.balagh.retrieval.text.Utterance;

/**
 * A statement's text cut into the sentences Balagh indexes and quotes, verbatim, speaker labels
 * aside: for a comparison that must see the same sentences (the benchmark's FTS5 table).
 */
public final class Sentences {

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Transcript transcript = new Transcript(SpeakerLabels.load());

  /** The sentences of a text written in a language (ISO 639-1). Safe to call from threads. */
  public List<String> of(String text, String language) {
    return Utterance.of(text, splitter.split(text, language), transcript.turns(text)).stream()
        .map(u -> u.span().of(text))
        .toList();
  }
}
