package org.balagh.retrieval.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model: loads from the class path and reads meaning beyond shared words. */
class E5EmbedderTest {

  @Test
  void aParaphraseIsCloserThanASentenceSharingWords() throws Exception {
    E5Embedder model = E5Embedder.load();
    try {
      float[] question = model.question("Did the administration stop the aid money?");
      List<float[]> sentences =
          model.sentences(
              List.of(
                  "We have put a hold on the funding for now.",
                  "The administration money market report was published on Monday."));
      assertEquals(384, sentences.get(0).length);
      assertEquals(1f, Vectors.dot(sentences.get(0), sentences.get(0)), 1e-4f);
      assertTrue(
          Vectors.dot(question, sentences.get(0)) > Vectors.dot(question, sentences.get(1)),
          "the paraphrase is closer");
    } finally {
      model.close();
    }
  }
}
