#!/usr/bin/env python3
"""Variants of the confidence model, measured on a suite's signals.

Reads the file written by

    balagh eval --suite tools/src/test/resources/eval/suite.json --signals signals.tsv

and the shipped model (retrieval/src/main/resources/org/balagh/retrieval/model/confidence.tsv),
and prints, for the shipped model and for each variant fitted as `balagh eval --fit-confidence`
fits (weighted logistic regression, L2 penalty 1 on standardised features, every fitted set
weighing the same, the threshold that best balances answering the answerable and declining the
rest): its 5-fold cross-validated rates, the share of fitted answerable questions it answers at a
given share of fitted unanswerable ones declined, and each set's top-1 as answered and declines.

    python3 tools/analysis/confidence_variants.py signals.tsv [VARIANT ...]

Needs Python 3 and numpy. A study tool: nothing in Balagh reads it.
"""
import collections
import sys

import numpy as np

MODEL = "retrieval/src/main/resources/org/balagh/retrieval/model/confidence.tsv"


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        names = f.readline().rstrip("\n").split("\t")
        for line in f:
            c = line.rstrip("\n").split("\t")
            x = np.array([float(v) for v in c[5:]]) if len(c) > 5 else None
            rows.append(dict(set=c[0], fit=c[1] == "true", abstain=c[2] == "true",
                             rank=int(c[3]), lang=c[4], x=x))
    return names[5:], rows


def shipped(names):
    values = {}
    with open(MODEL, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                k, v = line.split("\t")
                values[k.strip()] = float(v)
    return np.array([values[n] for n in names]), values["threshold"]


def sig(z):
    return 1 / (1 + np.exp(-z))


def examples(rows, positive):
    by = collections.OrderedDict()
    for r in rows:
        if r["fit"] and (r["abstain"] or positive(r)):
            by.setdefault(r["set"], []).append(r)
    return [(r, 1.0 / len(rs)) for rs in by.values() for r in rs]


def logistic(X, y, w, penalty=1.0, iterations=50):
    n = X.shape[1]
    total = w.sum()
    mean, sd = np.zeros(n), np.ones(n)
    mean[1:] = (w[:, None] * X[:, 1:]).sum(0) / total
    sd[1:] = np.sqrt((w[:, None] * (X[:, 1:] - mean[1:]) ** 2).sum(0) / total)
    sd[sd <= 1e-12] = 1
    Z = (X - mean) / sd
    Z[:, 0] = 1
    b = np.zeros(n)
    ww = w * len(w) / total
    for _ in range(iterations):
        p = sig(Z @ b)
        g = Z.T @ (ww * (y - p))
        H = (Z * (ww * p * (1 - p))[:, None]).T @ Z
        g[1:] -= penalty * b[1:]
        H[np.arange(1, n), np.arange(1, n)] += penalty
        step = np.linalg.solve(H, g)
        b += step
        if abs(step).max() < 1e-7:
            break
    raw = b / sd
    raw[0] = b[0] - (b[1:] * mean[1:] / sd[1:]).sum()
    return raw


def rates(ex, prob, threshold):
    a = p = d = n = 0.0
    for r, w in ex:
        answers = r["x"] is not None and prob(r) >= threshold(r)
        if r["abstain"]:
            n += w
            d += w * (not answers)
        else:
            p += w
            a += w * answers
    return a / p, d / n


class Thresholds:
    """A threshold for each language given one ("*": the others'), read by the question's."""

    def __init__(self, values):
        self.values = values

    def __call__(self, r):
        return self.values.get(r["lang"], self.values["*"])


def best(ex, prob, languages=None):
    """The balanced threshold: one for all, or one for each of these languages."""
    def search(subset):
        top, score = 0.5, -1
        for t in range(1, 100):
            a, d = rates(subset, prob, lambda r: t / 100)
            if a + d > score + 1e-9:
                top, score = t / 100, a + d
        return top
    own = {lang: search([e for e in ex if e[0]["lang"] == lang]) for lang in languages or ()}
    return Thresholds({"*": search(ex), **own})


def fit(ex, feature, languages=None):
    usable = [(r, w) for r, w in ex if r["x"] is not None]
    X = np.array([feature(r) for r, _ in usable])
    y = np.array([0.0 if r["abstain"] else 1.0 for r, _ in usable])
    w = np.array([w for _, w in usable])
    b = logistic(X, y, w)
    prob = lambda r: sig(b @ feature(r))  # noqa: E731
    return prob, best(ex, prob, languages)


def per_set(rows, prob, threshold):
    by = collections.OrderedDict()
    for r in rows:
        by.setdefault(r["set"], []).append(r)
    out = {}
    for name, rs in by.items():
        n = right = declined = un = un_declined = 0
        for r in rs:
            answers = r["x"] is not None and prob(r) >= threshold(r)
            if r["abstain"]:
                un += 1
                un_declined += not answers
            else:
                n += 1
                declined += not answers
                right += answers and r["rank"] == 1
        out[name] = (right / max(n, 1), declined, n, un_declined, un)
    return out


def main():
    names, rows = load(sys.argv[1])
    col = {n: i for i, n in enumerate(names)}
    weights, threshold = shipped(names)
    meaning = col["meaning"]
    arabic = col["arabic"]
    # Each feature but the intercept and the language flags (Arabic times itself is Arabic).
    signals = [col[n] for n in names if n not in ("intercept", "arabic", "french")]
    in_top5 = lambda r: r["rank"] >= 1  # noqa: E731
    variants = {
        "refit": (lambda r: r["x"], in_top5, None),
        "per-language-thresholds": (lambda r: r["x"], in_top5, ("en", "ar")),
        "arabic-interactions": (
            lambda r: np.concatenate([r["x"], r["x"][arabic] * r["x"][signals]]), in_top5, None),
        "meaning-measured": (
            lambda r: np.concatenate([r["x"], [1.0 if r["x"][meaning] != 0 else 0.0]]),
            in_top5, None),
        "squares": (
            lambda r: np.concatenate([r["x"], r["x"][1:6] ** 2]), in_top5, None),
        "first-answer-label": (lambda r: r["x"], lambda r: r["rank"] == 1, None),
    }
    chosen = sys.argv[2:] or list(variants)
    ex = examples(rows, in_top5)
    base_prob = lambda r: sig(weights @ r["x"])  # noqa: E731
    base = per_set(rows, base_prob, Thresholds({"*": threshold}))
    print(f"shipped: threshold {threshold}; fitted examples {len(ex)}")
    report("shipped", rows, ex, base_prob, Thresholds({"*": threshold}), base)
    for name in chosen:
        feature, positive, languages = variants[name]
        ex_v = examples(rows, positive)
        order = np.random.RandomState(20261204).permutation(len(ex_v))
        folds = []
        for f in range(5):
            train = [ex_v[i] for j, i in enumerate(order) if j % 5 != f]
            test = [ex_v[i] for j, i in enumerate(order) if j % 5 == f]
            prob, thr = fit(train, feature, languages)
            folds.append(rates(test, prob, thr) + (thr.values,))
        prob, thr = fit(ex_v, feature, languages)
        held = " ".join(f"{a:.3f}/{d:.3f}" for a, d, _ in folds)
        print(f"\n{name}: held out (answered/declined) {held};"
              f" mean sum {np.mean([a + d for a, d, _ in folds]):.4f}")
        print(f"  fold thresholds: {' '.join(str(t) for _, _, t in folds)}; all: {thr.values}")
        report(name, rows, ex, prob, thr, base)


def report(name, rows, ex, prob, thr, base):
    at = []
    for target in (0.90, 0.93, 0.95):
        for t in np.arange(0.05, 0.99, 0.005):
            a, d = rates(ex, prob, lambda r: t)
            if d >= target:
                at.append(f"{a:.3f} at {target:.2f}")
                break
    print(f"  fitted answerable answered, at a share of unanswerable declined: {', '.join(at)}")
    for s, (right, declined, n, und, un) in per_set(rows, prob, thr).items():
        b = base[s]
        print(f"  {s:22s} top-1 {right:.3f} (was {b[0]:.3f})  declined {declined:4d}/{n:<4d}"
              f" (was {b[1]:4d})  unanswerable declined {und:3d}/{un:<3d} (was {b[3]})")


if __name__ == "__main__":
    main()
