#!/usr/bin/env python3
"""Key phrases in languages lede has no stop list for, scored against
stopwords-iso (npm, MIT; installed by `npm ci --prefix eval`, used here
only to score, never shipped).

Texts: the article text `lede extract` finds on every page of the two
extraction sets in ../shared (trafilatura's 495 pages, Readability's 44),
kept when `lede detect` names a language without lede's own analysis
(Polish, Finnish, Hungarian, Czech, Arabic, Bengali... on these pages).
For each binary, `lede keyphrases --jsonl --top 10` runs over them; the
script counts the phrases that are one word of stopwords-iso's list for
the text's language (a function word), the phrases with such a word at
an edge, and, against the first binary, the phrases of its top 10 with no
such word that are gone from the other's (content lost). Prints a
Markdown table and the command.

Usage:
    cargo build --release && npm ci --prefix eval && \\
        python3 eval/keyphrases_langs.py [OLD_BIN] [target/release/lede]
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared', 'data')
LEDE = os.path.join(ROOT, 'target', 'release', 'lede')
STOPWORDS = os.path.join(ROOT, 'eval', 'node_modules', 'stopwords-iso', 'stopwords-iso.json')
ANALYSED = {'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'zh', 'ja', 'ko'}


def jsonl(binary, args, records):
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r) + '\n')
    try:
        out = subprocess.run([binary, *args, '--jsonl', f.name], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    return {r['id']: r for r in map(json.loads, out.splitlines())}


def pages():
    trafilatura = os.path.join(SHARED, 'extract-trafilatura-dev', 'pages.jsonl.gz')
    with gzip.open(trafilatura, 'rt', encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            yield {'id': 'trafilatura:' + r['id'], 'html': r['html'], 'url': r.get('url')}
    readability = os.path.join(SHARED, 'readability-dev')
    for page in sorted(os.listdir(readability)):
        source = os.path.join(readability, page, 'source.html')
        if os.path.exists(source):
            with open(source, encoding='utf-8', errors='replace') as f:
                yield {'id': 'readability:' + page, 'html': f.read()}


def main():
    binaries = sys.argv[1:] or [LEDE]
    for path in (SHARED, STOPWORDS):
        if not os.path.exists(path):
            sys.exit(f'{path} not found (../shared holds the data; npm ci --prefix eval installs stopwords-iso)')
    with open(STOPWORDS, encoding='utf-8') as f:
        stopwords = {lang: set(words) for lang, words in json.load(f).items()}
    articles = jsonl(binaries[-1], ['extract'], pages())
    texts = [{'id': i, 'text': a['text']} for i, a in articles.items() if a['text'].strip()]
    langs = {i: r['lang'] for i, r in jsonl(binaries[-1], ['detect'], texts).items()}
    texts = [t for t in texts if langs[t['id']] not in ANALYSED]
    counts = {}
    for t in texts:
        counts[langs[t['id']]] = counts.get(langs[t['id']], 0) + 1
    phrases = {b: {i: [k['text'] for k in r['keyphrases']] for i, r in jsonl(b, ['keyphrases', '--top', '10'], texts).items()} for b in binaries}
    print(f'command: python3 eval/keyphrases_langs.py {" ".join(binaries)}')
    print(f'{len(texts)} texts: ' + ', '.join(f'{n} {lang}' for lang, n in sorted(counts.items(), key=lambda x: -x[1])))
    print('\n| binary | top-10 phrases | one function word | a function word at an edge | content phrases of the first binary gone |')
    print('|---|---|---|---|---|')
    first = binaries[0]
    for b in binaries:
        total = single = edge = 0
        gone = []
        for t in texts:
            stop = stopwords.get(langs[t['id']], set())
            for p in phrases[b][t['id']]:
                words = p.lower().split()
                total += 1
                if len(words) == 1 and words[0] in stop:
                    single += 1
                elif words and (words[0] in stop or words[-1] in stop):
                    edge += 1
            for p in phrases[first][t['id']]:
                if p not in phrases[b][t['id']] and not any(w in stop for w in p.lower().split()):
                    gone.append(f'{p} ({langs[t["id"]]})')
        print(f'| {b} | {total} | {single} | {edge} | {len(gone)}{": " + ", ".join(gone) if gone else ""} |')


if __name__ == '__main__':
    main()
