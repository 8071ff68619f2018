#!/usr/bin/env python3
"""Scores lede's language detection on every dev document in ../shared.

Documents: every record of ../shared/data/*.jsonl that carries a `lang`
field, the records of the English sets (BBC, news, wikigold, CoNLL-2003,
Brown) as `en`, and the seed fixture ../shared/fixtures/*.txt (English).
`lede detect --jsonl` runs once over all of them (no hint). Prints the
accuracy per file and language, the errors, and the command.

Usage:
    cargo build --release && python3 eval/detect.py
"""
import collections
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared')
LEDE = os.path.join(ROOT, 'target', 'release', 'lede')
ENGLISH = ('summ_bbc', 'summ_news_dev', 'ner_wikigold', 'ner_conll03_dev', 'sbd_brown')


def documents():
    docs = []
    for path in sorted(glob.glob(os.path.join(SHARED, 'data', '*.jsonl'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                lang = r.get('lang') or ('en' if name.startswith(ENGLISH) else None)
                if lang:
                    docs.append({'id': f'{name}|{r["id"]}', 'file': name, 'lang': lang, 'text': r['text']})
    for path in sorted(glob.glob(os.path.join(SHARED, 'fixtures', '*.txt'))):
        with open(path, encoding='utf-8') as f:
            docs.append({'id': os.path.basename(path), 'file': 'fixtures', 'lang': 'en', 'text': f.read()})
    return docs


def main():
    docs = documents()
    if not docs:
        sys.exit(f'no documents under {SHARED}: the evaluation reads third-party data from ../shared')
    if not os.path.exists(LEDE):
        sys.exit(f'{LEDE} not found: run `cargo build --release` first')
    lines = ''.join(json.dumps({'id': d['id'], 'text': d['text']}) + '\n' for d in docs)
    out = subprocess.run([LEDE, 'detect', '--jsonl'], input=lines, capture_output=True, text=True, check=True).stdout
    got = {r['id']: r for r in map(json.loads, out.splitlines())}
    by_file = collections.defaultdict(lambda: [0, 0])
    by_lang = collections.defaultdict(lambda: [0, 0])
    errors = []
    for d in docs:
        r = got[d['id']]
        ok = r.get('lang') == d['lang']
        for table, k in ((by_file, d['file']), (by_lang, d['lang'])):
            table[k][0] += ok
            table[k][1] += 1
        if not ok:
            errors.append((d, r))
    right = sum(v[0] for v in by_file.values())
    print(f'\nLanguage detection on {len(docs)} dev documents: {right} right ({100 * right / len(docs):.2f}%)\n')
    print('| file | documents | right | accuracy |')
    print('|---|---|---|---|')
    for k, (r, n) in sorted(by_file.items()):
        print(f'| {k} | {n} | {r} | {100 * r / n:.1f}% |')
    print('\n| language | documents | right | accuracy |')
    print('|---|---|---|---|')
    for k, (r, n) in sorted(by_lang.items()):
        print(f'| {k} | {n} | {r} | {100 * r / n:.1f}% |')
    print(f'\nerrors ({len(errors)}):', file=sys.stderr)
    for d, r in errors:
        print(f'  {d["id"]}: {d["lang"]} -> {r.get("lang")} ({r.get("confidence", 0):.2f}) {d["text"][:70]!r}',
              file=sys.stderr)
    print(f'\ncommand: python3 eval/detect.py {" ".join(sys.argv[1:])}'.rstrip())


if __name__ == '__main__':
    main()
