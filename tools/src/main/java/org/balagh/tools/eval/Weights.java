package org.balagh.tools.eval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balagh.retrieval.model.Bm25;
import org.balagh.retrieval.model.Tuning;

/**
 * The ranking's weights changed by name, to measure one: {@code around=0.25} sets that component of
 * {@link Tuning}, {@code bm25.sentenceK1=1.2} one of its {@link Bm25}. Names and their meaning are
 * the records' components (see their javadoc); numbers only, whole for the counts.
 */
public final class Weights {

  private static final String BM25 = "bm25.";

  private Weights() {}

  /** The tuning with each named weight set, or an error naming what cannot be set. */
  public static Tuning apply(Tuning tuning, Map<String, String> weights) {
    Tuning out = tuning;
    for (Map.Entry<String, String> weight : weights.entrySet()) {
      String name = weight.getKey().strip();
      if (name.startsWith(BM25)) {
        Bm25 bm25 = with(out.bm25(), name.substring(BM25.length()), weight.getValue());
        out = with(out, "bm25", bm25);
      } else {
        out = with(out, name, weight.getValue());
      }
    }
    return out;
  }

  /** The names {@link #apply} takes. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (RecordComponent component : Tuning.class.getRecordComponents()) {
      if (isNumber(component.getType())) {
        names.add(component.getName());
      }
    }
    for (RecordComponent component : Bm25.class.getRecordComponents()) {
      names.add(BM25 + component.getName());
    }
    return names;
  }

  private static boolean isNumber(Class<?> type) {
    return type == float.class || type == int.class;
  }

  /** A copy of {@code record} with one component set: a number parsed, or a value as it is. */
  private static <R extends Record> R with(R record, String name, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = components[i].getAccessor().invoke(record);
        if (components[i].getName().equals(name)
            && (isNumber(types[i]) || types[i].isInstance(value))) {
          values[i] = value instanceof String text ? parse(name, types[i], text) : value;
          found = true;
        }
      }
      if (!found) {
        throw new IllegalArgumentException(
            "no weight '" + name + "'; the weights: " + String.join(", ", names()));
      }
      @SuppressWarnings("unchecked")
      R copy = (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
      return copy;
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(name + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object parse(String name, Class<?> type, String text) {
    try {
      if (type == int.class) {
        return Integer.parseInt(text.strip());
      }
      float value = Float.parseFloat(text.strip());
      if (!Float.isFinite(value)) {
        throw new NumberFormatException(text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name
              + " takes "
              + (type == int.class ? "a whole number" : "a number")
              + ", not '"
              + text
              + "'");
    }
  }
}
