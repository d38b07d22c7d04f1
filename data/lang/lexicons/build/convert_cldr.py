"""Unicode CLDR 48 (npm cldr-*-full 48.2.0, licence Unicode-3.0) -> keyed bilingual pairs.

Pairs are joined on CLDR's own keys (territory code, language code, currency code, time-zone id,
unit id, month number, emoji ...), every variant of one language paired with every variant of the
other.  Emoji keywords (not keyed one-to-one) are aligned by co-occurrence over emoji: a keyword
pair is kept when it shares >= 2 emoji, Dice >= 0.5 and its Dice is >= 0.8 x the best Dice of the
source keyword; its weight is the Dice.  Everything else has weight 1.

usage: python3 convert_cldr.py PKGDIR OUTDIR
writes OUTDIR/lexicon-{ar,en,fr}-{ar,en,fr}.cldr.tsv (6 directions)
"""
import json
import os
import sys
from collections import defaultdict, Counter
from itertools import combinations

sys.path.insert(0, os.path.dirname(__file__))
from textnorm import strip_ar_diacritics  # noqa: E402

LANGS = ['ar', 'en', 'fr']
V = '48.2.0'


def j(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def clean(lang, s):
    s = s.replace('\u200f', '').replace('\u200e', '').strip()
    if lang == 'ar':
        s = strip_ar_diacritics(s)
    return s


def keyed(pkg):
    """Return {category: {lang: {key: set(values)}}}."""
    P = lambda name: f'{pkg}/n-cldr-{name}-full-{V}/package/'  # noqa: E731
    out = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    for L in LANGS:
        ln = j(P('localenames') + f'main/{L}/territories.json')['main'][L]['localeDisplayNames']['territories']
        for k, v in ln.items():
            out['territory'][L][k.split('-alt-')[0]].add(v)
        ln = j(P('localenames') + f'main/{L}/languages.json')['main'][L]['localeDisplayNames']['languages']
        for k, v in ln.items():
            out['language'][L][k.split('-alt-')[0]].add(v)
        ln = j(P('localenames') + f'main/{L}/scripts.json')['main'][L]['localeDisplayNames']['scripts']
        for k, v in ln.items():
            out['script'][L][k.split('-alt-')[0]].add(v)
        sd = j(P('subdivisions') + f'subdivisions/{L}/{L}.json')['subdivisions']['localeDisplayNames']['subdivisions']
        for k, v in sd.items():
            out['subdivision'][L][k].add(v)
        g = j(P('dates') + f'main/{L}/ca-gregorian.json')['main'][L]['dates']['calendars']['gregorian']
        for ctx in ('format', 'stand-alone'):
            for k, v in g['months'][ctx]['wide'].items():
                out['month'][L][k].add(v)
            for k, v in g['days'][ctx]['wide'].items():
                out['day'][L][k].add(v)
        f = j(P('dates') + f'main/{L}/dateFields.json')['main'][L]['dates']['fields']
        for k, v in f.items():
            if '-' in k:
                continue
            if 'displayName' in v:
                out['field'][L][k].add(v['displayName'])
            for rk in ('relative-type--1', 'relative-type-0', 'relative-type-1'):
                if rk in v and '{' not in v[rk]:
                    out['field'][L][k + rk].add(v[rk])
        z = j(P('dates') + f'main/{L}/timeZoneNames.json')['main'][L]['dates']['timeZoneNames']['zone']

        def walk(d, path):
            for k, v in d.items():
                if isinstance(v, dict) and v.get('_type') == 'zone':
                    zid = '/'.join(path + [k])
                    out['city'][L][zid].add(v.get('exemplarCity') or k.replace('_', ' '))
                elif isinstance(v, dict):
                    walk(v, path + [k])
        walk(z, [])
        u = j(P('units') + f'main/{L}/units.json')['main'][L]['units']['long']
        for k, v in u.items():
            if isinstance(v, dict) and 'displayName' in v and not k.startswith('10p') and not k.startswith('1024p'):
                out['unit'][L][k].add(v['displayName'])
                one = v.get('unitPattern-count-one', '')
                if one.count('{0}') == 1:
                    w = one.replace('{0}', '').strip()
                    if w and not any(c.isdigit() for c in w):
                        out['unit'][L][k].add(w)
        c = j(P('numbers') + f'main/{L}/currencies.json')['main'][L]['numbers']['currencies']
        for k, v in c.items():
            if 'displayName' in v:
                out['currency'][L][k].add(v['displayName'])
        cl = j(P('misc') + f'main/{L}/characterLabels.json')['main'][L]['characterLabels']
        for k, v in cl.items():
            if '{' not in v:
                out['label'][L][k].add(v)
        an = j(P('annotations') + f'annotations/{L}/annotations.json')['annotations']['annotations']
        for k, v in an.items():
            for t in v.get('tts', []):
                out['emoji-name'][L][k].add(t)
    # English zone names absent from 'en' come from the id; fill for every zone any language has
    for zid in set(out['city']['ar']) | set(out['city']['fr']):
        if zid not in out['city']['en']:
            out['city']['en'][zid].add(zid.split('/')[-1].replace('_', ' '))
    return out


def emoji_keywords(pkg):
    P = f'{pkg}/n-cldr-annotations-full-{V}/package/annotations/'
    kw = {}
    for L in LANGS:
        an = j(P + f'{L}/annotations.json')['annotations']['annotations']
        kw[L] = {k: set(clean(L, x) for x in v.get('default', [])) for k, v in an.items()}
    return kw


def align_keywords(kw, a, b):
    common = set(kw[a]) & set(kw[b])
    ca, cb, cab = Counter(), Counter(), Counter()
    for e in common:
        for x in kw[a][e]:
            ca[x] += 1
        for y in kw[b][e]:
            cb[y] += 1
        for x in kw[a][e]:
            for y in kw[b][e]:
                cab[(x, y)] += 1
    best = defaultdict(float)
    dice = {}
    for (x, y), c in cab.items():
        if c < 2:
            continue
        d = 2 * c / (ca[x] + cb[y])
        dice[(x, y)] = d
        best[x] = max(best[x], d)
    return [(x, y, d) for (x, y), d in dice.items() if d >= 0.5 and d >= 0.8 * best[x]]


def main(pkg, outdir):
    data = keyed(pkg)
    kw = emoji_keywords(pkg)
    stats = {}
    for a, b in [(x, y) for x in LANGS for y in LANGS if x != y]:
        rows = {}
        cats = Counter()
        for cat, bylang in data.items():
            for k, va in bylang[a].items():
                vb = bylang[b].get(k)
                if not vb:
                    continue
                for x in va:
                    for y in vb:
                        x2, y2 = clean(a, x), clean(b, y)
                        if x2 and y2 and (x2, y2) not in rows:
                            rows[(x2, y2)] = 1.0
                            cats[cat] += 1
        for x, y, d in align_keywords(kw, a, b):
            if (x, y) not in rows:
                rows[(x, y)] = round(d, 3)
                cats['emoji-keyword'] += 1
        path = f'{outdir}/lexicon-{a}-{b}.cldr.tsv'
        with open(path, 'w', encoding='utf-8') as f:
            for (x, y), w in sorted(rows.items()):
                f.write(f'{x}\t{y}\t{w}\n')
        stats[f'{a}-{b}'] = dict(cats, total=len(rows))
        print(path, len(rows), dict(cats))
    json.dump(stats, open(f'{outdir}/scripts/cldr-stats.json', 'w'), indent=1)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
