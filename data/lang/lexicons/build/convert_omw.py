"""Open Multilingual Wordnet tab files (GitHub omwn/omw-data at f75be19ec590da12a7a5665e361690b5badb7a25:
Arabic WordNet v2 and the Wiktionary wordnets, CC BY-SA 3.0) joined with Princeton WordNet 3.0 (Debian
wordnet-base 1:3.0-37) through the synset offset-pos ids.  Each (foreign lemma, English lemma of the same synset) is a pair; the weight is
1 / number of English lemmas of the synset.  Arabic WordNet's broken plurals are paired the same
way, Arabic to English only.

usage: python3 convert_omw.py OMWDIR WORDNETDIR OUTDIR
  OMWDIR has wns_arb_wn-data-arb.tab, wns_wikt_wn-wikt-arb.tab, wns_wikt_wn-wikt-fra.tab
writes OUTDIR/lexicon-ar-en.omw-awn.tsv, lexicon-en-ar.omw-awn.tsv, lexicon-ar-en.omw-wikt.tsv,
       lexicon-en-ar.omw-wikt.tsv, lexicon-fr-en.omw-wikt.tsv, lexicon-en-fr.omw-wikt.tsv
"""
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from textnorm import strip_ar_diacritics  # noqa: E402


def pwn30(wndir):
    syn = {}
    for fn, pos in (('data.noun', 'n'), ('data.verb', 'v'), ('data.adj', 'a'), ('data.adv', 'r')):
        with open(os.path.join(wndir, fn), encoding='latin-1') as f:
            for line in f:
                if line.startswith('  '):
                    continue
                p = line.split()
                off, n = p[0], int(p[3], 16)
                words = [re.sub(r'\(.*\)$', '', p[4 + 2 * i]).replace('_', ' ') for i in range(n)]
                syn[f'{off}-{pos}'] = list(dict.fromkeys(words))
    return syn


def omw(path, lang3, kind='lemma'):
    out = defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            p = line.rstrip('\n').split('\t')
            if len(p) >= 3 and p[1] == f'{lang3}:{kind}':
                sid = p[0].replace('-s', '-a')
                out[sid].append(p[2].strip())
    return out


def write(path, pairs):
    with open(path, 'w', encoding='utf-8') as f:
        for (a, b), w in sorted(pairs.items()):
            f.write(f'{a}\t{b}\t{w:.3f}\n')
    print(path, len(pairs))


def main(omwdir, wndir, outdir):
    syn = pwn30(wndir)
    jobs = [('wns_arb_wn-data-arb.tab', 'arb', 'ar', 'omw-awn'),
            ('wns_wikt_wn-wikt-arb.tab', 'arb', 'ar', 'omw-wikt'),
            ('wns_wikt_wn-wikt-fra.tab', 'fra', 'fr', 'omw-wikt')]
    for fn, l3, l2, name in jobs:
        data = omw(os.path.join(omwdir, fn), l3)
        fw, bw = {}, {}
        miss = 0
        for sid, lemmas in data.items():
            en = syn.get(sid)
            if not en:
                miss += 1
                continue
            for x in lemmas:
                x = strip_ar_diacritics(x) if l2 == 'ar' else x
                for e in en:
                    fw[(x, e)] = max(fw.get((x, e), 0), 1.0 / len(en))
                    bw[(e, x)] = max(bw.get((e, x), 0), 1.0 / len(lemmas))
        # Arabic WordNet lists broken plurals apart (شؤون for شأن): a question's plural finds its
        # English words too. Only this way: as translations of English words, they would crowd
        # out the lemmas among a word's few translations (measured no better).
        plurals = omw(os.path.join(omwdir, fn), l3, 'lemma:brokenplural') if l3 == 'arb' else {}
        for sid, forms in plurals.items():
            en = syn.get(sid)
            for x in forms if en else []:
                x = strip_ar_diacritics(x)
                for e in en:
                    fw[(x, e)] = max(fw.get((x, e), 0), 1.0 / len(en))
        print(fn, 'synsets', len(data), 'unmapped', miss)
        write(f'{outdir}/lexicon-{l2}-en.{name}.tsv', fw)
        write(f'{outdir}/lexicon-en-{l2}.{name}.tsv', bw)


if __name__ == '__main__':
    main(*sys.argv[1:4])
