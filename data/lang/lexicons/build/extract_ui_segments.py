"""Parallel segments (one per line, aligned across languages) from localised software strings
keyed by message id.  Python 3.11 standard library only.

sources:
  chromium   Debian chromium-l10n (ar.pak, fr.pak) + chromium-common (en-US.pak), BSD-3-clause
  osm        npm @openstreetmap/id-tagging-schema 7.2.0 dist/translations/{ar,en,fr}.json, ISC
  osmid      npm @openstreetmap/id 2.42.2 dist/locales/{ar,en,fr}.min.json (iD editor UI), ISC
  blockly    npm blockly 13.3.0 msg/{ar,en,fr}.js, Apache-2.0
  libreoffice Debian libreoffice-l10n-ar .mo files (msgid = English), MPL-2.0 (licence decision)
Strings left untranslated (identical to English) are dropped; placeholders, markup and keyboard
accelerators are removed.

usage: python3 extract_ui_segments.py SOURCE PKGDIR OUTDIR   (writes OUTDIR/SOURCE.{ar,en[,fr]}.txt)
"""
import glob
import gettext
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))

PH = re.compile(r'<ph name="[^"]*">.*?</ph>|\$\d+|%\d*\$?[sdif@]|%\w+%|\{[^}]*\}|<[^>]+>|&(?=\w)|[~_](?=\w)')


def clean(s):
    s = html.unescape(PH.sub(' ', s))
    s = s.replace('\u200f', '').replace('\u200e', '')
    return re.sub(r'\s+', ' ', s).strip()


def chromium(pkg):
    from chromium_pak import read_pak
    en = read_pak(f'{pkg}/x-chromium-common/usr/lib/chromium/locales/en-US.pak')
    ar = read_pak(f'{pkg}/x-chromium-l10n/usr/lib/chromium/locales/ar.pak')
    fr = read_pak(f'{pkg}/x-chromium-l10n/usr/lib/chromium/locales/fr.pak')
    for k in sorted(set(en) & set(ar) & set(fr)):
        yield {'en': en[k], 'ar': ar[k], 'fr': fr[k]}


def osm(pkg):
    T = {}
    for l in ('ar', 'en', 'fr'):
        with open(f'{pkg}/n-osm/package/dist/translations/{l}.json', encoding='utf-8') as f:
            T[l] = json.load(f)[l]['presets']

    def flat(d, path=()):
        if isinstance(d, dict):
            for k, v in d.items():
                yield from flat(v, path + (k,))
        elif isinstance(d, list):
            yield path, ' ; '.join(x for x in d if isinstance(x, str))
        elif isinstance(d, str):
            yield path, d
    F = {l: dict(flat(T[l])) for l in T}
    for k in sorted(set(F['en']) & set(F['ar']) & set(F['fr'])):
        yield {l: F[l][k] for l in F}


def osmid(pkg):
    F = {}
    for l in ('ar', 'en', 'fr'):
        with open(f'{pkg}/n-id/package/dist/locales/{l}.min.json', encoding='utf-8') as f:
            d = json.load(f)[l]

        def flat(d, path=()):
            if isinstance(d, dict):
                for k, v in d.items():
                    yield from flat(v, path + (k,))
            elif isinstance(d, str):
                yield path, d
        F[l] = dict(flat(d))
    for k in sorted(set(F['en']) & set(F['ar']) & set(F['fr'])):
        yield {l: F[l][k] for l in F}


def blockly(pkg):
    F = {}
    for l in ('ar', 'en', 'fr'):
        with open(f'{pkg}/n-blockly/package/msg/{l}.js', encoding='utf-8') as f:
            F[l] = {m.group(1): json.loads(m.group(2)) for m in
                    re.finditer(r'Blockly\.Msg\["(\w+)"\] = ("(?:[^"\\]|\\.)*");', f.read())}
    for k in sorted(set(F['en']) & set(F['ar']) & set(F['fr'])):
        yield {l: F[l][k] for l in F}


def libreoffice(pkg):
    for f in sorted(glob.glob(f'{pkg}/x-lo-ar/usr/lib/libreoffice/program/resource/ar/LC_MESSAGES/*.mo')):
        with open(f, 'rb') as fh:
            t = gettext.GNUTranslations(fh)
        for k, v in t._catalog.items():
            if isinstance(k, str) and k and v:
                yield {'en': k.split('\x04')[-1], 'ar': v}


def main(source, pkg, out):
    rows = []
    for seg in {'chromium': chromium, 'osm': osm, 'osmid': osmid, 'blockly': blockly, 'libreoffice': libreoffice}[source](pkg):
        seg = {l: clean(s) for l, s in seg.items()}
        if not all(seg.values()):
            continue
        if any(seg[l] == seg['en'] for l in seg if l != 'en'):
            continue
        rows.append(seg)
    langs = sorted(rows[0])
    os.makedirs(out, exist_ok=True)
    for l in langs:
        with open(f'{out}/{source}.{l}.txt', 'w', encoding='utf-8') as f:
            f.write('\n'.join(r[l].replace('\n', ' ') for r in rows) + '\n')
    print(source, len(rows), 'segments', langs)


if __name__ == '__main__':
    main(*sys.argv[1:4])
