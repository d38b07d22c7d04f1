package org.balagh.retrieval.search;

import java.time.LocalDate;
import java.util.List;
import org.balagh.retrieval.analysis.AnswerKind;

/**
 * A question as the engine reads it: cleaned text, its language, the countries it names, those it
 * names as who spoke ("What did <em>China</em> say about …", "<em>Beijing</em>'s view on …"), the
 * kind of answer it asks for (null when its wording does not say), the concepts to look for, each
 * with the terms that express it in each field language, and those of them that name a time.
 *
 * @param speakers the countries the question asks to hear from, by its wording; only their
 *     statements answer it
 * @param speech whether it asks what its speaker said or thinks ("What did Obama <em>say</em> about
 *     …"), whoever that is: then only statements that name them answer it (see {@code
 *     SpeakerNames})
 * @param dated the concepts that name a time a statement's date may fall in
 * @param names the labels of the concepts that are names: a capitalised word of a Latin question
 *     (not its first), an Arabic word no lexicon translates that the archive writes as a Latin name
 *     ("Sullivan", «بارزاني»)
 */
public record Question(
    String text,
    String language,
    List<String> countries,
    List<String> speakers,
    boolean speech,
    AnswerKind asks,
    List<Concept> concepts,
    List<Dated> dated,
    List<String> names) {

  public Question {
    countries = List.copyOf(countries);
    speakers = List.copyOf(speakers);
    concepts = List.copyOf(concepts);
    dated = List.copyOf(dated);
    names = List.copyOf(names);
  }

  /**
   * A concept that names a time a statement's date can fall in: the year of "in 2021", the month
   * and the year of "in May 2021", « en décembre 2023 », «في أبريل 2023».
   *
   * @param label the concept's label
   * @param month 1 to 12, or 0 for the whole year
   */
  public record Dated(String label, int year, int month) {

    /** Whether a statement of this date is of that time. */
    public boolean holds(LocalDate date, Integer year) {
      if (date != null) {
        return date.getYear() == this.year && (month == 0 || date.getMonthValue() == month);
      }
      return month == 0 && year != null && year == this.year;
    }
  }

  /**
   * One thing the question asks about, and the index terms that express it.
   *
   * @param speaker whether it names who spoke ("Kazakhstan" in "What did Kazakhstan say about
   *     wheat?") rather than the topic
   * @param phrases the expressions of several terms, among {@code terms}, that say the concept only
   *     together (the glossary's "autonomy initiative" for the "plan" of "autonomy plan": a
   *     sentence with "initiative" alone does not say it)
   */
  public record Concept(
      String label, boolean country, boolean speaker, List<Term> terms, List<List<Term>> phrases) {
    public Concept {
      terms = List.copyOf(terms);
      phrases = phrases.stream().map(List::copyOf).toList();
    }

    /** A concept of single terms. */
    public Concept(String label, boolean country, boolean speaker, List<Term> terms) {
      this(label, country, speaker, terms, List.of());
    }
  }

  /** An index term of a concept in one field language, with its weight in the query. */
  public record Term(String fieldLanguage, String text, float weight) {}

  /**
   * Whether the question asks about anything besides who may have spoken: a word that is no
   * country's, or a country it sets apart as the topic ("What did Morocco say about
   * <em>Palestine</em>?"). A question of countries alone ("Morocco?", "Did Japan and Korea?") has
   * none.
   */
  public boolean hasTopic() {
    return concepts.stream().anyMatch(c -> !c.country() || !c.speaker());
  }
}
