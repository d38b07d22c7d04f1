"""Read a FreeDict dictionary in dictd format (.index + .dict.dz) as shipped by Debian's
dict-freedict-* packages.  Python 3.11 standard library only.

Two renderings exist in Debian bookworm:
* 'plain' (source package freedict: Arabeyes ara-eng/eng-ara, Ergane fra-eng/eng-fra): after the
  headword line every line is a translation, optionally numbered '1. ...';
* 'wikdict' (source package freedict-wikdict, from Wiktionary): each sense is a translation line
  followed by a definition line written in the SOURCE language; only the first line and the
  numbered lines are translations.
"""
import gzip
import re

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _b64(s):
    n = 0
    for c in s:
        n = n * 64 + _B64.index(c)
    return n


_NUM = re.compile(r'^\s*(\d+)\.\s*')
_TRAIL_NUM = re.compile(r'\s+\d+\.\s*$')
_SPLIT = re.compile(r'\s*[,،;؛]\s*')


def headword_of(line):
    h = line
    for cut in (' /', ' <', ' ['):
        i = h.find(cut)
        if i > 0:
            h = h[:i]
    return h.strip()


def entries(base, style):
    """Yield (headword, [[translations of sense 1], [sense 2], ...]) for every entry."""
    data = gzip.open(base + '.dict.dz').read()
    seen = set()
    with open(base + '.index', encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) < 3 or parts[0].startswith('00database') or parts[0].startswith('00-database'):
                continue
            off, ln = _b64(parts[1]), _b64(parts[2])
            if (off, ln) in seen:
                continue
            seen.add((off, ln))
            text = data[off:off + ln].decode('utf-8', 'replace')
            lines = text.split('\n')
            if not lines:
                continue
            head = headword_of(lines[0])
            senses = []
            for i, l in enumerate(lines[1:]):
                if not l.strip():
                    continue
                m = _NUM.match(l)
                if style == 'wikdict' and not (i == 0 or m):
                    continue  # definition line, in the source language
                l = _NUM.sub('', l)
                l = _TRAIL_NUM.sub('', l).strip()
                if not l:
                    continue
                ts = [t.strip() for t in _SPLIT.split(l) if t.strip()]
                if ts:
                    senses.append(ts)
            if head and senses:
                yield head, senses
