"""Read Chromium .pak resource files (format versions 4 and 5); Python 3.11 standard library only.
usage (as a module): read_pak(path) -> {resource id: text}"""
import struct


def read_pak(path):
    b = open(path, 'rb').read()
    ver = struct.unpack_from('<I', b, 0)[0]
    if ver == 5:
        enc = b[4]
        n, na = struct.unpack_from('<HH', b, 8)
        pos = 12
    elif ver == 4:
        n, enc = struct.unpack_from('<IB', b, 4)
        na, pos = 0, 9
    else:
        raise ValueError(f'pak version {ver}')
    ents = [struct.unpack_from('<HI', b, pos + 6 * i) for i in range(n + 1)]
    out = {}
    for (rid, off), (_, nxt) in zip(ents, ents[1:]):
        raw = b[off:nxt]
        try:
            out[rid] = raw.decode('utf-16-le' if enc == 2 else 'utf-8')
        except UnicodeDecodeError:
            pass
    apos = pos + 6 * (n + 1)
    for i in range(na):
        rid, idx = struct.unpack_from('<HH', b, apos + 4 * i)
        if ents[idx][0] in out:
            out[rid] = out[ents[idx][0]]
    return out
