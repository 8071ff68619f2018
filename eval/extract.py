#!/usr/bin/env python3
"""Article extraction quality on ../shared/data/readability-dev (44 pages), or
on any folder of NAME/{source,expected}.html pages given with --data.

For each page, compares a system's extracted text with the text of
expected.html (tags stripped) as bags of tokens: both sides lower-cased and
split into runs of word characters (so on white space and punctuation);
precision, recall and F1 over the token multisets. Runs, in the same run:

- lede (`lede extract --jsonl`, the release CLI);
- Readability.js 0.6.0 with jsdom (`node eval/readability.mjs`); note that
  expected.html IS Readability's output, so it scores about 1.0 by
  construction: it is the reference, shown to check the scorer;
- trafilatura (PyPI, pinned in eval/requirements.txt), default settings.

Prints a Markdown table (mean P/R/F1, min F1, the worst 5 pages) per system.

    python3 eval/extract.py [--lede target/release/lede] [--per-page] [--only lede]
"""
import argparse
import collections
import html.parser
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "readability-dev")
TOKEN = re.compile(r"\w+")


class TextOf(html.parser.HTMLParser):
    """The text of an HTML fragment, with the content of scripts and styles left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def strip_tags(markup):
    p = TextOf()
    p.feed(markup)
    p.close()
    return " ".join(p.parts)


def tokens(text):
    return TOKEN.findall(text.lower())


def prf(pred, gold):
    p, g = collections.Counter(tokens(pred)), collections.Counter(tokens(gold))
    overlap = sum((p & g).values())
    np_, ng = sum(p.values()), sum(g.values())
    if np_ == 0 and ng == 0:
        return 1.0, 1.0, 1.0
    prec = overlap / np_ if np_ else 0.0
    rec = overlap / ng if ng else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def load(data):
    pages = {}
    for name in sorted(os.listdir(data)):
        d = os.path.join(data, name)
        if not os.path.isfile(os.path.join(d, "source.html")):
            continue
        with open(os.path.join(d, "source.html"), encoding="utf-8") as f:
            source = f.read()
        with open(os.path.join(d, "expected.html"), encoding="utf-8") as f:
            expected = strip_tags(f.read())
        pages[name] = (source, expected)
    return pages


def run_lede(binary, pages):
    lines = "".join(json.dumps({"id": k, "html": v[0]}) + "\n" for k, v in pages.items())
    out = subprocess.run([binary, "extract", "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    result = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        result[r["id"]] = r.get("text") or ""
    return result


def run_readability(data):
    out = subprocess.run(["node", os.path.join(HERE, "readability.mjs"), data], capture_output=True, text=True, check=True)
    return {r["id"]: r["text"] for r in map(json.loads, out.stdout.splitlines())}


def run_live(data):
    out = subprocess.run(["node", os.path.join(HERE, "extract_live.mjs"), data], capture_output=True, text=True, check=True)
    return {r["id"]: r["text"] for r in map(json.loads, out.stdout.splitlines())}


def run_trafilatura(pages):
    import trafilatura

    return {k: trafilatura.extract(v[0]) or "" for k, v in pages.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(HERE, "..", "target", "release", "lede"))
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--per-page", action="store_true", help="also print every page's F1 for every system")
    ap.add_argument("--only", help="run only the systems whose name starts with this (lede, readability, trafilatura)")
    ap.add_argument("--live", action="store_true", help="also run lede's extractElement on each page rendered in Chromium (needs ./scripts/build.sh)")
    args = ap.parse_args()
    if not os.path.isdir(args.data):
        sys.exit(f"evaluation data not found at {args.data}")
    pages = load(args.data)
    systems = [("lede", lambda: run_lede(args.lede, pages))]
    if args.live:
        systems.append(("lede extractElement (live page, Chromium)", lambda: run_live(args.data)))
    systems.append(("Readability.js 0.6.0 (reference)", lambda: run_readability(args.data)))
    try:
        import trafilatura

        systems.append((f"trafilatura {trafilatura.__version__}", lambda: run_trafilatura(pages)))
    except ImportError:
        print("(trafilatura not installed: pip install -r eval/requirements.txt)", file=sys.stderr)
    if args.only:
        systems = [s for s in systems if s[0].lower().startswith(args.only.lower())]
    print(f"{os.path.basename(os.path.normpath(args.data))}: {len(pages)} pages; token-multiset P/R/F1 against the text of expected.html")
    print()
    print("| system | precision | recall | F1 (mean) | F1 (min) | pages < 0.5 | worst 5 pages (F1) |")
    print("|---|---|---|---|---|---|---|")
    per_page = {}
    for name, fn in systems:
        got = fn()
        scores = {k: prf(got.get(k, ""), pages[k][1]) for k in pages}
        per_page[name] = scores
        n = len(scores)
        mp = sum(s[0] for s in scores.values()) / n
        mr = sum(s[1] for s in scores.values()) / n
        mf = sum(s[2] for s in scores.values()) / n
        worst = sorted(scores.items(), key=lambda kv: kv[1][2])[:5]
        low = sum(1 for s in scores.values() if s[2] < 0.5)
        worst_s = ", ".join(f"{k} {v[2]:.3f}" for k, v in worst)
        print(f"| {name} | {mp:.3f} | {mr:.3f} | {mf:.3f} | {worst[0][1][2]:.3f} | {low} | {worst_s} |")
    if args.per_page:
        names = list(per_page)
        print()
        print("| page | " + " | ".join(f"{n} P/R/F1" for n in names) + " |")
        print("|---" * (len(names) + 1) + "|")
        for k in pages:
            cells = " | ".join("{:.2f}/{:.2f}/{:.2f}".format(*per_page[n][k]) for n in names)
            print(f"| {k} | {cells} |")
    print()
    print("Command: `python3 eval/extract.py` (after `cargo build --release`, `npm ci --prefix eval`, `pip install -r eval/requirements.txt`)")


if __name__ == "__main__":
    main()
