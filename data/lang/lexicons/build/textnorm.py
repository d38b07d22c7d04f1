"""Shared text normalisation for the lexicon research (Python 3.11 standard library only).

Used by the converters (light surface clean-up only) and by the measurement (full analysis:
normalise, drop stop words, stem).  Choices are fixed a priori, not tuned on the evaluation:

* Arabic: Lucene-ArabicNormalizer-like (alef variants -> ا, ى -> ي, ة -> ه, tatweel and
  harakat removed) plus ؤ -> و, ئ -> ي and Arabic-Indic digits -> ASCII; light stemming after
  Lucene's ArabicStemmer: one conjunction prefix و/ف (word of 4+ letters), one article prefix
  among ال وال بال كال فال لل (stem keeps 2+ letters), then one suffix among ها هم ات ين ون ه(ة)
  (stem keeps 2+ letters).  A bare ب/ل/ك is NOT stripped: it turns names such as بايدن into
  nonsense (issue 14).
* English: lower case, Porter (1980) stemmer.
* French: lower case, accents folded, a minimal plural/feminine suffix stripper (only used for
  the intrinsic French checks).
"""
import re
import unicodedata

# ---------------------------------------------------------------- Arabic
AR_DIACRITICS = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')
AR_MAP = str.maketrans({
    'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
    'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ی': 'ي', 'ک': 'ك',
    '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
    '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
})


def strip_ar_diacritics(s):
    """Surface clean-up used in the lexicon files: harakat and tatweel removed, letters kept."""
    return AR_DIACRITICS.sub('', s)


def ar_normalize(s):
    return AR_DIACRITICS.sub('', s).translate(AR_MAP)


AR_STOP = set(ar_normalize(w) for w in """
في من على الى إلى عن مع ما ماذا من متى أين اين كيف كم هل لماذا لم لن لا أي اي ايه أية التي الذي الذين
اللذان اللتان اللواتي هذا هذه ذلك تلك هؤلاء هو هي هم هن هما انا أنا نحن انت أنت انتم أنتم كان كانت
كانوا يكون تكون قد لقد و ف ثم او أو أم ام بل لكن ان أن إن إذا اذا كل بعض غير بين حتى عند عندما قبل بعد
منذ خلال حول ضد تحت فوق دون نحو لدى لدي به بها له لها لهم فيه فيها منه منها عليه عليها التى الذى وفي
وفقا وفقًا ايضا أيضا ذات ذو التي يتم تم كما مثل الا إلا سوى ليس ليست اما أما كذلك والتي والذي ومن وما
وكان وكانت وهو وهي وقد ولا ولم بن
""".split())

_AR_PREFIX_ART = ['وال', 'بال', 'كال', 'فال', 'ال', 'لل']
_AR_SUFFIX = ['ها', 'هم', 'ات', 'ين', 'ون', 'ه']


def ar_prefix_strip(w):
    """Conjunction and article prefixes only (no suffix): the form used to transliterate names."""
    if len(w) >= 4 and w[0] in 'وف' and not w.startswith(('وال', 'فال')):
        w = w[1:]
    for p in _AR_PREFIX_ART:
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p):]
    return w


def ar_stem(w):
    if len(w) >= 4 and w[0] in 'وف' and not w.startswith(('وال', 'فال')):
        # conjunction: only when what remains could itself carry the article or is long enough
        w = w[1:]
    for p in _AR_PREFIX_ART:
        if w.startswith(p) and len(w) - len(p) >= 2:
            w = w[len(p):]
            break
    for s in _AR_SUFFIX:
        if w.endswith(s) and len(w) - len(s) >= 2:
            w = w[:-len(s)]
            break
    return w


AR_TOKEN = re.compile(r'[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ff\u064b-\u0652\u0670\u0640]+|[0-9]+(?:[.,][0-9]+)*|[A-Za-z]+')


def ar_tokens(text):
    return AR_TOKEN.findall(text)


def ar_terms(text, stop=True):
    out = []
    for t in ar_tokens(text):
        n = ar_normalize(t).lower()
        if not n or (stop and n in AR_STOP):
            continue
        if n[0].isdigit():
            out.append(n.replace(',', ''))
            continue
        if 'a' <= n[0] <= 'z':
            out.append(porter(n))
            continue
        st = ar_stem(n)
        if stop and st in AR_STOP:
            continue
        out.append(st)
    return [t for t in out if t]


# ---------------------------------------------------------------- English (Porter 1980)
def _cons(w, i):
    c = w[i]
    if c in 'aeiou':
        return False
    if c == 'y':
        return i == 0 or not _cons(w, i - 1)
    return True


def _m(stem):
    n, i, L = 0, 0, len(stem)
    while i < L and _cons(stem, i):
        i += 1
    while i < L:
        while i < L and not _cons(stem, i):
            i += 1
        if i >= L:
            break
        n += 1
        while i < L and _cons(stem, i):
            i += 1
    return n


def _vowel_in(stem):
    return any(not _cons(stem, i) for i in range(len(stem)))


def _doublec(w):
    return len(w) >= 2 and w[-1] == w[-2] and _cons(w, len(w) - 1)


def _cvc(w):
    if len(w) < 3:
        return False
    if not (_cons(w, len(w) - 3) and not _cons(w, len(w) - 2) and _cons(w, len(w) - 1)):
        return False
    return w[-1] not in 'wxy'


_STEP2 = [('ational', 'ate'), ('tional', 'tion'), ('enci', 'ence'), ('anci', 'ance'), ('izer', 'ize'),
          ('bli', 'ble'), ('alli', 'al'), ('entli', 'ent'), ('eli', 'e'), ('ousli', 'ous'),
          ('ization', 'ize'), ('ation', 'ate'), ('ator', 'ate'), ('alism', 'al'), ('iveness', 'ive'),
          ('fulness', 'ful'), ('ousness', 'ous'), ('aliti', 'al'), ('iviti', 'ive'), ('biliti', 'ble'),
          ('logi', 'log')]
_STEP3 = [('icate', 'ic'), ('ative', ''), ('alize', 'al'), ('iciti', 'ic'), ('ical', 'ic'), ('ful', ''),
          ('ness', '')]
_STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou',
          'ism', 'ate', 'iti', 'ous', 'ive', 'ize']
_PCACHE = {}


def porter(w):
    r = _PCACHE.get(w)
    if r is not None:
        return r
    o = w
    if len(w) <= 2:
        _PCACHE[o] = w
        return w
    # 1a
    if w.endswith('sses'):
        w = w[:-2]
    elif w.endswith('ies'):
        w = w[:-2]
    elif w.endswith('ss'):
        pass
    elif w.endswith('s'):
        w = w[:-1]
    # 1b
    flag = False
    if w.endswith('eed'):
        if _m(w[:-3]) > 0:
            w = w[:-1]
    elif w.endswith('ed') and _vowel_in(w[:-2]):
        w = w[:-2]
        flag = True
    elif w.endswith('ing') and _vowel_in(w[:-3]):
        w = w[:-3]
        flag = True
    if flag:
        if w.endswith(('at', 'bl', 'iz')):
            w += 'e'
        elif _doublec(w) and w[-1] not in 'lsz':
            w = w[:-1]
        elif _m(w) == 1 and _cvc(w):
            w += 'e'
    # 1c
    if w.endswith('y') and _vowel_in(w[:-1]):
        w = w[:-1] + 'i'
    # 2
    for s, r2 in _STEP2:
        if w.endswith(s):
            if _m(w[:-len(s)]) > 0:
                w = w[:-len(s)] + r2
            break
    # 3
    for s, r3 in _STEP3:
        if w.endswith(s):
            if _m(w[:-len(s)]) > 0:
                w = w[:-len(s)] + r3
            break
    # 4
    for s in _STEP4:
        if w.endswith(s):
            st = w[:-len(s)]
            if _m(st) > 1:
                if s == 'ion':
                    if st and st[-1] in 'st':
                        w = st
                else:
                    w = st
            break
    # 5
    if w.endswith('e'):
        st = w[:-1]
        if _m(st) > 1 or (_m(st) == 1 and not _cvc(st)):
            w = st
    if _m(w) > 1 and _doublec(w) and w.endswith('l'):
        w = w[:-1]
    _PCACHE[o] = w
    return w


EN_STOP = set("""
a an and are as at be but by for if in into is it no not of on or such that the their then there these
they this to was will with what which who whom whose when where why how did does do done has have had
were been being from than its his her he she him them i you we our your my me us can could would
should may might must shall also other some any all each more most much many very so about after
before over under between during up down out off again further once only own same too just
""".split())

EN_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:'[A-Za-z]+)?|[0-9]+(?:[.,][0-9]+)*")


def en_terms(text, stop=True, keep_case=False):
    out = []
    for t in EN_TOKEN.findall(text):
        if t[0].isdigit():
            out.append(t.replace(',', ''))
            continue
        lo = t.lower()
        if lo.endswith("'s"):
            lo = lo[:-2]
        if stop and lo in EN_STOP:
            continue
        lo = fold_accents(lo)
        out.append(porter(lo))
    return [t for t in out if t]


def en_tokens_cased(text):
    return EN_TOKEN.findall(text)


# ---------------------------------------------------------------- French
def fold_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


FR_STOP = set(fold_accents(w) for w in """
le la les l un une des de du d et ou en à au aux ce cet cette ces qui que quoi qu quel quelle quels quelles
est sont a ont été être avoir il elle ils elles on nous vous je tu se sa son ses leur leurs dans par pour
sur avec sans sous entre comme mais plus ne pas n y dont où quand comment pourquoi combien lors
""".split())


def fr_stem(w):
    for s in ('ements', 'ement', 'euses', 'euse', 'aux', 'es', 's', 'e'):
        if w.endswith(s) and len(w) - len(s) >= 3:
            return w[:-len(s)] + ('al' if s == 'aux' else '')
    return w


FR_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f]+|[0-9]+")


def fr_terms(text, stop=True):
    out = []
    for t in FR_TOKEN.findall(text):
        lo = fold_accents(t.lower())
        if stop and lo in FR_STOP:
            continue
        out.append(t if t.isdigit() else fr_stem(lo))
    return out


def terms(lang, text, stop=True):
    if lang == 'ar':
        return ar_terms(text, stop)
    if lang == 'en':
        return en_terms(text, stop)
    if lang == 'fr':
        return fr_terms(text, stop)
    raise ValueError(lang)
