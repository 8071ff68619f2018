#!/usr/bin/env python3
"""Article extraction quality, lede beside its peers in one run, on two dev sets:

1. ../shared/data/extract-trafilatura-dev (495 real pages with passages an
   extraction must contain and boilerplate it must not; scored by that
   folder's README: white space collapsed, case-sensitive substring search,
   counts summed over all pages). Reported on all pages and on two halves
   split by a hash of the page id: "fit" (the half lede's rules were read
   and tuned on) and "held-out" (never read while tuning).
2. ../shared/data/readability-dev (44 pages), or any folder of
   NAME/{source,expected}.html pages given with --data.

On readability-dev, for each page, compares a system's extracted text with the text of
expected.html (tags stripped: block edges are spaces, inline tags join words
such as "19<sup>th</sup>") as bags of tokens: both sides lower-cased and
split into runs of word characters (so on white space and punctuation);
precision, recall and F1 over the token multisets. Runs, in the same run:

- lede (`lede extract --jsonl`, the release CLI);
- Readability.js 0.6.0 with jsdom (`node eval/readability.mjs`); note that
  expected.html IS Readability's output, so it scores about 1.0 by
  construction: it is the reference, shown to check the scorer;
- trafilatura (PyPI, pinned in eval/requirements.txt): default settings on
  readability-dev; on the trafilatura pages the settings of its own
  benchmark (tests/comparison_small.py: fallback on, comments off, tables on,
  formatting off).

Prints a Markdown table per set: on the trafilatura pages P/R/F/accuracy
per system and half; on readability-dev mean P/R/F1, min F1, the worst 5
pages.

    python3 eval/extract.py [--lede target/release/lede] [--per-page] [--only lede]
                            [--set trafilatura|readability] [--errors FILE]
                            [--errors-held-out FILE] [--notes KINDS]
"""
import argparse
import collections
import gzip
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "readability-dev")
SNIPPETS = os.path.join(HERE, "..", "..", "shared", "data", "extract-trafilatura-dev", "pages.jsonl.gz")
TOKEN = re.compile(r"\w+")


# Elements that break the text: their edges are white space, while inline
# elements join their neighbours ("19<sup>th</sup>" is "19th").
BREAKS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "img", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
}


class TextOf(html.parser.HTMLParser):
    """The text of an HTML fragment as a browser lays it out in words: block
    edges are spaces, inline tags join, scripts and styles are left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BREAKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BREAKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def strip_tags(markup):
    p = TextOf()
    p.feed(markup)
    p.close()
    return "".join(p.parts)


def json_lines(out):
    """The JSON records of a tool's output, one a line (split on "\\n" only:
    texts may hold U+2028, which str.splitlines would split on)."""
    return [json.loads(line) for line in out.split("\n") if line.strip()]


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


NOTE_KINDS = {"reference"}


def lede_text(r):
    """What lede extracted from a page as its article: the text, then its
    notes of the kinds in NOTE_KINDS. lede keeps reference lists and
    captions beside the text as notes (never summarized); reference lists
    count as article text here (both Readability and trafilatura keep them
    in the article), captions do not (trafilatura's benchmark lists them as
    boilerplate). --notes changes which kinds count."""
    text = r.get("text") or ""
    notes = [n["text"] for n in r.get("notes") or [] if n.get("kind") in NOTE_KINDS]
    return "\n\n".join([text] + notes) if notes else text


def run_lede(binary, pages):
    lines = "".join(json.dumps({"id": k, "html": v[0]}) + "\n" for k, v in pages.items())
    out = subprocess.run([binary, "extract", "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    result = {}
    for line in out.stdout.split("\n"):
        if not line.strip():
            continue
        r = json.loads(line)
        result[r["id"]] = lede_text(r)
    return result


def run_readability(data):
    out = subprocess.run(["node", os.path.join(HERE, "readability.mjs"), data], capture_output=True, text=True, check=True)
    return {r["id"]: r["text"] for r in json_lines(out.stdout)}


def run_live(data):
    out = subprocess.run(["node", os.path.join(HERE, "extract_live.mjs"), data], capture_output=True, text=True, check=True)
    return {r["id"]: r["text"] for r in json_lines(out.stdout)}


def run_trafilatura(pages):
    import trafilatura

    return {k: trafilatura.extract(v[0]) or "" for k, v in pages.items()}


def load_snippets(path):
    """The trafilatura dev pages: id -> {"url", "html", "with", "without"}."""
    pages = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                pages[r["id"]] = r
    return pages


def half(page_id):
    """"fit" or "held-out", by the first byte of the SHA-256 of the page id."""
    return "fit" if hashlib.sha256(page_id.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def squash(text):
    return " ".join(text.split())


def snippet_counts(text, page):
    """(tp, fn, fp, tn) of one page, by the rule in the data's README."""
    text = squash(text or "")
    found = lambda s: bool(text) and squash(s) in text
    tp = sum(1 for s in page["with"] if found(s))
    fp = sum(1 for s in page["without"] if found(s))
    return tp, len(page["with"]) - tp, fp, len(page["without"]) - fp


def snippet_scores(counts):
    tp, fn, fp, tn = (sum(c[i] for c in counts) for i in range(4))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    acc = (tp + tn) / (tp + fn + fp + tn) if counts else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return p, r, f, acc


def run_lede_snippets(binary, pages):
    lines = "".join(json.dumps({"id": k, "url": v["url"], "html": v["html"]}) + "\n" for k, v in pages.items())
    out = subprocess.run([binary, "extract", "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    return {r["id"]: lede_text(r) for r in json_lines(out.stdout)}


def run_readability_snippets(path):
    out = subprocess.run(["node", os.path.join(HERE, "readability.mjs"), path], capture_output=True, text=True, check=True)
    return {r["id"]: r["text"] for r in json_lines(out.stdout)}


def run_trafilatura_benchmark(pages):
    import trafilatura

    return {
        k: trafilatura.extract(
            v["html"], include_comments=False, include_tables=True, include_formatting=False
        )
        or ""
        for k, v in pages.items()
    }


def snippet_table(args):
    if not os.path.isfile(args.snippets):
        if os.environ.get("CI") == "true":
            sys.exit(f"evaluation data not found at {args.snippets}")
        print(f"(skipped: {args.snippets} not found)")
        return
    pages = load_snippets(args.snippets)
    systems = [("lede", lambda: run_lede_snippets(args.lede, pages))]
    systems.append(("Readability.js 0.6.0", lambda: run_readability_snippets(args.snippets)))
    try:
        import trafilatura

        systems.append(
            (f"trafilatura {trafilatura.__version__} (benchmark settings)", lambda: run_trafilatura_benchmark(pages))
        )
    except ImportError:
        print("(trafilatura not installed: pip install -r eval/requirements.txt)", file=sys.stderr)
    if args.only:
        systems = [s for s in systems if s[0].lower().startswith(args.only.lower())]
    halves = {h: sum(1 for k in pages if half(k) == h) for h in ("fit", "held-out")}
    print(
        f"extract-trafilatura-dev: {len(pages)} pages ({halves['fit']} fit, {halves['held-out']} held-out, "
        "split by SHA-256 of the page id); snippets found by substring after collapsing white space"
    )
    print()
    print("| system | P | R | F | accuracy | F fit | F held-out | P fit | P held-out |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, fn in systems:
        got = fn()
        counts = {k: snippet_counts(got.get(k, ""), v) for k, v in pages.items()}
        p, r, f, acc = snippet_scores(list(counts.values()))
        d = args.digits
        by = {h: snippet_scores([c for k, c in counts.items() if half(k) == h]) for h in halves}
        print(
            f"| {name} | {p:.{d}f} | {r:.{d}f} | {f:.{d}f} | {acc:.{d}f} | {by['fit'][2]:.{d}f} | {by['held-out'][2]:.{d}f} "
            f"| {by['fit'][0]:.{d}f} | {by['held-out'][0]:.{d}f} |"
        )
        for path, which in ((args.errors, "fit"), (args.errors_held_out, "held-out")):
            if not path or name != "lede":
                continue
            with open(path, "w", encoding="utf-8") as out:
                for k, v in pages.items():
                    if half(k) != which:
                        continue
                    text = squash(got.get(k, ""))
                    missed = [s for s in v["with"] if squash(s) not in text or not text]
                    extra = [s for s in v["without"] if text and squash(s) in text]
                    if missed or extra:
                        out.write(json.dumps({"id": k, "url": v["url"], "missed": missed, "extra": extra}, ensure_ascii=False) + "\n")
    print()
    print(
        "Command: `python3 eval/extract.py` (after `cargo build --release`, `npm ci --prefix eval`, "
        "`pip install -r eval/requirements.txt`)"
    )
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lede", default=os.path.join(HERE, "..", "target", "release", "lede"))
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--per-page", action="store_true", help="also print every page's F1 for every system")
    ap.add_argument("--only", help="run only the systems whose name starts with this (lede, readability, trafilatura)")
    ap.add_argument("--live", action="store_true", help="also run lede's extractElement on each page rendered in Chromium (needs ./scripts/build.sh)")
    ap.add_argument("--snippets", default=SNIPPETS, help="the trafilatura dev pages (pages.jsonl.gz)")
    ap.add_argument("--set", choices=["trafilatura", "readability"], help="run only this dev set")
    ap.add_argument("--errors", help="write lede's missed and extra snippets on the fit half to this JSONL file")
    ap.add_argument(
        "--errors-held-out",
        help="the same for the held-out half: to check that a rule read on the fit half holds there, never to tune on",
    )
    ap.add_argument("--digits", type=int, default=3, help="decimal places of the mean figures (default 3)")
    ap.add_argument("--notes", default="reference", help="which kinds of lede's notes count as article text: comma-separated (reference, caption), or none")
    args = ap.parse_args()
    NOTE_KINDS.clear()
    NOTE_KINDS.update(k for k in args.notes.split(",") if k and k != "none")
    if args.set != "readability" and args.data == DATA:
        snippet_table(args)
    if args.set == "trafilatura":
        return
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
        d = args.digits
        print(f"| {name} | {mp:.{d}f} | {mr:.{d}f} | {mf:.{d}f} | {worst[0][1][2]:.3f} | {low} | {worst_s} |")
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
