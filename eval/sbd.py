#!/usr/bin/env python3
"""Sentence-boundary evaluation on ../shared/data/sbd_brown.jsonl.

Scores `lede sentences --jsonl` and, in the same run, pySBD, with boundary
precision, recall and F1 over the character positions where sentences start
(the trivial start at offset 0 is not counted).

    python3 eval/sbd.py [--lede target/release/lede] [--show-errors]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "sbd_brown.jsonl")


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


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(HERE, "..", "target", "release", "lede"))
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        sys.exit(f"evaluation data not found at {args.data}")
    docs = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    n = sum(len(d["sentences"]) for d in docs)
    print(f"sbd_brown: {len(docs)} paragraphs, {n} sentences")
    print("| splitter | precision | recall | F1 |")
    print("|---|---|---|---|")
    systems = [("lede", lambda: run_lede(args.lede, docs))]
    try:
        import pysbd  # noqa: F401

        systems.append(("pySBD " + __import__("pysbd").__version__, lambda: run_pysbd(docs)))
    except ImportError:
        print("(pySBD not installed: pip install pysbd)", file=sys.stderr)
    for name, fn in systems:
        p, r, f = score(docs, fn(), show=name if args.show_errors else None)
        print(f"| {name} | {p:.1f} | {r:.1f} | {f:.1f} |")


if __name__ == "__main__":
    main()
