#!/usr/bin/env python3
"""Sentence-boundary evaluation.

1. ../shared/data/sbd_brown.jsonl: boundary precision, recall and F1 over the
   character positions where sentences start (the trivial start at offset 0
   is not counted), for `lede sentences --jsonl` and pySBD in the same run.
2. With --bbc, ../shared/data/summ_bbc.jsonl: the share of the reference
   summary sentences (17,428 sentences cut by the dataset's own splitter) that
   a splitter reproduces exactly, as one of its sentences (whitespace
   normalized). The references have splitting errors of their own, so 100% is
   not reachable; it is a large, second opinion.

    python3 eval/sbd.py [--lede target/release/lede] [--show-errors] [--bbc]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "sbd_brown.jsonl")
BBC = os.path.join(HERE, "..", "..", "shared", "data", "summ_bbc.jsonl")


def starts(text, sentences):
    """Character offsets where each sentence starts, found in order."""
    out, pos = [], 0
    for s in sentences:
        i = text.find(s, pos)
        if i < 0:
            raise ValueError(f"sentence not found in text: {s[:60]!r}")
        out.append(i)
        pos = i + len(s)
    return {i for i in out if i > 0}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def score(docs, predicted, show=None):
    tp = fp = fn = 0
    for doc in docs:
        gold = starts(doc["text"], doc["sentences"])
        pred = starts(doc["text"], predicted[doc["id"]])
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if show:
            for kind, positions in (("split wrongly", pred - gold), ("missed", gold - pred)):
                for i in sorted(positions):
                    print(f"  [{show}] {kind}: ...{doc['text'][max(0, i - 50):i]}|{doc['text'][i:i + 30]}...")
    return prf(tp, fp, fn)


def run_lede(binary, docs):
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    out = subprocess.run([binary, "sentences", "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    return {r["id"]: r["sentences"] for r in map(json.loads, out.stdout.splitlines())}


def run_pysbd(docs):
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return {d["id"]: [s.sent.strip() for s in seg.segment(d["text"]) if s.sent.strip()] for d in docs}


def bbc_agreement(systems):
    docs = [json.loads(line) for line in open(BBC, encoding="utf-8")]
    refs = [(d["id"], " ".join(r.split())) for d in docs for ref in d["refs"] for r in ref.split("\n") if r.strip()]
    print(f"\nsumm_bbc: {len(docs)} articles, {len(refs)} reference sentences")
    print("| splitter | reference sentences reproduced |")
    print("|---|---|")
    for name, fn in systems:
        predicted = fn(docs)
        sets = {i: {" ".join(s.split()) for s in sents} for i, sents in predicted.items()}
        hit = sum(1 for i, r in refs if r in sets[i])
        print(f"| {name} | {100 * hit / len(refs):.2f}% ({hit:,} of {len(refs):,}) |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(HERE, "..", "target", "release", "lede"))
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--bbc", action="store_true", help="also measure agreement with the BBC reference sentences")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        sys.exit(f"evaluation data not found at {args.data}")
    docs = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    n = sum(len(d["sentences"]) for d in docs)
    print(f"sbd_brown: {len(docs)} paragraphs, {n} sentences")
    print("| splitter | precision | recall | F1 |")
    print("|---|---|---|---|")
    systems = [("lede", lambda ds: run_lede(args.lede, ds))]
    try:
        import pysbd

        systems.append((f"pySBD {pysbd.__version__}", run_pysbd))
    except ImportError:
        print("(pySBD not installed: pip install -r eval/requirements.txt)", file=sys.stderr)
    for name, fn in systems:
        p, r, f = score(docs, fn(docs), show=name if args.show_errors else None)
        print(f"| {name} | {p:.1f} | {r:.1f} | {f:.1f} |")
    if args.bbc:
        bbc_agreement(systems)


if __name__ == "__main__":
    main()
