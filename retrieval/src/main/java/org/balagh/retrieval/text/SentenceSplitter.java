package org.balagh.retrieval.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a statement into sentences, verbatim: every sentence is a range of the original text.
 *
 * <p>ICU's sentence rules (which, unlike {@code java.text}, end Arabic sentences at {@code ؟}) give
 * the candidate breaks; {@link FalseBreaks} then undoes those that fall after an abbreviation, an
 * initial or a paragraph number, or inside a quotation. A line break ends a sentence, except in
 * hard-wrapped texts, where only a blank line does. The Arabic semicolon {@code ؛} does not end a
 * sentence: like {@code ;} it joins clauses of one.
 */
public final class SentenceSplitter {

  /** Sentences longer than this are cut at a clause or word boundary, so a quote stays readable. */
  public static final int MAX_SENTENCE = 1000;

  private final BreakIterator arabic = BreakIterator.getSentenceInstance(new ULocale("ar"));
  private final BreakIterator english = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
  private final BreakIterator french = BreakIterator.getSentenceInstance(ULocale.FRENCH);
  private final BreakIterator other = BreakIterator.getSentenceInstance(ULocale.ROOT);

  /** Splits {@code text}, written in {@code language}; safe to call from several threads. */
  public List<Span> split(String text, String language) {
    boolean wrapped = Wrapping.isHardWrapped(text);
    BreakIterator breaks = prototype(language);
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = paragraphEnd(text, start, wrapped);
      if (end > start) {
        splitParagraph(text, start, end, wrapped, breaks, sentences);
      }
      start = end + 1;
    }
    return sentences;
  }

  /** Convenience for callers that want the sentences' text. */
  public List<String> sentences(String text, String language) {
    return split(text, language).stream().map(s -> s.of(text)).toList();
  }

  private BreakIterator prototype(String language) {
    BreakIterator prototype =
        switch (language) {
          case "ar", "fa", "ur" -> arabic;
          case "en" -> english;
          case "fr" -> french;
          default -> other;
        };
    return (BreakIterator) prototype.clone();
  }

  /** The end of the paragraph that starts at {@code start}: the next line break, or blank line. */
  private static int paragraphEnd(String text, int start, boolean wrapped) {
    int at = start;
    while (true) {
      int newline = text.indexOf('\n', at);
      if (newline < 0) {
        return text.length();
      }
      if (!wrapped || text.substring(at, newline).isBlank() || nextLineBlank(text, newline)) {
        return newline;
      }
      at = newline + 1;
    }
  }

  private static boolean nextLineBlank(String text, int newline) {
    int next = text.indexOf('\n', newline + 1);
    return text.substring(newline + 1, next < 0 ? text.length() : next).isBlank();
  }

  private static void splitParagraph(
      String text, int from, int to, boolean wrapped, BreakIterator breaks, List<Span> out) {
    String paragraph = text.substring(from, to);
    if (wrapped) {
      // Same length, so offsets still match the original text.
      paragraph = paragraph.replace('\n', ' ');
    }
    breaks.setText(paragraph);
    FalseBreaks rules = new FalseBreaks(paragraph);
    int sentenceStart = 0;
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      if (end < paragraph.length() && rules.isFalse(sentenceStart, end)) {
        continue;
      }
      emit(text, from + sentenceStart, from + end, out);
      sentenceStart = end;
    }
    if (sentenceStart < paragraph.length()) {
      emit(text, from + sentenceStart, to, out);
    }
  }

  private static void emit(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (!hasWord(text, start, end)) {
      return;
    }
    while (end - start > MAX_SENTENCE) {
      int cut = LongSentences.cut(text, start, start + MAX_SENTENCE);
      emit(text, start, cut, out);
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (hasWord(text, start, end)) {
      out.add(new Span(start, end));
    }
  }

  private static boolean hasWord(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
