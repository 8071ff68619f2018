//! Hand-written cue words: titles, roles, organisation and place heads,
//! well-known organisations, month and unit names. The large lists
//! (places, names, nationalities) are generated tables in `src/tables/`.
//!
//! Every list is sorted (checked by a test) and searched by binary search.

fn has(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Capitalised titles that come before a person's name
/// ("President", "Sen.", "Judge"). Compared after a trailing period is
/// dropped, so "Sen" covers "Sen.".
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "Adm", "Admiral", "Ambassador", "Archbishop", "Assemblyman", "Assemblywoman", "Attorney",
    "Ayatollah", "Baron", "Baroness", "Bishop", "Brig", "Brigadier", "Capt", "Captain", "Cardinal",
    "Chairman", "Chairwoman", "Chancellor", "Chief", "Cmdr", "Coach", "Col", "Colonel",
    "Commander", "Commissioner", "Comptroller", "Congressman", "Congresswoman", "Constable",
    "Coroner", "Councillor", "Councilman", "Councilmember", "Councilwoman", "Count", "Countess",
    "Cpl", "Dame", "Delegate", "Deputy", "Det", "Detective", "Director", "Dr", "Duchess", "Duke",
    "Emperor", "Empress", "Engineer", "Gen", "General", "Gov", "Governor", "Imam", "Inspector",
    "Judge", "Justice", "King", "Lady", "Lieutenant", "Lord", "Lt", "Madam", "Maj", "Major",
    "Marshal", "Mayor", "Minister", "Miss", "Mr", "Mrs", "Ms", "Mx", "Officer", "Pastor", "Pope",
    "Premier", "President", "Presidents", "Prince", "Princess", "Prof", "Professor", "Prosecutor",
    "Pvt", "Queen", "Rabbi", "Rep", "Representative", "Rev", "Reverend", "Sen", "Senator",
    "Sergeant", "Sgt", "Sheikh", "Sheriff", "Sir", "Speaker", "Superintendent", "Supt",
    "Treasurer", "Trustee",
];

/// Words that make a title with the title word after them ("Prime
/// Minister", "Vice President", "Attorney General", "Secretary of State").
#[rustfmt::skip]
const TITLE_MODIFIERS: &[&str] = &[
    "Acting", "Assistant", "Associate", "Chief", "Deputy", "Executive", "First", "Foreign",
    "Former", "Interim", "Lieutenant", "Managing", "Prime", "Senior", "Special", "Supreme", "Vice",
];

/// Title words that only make a title with a modifier or an "of" phrase,
/// or after an organisation ("FBI Director"): alone they are common words.
#[rustfmt::skip]
const TITLE_HEADS: &[&str] = &[
    "Administrator", "Adviser", "Advisor", "Chair", "Chief", "Counsel", "Director", "Envoy",
    "General", "Governor", "Leader", "Manager", "Minister", "President", "Secretary", "Spokesman",
    "Spokesperson", "Spokeswoman", "Whip",
];

/// Lower-case role nouns that introduce a name ("envoy Steve Witkoff",
/// "attorney Alina Habba").
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "activist", "actor", "actress", "adviser", "advisor", "aide", "ambassador", "analyst",
    "anchor", "architect", "artist", "astronaut", "athlete", "attorney", "author", "banker",
    "bassist", "billionaire", "biographer", "bishop", "blogger", "boss", "boxer", "brother",
    "businessman", "businesswoman", "candidate", "cardinal", "ceo", "challenger", "chancellor",
    "chef", "chemist", "chief", "citizen", "coach", "colleague", "columnist", "comedian",
    "commander", "commentator", "commissioner", "composer", "congressman", "congresswoman",
    "correspondent", "cousin", "cricketer", "critic", "cyclist", "dancer", "daughter", "defendant",
    "defender", "delegate", "deputy", "designer", "detective", "dictator", "diplomat", "director",
    "doctor", "drummer", "economist", "editor", "emperor", "engineer", "entrepreneur", "envoy",
    "executive", "father", "filmmaker", "financier", "forward", "founder", "friend", "general",
    "goalkeeper", "golfer", "governor", "guitarist", "historian", "host", "husband", "incumbent",
    "industrialist", "investigator", "investor", "journalist", "judge", "keeper", "king",
    "lawmaker", "lawyer", "leader", "legislator", "lieutenant", "linguist", "magnate", "manager",
    "mathematician", "mayor", "midfielder", "minister", "missionary", "mogul", "monk", "mother",
    "musician", "nephew", "niece", "nominee", "novelist", "officer", "official", "opponent",
    "owner", "painter", "partner", "pastor", "philanthropist", "philosopher", "photographer",
    "physician", "physicist", "pianist", "pitcher", "plaintiff", "player", "playwright", "poet",
    "politician", "pope", "premier", "president", "priest", "prince", "princess", "producer",
    "professor", "prosecutor", "psychologist", "publisher", "quarterback", "queen", "rabbi",
    "rapper", "reporter", "representative", "researcher", "rival", "ruler", "sculptor",
    "secretary", "senator", "sheriff", "singer", "sister", "soldier", "son", "songwriter",
    "speaker", "spokesman", "spokesperson", "spokeswoman", "sprinter", "star", "strategist",
    "striker", "student", "successor", "suspect", "swimmer", "teacher", "teammate", "tycoon",
    "uncle", "vocalist", "widow", "wife", "winger", "writer",
];

/// Last words that make a capitalised phrase an organisation
/// ("Northwestern University", "Labor Department", "Acme Inc.").
#[rustfmt::skip]
const ORG_TAILS: &[&str] = &[
    "AG", "Academy", "Administration", "Agency", "Airlines", "Airways", "Alliance", "Army",
    "Assembly", "Association", "Authority", "Band", "Bank", "Board", "Brigade", "Brothers",
    "Bureau", "Cabinet", "Caucus", "Center", "Centre", "Chamber", "Channel", "Choir", "Church",
    "Club", "Co", "Coalition", "College", "Command", "Commission", "Committee", "Company",
    "Conference", "Congress", "Consortium", "Corp", "Corporation", "Corps", "Council", "Court",
    "Department", "Directorate", "Division", "Enterprises", "Federation", "Force", "Forces",
    "Foundation", "Front", "Fund", "GmbH", "Group", "Guard", "Holdings", "Hospital", "Inc",
    "Industries", "Institute", "Institution", "International", "LLC", "LLP", "League", "Legion",
    "Library", "Ltd", "Magazine", "Media", "Ministry", "Motors", "Movement", "Museum", "Navy",
    "Network", "News", "Office", "Orchestra", "Organisation", "Organization", "PLC", "Parliament",
    "Partners", "Partnership", "Party", "Pictures", "Plc", "Police", "Post", "Press", "Program",
    "Programme", "Railway", "Railways", "Records", "Regiment", "SA", "School", "Senate", "Service",
    "Services", "Society", "Squad", "Squadron", "Studio", "Studios", "Systems", "Team",
    "Technologies", "Telegraph", "Television", "Times", "Tribunal", "Trust", "Union", "United",
    "University", "Ventures",
];

/// First words that make "X of Y" an organisation ("University of
/// Chicago", "Bank of England", "Department of Justice").
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "Academy", "Agency", "Assembly", "Association", "Bank", "Board", "Bureau", "Center", "Centre",
    "Chamber", "Church", "College", "Commission", "Committee", "Congress", "Council", "Court",
    "Department", "Federation", "Institute", "League", "Ministry", "Museum", "Office", "Order",
    "Organisation", "Organization", "Parliament", "Party", "School", "Society", "Union",
    "University",
];

/// Last words that make a capitalised phrase a place ("Fulton County").
#[rustfmt::skip]
const PLACE_TAILS: &[&str] = &[
    "Avenue", "Basin", "Bay", "Beach", "Boulevard", "Bridge", "Canal", "Canyon", "Cape", "City",
    "Coast", "County", "Creek", "Delta", "Desert", "District", "Falls", "Forest", "Glacier",
    "Gulf", "Harbor", "Harbour", "Heights", "Highlands", "Hills", "Island", "Islands", "Isle",
    "Lake", "Lakes", "Mountain", "Mountains", "Oblast", "Ocean", "Parish", "Peak", "Peninsula",
    "Plain", "Plains", "Plateau", "Prefecture", "Province", "Range", "Region", "Republic", "River",
    "Road", "Sea", "Square", "Strait", "Street", "Territory", "Township", "Valley", "Village",
];

/// First words that make a capitalised phrase a place ("Mount Everest").
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "Cape", "Central", "East", "Eastern", "Fort", "Greater", "Gulf", "Isle", "Lake", "Lower",
    "Mount", "Mt", "North", "Northern", "Port", "Province", "Republic", "South", "Southern",
    "Upper", "West", "Western",
];

/// First words of events, not entities ("Battle of Antietam").
const EVENT_HEADS: &[&str] = &["Battle", "Operation", "Siege", "Treaty", "War"];

/// Last words of events, awards and works, not entities ("World War",
/// "Stanley Cup", "Armistice Day").
#[rustfmt::skip]
const EVENT_TAILS: &[&str] = &[
    "Accord", "Accords", "Act", "Agreement", "Album", "Award", "Awards", "Bible", "Book", "Bowl",
    "Championship", "Championships", "Crisis", "Cup", "Day", "Election", "Elections", "Eve",
    "Festival", "Games", "Olympics", "Prize", "Revolution", "Scandal", "Series", "Show", "Summit",
    "Tour", "Trophy", "Uprising", "War", "Wars",
];

/// Nouns for places that "of" joins to a name ("the village of Aisby").
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "area", "borough", "capital", "city", "commune", "county", "district", "hamlet", "island",
    "kingdom", "municipality", "parish", "province", "region", "republic", "state", "suburb",
    "town", "township", "village",
];

/// Organisations news names without a cue word (hand-picked, well known).
#[rustfmt::skip]
const KNOWN_ORGS: &[&str] = &[
    "ABC", "AFP", "Airbnb", "Al Jazeera", "Al Qaeda", "Al-Qaeda", "Alibaba", "Alphabet", "Amazon",
    "Amnesty International", "Anthropic", "Apple", "Associated Press", "BBC", "Bloomberg",
    "Boeing", "Brexit Party", "CBS", "CDC", "CIA", "CNBC", "CNN", "Capitol", "Chevron",
    "Citigroup", "Congress", "DOJ", "Disney", "EU", "European Union", "ExxonMobil", "FBI", "FDA",
    "FIFA", "Facebook", "Fed", "Federal Reserve", "Fox News", "GOP", "Goldman Sachs", "Google",
    "Hamas", "Hezbollah", "Huawei", "IMF", "IOC", "ISIS", "Instagram", "Intel", "Interpol",
    "JPMorgan", "Kremlin", "Meta", "Microsoft", "Moody's", "NASA", "NATO", "NBA", "NBC", "NFL",
    "NHS", "NPR", "Netflix", "New York Times", "Nvidia", "OPEC", "OpenAI", "Oracle", "Pentagon",
    "Politico", "Reuters", "Samsung", "Senate", "Shell", "Siemens", "Spotify", "Supreme Court",
    "Taliban", "Tesla", "TikTok", "Toyota", "Twitter", "UN", "UNESCO", "UNICEF", "United Nations",
    "Volkswagen", "WHO", "Wagner", "Walmart", "Washington Post", "White House", "World Bank",
    "X Corp", "YouTube",
];

/// Surnames of people news names without a first name (hand-picked:
/// heads of state and government, ministers, business leaders).
#[rustfmt::skip]
const KNOWN_PEOPLE: &[&str] = &[
    "Abbas", "Albanese", "Altman", "Assad", "Bezos", "Biden", "Bolsonaro", "Carney", "DeSantis",
    "Erdogan", "Erdoğan", "Guterres", "Hegseth", "Ishiba", "Jeffries", "Khamenei", "Kushner",
    "Lagarde", "Lavrov", "Lukashenko", "Macron", "McConnell", "Medvedev", "Meloni", "Merkel",
    "Merz", "Milei", "Modi", "Musk", "Netanyahu", "Newsom", "Obama", "Orban", "Orbán", "Pelosi",
    "Peskov", "Putin", "Rubio", "Rutte", "Schumer", "Scholz", "Starmer", "Stoltenberg", "Sunak",
    "Trudeau", "Trump", "Vance", "Xi", "Yellen", "Zelensky", "Zelenskyy", "Zuckerberg",
];

pub(crate) fn is_known_person(word: &str) -> bool {
    has(KNOWN_PEOPLE, word)
}

/// Capitalised words that are not names at the start of a sentence
/// (beyond the stop word list): adverbs, connectives, common openers.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "Additionally", "Afterward", "Afterwards", "Ahead", "Amid", "Among", "Asked", "Back", "Before",
    "Both", "But", "Critics", "Currently", "Despite", "Details", "Earlier", "Eventually",
    "Experts", "Finally", "Following", "Further", "Given", "Here", "However", "If", "Including",
    "Initially", "Instead", "Last", "Later", "Like", "Many", "Meanwhile", "Moreover", "Most",
    "Much", "New", "Next", "No", "Now", "Officials", "On", "Once", "One", "Only", "Other",
    "Others", "Our", "Over", "Overall", "Police", "Previously", "Read", "Recently", "Residents",
    "Several", "Since", "Some", "Speaking", "Still", "Such", "That", "The", "Then", "There",
    "These", "They", "This", "Those", "Though", "Thus", "Today", "Together", "Under", "Unlike",
    "Until", "Upon", "We", "What", "When", "Where", "While", "Why", "Yet",
];

/// Lower-case particles inside personal names ("von der Leyen").
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "ibn", "la", "le",
    "ter", "van", "von",
];

/// Common endings of surnames from outside the English-speaking world.
#[rustfmt::skip]
const SURNAME_ENDINGS: &[&str] = &[
    "aev", "chenko", "chuk", "czyk", "enko", "escu", "ev", "evich", "evna", "idis", "ishvili",
    "iyev", "oglu", "opoulos", "ov", "ova", "ovic", "ovich", "ović", "ovna", "ska", "ski", "sky",
    "skyi", "vili", "wicz", "yan", "yev",
];

/// Well-known aliases and their canonical names.
const ALIASES: &[(&str, &str)] = &[
    ("America", "United States"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("U.S.", "United States"),
    ("U.S.A.", "United States"),
    ("UK", "United Kingdom"),
    ("US", "United States"),
    ("USA", "United States"),
    ("United States of America", "United States"),
];

pub(crate) fn is_title(word: &str) -> bool {
    has(TITLES, word.trim_end_matches('.'))
}

pub(crate) fn is_title_modifier(word: &str) -> bool {
    has(TITLE_MODIFIERS, word)
}

pub(crate) fn is_title_head(word: &str) -> bool {
    has(TITLE_HEADS, word)
}

pub(crate) fn is_role(lower: &str) -> bool {
    has(ROLES, lower)
}

pub(crate) fn is_org_tail(word: &str) -> bool {
    has(ORG_TAILS, word.trim_end_matches('.'))
}

pub(crate) fn is_org_head(word: &str) -> bool {
    has(ORG_HEADS, word)
}

pub(crate) fn is_place_tail(word: &str) -> bool {
    has(PLACE_TAILS, word)
}

pub(crate) fn is_place_head(word: &str) -> bool {
    has(PLACE_HEADS, word.trim_end_matches('.'))
}

pub(crate) fn is_event_head(word: &str) -> bool {
    has(EVENT_HEADS, word)
}

pub(crate) fn is_event_tail(word: &str) -> bool {
    has(EVENT_TAILS, word)
}

pub(crate) fn is_place_noun(lower: &str) -> bool {
    has(PLACE_NOUNS, lower)
}

/// Endings of place names ("Lincolnshire", "Jacksonville", "Kazakhstan").
pub(crate) fn has_place_ending(word: &str) -> bool {
    word.chars().count() >= 6
        && [
            "shire", "ville", "burg", "burgh", "borough", "bury", "caster", "chester", "mouth",
            "stan", "abad", "pur", "grad", "polis",
        ]
        .iter()
        .any(|e| word.ends_with(e))
}

pub(crate) fn is_known_org(phrase: &str) -> bool {
    has(KNOWN_ORGS, phrase)
}

pub(crate) fn is_opener(word: &str) -> bool {
    has(OPENERS, word)
}

pub(crate) fn is_particle(word: &str) -> bool {
    has(PARTICLES, word)
}

pub(crate) fn has_surname_ending(word: &str) -> bool {
    word.chars().count() >= 5 && SURNAME_ENDINGS.iter().any(|e| word.ends_with(e))
}

pub(crate) fn alias(phrase: &str) -> Option<&'static str> {
    ALIASES
        .binary_search_by(|(a, _)| a.cmp(&phrase))
        .ok()
        .and_then(|i| ALIASES.get(i))
        .map(|(_, c)| *c)
}

/// Month names and their abbreviations → month number.
pub(crate) fn month(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    let n = match w {
        "January" | "Jan" => 1,
        "February" | "Feb" => 2,
        "March" | "Mar" => 3,
        "April" | "Apr" => 4,
        "May" => 5,
        "June" | "Jun" => 6,
        "July" | "Jul" => 7,
        "August" | "Aug" => 8,
        "September" | "Sept" | "Sep" => 9,
        "October" | "Oct" => 10,
        "November" | "Nov" => 11,
        "December" | "Dec" => 12,
        _ => return None,
    };
    Some(n)
}

pub(crate) fn is_weekday(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thur"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "Sun"
    ) && word.len() > 3
        || matches!(
            word,
            "Mon." | "Tue." | "Tues." | "Wed." | "Thu." | "Thurs." | "Fri." | "Sat." | "Sun."
        )
}

/// Lower-case words for spans of time ("week", "years").
pub(crate) fn is_time_unit(lower: &str) -> bool {
    #[rustfmt::skip]
    const LIST: &[&str] = &[
        "centuries", "century", "day", "days", "decade", "decades", "fortnight", "month", "months",
        "quarter", "quarters", "season", "semester", "week", "weekend", "weekends", "weeks",
        "year", "years",
    ];
    LIST.binary_search(&lower).is_ok()
}

/// Units of measure that make a number a quantity ("5 km", "10 miles").
pub(crate) fn is_unit(word: &str) -> bool {
    #[rustfmt::skip]
    const LIST: &[&str] = &[
        "GB", "GW", "GWh", "MB", "MW", "MWh", "TB", "acre", "acres", "barrel", "barrels",
        "centimeters", "centimetres", "cm", "degrees", "feet", "foot", "ft", "g", "gallon",
        "gallons", "gigawatts", "gram", "grams", "hectare", "hectares", "inch", "inches", "kW",
        "kWh", "kg", "kilogram", "kilograms", "kilometer", "kilometers", "kilometre", "kilometres",
        "kilos", "km", "km/h", "kph", "lb", "lbs", "liter", "liters", "litre", "litres", "m",
        "megawatts", "meter", "meters", "metre", "metres", "mi", "mile", "miles", "millimeters",
        "millimetres", "mm", "mph", "ounces", "oz", "points", "pounds", "seats", "ton", "tonne",
        "tonnes", "tons", "votes", "yard", "yards",
    ];
    LIST.binary_search(&word).is_ok()
}

/// Spelled-out cardinals: "two" → 2 ... "ninety" → 90 ("one" is left out:
/// it is a pronoun as often as a number).
pub(crate) fn spelled_number(lower: &str) -> Option<u32> {
    const SMALL: &[&str] = &[
        "",
        "",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = SMALL.iter().position(|w| !w.is_empty() && *w == lower) {
        return u32::try_from(i).ok();
    }
    let (tens, unit) = lower.split_once('-').unwrap_or((lower, ""));
    let t = TENS.iter().position(|w| !w.is_empty() && *w == tens)?;
    let u = match unit {
        "" => 0,
        "one" => 1,
        _ => SMALL
            .iter()
            .position(|w| !w.is_empty() && *w == unit)
            .filter(|&u| u < 10)?,
    };
    u32::try_from(t * 10 + u).ok()
}

/// Magnitude words after a number ("million", "bn").
pub(crate) fn is_magnitude(word: &str) -> bool {
    #[rustfmt::skip]
    const LIST: &[&str] = &[
        "B", "K", "M", "b", "billion", "bln", "bn", "crore", "hundred", "k", "lakh", "m",
        "million", "mln", "mn", "thousand", "tn", "trillion", "trn",
    ];
    LIST.binary_search(&word).is_ok()
}

/// Currency symbols before an amount.
pub(crate) fn is_currency_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '£' | '€' | '¥' | '₹' | '₽' | '₩' | '₪' | '₺' | '₴' | '₦' | '฿' | '₱'
    )
}

/// Currency words after an amount ("dollars") and ISO codes ("USD").
pub(crate) fn is_currency_word(word: &str) -> bool {
    #[rustfmt::skip]
    const LIST: &[&str] = &[
        "AUD", "CAD", "CHF", "CNY", "EUR", "GBP", "INR", "JPY", "RUB", "USD", "bitcoin",
        "bitcoins", "cent", "cents", "dinar", "dinars", "dirham", "dirhams", "dollar", "dollars",
        "euro", "euros", "franc", "francs", "hryvnia", "hryvnias", "krona", "krone", "kroner",
        "kronor", "lira", "liras", "naira", "pence", "peso", "pesos", "pounds", "rand", "reais",
        "real", "renminbi", "riyal", "riyals", "rouble", "roubles", "ruble", "rubles", "rupee",
        "rupees", "shekel", "shekels", "sterling", "won", "yen", "yuan",
    ];
    LIST.binary_search(&word).is_ok()
}

/// Currency codes written before an amount ("USD 5", "Rs 500").
pub(crate) fn is_currency_prefix(word: &str) -> bool {
    #[rustfmt::skip]
    const LIST: &[&str] = &[
        "A$", "AUD", "C$", "CAD", "CHF", "CNY", "EUR", "GBP", "HK$", "INR", "JPY", "NZ$", "R$",
        "RUB", "Rs", "Rs.", "S$", "US$", "USD",
    ];
    LIST.binary_search(&word).is_ok()
}

/// Time zones written after a clock time ("9 a.m. ET").
pub(crate) fn is_time_zone(word: &str) -> bool {
    #[rustfmt::skip]
    const LIST: &[&str] = &[
        "AEDT", "AEST", "BST", "CDT", "CEST", "CET", "CST", "CT", "EDT", "EEST", "EET", "EST",
        "ET", "GMT", "HKT", "IST", "JST", "KST", "MDT", "MSK", "MST", "MT", "PDT", "PST", "PT",
        "SGT", "UTC",
    ];
    LIST.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for (name, list) in [
            ("TITLES", TITLES),
            ("TITLE_MODIFIERS", TITLE_MODIFIERS),
            ("TITLE_HEADS", TITLE_HEADS),
            ("ROLES", ROLES),
            ("ORG_HEADS", ORG_HEADS),
            ("PLACE_TAILS", PLACE_TAILS),
            ("PLACE_HEADS", PLACE_HEADS),
            ("OPENERS", OPENERS),
            ("PARTICLES", PARTICLES),
        ] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{name} is sorted: {:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
        let mut tails = ORG_TAILS.to_vec();
        tails.sort_unstable();
        tails.dedup();
        assert_eq!(tails.len(), ORG_TAILS.len(), "ORG_TAILS has no duplicates");
        assert!(ALIASES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn numbers_and_cues() {
        assert_eq!(spelled_number("twenty-five"), Some(25));
        assert_eq!(spelled_number("two"), Some(2));
        assert_eq!(spelled_number("one"), None);
        assert_eq!(spelled_number("twenty-eleven"), None);
        assert!(is_title("Sen.") && is_org_tail("Inc.") && is_known_org("White House"));
        assert_eq!(alias("U.S."), Some("United States"));
        assert_eq!(month("Sept."), Some(9));
    }
}
