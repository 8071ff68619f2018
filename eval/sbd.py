#!/usr/bin/env python3
"""Sentence-boundary evaluation: lede and its peers in one run.

Scores boundary precision, recall and F1 over the positions where sentences
start (the trivial start of a text is not counted). Positions are counted in
non-whitespace characters, so a splitter that normalizes whitespace
(blingfire) is scored on the same footing as one that returns spans.

Data (../shared/data, never copied into the repo):

1. sbd_brown.jsonl: English news paragraphs (Brown press reportage).
2. sbd_pud_dev.jsonl: paragraphs of Universal Dependencies PUD sentences in
   de, es, fr, it, pt, ru, zh. The paragraphs are cut in two folds by their
   document number (fold = number // 2 % 2, so neighbouring documents fall in
   different folds): fold A is where lede's errors were read while rules were
   written, fold B was held out. Both folds and the whole are reported.
3. With --bbc, summ_bbc.jsonl: the share of the reference summary sentences
   a splitter reproduces exactly (a large second opinion on English news).

Systems, each given the language where it takes one:
- lede (`lede sentences --jsonl`, with each record's `lang`; `lede auto`
  gets no language and relies on script rules),
- pySBD (rule-based, Python; English rules for pt, which it lacks), sentencex (Wikimedia, rule-based),
- blingfire (Microsoft, language-agnostic model).

Speed: MB/s of text over all paragraphs of both sets (repeated --repeat
times), wall time of one call per paragraph; lede's figure includes starting
the process and JSON I/O (see benches/sentences.rs for the native figure).

    pip install -r eval/requirements.txt
    cargo build --release --bin lede
    python3 eval/sbd.py [--lede target/release/lede] [--show-errors SYSTEM] [--fold A|B] [--bbc]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "data")
BROWN = os.path.join(SHARED, "sbd_brown.jsonl")
PUD = os.path.join(SHARED, "sbd_pud_dev.jsonl")
BBC = os.path.join(SHARED, "summ_bbc.jsonl")


def dense_starts(text, sentences):
    """Start of each sentence but the first, in non-whitespace characters.

    Sentences are located in order by their non-whitespace characters, so
    whitespace changes made by a splitter do not matter."""
    dense = "".join(text.split())
    out, pos = set(), 0
    for s in sentences:
        d = "".join(s.split())
        if not d:
            continue
        i = dense.find(d, pos)
        if i < 0:
            raise ValueError(f"sentence not found in text: {s[:60]!r}")
        if i > 0:
            out.add(i)
        pos = i + len(d)
    return out


def show_position(text, dense_pos):
    """Maps a non-whitespace position back to the text, for error listings."""
    seen = 0
    for i, c in enumerate(text):
        if not c.isspace():
            if seen == dense_pos:
                return i
            seen += 1
    return len(text)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def counts(docs, predicted, show=None):
    tp = fp = fn = 0
    for doc in docs:
        gold = dense_starts(doc["text"], doc["sentences"])
        pred = dense_starts(doc["text"], predicted[doc["id"]])
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if show:
            text = doc["text"]
            for kind, positions in (("split wrongly", pred - gold), ("missed", gold - pred)):
                for d in sorted(positions):
                    i = show_position(text, d)
                    print(f"  [{show} {doc.get('lang', 'en')}] {kind}: ...{text[max(0, i - 60):i]}|{text[i:i + 30]}...")
    return tp, fp, fn


# --- systems: each maps a list of docs to {id: [sentences]} ----------------


def run_lede(binary, docs, with_lang=True):
    def record(d):
        r = {"id": d["id"], "text": d["text"]}
        if with_lang and d.get("lang"):
            r["lang"] = d["lang"]
        return json.dumps(r, ensure_ascii=False) + "\n"

    lines = "".join(map(record, docs))
    out = subprocess.run([binary, "sentences", "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    return {r["id"]: r["sentences"] for r in map(json.loads, out.stdout.splitlines())}


def run_pysbd(docs):
    import pysbd

    from pysbd.languages import LANGUAGE_CODES

    segs = {}

    def seg(lang):
        # pySBD has no rules for some languages (pt): it gets its English ones.
        lang = lang if lang in LANGUAGE_CODES else "en"
        if lang not in segs:
            segs[lang] = pysbd.Segmenter(language=lang, clean=False)
        return segs[lang]

    return {d["id"]: [s for s in seg(d.get("lang", "en")).segment(d["text"]) if s.strip()] for d in docs}


def run_sentencex(docs):
    from sentencex import segment

    return {d["id"]: [s for s in segment(d.get("lang", "en"), d["text"]) if s.strip()] for d in docs}


def run_blingfire(docs):
    import blingfire

    return {d["id"]: [s for s in blingfire.text_to_sentences(d["text"]).split("\n") if s.strip()] for d in docs}


def systems(args):
    from importlib.metadata import version, PackageNotFoundError

    out = [
        ("lede", lambda ds: run_lede(args.lede, ds)),
        ("lede auto", lambda ds: run_lede(args.lede, ds, with_lang=False)),
    ]
    for name, package, fn in (
        ("pySBD", "pysbd", run_pysbd),
        ("sentencex", "sentencex", run_sentencex),
        ("blingfire", "blingfire", run_blingfire),
    ):
        try:
            __import__(package)
            out.append((f"{name} {version(package)}", fn))
        except (ImportError, PackageNotFoundError):
            print(f"({name} not installed: pip install -r eval/requirements.txt)", file=sys.stderr)
    return out


def fold(doc):
    m = re.search(r"(\d+)-\d+$", doc["id"])
    return "A" if m is None or int(m.group(1)) // 2 % 2 == 0 else "B"


def bbc_agreement(systems_):
    docs = [json.loads(line) for line in open(BBC, encoding="utf-8")]
    refs = [(d["id"], " ".join(r.split())) for d in docs for ref in d["refs"] for r in ref.split("\n") if r.strip()]
    print(f"\nsumm_bbc: {len(docs)} articles, {len(refs)} reference sentences")
    print("| splitter | reference sentences reproduced |")
    print("|---|---|")
    for name, fn in systems_:
        predicted = fn(docs)
        sets = {i: {" ".join(s.split()) for s in sents} for i, sents in predicted.items()}
        hit = sum(1 for i, r in refs if r in sets[i])
        print(f"| {name} | {100 * hit / len(refs):.2f}% ({hit:,} of {len(refs):,}) |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(HERE, "..", "target", "release", "lede"))
    ap.add_argument("--show-errors", metavar="SYSTEM", help="list the errors of one system (e.g. lede)")
    ap.add_argument("--fold", choices=["A", "B"], help="with --show-errors: only this PUD fold")
    ap.add_argument("--lang", help="with --show-errors: only this PUD language")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the data for the speed figure")
    ap.add_argument("--bbc", action="store_true", help="also measure agreement with the BBC reference sentences")
    args = ap.parse_args()
    for path in (BROWN, PUD):
        if not os.path.exists(path):
            sys.exit(f"evaluation data not found at {path}")
    brown = [json.loads(line) for line in open(BROWN, encoding="utf-8")]
    pud = [json.loads(line) for line in open(PUD, encoding="utf-8")]
    langs = sorted({d["lang"] for d in pud})
    systems_ = systems(args)

    # Boundary F1: Brown, then PUD per language and fold.
    rows = []
    for name, fn in systems_:
        pred = fn(brown + pud)
        show = args.show_errors and name.split()[0] == args.show_errors and name != "lede auto"
        row = {"brown": prf(*counts(brown, pred, name if show and not args.lang else None))[2]}
        for lang in langs + ["all"]:
            for f in ("A", "B", None):
                sel = [d for d in pud if (lang == "all" or d["lang"] == lang) and (f is None or fold(d) == f)]
                s = show and lang != "all" and f is not None and (args.fold in (None, f)) and (args.lang in (None, lang))
                row[(lang, f)] = counts(sel, pred, name if s else None)
        rows.append((name, row))

    print(f"sbd_brown: {len(brown)} paragraphs, {sum(len(d['sentences']) for d in brown)} sentences; "
          f"sbd_pud_dev: {len(pud)} paragraphs, {sum(len(d['sentences']) for d in pud)} sentences")
    print("\nBoundary F1 (whole set; PUD per language):\n")
    print("| splitter | Brown | " + " | ".join(langs) + " | PUD all |")
    print("|---|---|" + "---|" * (len(langs) + 1))
    for name, row in rows:
        cells = [f"{prf(*row[(lang, None)])[2]:.1f}" for lang in langs + ["all"]]
        print(f"| {name} | {row['brown']:.1f} | " + " | ".join(cells) + " |")
    print("\nPUD boundary F1 by fold (A: errors read while developing, B: held out), A / B:\n")
    print("| splitter | " + " | ".join(langs) + " | all |")
    print("|---|" + "---|" * (len(langs) + 1))
    for name, row in rows:
        cells = [f"{prf(*row[(lang, 'A')])[2]:.1f} / {prf(*row[(lang, 'B')])[2]:.1f}" for lang in langs + ["all"]]
        print(f"| {name} | " + " | ".join(cells) + " |")

    # Speed.
    docs = brown + pud
    size = sum(len(d["text"].encode("utf-8")) for d in docs) * args.repeat
    print(f"\nSpeed over {args.repeat} passes of both sets ({size / 1e6:.2f} MB):\n")
    print("| splitter | MB/s |")
    print("|---|---|")
    for name, fn in systems_:
        batch = [dict(d, id=f"{k}-{d['id']}") for k in range(args.repeat) for d in docs]
        t = time.perf_counter()
        fn(batch)
        elapsed = time.perf_counter() - t
        print(f"| {name} | {size / 1e6 / elapsed:.2f} |")
    if args.bbc:
        bbc_agreement(systems_)


if __name__ == "__main__":
    main()
