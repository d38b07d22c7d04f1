package org.balagh.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.balagh.retrieval.analysis.Analyzers;
import org.balagh.retrieval.index.Fields;
import org.balagh.retrieval.index.SentenceIndex;
import org.balagh.retrieval.model.StatementInfo;
import org.balagh.retrieval.model.Tuning;

/**
 * What each candidate sentence shows of a question, read from the postings: which concepts it
 * expresses itself, which only its neighbours or its statement's title or countries do, and whether
 * it gives the kind of answer asked for. Each concept weighs its rarity (IDF), so a sentence that
 * names only the country asked about covers little of "What did Kazakhstan say about wheat?".
 */
final class Evidence {

  /** Neighbours on each side of a sentence whose words count as said around it. */
  static final int AROUND = 2;

  private final Question question;
  private final int[] docs;
  private final StatementInfo[] statements;
  private final String[] languages;
  private final Information information;
  private final long[] inSentence;
  private final long[] around;

  /** The question's concepts that name a country, as a mask. */
  private final long countries;

  /** Those that name a country as who spoke. */
  private final long speakingCountries;

  /** Those that name who spoke. */
  private final long speakers;

  /**
   * Those that are names the question gives, other than countries (see {@link Question#names()}).
   */
  private final long names;

  /** Those of the topic, when the question sets it apart from who spoke; else 0. */
  private final long topic;

  /**
   * The statements that name who the question asks to hear from when that is not a country (see
   * {@link SpeakerNames}); null when it asks no one such.
   */
  private final SpeakerNames.Named named;

  /**
   * Reads the evidence of the given documents of the sentence index.
   *
   * @param docs documents in increasing order
   * @param statements the statement of each document
   * @param languages the field language of each document
   * @param information the question's concepts' weights per language
   * @param replies for a sentence that replies to a reporter, the question's turn: said around it
   */
  Evidence(
      SentenceIndex index,
      Question question,
      int[] docs,
      StatementInfo[] statements,
      String[] languages,
      Information information,
      Map<Integer, Replies.Asked> replies) {
    this.question = question;
    this.docs = docs;
    this.statements = statements;
    this.languages = languages;
    this.information = information;
    this.inSentence = new long[docs.length];
    this.around = new long[docs.length];
    this.countries = mask(question, Question.Concept::country);
    this.speakingCountries = mask(question, c -> c.country() && c.speaker());
    this.speakers = mask(question, Question.Concept::speaker);
    this.names = mask(question, c -> !c.country() && question.names().contains(c.label()));
    this.topic =
        question.concepts().stream().anyMatch(Question.Concept::speaker)
            ? mask(question, c -> !c.speaker())
            : 0;
    try {
      this.named = SpeakerNames.statements(index, question);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Neighbourhoods near = new Neighbourhoods(index, docs, statements);
    int[] titles = titleDocs(index, statements);
    int[] askingTurns = askingDocs(docs, replies);
    long[] nearMasks = new long[near.docs.length];
    long[] titleMasks = new long[titles.length];
    long[] askingMasks = new long[askingTurns.length];
    // Terms of a language no candidate is written in can mark nothing: not looked up.
    Set<String> present = new HashSet<>(Arrays.asList(languages));
    List<Question.Concept> concepts = question.concepts();
    // A word of the question is its own concept: as another's synonym (the words of "food
    // security" are each other's, through the glossary expression they make) it would let a
    // sentence that says "food" alone cover "security" too. It still counts in the search.
    Set<Question.Term> asked = new HashSet<>();
    for (Question.Concept concept : concepts) {
      for (Question.Term term : concept.terms()) {
        if (term.weight() >= 1f) {
          asked.add(term);
        }
      }
    }
    for (int c = 0; c < Math.min(concepts.size(), Long.SIZE); c++) {
      Question.Concept concept = concepts.get(c);
      // Likewise a term of a synonym or a translation of several words ("autonomy initiative")
      // says the concept only with the others: the whole expression marks it, not "initiative".
      Set<Question.Term> inPhrases = new HashSet<>();
      concept.phrases().forEach(inPhrases::addAll);
      for (Question.Term term : concept.terms()) {
        String language = term.fieldLanguage();
        if (!present.contains(language)
            || term.weight() < 1f
                && (asked.contains(new Question.Term(language, term.text(), 1f))
                    || inPhrases.contains(term))) {
          continue;
        }
        String sentenceField = Fields.analysed(Fields.SENTENCE, language);
        mark(sentenceField, term.text(), near.docs, c, nearMasks);
        mark(Fields.analysed(Fields.TITLE, language), term.text(), titles, c, titleMasks);
        mark(sentenceField, term.text(), askingTurns, c, askingMasks);
      }
      for (List<Question.Term> phrase : concept.phrases()) {
        String language = phrase.get(0).fieldLanguage();
        if (present.contains(language)) {
          String sentenceField = Fields.analysed(Fields.SENTENCE, language);
          markAll(sentenceField, phrase, near.docs, c, nearMasks);
          markAll(Fields.analysed(Fields.TITLE, language), phrase, titles, c, titleMasks);
          markAll(sentenceField, phrase, askingTurns, c, askingMasks);
        }
      }
      for (Question.Dated time : question.dated()) {
        // A time the question names is said by a statement of that date as by its words.
        if (time.label().equals(concept.label())) {
          for (int d = 0; d < docs.length; d++) {
            if (time.holds(statements[d].date(), statements[d].year())) {
              around[d] |= 1L << c;
            }
          }
        }
      }
      if (concept.country()) {
        // Multi-word names ("the United States") are tagged per sentence and per statement.
        String code = Analyzers.countryCode(concept.label());
        mark(Fields.SENTENCE_COUNTRY, code, docs, c, inSentence);
        for (int d = 0; d < docs.length; d++) {
          if (statements[d].countries().contains(code)) {
            around[d] |= 1L << c;
          }
        }
      }
    }
    for (int d = 0; d < docs.length; d++) {
      inSentence[d] |= nearMasks[near.own[d]];
      for (int n = near.from[d]; n < near.to[d]; n++) {
        if (n != near.own[d]) {
          around[d] |= nearMasks[n];
        }
      }
      around[d] |=
          titleMasks[Arrays.binarySearch(titles, index.statementDoc(statements[d].ordinal()))];
      Replies.Asked asking = replies.get(docs[d]);
      if (asking != null) {
        for (int doc = asking.from(); doc < asking.to(); doc++) {
          around[d] |= askingMasks[Arrays.binarySearch(askingTurns, doc)];
        }
      }
    }
  }

  /** The documents of the questions that candidates reply to, in increasing order, once each. */
  private static int[] askingDocs(int[] docs, Map<Integer, Replies.Asked> asked) {
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (int doc : docs) {
      Replies.Asked question = asked.get(doc);
      if (question != null) {
        for (int d = question.from(); d < question.to(); d++) {
          out.add(d);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The documents to read for a set of candidates: each candidate and its neighbours within its
   * statement, in increasing order, once each, with where each candidate's run starts and ends.
   */
  private static final class Neighbourhoods {
    final int[] docs;
    final int[] own;
    final int[] from;
    final int[] to;

    Neighbourhoods(SentenceIndex index, int[] candidates, StatementInfo[] statements) {
      own = new int[candidates.length];
      from = new int[candidates.length];
      to = new int[candidates.length];
      int[] out = new int[candidates.length * (2 * AROUND + 1)];
      int n = 0;
      for (int d = 0; d < candidates.length; d++) {
        int first = index.firstSentence(statements[d].ordinal());
        int last = first + statements[d].sentences() - 1;
        int lo = Math.max(first, candidates[d] - AROUND);
        int hi = Math.min(last, candidates[d] + AROUND);
        // Candidates come in increasing order, so runs overlap only with the one before.
        int start = n;
        while (start > 0 && out[start - 1] >= lo) {
          start--;
        }
        from[d] = start;
        for (int doc = lo; doc <= hi; doc++) {
          int at = start + (doc - lo);
          if (at >= n) {
            out[n++] = doc;
          }
        }
        own[d] = start + (candidates[d] - lo);
        to[d] = start + (hi - lo) + 1;
      }
      docs = Arrays.copyOf(out, n);
    }
  }

  /**
   * The statement index documents of the candidates' statements, in increasing order, once each.
   */
  private static int[] titleDocs(SentenceIndex index, StatementInfo[] statements) {
    return Arrays.stream(statements)
        .mapToInt(s -> index.statementDoc(s.ordinal()))
        .distinct()
        .sorted()
        .toArray();
  }

  /**
   * The share of the question each document covers, by rarity. A concept met only around the
   * sentence counts {@code aroundWeight} of one met in it, unless it names who spoke: that is met
   * as well by the statement as by the sentence, and weighs {@code speakerWeight} of a topic's
   * concept, the topic being what the quoted sentence must say. With {@code names}, so is a name
   * the question gives (see {@link Question#names()}): a readout names "President Biden" and "Prime
   * Minister Kishida" once, then says "the two leaders condemned …", and its opening sentence,
   * which names everyone and says nothing else, does not answer what they condemned.
   */
  float[] coverage(float aroundWeight, float speakerWeight, boolean names) {
    float[] coverage = new float[docs.length];
    long whole = names ? speakers | this.names : speakers;
    for (int d = 0; d < docs.length; d++) {
      float[] w = information.weights(languages[d]);
      float matched = 0;
      float total = 0;
      for (int c = 0; c < w.length; c++) {
        long bit = 1L << c;
        float weight = weight(c, w, speakerWeight);
        total += weight;
        if ((inSentence[d] & bit) != 0) {
          matched += weight;
        } else if ((around[d] & bit) != 0) {
          matched += ((whole & bit) != 0 ? 1f : aroundWeight) * weight;
        }
      }
      coverage[d] = total <= 0 ? 0 : Math.min(1f, matched / total);
    }
    return coverage;
  }

  /**
   * How many of the question's concepts weigh anything in a document's language, counted as {@link
   * #coverage} counts them: times its coverage, how much of the question a sentence shows, which
   * says more of a long question than of a short one.
   */
  int concepts(int d, float speakerWeight) {
    float[] w = information.weights(languages[d]);
    int count = 0;
    for (int c = 0; c < w.length; c++) {
      if (weight(c, w, speakerWeight) > 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * A concept's weight in coverage: its rarity, times {@code speakerWeight} if it names who spoke.
   */
  private float weight(int c, float[] w, float speakerWeight) {
    return question.concepts().get(c).speaker() ? speakerWeight * w[c] : w[c];
  }

  /**
   * Whether the sentence itself says something of the topic, when the question sets its topic apart
   * from who spoke ("What did the C5+1 leaders say about <em>Afghanistan</em>?"): a sentence that
   * only names the speaker does not answer. True when there is no such split.
   */
  boolean namesTopic(int d) {
    return topic == 0 || (inSentence[d] & topic) != 0;
  }

  /**
   * How many of the countries the question names a document involves in no way: neither the
   * sentence, its neighbours nor its statement names or involves them.
   */
  int missingCountries(int d) {
    return Long.bitCount(countries & ~(inSentence[d] | around[d]));
  }

  /**
   * Whether a document may answer for who the question asks to hear from. When its wording names
   * them ("What did China say about …", "Beijing's view on …"), only their own statements may (see
   * {@code StatementSpeakers}): another country's speech that mentions China does not. When it only
   * names countries, likely those who spoke ("Did Japan and the United States agree …"), the
   * sentence must name one or its statement involve one. True when it names no country. When it
   * asks what someone not a country said ("What did Obama say …"), a statement in the question's
   * language, or in the other of English and French, must name them too; across scripts a name may
   * be written otherwise than the names table knows («بي سكي بي», BSkyB), and that would turn into
   * a decline.
   */
  boolean involvesSpeaker(int d) {
    if (named != null
        && named.languages().contains(languages[d])
        && !named.ordinals().contains(statements[d].ordinal())) {
      return false;
    }
    if (!question.speakers().isEmpty()) {
      return statements[d].speakers().stream().anyMatch(question.speakers()::contains);
    }
    return speakingCountries == 0 || ((inSentence[d] | around[d]) & speakingCountries) != 0;
  }

  /**
   * What each document gains, besides its text match, for naming a country the question names,
   * belonging to a statement that involves one, and giving the kind of answer asked for: the weight
   * of each, times the rarity of the index term that records it. Kept out of the Lucene query,
   * where long postings without frequencies would keep it from skipping.
   */
  float[] bonus(Tuning tuning) {
    float[] bonus = new float[docs.length];
    for (String code : question.countries()) {
      add(Fields.SENTENCE_COUNTRY, code, tuning.sentenceCountry(), bonus);
      involved(code, tuning.statementCountry(), bonus);
    }
    if (question.asks() != null) {
      add(Fields.KIND, question.asks().term(), tuning.answerKind(), bonus);
    }
    return bonus;
  }

  /** Adds the statement-country gain to the documents whose statement involves the country. */
  private void involved(String code, float weight, float[] bonus) {
    if (weight <= 0) {
      return;
    }
    String field = Fields.STATEMENT_COUNTRY;
    float gain = weight * information.idf(field, information.docFreq(field, code));
    for (int d = 0; d < docs.length; d++) {
      if (statements[d].countries().contains(code)) {
        bonus[d] += gain;
      }
    }
  }

  private void add(String field, String term, float weight, float[] bonus) {
    if (weight <= 0) {
      return;
    }
    long[] has = new long[docs.length];
    mark(field, term, docs, 0, has);
    float gain = weight * information.idf(field, information.docFreq(field, term));
    for (int d = 0; d < docs.length; d++) {
      if (has[d] != 0) {
        bonus[d] += gain;
      }
    }
  }

  /** Sets bit {@code concept} of each document, of those given in order, that holds every term. */
  private void markAll(
      String field, List<Question.Term> terms, int[] docs, int concept, long[] masks) {
    long[] all = new long[docs.length];
    Arrays.fill(all, 1L);
    for (Question.Term term : terms) {
      long[] has = new long[docs.length];
      mark(field, term.text(), docs, 0, has);
      for (int d = 0; d < docs.length; d++) {
        all[d] &= has[d];
      }
    }
    for (int d = 0; d < docs.length; d++) {
      if (all[d] != 0) {
        masks[d] |= 1L << concept;
      }
    }
  }

  /** Sets bit {@code concept} of each document, of those given in order, that holds the term. */
  private void mark(String field, String text, int[] docs, int concept, long[] masks) {
    Term term = new Term(field, text);
    TermLookup lookup = information.lookup();
    try {
      int d = 0;
      for (LeafReaderContext leaf : lookup.searcher(field).getIndexReader().leaves()) {
        if (d >= docs.length) {
          return;
        }
        int end = leaf.docBase + leaf.reader().maxDoc();
        if (docs[d] >= end) {
          continue;
        }
        PostingsEnum postings = lookup.postings(leaf, term, PostingsEnum.NONE);
        for (; d < docs.length && docs[d] < end; d++) {
          if (postings == null) {
            continue;
          }
          int local = docs[d] - leaf.docBase;
          int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
          if (at == DocIdSetIterator.NO_MORE_DOCS) {
            postings = null;
          } else if (at == local) {
            masks[d] |= 1L << concept;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The question's concepts (the first 64, as masks hold) that satisfy a test, as a mask. */
  private static long mask(Question question, Predicate<Question.Concept> test) {
    long mask = 0;
    List<Question.Concept> concepts = question.concepts();
    for (int c = 0; c < Math.min(concepts.size(), Long.SIZE); c++) {
      if (test.test(concepts.get(c))) {
        mask |= 1L << c;
      }
    }
    return mask;
  }
}
