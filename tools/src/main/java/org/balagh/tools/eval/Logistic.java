package org.balagh.tools.eval;

import java.util.List;

/**
 * Weighted logistic regression with an L2 penalty, by Newton's method on standardised features (the
 * first feature is the intercept's 1, not standardised nor penalised); the weights come back for
 * the raw features.
 */
final class Logistic {

  private static final int ITERATIONS = 50;

  private Logistic() {}

  static double[] fit(List<ConfidenceFit.Example> examples, double penalty) {
    int n = examples.get(0).features().length;
    double total = 0;
    for (ConfidenceFit.Example e : examples) {
      total += e.weight();
    }
    // Weights rescaled to add up to the number of examples: the penalty then means the same
    // whatever the sets' sizes.
    double scale = examples.size() / total;
    double[] mean = new double[n];
    double[] sd = new double[n];
    for (ConfidenceFit.Example e : examples) {
      for (int j = 1; j < n; j++) {
        mean[j] += e.weight() * e.features()[j] / total;
      }
    }
    for (ConfidenceFit.Example e : examples) {
      for (int j = 1; j < n; j++) {
        double d = e.features()[j] - mean[j];
        sd[j] += e.weight() * d * d / total;
      }
    }
    for (int j = 1; j < n; j++) {
      sd[j] = sd[j] <= 1e-12 ? 1 : Math.sqrt(sd[j]);
    }
    double[] w = new double[n];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[n];
      double[][] hessian = new double[n][n];
      for (ConfidenceFit.Example e : examples) {
        double[] x = standard(e.features(), mean, sd);
        double p = sigmoid(dot(w, x));
        double weight = e.weight() * scale;
        for (int j = 0; j < n; j++) {
          gradient[j] += weight * (e.label() - p) * x[j];
          for (int k = 0; k < n; k++) {
            hessian[j][k] += weight * p * (1 - p) * x[j] * x[k];
          }
        }
      }
      for (int j = 1; j < n; j++) {
        gradient[j] -= penalty * w[j];
        hessian[j][j] += penalty;
      }
      double[] step = solve(hessian, gradient);
      double change = 0;
      for (int j = 0; j < n; j++) {
        w[j] += step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      if (change < 1e-7) {
        break;
      }
    }
    double[] raw = new double[n];
    raw[0] = w[0];
    for (int j = 1; j < n; j++) {
      raw[j] = w[j] / sd[j];
      raw[0] -= w[j] * mean[j] / sd[j];
    }
    return raw;
  }

  private static double[] standard(float[] x, double[] mean, double[] sd) {
    double[] out = new double[x.length];
    out[0] = 1;
    for (int j = 1; j < x.length; j++) {
      out[j] = (x[j] - mean[j]) / sd[j];
    }
    return out;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    double[] v = b.clone();
    for (int i = 0; i < n; i++) {
      m[i] = a[i].clone();
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      double t = v[col];
      v[col] = v[pivot];
      v[pivot] = t;
      if (Math.abs(m[col][col]) < 1e-12) {
        continue;
      }
      for (int row = col + 1; row < n; row++) {
        double factor = m[row][col] / m[col][col];
        for (int k = col; k < n; k++) {
          m[row][k] -= factor * m[col][k];
        }
        v[row] -= factor * v[col];
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = v[row];
      for (int k = row + 1; k < n; k++) {
        sum -= m[row][k] * x[k];
      }
      x[row] = Math.abs(m[row][row]) < 1e-12 ? 0 : sum / m[row][row];
    }
    return x;
  }
}
