"""Learn a word lexicon from sentence-aligned parallel text with IBM Model 1 (EM, with NULL),
both directions.  Python 3.11 standard library only.

Learning runs on analysed terms (textnorm: normalised, stop words out, stemmed); each term is
written back as its most frequent surface form (lower-cased; Arabic harakat removed), so that the
file holds surface forms and re-analysis maps them back to the learned term.
Kept, fixed a priori: source term seen >= MINCOUNT times, translation probability >= 0.1, best 3.
The weight column is t(target|source).

usage: python3 learn_ibm1.py SRC_LANG SRC_FILE TGT_LANG TGT_FILE NAME OUTDIR [ITER=8] [MINCOUNT=2]
  SRC_FILE/TGT_FILE: one segment per line, line i of one translates line i of the other
writes OUTDIR/lexicon-SRC-TGT.NAME.tsv and OUTDIR/lexicon-TGT-SRC.NAME.tsv
"""
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(__file__))
import textnorm as tn  # noqa: E402


def analyse(lang, line, surf):
    toks = tn.ar_tokens(line) if lang == 'ar' else (tn.en_tokens_cased(line) if lang == 'en' else tn.FR_TOKEN.findall(line))
    out = []
    for tok in toks:
        ts = tn.terms(lang, tok)
        if len(ts) != 1 or ts[0][0].isdigit():
            continue
        s = tok.lower()
        if lang == 'ar':
            s = tn.strip_ar_diacritics(s)
        surf[ts[0]][s] += 1
        out.append(ts[0])
    return out


def ibm1(src, tgt, iters):
    """src, tgt: lists of term lists.  Returns t[s][t] = p(t | s)."""
    NULL = '<null>'
    tv = set(w for seg in tgt for w in seg)
    u = 1.0 / max(1, len(tv))
    t = defaultdict(lambda: defaultdict(lambda: u))
    for _ in range(iters):
        cnt = defaultdict(lambda: defaultdict(float))
        tot = defaultdict(float)
        for s, g in zip(src, tgt):
            ss = s + [NULL]
            for w in g:
                z = sum(t[x][w] for x in ss)
                for x in ss:
                    c = t[x][w] / z
                    cnt[x][w] += c
                    tot[x] += c
        t = defaultdict(lambda: defaultdict(float))
        for x, row in cnt.items():
            for w, c in row.items():
                t[x][w] = c / tot[x]
    return t


def write(path, t, freq, surf_s, surf_t, mincount):
    rows = 0
    with open(path, 'w', encoding='utf-8') as f:
        for x in sorted(t):
            if x == '<null>' or freq[x] < mincount:
                continue
            best = sorted(((p, w) for w, p in t[x].items() if p >= 0.1), reverse=True)[:3]
            sx = surf_s[x].most_common(1)[0][0]
            for p, w in best:
                f.write(f'{sx}\t{surf_t[w].most_common(1)[0][0]}\t{p:.3f}\n')
                rows += 1
    print(path, rows)


def main(sl, sf, tl, tf, name, outdir, iters=8, mincount=2):
    iters, mincount = int(iters), int(mincount)
    surf_s, surf_t = defaultdict(Counter), defaultdict(Counter)
    S, T = [], []
    with open(sf, encoding='utf-8') as a, open(tf, encoding='utf-8') as b:
        for x, y in zip(a, b):
            xs, ys = analyse(sl, x, surf_s), analyse(tl, y, surf_t)
            if xs and ys:
                S.append(xs)
                T.append(ys)
    print('segments', len(S), 'src tokens', sum(map(len, S)), 'tgt tokens', sum(map(len, T)))
    fs = Counter(w for seg in S for w in set(seg))
    ft = Counter(w for seg in T for w in set(seg))
    write(f'{outdir}/lexicon-{sl}-{tl}.{name}.tsv', ibm1(S, T, iters), fs, surf_s, surf_t, mincount)
    write(f'{outdir}/lexicon-{tl}-{sl}.{name}.tsv', ibm1(T, S, iters), ft, surf_t, surf_s, mincount)


if __name__ == '__main__':
    main(*sys.argv[1:])
