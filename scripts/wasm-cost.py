#!/usr/bin/env python3
"""What lede's wasm module is made of, gzipped.

1. The shipped module (pkg/lede_bg.wasm, after wasm-bindgen and wasm-opt)
   by section: code, data (the word tables and string constants), the rest.
2. The code by crate and module, from the function names of the release
   build (target/wasm32-unknown-unknown/release/lede.wasm, before
   wasm-bindgen and wasm-opt, which keeps its `name` section; v0 mangled
   names). Each group's code bodies are gzipped together (-9), so a figure
   is about what the group adds to a gzipped module (wasm-opt then shrinks
   code by a few per cent).
3. The tables of src/tables/, each file's string literals gzipped on its own.

    ./scripts/build.sh && python3 scripts/wasm-cost.py
"""
import gzip
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WASM = os.path.join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'lede.wasm')
SHIPPED = os.path.join(ROOT, 'pkg', 'lede_bg.wasm')
SECTIONS = {1: 'type', 2: 'import', 3: 'function', 7: 'export', 9: 'element', 10: 'code', 11: 'data'}


def group_of(name):
    """crate::module for lede's crates and the stemmer algorithms, else the
    crate, from a v0 mangled name (`_R...C<hash>_<len><crate><len><module>`)."""
    m = re.search(r'C[0-9A-Za-z]*?_(\d+)', name)
    if not m:
        return 'other (wasm-bindgen glue)'
    start = m.end(1)
    crate = name[start:start + int(m.group(1))]
    rest = name[start + int(m.group(1)):]
    if crate in ('lede', 'lede_html'):
        m2 = re.match(r'(\d+)', rest)
        if m2:
            return f'{crate}::{rest[m2.end():m2.end() + int(m2.group(1))]}'
    if crate == 'rust_stemmers':
        algo = re.search(r'algorithms\d+(\w+?)\d', name)
        return f'rust_stemmers::{algo.group(1)}' if algo else 'rust_stemmers (shared)'
    return crate


def gz(data):
    return len(gzip.compress(data, 9)) if data else 0


def leb(b, i):
    n = shift = 0
    while True:
        x = b[i]
        i += 1
        n |= (x & 0x7f) << shift
        shift += 7
        if x < 0x80:
            return n, i


def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]
        size, j = leb(b, i + 1)
        yield sid, b[j:j + size]
        i = j + size


def main():
    if not os.path.exists(WASM):
        sys.exit(f'{WASM} not found: run ./scripts/build.sh first')
    b = open(WASM, 'rb').read()
    imports = 0
    bodies, names = [], {}
    for sid, s in sections(b):
        if sid == 2:  # imports: functions come first in the index space
            n, i = leb(s, 0)
            for _ in range(n):
                for _ in range(2):
                    ln, i = leb(s, i)
                    i += ln
                kind = s[i]
                i += 1
                if kind == 0:
                    _, i = leb(s, i)
                    imports += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(s, i)
                    _, i = leb(s, i)
                    if flags & 1:
                        _, i = leb(s, i)
                elif kind == 2:
                    flags, i = leb(s, i)
                    _, i = leb(s, i)
                    if flags & 1:
                        _, i = leb(s, i)
                elif kind == 3:
                    i += 2
        elif sid == 10:
            n, i = leb(s, 0)
            for _ in range(n):
                size, j = leb(s, i)
                bodies.append(s[j:j + size])
                i = j + size
        elif sid == 0:
            ln, i = leb(s, 0)
            if s[i:i + ln] != b'name':
                continue
            i += ln
            while i < len(s):
                sub = s[i]
                size, j = leb(s, i + 1)
                if sub == 1:
                    n, k = leb(s, j)
                    for _ in range(n):
                        idx, k = leb(s, k)
                        ln, k = leb(s, k)
                        names[idx] = s[k:k + ln].decode('utf-8', 'replace')
                        k += ln
                i = j + size
    if not names:
        sys.exit('the module has no name section')
    if os.path.exists(SHIPPED):
        shipped = open(SHIPPED, 'rb').read()
        print(f'pkg/lede_bg.wasm: {len(shipped) // 1024} KB, {gz(shipped) // 1024} KB gzipped\n')
        print('| section | bytes | gzipped alone |')
        print('|---|---|---|')
        rest = bytearray()
        for sid, data in sections(shipped):
            if sid in (10, 11):
                print(f'| {SECTIONS[sid]} | {len(data)} | {gz(data)} |')
            else:
                rest += data
        print(f'| the others (types, imports, exports, names) | {len(rest)} | {gz(bytes(rest))} |\n')
    total = b''.join(bodies)
    print(f'code by crate and module: {len(bodies)} functions, {len(total) // 1024} KB, '
          f'{gz(total) // 1024} KB gzipped (before wasm-bindgen and wasm-opt)\n')
    groups = {}
    for k, body in enumerate(bodies):
        groups.setdefault(group_of(names.get(k + imports, '')), []).append(body)
    rows = sorted(((gz(b''.join(v)), len(b''.join(v)), len(v), g) for g, v in groups.items()), reverse=True)
    print('| crate::module | functions | bytes | gzipped |')
    print('|---|---|---|---|')
    for z, size, n, g in rows:
        if z >= 1024:
            print(f'| {g} | {n} | {size} | {z} |')
    small = [r for r in rows if r[0] < 1024]
    print(f'| {len(small)} smaller groups | {sum(r[2] for r in small)} | {sum(r[1] for r in small)} | '
          f'{gz(b"".join(b for r in small for b in groups[r[3]]))} |\n')
    print('| table file (string literals) | bytes | gzipped |')
    print('|---|---|---|')
    tables = os.path.join(ROOT, 'src', 'tables')
    for f in sorted(os.listdir(tables)):
        if f.endswith('.rs') and f != 'mod.rs':
            text = open(os.path.join(tables, f), encoding='utf-8').read().split('#[cfg(test)]')[0]
            text = text.replace('\\\n', '')
            lits = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', text)).encode()
            print(f'| src/tables/{f} | {len(lits)} | {gz(lits)} |')
    print('\ncommand: python3 scripts/wasm-cost.py')


if __name__ == '__main__':
    main()
