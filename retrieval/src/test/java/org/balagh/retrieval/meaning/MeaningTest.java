package org.balagh.retrieval.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.balagh.retrieval.model.MeaningMode;
import org.balagh.retrieval.model.MeaningProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeaningTest {

  @TempDir Path root;

  /** Bag of words hashed into 64 dimensions; counts the sentences it embeds. */
  static class Words implements Embedder {
    final AtomicInteger embedded = new AtomicInteger();

    @Override
    public String id() {
      return "words";
    }

    @Override
    public float[] question(String text) {
      return vector(text);
    }

    @Override
    public List<float[]> sentences(List<String> texts) {
      embedded.addAndGet(texts.size());
      List<float[]> out = new ArrayList<>();
      texts.forEach(t -> out.add(vector(t)));
      return out;
    }

    static float[] vector(String text) {
      float[] v = new float[64];
      for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
        if (!word.isEmpty()) {
          v[Math.floorMod(word.hashCode(), 64)] += 1;
        }
      }
      return Vectors.unit(v);
    }
  }

  /** A generation's sentences; English unless they start with "ar:". */
  record Listed(List<String> all) implements Meaning.Source {
    @Override
    public int size() {
      return all.size();
    }

    @Override
    public List<String> english(int from, int count) {
      return all.subList(from, Math.min(all.size(), from + count)).stream()
          .filter(s -> !s.startsWith("ar:"))
          .toList();
    }
  }

  private static List<String> sentences(int n, String prefix) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(prefix + " sentence number " + i + " on trade and security");
    }
    return out;
  }

  private static void awaitReady(Meaning meaning, Object generation) throws InterruptedException {
    long end = System.currentTimeMillis() + 20_000;
    while (!meaning.usable(generation) && System.currentTimeMillis() < end) {
      Thread.sleep(10);
    }
    assertTrue(meaning.usable(generation), "ready within 20 s: " + meaning.progress());
  }

  @Test
  void embedsEverySentenceInTheBackgroundThenIsUsableForThatGenerationOnly() throws Exception {
    Words words = new Words();
    List<String> all = new ArrayList<>(sentences(1200, "en"));
    all.add("ar: جملة عربية");
    try (Meaning meaning = Meaning.open(root, MeaningMode.BACKGROUND, words)) {
      assertFalse(meaning.usable("gen-1"), "nothing is used before the sentences are embedded");
      meaning.embedAll("gen-1", new Listed(all));
      awaitReady(meaning, "gen-1");
      assertFalse(meaning.usable("gen-2"));
      MeaningProgress progress = meaning.progress();
      assertEquals("ready", progress.state());
      assertEquals(1201, progress.checked());
      assertEquals(1201, progress.total());
      assertEquals(1200, progress.embedded(), "the Arabic sentence is not embedded");
      assertEquals(1200, progress.stored());
      assertNotNull(meaning.sentences(List.of(all.get(0))).get(0));
      assertNull(meaning.sentences(List.of("never stored")).get(0), "not embedded on demand");
    }
  }

  @Test
  void aRestartFindsTheVectorsAndAReloadEmbedsOnlyNewSentences() throws Exception {
    List<String> first = sentences(300, "en");
    try (Meaning meaning = Meaning.open(root, MeaningMode.BACKGROUND, new Words())) {
      meaning.embedAll("gen-1", new Listed(first));
      awaitReady(meaning, "gen-1");
    }
    Words words = new Words();
    List<String> second = new ArrayList<>(first);
    second.add("a new statement about climate");
    try (Meaning meaning = Meaning.open(root, MeaningMode.BACKGROUND, words)) {
      meaning.embedAll("gen-1", new Listed(first));
      awaitReady(meaning, "gen-1");
      assertEquals(0, words.embedded.get(), "every vector was found on disk");
      meaning.embedAll("gen-2", new Listed(second));
      awaitReady(meaning, "gen-2");
      assertEquals(1, words.embedded.get());
      assertEquals(301, meaning.progress().stored());
    }
  }

  @Test
  void onDemandEmbedsTheSentencesAskedForAndKeepsThem() throws Exception {
    Words words = new Words();
    try (Meaning meaning = Meaning.open(root, MeaningMode.ON_DEMAND, words)) {
      assertTrue(meaning.awaitLoaded(20_000));
      assertTrue(meaning.usable("any generation"));
      List<float[]> vectors = meaning.sentences(List.of("trade talks", "security", "trade talks"));
      assertEquals(3, vectors.size());
      assertEquals(2, words.embedded.get(), "each text once");
      assertEquals(1f, Vectors.dot(vectors.get(0), vectors.get(2)), 1e-2f);
      meaning.sentences(List.of("security"));
      assertEquals(2, words.embedded.get(), "kept");
      float[] question = meaning.question("what about trade talks");
      assertTrue(Vectors.dot(question, vectors.get(0)) > Vectors.dot(question, vectors.get(1)));
    }
  }

  @Test
  void aModelThatCannotLoadLeavesAnswersLexical() throws Exception {
    Embedder broken =
        new Words() {
          @Override
          public String id() {
            throw new IllegalStateException("no native library for this machine");
          }
        };
    try (Meaning meaning = Meaning.open(root, MeaningMode.BACKGROUND, broken)) {
      assertTrue(meaning.awaitLoaded(20_000));
      meaning.embedAll("gen-1", new Listed(sentences(3, "en")));
      assertFalse(meaning.usable("gen-1"));
      assertEquals("unavailable", meaning.progress().state());
      assertTrue(meaning.progress().problem().contains("no native library"));
      assertNull(meaning.question("anything"));
    }
  }

  @Test
  void anEmbeddingThatFailsSaysWhyAndTheNextReloadTriesAgain() throws Exception {
    AtomicInteger failures = new AtomicInteger(1);
    Words flaky =
        new Words() {
          @Override
          public List<float[]> sentences(List<String> texts) {
            if (failures.getAndDecrement() > 0) {
              throw new IllegalStateException("model session closed");
            }
            return super.sentences(texts);
          }
        };
    try (Meaning meaning = Meaning.open(root, MeaningMode.BACKGROUND, flaky)) {
      meaning.embedAll("gen-1", new Listed(sentences(40, "en")));
      long end = System.currentTimeMillis() + 20_000;
      while (!meaning.progress().state().equals("failed") && System.currentTimeMillis() < end) {
        Thread.sleep(10);
      }
      assertEquals("failed", meaning.progress().state());
      assertTrue(meaning.progress().problem().contains("model session closed"));
      assertFalse(meaning.usable("gen-1"), "answers stay lexical");
      meaning.embedAll("gen-2", new Listed(sentences(40, "en")));
      awaitReady(meaning, "gen-2");
      assertEquals("", meaning.progress().problem());
    }
  }

  @Test
  void offSaysSo() throws Exception {
    try (Meaning meaning = Meaning.off()) {
      assertFalse(meaning.usable("gen-1"));
      assertEquals("off", meaning.progress().state());
    }
  }
}
