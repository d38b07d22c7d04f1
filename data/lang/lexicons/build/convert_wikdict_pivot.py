"""French <-> English lexicon by pivoting through the WikDict (Wiktionary-derived, CC BY-SA 3.0)
dictionaries of Debian's freedict-wikdict 2022.12.07-2.  Debian has no WikDict fra-eng / eng-fra
(its dict-freedict-fra-eng / -eng-fra are the GPL Ergane ones), but it has WikDict French<->X and
X<->English for five pivot languages X: Finnish, Polish, Greek, Bulgarian, Japanese.

A pair (f, e) is produced when f -> x (fra-X, or X-fra inverted) and x -> e (X-eng, or eng-X
inverted) for some pivot word x.  support = number of pivot LANGUAGES that give the pair.
Kept (fixed a priori): support >= 2, or support == 1 when in that pivot f has <= 3 translations x
and the x used has <= 3 English translations (little ambiguity).  weight = support / 5.

usage: python3 convert_wikdict_pivot.py PKGDIR OUTDIR
writes OUTDIR/lexicon-fr-en.wikdict-pivot.tsv and OUTDIR/lexicon-en-fr.wikdict-pivot.tsv
"""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from freedict import entries  # noqa: E402

PIVOTS = {
    'fin': (['fra-fin'], ['fin-fra'], ['fin-eng'], ['eng-fin']),
    'pol': (['fra-pol'], ['pol-fra'], ['pol-eng'], []),
    'ell': (['fra-ell'], ['ell-fra'], ['ell-eng'], []),
    'bul': (['fra-bul'], [], [], ['eng-bul']),
    'jpn': (['fra-jpn'], [], [], ['eng-jpn']),
}


def load(pkg, pair):
    base = f'{pkg}/x-dict-freedict-{pair}/usr/share/dictd/freedict-{pair}'
    d = defaultdict(set)
    for head, senses in entries(base, 'wikdict'):
        for s in senses:
            for t in s:
                if len(t) <= 60:
                    d[head].add(t)
    return d


def key(s):
    return s.strip().lower()


def main(pkg, outdir):
    support = defaultdict(set)
    for X, (fx, xf, xe, ex) in PIVOTS.items():
        f2x, x2e = defaultdict(set), defaultdict(set)
        for p in fx:
            for h, ts in load(pkg, p).items():
                for t in ts:
                    f2x[h].add(key(t))
        for p in xf:
            for h, ts in load(pkg, p).items():
                for t in ts:
                    f2x[t].add(key(h))
        for p in xe:
            for h, ts in load(pkg, p).items():
                for t in ts:
                    x2e[key(h)].add(t)
        for p in ex:
            for h, ts in load(pkg, p).items():
                for t in ts:
                    x2e[key(t)].add(h)
        n = 0
        for f, xs in f2x.items():
            for x in xs:
                for e in x2e.get(x, ()):
                    unamb = len(xs) <= 3 and len(x2e[x]) <= 3
                    support[(f, e)].add((X, unamb))
                    n += 1
        print(X, 'fr words', len(f2x), 'pivot words with English', len(x2e), 'paths', n)
    rows = {}
    for (f, e), sup in support.items():
        langs = {x for x, _ in sup}
        if len(langs) >= 2 or any(u for _, u in sup):
            rows[(f, e)] = len(langs) / len(PIVOTS)
    for a, b, flip in (('fr', 'en', False), ('en', 'fr', True)):
        path = f'{outdir}/lexicon-{a}-{b}.wikdict-pivot.tsv'
        with open(path, 'w', encoding='utf-8') as out:
            for (f, e), w in sorted(rows.items(), key=lambda r: (r[0][1], r[0][0]) if flip else r[0]):
                s, t = (e, f) if flip else (f, e)
                out.write(f'{s}\t{t}\t{w:.1f}\n')
        print(path, len(rows))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
