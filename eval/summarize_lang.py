#!/usr/bin/env python3
"""Scores lede's summaries and its peers' on ../shared/data/summ_bbc.jsonl.

Every system picks k sentences (k = the reference's sentence count). The
scores are ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 x 100 (rouge-score 0.1.2,
use_stemmer=True, one sentence per line for Lsum), averaged over documents,
for the whole set and for its two halves: even ids (the half lede's default
was tuned on) and odd ids (held out).

Systems: lead-k; sumy 0.11.0's LexRank, TextRank, LSA, Luhn, KL and
SumBasic; and every lede algorithm (`lede summarize --jsonl`, one run over
all documents). sumy gets lede's sentence boundaries (so every system picks
from the same sentences; sumy's own splitter needs NLTK data that cannot be
downloaded here), a regex word tokenizer, its own English stop words and
NLTK's Snowball stemmer (no data needed).

With --lang-sets it scores the French and German sets instead
(summ_orangesum_dev.jsonl, summ_klexikon_dev.jsonl), each in its language:
ROUGE with a tokenizer that keeps Unicode letters (lower case, runs of
letters and digits) and NLTK's Snowball stemmer of the language (the
default tokenizer of rouge-score drops every non-ASCII letter), and sumy
with the language's Snowball stemmer and sumy's stop words of the language.
The halves of these sets are by the parity of the CRC-32 of the id.

Usage:
    pip install -r eval/requirements.txt && cargo build --release
    python3 eval/summarize_lang.py --lang-sets  # French and German, with peers
    python3 eval/summarize_lang.py              # all systems (sumy takes minutes)
    python3 eval/summarize_lang.py --no-peers   # lede only (fast)
    python3 eval/summarize_lang.py --algorithms default,lexrank --no-peers

Prints a Markdown table and the command that made it.
"""
import argparse
import collections
import json
import multiprocessing
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, '..', 'shared', 'data', 'summ_bbc.jsonl')
LEDE = os.path.join(ROOT, 'target', 'release', 'lede')
CACHE = os.path.join(ROOT, 'target', 'eval-cache')
ALGORITHMS = ['default', 'lead', 'luhn', 'edmundson', 'lsa', 'lexrank', 'textrank', 'sumbasic', 'klsum']
PEERS = ['LexRank', 'TextRank', 'LSA', 'Luhn', 'KL', 'SumBasic']


# --lang-sets: (data file, language code, NLTK/sumy language name)
LANG_SETS = [('summ_orangesum_dev.jsonl', 'fr', 'french'), ('summ_klexikon_dev.jsonl', 'de', 'german')]
LANGUAGE = 'english'  # set per data set; read by the workers (forked after it is set)
SET_TAG = ''          # cache-file prefix of the data set


def load(path=DATA):
    if not os.path.exists(path):
        sys.exit(f'{path} not found: the evaluation reads third-party data from ../shared')
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def run_lede(command, records):
    if not os.path.exists(LEDE):
        sys.exit(f'{LEDE} not found: run `cargo build --release` first')
    lines = '\n'.join(json.dumps(r) for r in records) + '\n'
    out = subprocess.run([LEDE] + command, input=lines, capture_output=True, text=True, check=True).stdout
    results = {}
    for line in out.splitlines():
        r = json.loads(line)
        if 'error' in r:
            sys.exit(f'lede failed on {r["id"]}: {r["error"]}')
        results[r['id']] = r
    return results


def lede_summaries(docs, algorithms, lang=None):
    records = [{'id': f'{a}|{d["id"]}', 'text': d['text'], 'k': d['k'], 'algorithm': a}
               for a in algorithms for d in docs]
    if lang:
        for r in records:
            r['lang'] = lang
    started = time.perf_counter()
    out = run_lede(['summarize', '--jsonl'], records)
    seconds = time.perf_counter() - started
    print(f'lede: {len(records)} summaries in {seconds:.1f} s', file=sys.stderr)
    return {a: {d['id']: out[f'{a}|{d["id"]}']['summary'] for d in docs} for a in algorithms}


# --- sumy -----------------------------------------------------------------

WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


class RegexTokenizer:
    """sumy's tokenizer interface without NLTK data: sentences come
    pre-split (see paragraphs_of), words from a regular expression."""
    language = 'english'

    def to_sentences(self, paragraph):  # not used: documents are built directly
        return [paragraph]

    def to_words(self, sentence):
        return WORD.findall(sentence)


def paragraphs_of(docs):
    """lede's sentences for each blank-line paragraph of each document."""
    records = []
    for d in docs:
        for p, para in enumerate(re.split(r'\n\s*\n', d['text'])):
            if para.strip():
                records.append({'id': f'{d["id"]}#{p:04d}', 'text': para})
    out = run_lede(['sentences', '--jsonl'], records)
    paras = {}
    for r in records:
        doc_id = r['id'].rsplit('#', 1)[0]
        paras.setdefault(doc_id, []).append(out[r['id']]['sentences'])
    return paras


def sumy_worker(job):
    name, items = job
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words
    classes = {'LexRank': LexRankSummarizer, 'TextRank': TextRankSummarizer, 'LSA': LsaSummarizer,
               'Luhn': LuhnSummarizer, 'KL': KLSummarizer, 'SumBasic': SumBasicSummarizer}
    class SumBasic(SumBasicSummarizer):
        # sumy 0.11.0's SumBasic stems before dropping stop words for the
        # document but after it for each sentence, so a stem that is a stop
        # word ('owning' -> 'own') raises KeyError. Give such stems the
        # probability the document pass gave them: 0.
        def _compute_tf(self, sentences):
            return collections.defaultdict(float, super()._compute_tf(sentences))
    classes['SumBasic'] = SumBasic
    tokenizer = RegexTokenizer()
    summarizer = classes[name](Stemmer(LANGUAGE))
    summarizer.stop_words = get_stop_words(LANGUAGE)
    out = {}
    for doc_id, paragraphs, k in items:
        document = ObjectDocumentModel(
            [Paragraph([Sentence(s, tokenizer) for s in para]) for para in paragraphs])
        out[doc_id] = [str(s) for s in summarizer(document, k)]
    return name, out


def sumy_summaries(docs, peers):
    os.makedirs(CACHE, exist_ok=True)
    results, todo = {}, []
    for name in peers:
        path = os.path.join(CACHE, f'{SET_TAG}sumy-{name}.json')
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                cached = json.load(f)
            if len(cached) == len(docs):
                results[name] = cached
                continue
        todo.append(name)
    if not todo:
        return results
    paras = paragraphs_of(docs)
    items = [(d['id'], paras.get(d['id'], []), d['k']) for d in docs]
    chunk = 100
    jobs = [(name, items[i:i + chunk]) for name in todo for i in range(0, len(items), chunk)]
    started = time.perf_counter()
    done = 0
    with multiprocessing.Pool(max(1, min(2, os.cpu_count() or 1))) as pool:
        for name, out in pool.imap_unordered(sumy_worker, jobs):
            results.setdefault(name, {}).update(out)
            done += 1
            print(f'\rsumy: {done}/{len(jobs)} chunks, {time.perf_counter() - started:.0f} s',
                  end='', file=sys.stderr, flush=True)
            if len(results[name]) == len(docs):  # this peer is complete: cache it
                with open(os.path.join(CACHE, f'{SET_TAG}sumy-{name}.json'), 'w', encoding='utf-8') as f:
                    json.dump(results[name], f)
    print(file=sys.stderr)
    return results


# --- scoring ----------------------------------------------------------------

_scorer = None


class UnicodeTokenizer:
    """rouge-score's tokenizer for other languages: lower case, runs of
    Unicode letters and digits, the language's Snowball stemmer (NLTK)."""

    def __init__(self, language):
        from nltk.stem.snowball import SnowballStemmer
        self.stemmer = SnowballStemmer(language)

    def tokenize(self, text):
        return [self.stemmer.stem(w) for w in re.findall(r'[^\W_]+', text.lower())]


def score_one(args):
    global _scorer
    if _scorer is None:
        from rouge_score import rouge_scorer
        if LANGUAGE == 'english':
            _scorer = rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeLsum'], use_stemmer=True)
        else:
            _scorer = rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeLsum'],
                                               tokenizer=UnicodeTokenizer(LANGUAGE))
    refs, summary = args
    prediction = '\n'.join(' '.join(s.split()) for s in summary)
    best = None
    for ref in refs:
        s = _scorer.score(ref, prediction)
        f = (s['rouge1'].fmeasure, s['rouge2'].fmeasure, s['rougeLsum'].fmeasure)
        best = f if best is None or f[0] > best[0] else best
    return best


def half(doc_id):
    if SET_TAG:
        import zlib
        return 'even' if zlib.crc32(doc_id.encode('utf-8')) % 2 == 0 else 'odd'
    return 'even' if int(re.sub(r'\D', '', doc_id) or 0) % 2 == 0 else 'odd'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--no-peers', action='store_true', help='score lede only')
    parser.add_argument('--algorithms', default=','.join(ALGORITHMS), help='lede algorithms, comma-separated')
    parser.add_argument('--limit', type=int, default=0, help='only the first N documents')
    parser.add_argument('--half', choices=['even', 'odd'], help='only the documents of one half')
    parser.add_argument('--peers', default=','.join(PEERS),
                        help='sumy peers, comma-separated (sumy LSA and KL take hours on long German articles)')
    parser.add_argument('--lang-sets', action='store_true',
                        help='score the French (OrangeSum) and German (Klexikon) sets instead of BBC')
    args = parser.parse_args()
    if args.lang_sets:
        global LANGUAGE, SET_TAG
        for name, code, language in LANG_SETS:
            LANGUAGE, SET_TAG = language, f'{code}-'
            evaluate(args, load(os.path.join(ROOT, '..', 'shared', 'data', name)), name)
    else:
        evaluate(args, load(), 'summ_bbc.jsonl')
    print(f'\ncommand: python3 eval/summarize_lang.py {" ".join(sys.argv[1:])}'.rstrip())


def evaluate(args, docs, set_name):
    if args.half:
        docs = [d for d in docs if half(d['id']) == args.half]
    if args.limit:
        docs = docs[:args.limit]
    algorithms = [a for a in args.algorithms.split(',') if a]

    systems = {}
    # lead-k: the first k sentences (lede's `lead` over the same sentences).
    ours = lede_summaries(docs, algorithms + ([] if 'lead' in algorithms else ['lead']))
    systems['lead-k'] = ours['lead']
    if not args.no_peers:
        peers = [p for p in args.peers.split(',') if p]
        for name, out in sumy_summaries(docs, peers).items():
            systems[f'sumy {name}'] = out
    for a in algorithms:
        systems[f'lede {a}'] = ours[a]
    if SET_TAG and 'default' in algorithms:
        # What per-language analysis brings: the default with English analysis.
        systems['lede default, English analysis'] = lede_summaries(docs, ['default'], lang='en')['default']

    jobs = [(name, d) for name in systems for d in docs]
    # Scores are cached by document and summary: a re-run only scores
    # summaries it has not seen (sumy's, once computed, never change).
    os.makedirs(CACHE, exist_ok=True)
    cache_path = os.path.join(CACHE, f'{SET_TAG}rouge-scores.json')
    cache = {}
    if os.path.exists(cache_path):
        with open(cache_path, encoding='utf-8') as f:
            cache = json.load(f)
    key = lambda name, d: d['id'] + '\x00' + '\x01'.join(systems[name][d['id']])
    todo = sorted({key(name, d): (d['refs'], systems[name][d['id']]) for name, d in jobs
                   if key(name, d) not in cache}.items())
    started = time.perf_counter()
    with multiprocessing.Pool(max(1, min(2, os.cpu_count() or 1))) as pool:
        fresh = pool.map(score_one, [args for _, args in todo], chunksize=100)
    cache.update({k: v for (k, _), v in zip(todo, fresh)})
    with open(cache_path, 'w', encoding='utf-8') as f:
        json.dump(cache, f)
    scores = [cache[key(name, d)] for name, d in jobs]
    print(f'scored {len(todo)} new summaries ({len(jobs)} in all) in {time.perf_counter() - started:.0f} s',
          file=sys.stderr)

    table = {}
    for (name, d), s in zip(jobs, scores):
        for part in ('all', half(d['id'])):
            table.setdefault(name, {}).setdefault(part, []).append(s)

    def mean(rows, i):
        return 100 * sum(r[i] for r in rows) / len(rows) if rows else float('nan')

    n = {part: sum(1 for d in docs if part == 'all' or half(d['id']) == part) for part in ('all', 'even', 'odd')}
    if SET_TAG:
        print(f'\nROUGE F1 x 100 on {set_name} ({LANGUAGE} tokens and stems): all {n["all"]} docs '
              f'| even CRC-32 ({n["even"]}) | odd CRC-32 ({n["odd"]}, held out)\n')
    else:
        print(f'\nROUGE F1 x 100 on {set_name}: all {n["all"]} docs | even ids ({n["even"]}, tuning half) '
              f'| odd ids ({n["odd"]}, held out)\n')
    print('| system | R-1 | R-2 | R-Lsum | R-1 even | R-2 even | R-Lsum even | R-1 odd | R-2 odd | R-Lsum odd |')
    print('|---|---|---|---|---|---|---|---|---|---|')
    for name in systems:
        cells = []
        for part in ('all', 'even', 'odd'):
            rows = table[name].get(part, [])
            cells += [f'{mean(rows, i):.1f}' for i in range(3)]
        print(f'| {name} | ' + ' | '.join(cells) + ' |')


if __name__ == '__main__':
    main()
