#!/usr/bin/env python3
"""What each part of lede's wasm module costs, gzipped, from the function
names of the release build (target/wasm32-unknown-unknown/release/lede.wasm,
before wasm-bindgen and wasm-opt, which keeps its `name` section).

Functions are grouped by a substring of their (mangled) name; each group's
code bodies are gzipped together (-9), so the figure is what the group
would add to a gzipped module, before wasm-opt (which shrinks code by
about a tenth). Data (the word tables) is not in functions: the script
also gzips each language table of src/tables/ on its own.

    ./scripts/build.sh && python3 scripts/wasm-cost.py
"""
import gzip
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WASM = os.path.join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'lede.wasm')
GROUPS = [('stemmer ' + l, f'algorithms{len(l)}{l}') for l in
          ['english', 'german', 'french', 'spanish', 'italian', 'portuguese', 'dutch', 'russian']]
GROUPS += [('rust-stemmers shared (among, env)', 'rust_stemmers'), ('lede::lang (detection)', '4lede4lang'),
           ('lede::analyze', '4lede7analyze'), ('lede::keyphrases', '4lede10keyphrases'),
           ('lede::entities::lang (entity rules of 7 languages)', '8entities4lang')]


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
    total = gzip.compress(b''.join(bodies), 9)
    print(f'code of lede.wasm: {len(bodies)} functions, {len(b"".join(bodies)) // 1024} KB, '
          f'{len(total) // 1024} KB gzipped (before wasm-bindgen and wasm-opt)\n')
    print('| part | functions | bytes | gzipped |')
    print('|---|---|---|---|')
    taken = set()
    for label, key in GROUPS:
        idx = [k for k, body in enumerate(bodies) if key in names.get(k + imports, '') and k not in taken]
        taken.update(idx)
        code = b''.join(bodies[k] for k in idx)
        print(f'| {label} | {len(idx)} | {len(code)} | {len(gzip.compress(code, 9)) if code else 0} |')
    for path, pattern in [('src/tables/stopwords_lang.rs', r'const (STOPWORDS_\w+): &str = "(.*?)";'),
                          ('src/tables/trigrams.rs', r'\("(\w+)", "(.*?)"\)')]:
        text = open(os.path.join(ROOT, path), encoding='utf-8').read().replace('\\\n', '')
        parts = re.findall(pattern, text)
        for name, data in parts:
            print(f'| table {name} | | {len(data.encode())} | {len(gzip.compress(data.encode(), 9))} |')
    print('\ncommand: python3 scripts/wasm-cost.py')


if __name__ == '__main__':
    main()
