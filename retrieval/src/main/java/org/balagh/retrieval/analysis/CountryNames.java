package org.balagh.retrieval.analysis;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The country gazetteer: every way of naming a country in Arabic, English and French, mapped to its
 * ISO 3166 alpha-2 code. Official names come from CLDR through ICU; demonyms, formal UN names and
 * common alternatives from {@code country-aliases.tsv}; Arabic adjectives are derived by the nisba
 * rule ({@code المغرب → مغربي، مغربية}). Phrases that contain a country name but are not a country
 * ("Latin America") are stored as blockers so that the longer phrase wins.
 */
public final class CountryNames {

  /** Value stored for blocking phrases. */
  static final String BLOCKED = "";

  /** Language for text whose language is unknown or mixed: English names, then French. */
  public static final String ANY = "*";

  private static final String ALIASES = "country-aliases.tsv";
  private static final List<String> LANGUAGES = List.of("en", "fr", "ar");
  private static final String[] NISBA = {"ي", "يه", "يين", "يون", "يات"};

  /** Arabic names that are also everyday words: مالي "financial", بنين "sons". */
  private static final Set<String> AMBIGUOUS_ARABIC_WORDS = Set.of("مالي", "بنين");

  private static final String[] ARABIC_PROCLITICS = {
    "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب",
    "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"
  };

  /**
   * The names of one language. Kept apart because a name in one language can be a common word in
   * another: French "Grenade" and "Chili" are English words.
   */
  private static final class Table {
    final Map<String, String> phrases = new HashMap<>();
    final Map<String, String> acronyms = new HashMap<>();
    final Set<String> prefixes = new HashSet<>();
  }

  private final Map<String, Table> tables =
      Map.of("en", new Table(), "fr", new Table(), "ar", new Table());
  private final Set<String> codes = new TreeSet<>();

  /**
   * A bit for the hash code of each key a Latin-script name, or a longer name's beginning, is
   * stored under: most words of a text are told to start no name by one look at it.
   */
  private final BitSet latinKeys = new BitSet(KEY_BITS);

  private static final int KEY_BITS = 1 << 20;

  // What tablesFor answers, built once: it is asked for every word indexed.
  private final List<Table> arabicTables = List.of(tables.get("ar"));
  private final List<Table> englishThenFrench = List.of(tables.get("en"), tables.get("fr"));
  private final Map<String, List<Table>> latinTables =
      Map.of("en", List.of(tables.get("en")), "fr", List.of(tables.get("fr")));

  private CountryNames() {}

  /** Loads CLDR names from ICU and the bundled aliases. */
  public static CountryNames load() {
    CountryNames names = new CountryNames();
    for (String code : ULocale.getISOCountries()) {
      names.codes.add(code);
      for (String language : LANGUAGES) {
        ULocale locale = new ULocale(language);
        names.addName(code, new ULocale("", code).getDisplayCountry(locale), language);
        names.addName(
            code,
            LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT)
                .regionDisplayName(code),
            language);
      }
    }
    names.loadAliases();
    for (String language : List.of("en", "fr")) {
      Table table = names.tables.get(language);
      table.phrases.keySet().forEach(key -> names.latinKeys.set(keyBit(key.hashCode())));
      table.prefixes.forEach(key -> names.latinKeys.set(keyBit(key.hashCode())));
    }
    return names;
  }

  /** All region codes known to CLDR. */
  public Set<String> codes() {
    return codes;
  }

  /** The country's name in a language ({@code ar}, {@code en}, {@code fr}; English otherwise). */
  public String name(String code, String language) {
    String lang = LANGUAGES.contains(language) ? language : "en";
    return new ULocale("", code).getDisplayCountry(new ULocale(lang));
  }

  /** The tables to consult for a word of a text in {@code language}, in order. */
  private List<Table> tablesFor(String word, String language) {
    if (Words.isArabic(word)) {
      return arabicTables;
    }
    return latinTables.getOrDefault(language, englishThenFrench);
  }

  /**
   * False only when no Latin-script name or name's beginning is stored under a key whose {@link
   * String#hashCode} is {@code hash}; true may be a coincidence.
   */
  boolean mayBeLatinKey(int hash) {
    return latinKeys.get(keyBit(hash));
  }

  private static int keyBit(int hash) {
    return hash & (KEY_BITS - 1);
  }

  /** The code of a single all-capitals acronym ("US", "UAE"), or null. */
  String acronym(String word, String language) {
    if (!Words.isAllCaps(word)) {
      return null;
    }
    for (Table table : tablesFor(word, language)) {
      String code = table.acronyms.get(word.replace(".", ""));
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /**
   * The keys a text's first word of a name may stand for: the folded word and, for Arabic, the word
   * without each proclitic it may carry ({@code وللمغرب → مغرب}).
   */
  List<String> firstWordKeys(String folded) {
    if (!Words.isArabic(folded)) {
      return List.of(folded);
    }
    List<String> keys = new ArrayList<>(List.of(folded));
    for (String proclitic : ARABIC_PROCLITICS) {
      if (folded.length() - proclitic.length() >= 2 && folded.startsWith(proclitic)) {
        keys.add(folded.substring(proclitic.length()));
      }
    }
    return keys;
  }

  /**
   * The code stored for a key of folded words joined by spaces in a text's language, {@link
   * #BLOCKED}, or null.
   */
  String phrase(String key, String language) {
    for (Table table : tablesFor(key, language)) {
      String code = table.phrases.get(key);
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  /** Whether some stored phrase starts with this key followed by more words. */
  boolean isPrefix(String key, String language) {
    for (Table table : tablesFor(key, language)) {
      if (table.prefixes.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** The code a single word of a text in {@code language} names, or null. */
  public String codeOfWord(String word, String language) {
    String code = acronym(word, language);
    if (code != null) {
      return code;
    }
    for (String key : firstWordKeys(Words.fold(word))) {
      code = phrase(key, language);
      if (code != null) {
        return code.equals(BLOCKED) ? null : code;
      }
    }
    return null;
  }

  private void loadAliases() {
    InputStream in = CountryNames.class.getResourceAsStream(ALIASES);
    if (in == null) {
      throw new IllegalStateException("missing resource " + ALIASES);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 3) {
          throw new IllegalStateException(ALIASES + ": bad line: " + line);
        }
        String code = fields[0].strip();
        String language = fields[1].strip();
        if (!tables.containsKey(language)) {
          throw new IllegalStateException(ALIASES + ": unknown language in line: " + line);
        }
        for (String alias : fields[2].split("\\|")) {
          if (code.equals("--")) {
            addPhrase(alias, BLOCKED, true, language);
          } else {
            addName(code, alias, language);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a name with its spelling variants (& as "and", "St." as "Saint", no parentheses). */
  private void addName(String code, String name, String language) {
    String plain = name.replaceAll("\\s*\\([^)]*\\)", "").strip();
    List<String> variants = new ArrayList<>(List.of(plain));
    if (plain.contains("&")) {
      variants.add(plain.replace("&", "and"));
      variants.add(plain.replace("&", "et"));
      variants.add(plain.replace("&", "و"));
    }
    if (plain.startsWith("St. ")) {
      variants.add("Saint " + plain.substring(4));
    }
    for (String variant : variants) {
      addPhrase(variant, code, false, language);
    }
  }

  private void addPhrase(String phrase, String code, boolean blocker, String language) {
    List<Words.Word> words = Words.split(phrase);
    if (words.isEmpty()) {
      return;
    }
    Table table = tables.get(Words.isArabic(phrase) ? "ar" : language);
    if (words.size() == 1
        && Words.isAllCaps(words.get(0).text())
        && words.get(0).text().length() <= 5) {
      table.acronyms.putIfAbsent(words.get(0).text(), code);
      return;
    }
    List<String> keys = new ArrayList<>();
    for (Words.Word word : words) {
      keys.add(Words.fold(word.text()));
    }
    if (Words.isArabic(keys.get(0)) && keys.get(0).startsWith("ال") && keys.get(0).length() > 3) {
      keys.set(0, keys.get(0).substring(2));
    }
    if (keys.size() == 1 && !blocker && AMBIGUOUS_ARABIC_WORDS.contains(keys.get(0))) {
      return;
    }
    putWithPrefixes(table, keys, code, blocker);
    if (keys.size() > 2 && keys.subList(1, keys.size()).contains("s")) {
      // "People's Republic of China" as English analysis reads it once the possessive is gone:
      // "people republic of china", not the "republic of china" (Taiwan) left inside it.
      List<String> withoutPossessive = new ArrayList<>(keys);
      withoutPossessive.subList(1, keys.size()).removeIf("s"::equals);
      putWithPrefixes(table, withoutPossessive, code, blocker);
    }
    if (!blocker && keys.size() == 1 && Words.isArabic(keys.get(0))) {
      addNisba(table, keys.get(0), code);
    }
  }

  private void putWithPrefixes(Table table, List<String> keys, String code, boolean blocker) {
    for (int i = 1; i < keys.size(); i++) {
      table.prefixes.add(String.join(" ", keys.subList(0, i)));
    }
    put(table, String.join(" ", keys), code, blocker);
  }

  /** Adds the Arabic adjectives of a one-word name: without final ا or ه, plus ي، ية، … */
  private void addNisba(Table table, String name, String code) {
    String base =
        name.endsWith("ا") || name.endsWith("ه") ? name.substring(0, name.length() - 1) : name;
    if (base.endsWith("ي")) {
      base = base.substring(0, base.length() - 1);
    }
    if (base.length() < 2) {
      return;
    }
    for (String suffix : NISBA) {
      put(table, base + suffix, code, false);
    }
  }

  private static void put(Table table, String key, String code, boolean blocker) {
    if (blocker) {
      table.phrases.put(key, BLOCKED);
    } else {
      table.phrases.putIfAbsent(key, code);
    }
  }
}
