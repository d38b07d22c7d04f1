package org.balagh.retrieval.meaning;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The English sentence embeddings of e5-small-v2 (intfloat, MIT licence), quantised, as shipped in
 * langchain4j's jar, run by ONNX Runtime on one thread: the answer path and the background
 * embedding each use one core, and a question costs a few milliseconds. The model was trained with
 * the prefixes "query: " and "passage: ", which it is given.
 */
public final class E5Embedder implements Embedder {

  public static final String ID = "e5-small-v2-q";

  private static final String MODEL = "/e5-small-v2-q.onnx";
  private static final String TOKENIZER = "/e5-small-v2-q-tokenizer.json";

  private final OrtSession session;
  private final AbstractInProcessEmbeddingModel model;

  private E5Embedder(OrtSession session, OnnxBertBiEncoder encoder) {
    this.session = session;
    // Runnable::run: a batch is embedded on the calling thread, one sentence after another.
    this.model =
        new AbstractInProcessEmbeddingModel(Runnable::run) {
          @Override
          protected OnnxBertBiEncoder model() {
            return encoder;
          }
        };
  }

  /** Loads the model from the class path; throws if it or ONNX Runtime's library is missing. */
  public static E5Embedder load() throws IOException {
    try {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = environment.createSession(resource(MODEL), options);
      try (InputStream tokenizer = stream(TOKENIZER)) {
        return new E5Embedder(
            session, new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
      }
    } catch (OrtException e) {
      throw new IOException("the embedding model could not be loaded: " + e.getMessage(), e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream stream(String name) throws IOException {
    // The class literal does not initialise the class (which would load a second model).
    InputStream in = E5SmallV2QuantizedEmbeddingModel.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path");
    }
    return in;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public float[] question(String text) {
    return embed(List.of("query: " + text)).get(0);
  }

  @Override
  public List<float[]> sentences(List<String> texts) {
    List<String> passages = new ArrayList<>(texts.size());
    texts.forEach(text -> passages.add("passage: " + text));
    return embed(passages);
  }

  private List<float[]> embed(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    texts.forEach(text -> segments.add(TextSegment.from(text.isBlank() ? "." : text)));
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (Embedding embedding : model.embedAll(segments).content()) {
      vectors.add(Vectors.unit(embedding.vector()));
    }
    return vectors;
  }

  /** Releases the model's native memory. */
  public void close() throws OrtException {
    session.close();
  }
}
