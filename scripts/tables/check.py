#!/usr/bin/env python3
"""Checks that the generators in scripts/tables/ still write the shipped
tables byte for byte: the scripts are the record of where every shipped
table comes from, so a table they no longer reproduce has lost its record
(as common_words.rs had from 3c02c57 until this check was added).

Copies the scripts and the tables into a temporary tree, runs every
generator there (they fetch their pinned packages from PyPI, npm, Debian
and crates.io, as when run for real), and compares each file it wrote with
the one in the repository. The repository is not touched.

    python3 scripts/tables/check.py

Exits with status 1 and names the files that differ.
"""
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

# Each generator and the files it writes. stopwords.py runs before
# gazetteers.py, which reads stopwords_en.rs; places_lang.py after it, as
# it reads places.rs.
GENERATORS = [
    ("html_entities.py", ["crates/lede-html/src/html_entities.rs"]),
    ("stopwords.py", ["src/tables/stopwords_en.rs"]),
    ("languages.py", ["src/tables/trigrams.rs", "src/tables/stopwords_lang.rs"]),
    ("gazetteers.py", [f"src/tables/{n}.rs" for n in
                       ("places", "groups", "given_names", "surnames", "common_words")]),
    ("places_lang.py", ["src/tables/places_lang.rs"]),
]


def main():
    differ = []
    with tempfile.TemporaryDirectory() as tmp:
        for d in ("scripts/tables", "src/tables"):
            shutil.copytree(os.path.join(ROOT, d), os.path.join(tmp, d),
                            ignore=shutil.ignore_patterns("__pycache__"))
        os.makedirs(os.path.join(tmp, "crates/lede-html/src"))
        for script, outputs in GENERATORS:
            subprocess.run([sys.executable, os.path.join(tmp, "scripts/tables", script)],
                           cwd=tmp, check=True, stdout=subprocess.DEVNULL)
            for out in outputs:
                same = filecmp.cmp(os.path.join(ROOT, out), os.path.join(tmp, out), shallow=False)
                print(f"{'same   ' if same else 'DIFFERS'} {out} ({script})")
                if not same:
                    differ.append(out)
    if differ:
        sys.exit(f"{len(differ)} table(s) not reproduced: {', '.join(differ)}")


if __name__ == "__main__":
    main()
