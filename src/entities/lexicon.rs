//! The lexicon: every word list of entity recognition and keyphrases in
//! one hash table, built on first use. A lookup gives all that the lists
//! say about a word or phrase as one set of bit flags, so each token is
//! looked up once instead of once per list.
//!
//! The hand-written cue words (titles, roles, organisation and place heads,
//! well-known organisations, month and unit names) are here; the large
//! lists (places, names, nationalities, common words) are generated tables
//! in `src/tables/`, and the stop words are the analysis pipeline's.

use std::sync::LazyLock;

use crate::tables;

/// What the lists say about a word: a set of the flags below.
pub(crate) type Flags = u64;

// Looked up as written ("President", "U.S.", "Sen" for "Sen.").
/// A title before a person's name ("President", "Sen.", "Judge").
pub(crate) const TITLE: Flags = 1;
/// Makes a title with the title word after it ("Prime", "Vice").
pub(crate) const TITLE_MODIFIER: Flags = 1 << 1;
/// A title only with a modifier, an "of" phrase or an organisation before it ("Director").
pub(crate) const TITLE_HEAD: Flags = 1 << 2;
/// Last word of an organisation ("University", "Inc.").
pub(crate) const ORG_TAIL: Flags = 1 << 3;
/// First word of "X of Y" organisations ("University of Chicago").
pub(crate) const ORG_HEAD: Flags = 1 << 4;
/// Last word of a place ("County").
pub(crate) const PLACE_TAIL: Flags = 1 << 5;
/// First word of a place ("Mount").
pub(crate) const PLACE_HEAD: Flags = 1 << 6;
/// First word of an event ("Battle of Antietam").
pub(crate) const EVENT_HEAD: Flags = 1 << 7;
/// Last word of an event, award or work ("Stanley Cup").
pub(crate) const EVENT_TAIL: Flags = 1 << 8;
/// A well-known organisation ("BBC", "White House").
pub(crate) const KNOWN_ORG: Flags = 1 << 9;
/// A well-known person named by surname alone ("Putin").
pub(crate) const KNOWN_PERSON: Flags = 1 << 10;
/// A capitalised word that is no name at the start of a sentence ("Despite").
pub(crate) const OPENER: Flags = 1 << 11;
/// A particle inside personal names ("von", "der").
pub(crate) const PARTICLE: Flags = 1 << 12;
/// A weekday name or abbreviation ("Tuesday", "Tues").
pub(crate) const WEEKDAY: Flags = 1 << 13;
/// A unit of measure ("km", "miles").
pub(crate) const UNIT: Flags = 1 << 14;
/// A magnitude after a number ("million", "bn").
pub(crate) const MAGNITUDE: Flags = 1 << 15;
/// A currency word after an amount ("dollars", "USD").
pub(crate) const CURRENCY_WORD: Flags = 1 << 16;
/// A currency code before an amount ("USD", "Rs").
pub(crate) const CURRENCY_PREFIX: Flags = 1 << 17;
/// A time zone after a clock time ("ET").
pub(crate) const TIME_ZONE: Flags = 1 << 18;
/// A word that keeps its trailing period ("Sen.", "Inc.").
pub(crate) const TAKES_PERIOD: Flags = 1 << 19;
/// A word after which "of" goes on with a name ("Secretary of", "Gulf of").
pub(crate) const TAKES_OF: Flags = 1 << 20;
/// A common first name.
pub(crate) const GIVEN: Flags = 1 << 21;
/// A common surname.
pub(crate) const SURNAME: Flags = 1 << 22;
/// A nationality, religion, party's members or people.
pub(crate) const GROUP: Flags = 1 << 23;
/// A country (or a usual short form of one).
pub(crate) const COUNTRY: Flags = 1 << 24;
/// A US state.
pub(crate) const STATE: Flags = 1 << 25;
/// A continent or region.
pub(crate) const REGION: Flags = 1 << 26;
/// A city.
pub(crate) const CITY: Flags = 1 << 27;
/// Bits 28..32: the month number ("October", "Oct" → 10).
const MONTH_SHIFT: u32 = 28;
pub(crate) const MONTH_MASK: Flags = 15 << MONTH_SHIFT;

// Looked up in lower case.
/// A lower-case role noun before a name ("envoy").
pub(crate) const ROLE: Flags = 1 << 32;
/// A noun for places that "of" joins to a name ("village").
pub(crate) const PLACE_NOUN: Flags = 1 << 33;
/// A span of time ("week", "years").
pub(crate) const TIME_UNIT: Flags = 1 << 34;
/// A stop word (the SMART list).
pub(crate) const STOP: Flags = 1 << 35;
/// A common English word (or the regular plural of one).
pub(crate) const COMMON: Flags = 1 << 36;
/// A word that can start a date, time or number ("last", "today").
pub(crate) const STARTER: Flags = 1 << 37;
/// A spelled-out cardinal from two to ninety-nine ("one" is left out:
/// it is a pronoun as often as a number).
pub(crate) const SPELLED: Flags = 1 << 38;
/// A word that can start a date in another language's format: a month,
/// a weekday or a relative date ("juni", "lundi", "вчера"); the scanner
/// looks it up in that language's table (`formats.rs`).
pub(crate) const LOCAL_START: Flags = 1 << 39;
/// Not a list: the word is in capitals ([`is_all_caps`]), set by
/// [`word_flags`] so that later passes need not look at its letters again.
pub(crate) const CAPS: Flags = 1 << 40;

/// The flags looked up as written.
const EXACT: Flags = (1 << 32) - 1;
/// The flags also looked up without a trailing period ("Sen." → "Sen").
const TRIMMED: Flags = TITLE | ORG_TAIL | PLACE_HEAD | WEEKDAY | MONTH_MASK;
/// The flags looked up in lower case.
const LOWER: Flags = !EXACT;

const TITLES: &str = "CEO CFO COO CTO Cofounder Founder Adm Admiral Ambassador Archbishop Assemblyman Assemblywoman Attorney \
    Ayatollah Baron Baroness Bishop Brig Brigadier Capt Captain Cardinal Chairman Chairwoman \
    Chancellor Chief Cmdr Coach Col Colonel Commander Commissioner Comptroller Congressman \
    Congresswoman Constable Coroner Councillor Councilman Councilmember Councilwoman Count \
    Countess Cpl Dame Delegate Deputy Det Detective Director Dr Duchess Duke Emperor Empress \
    Engineer Gen General Gov Governor Imam Inspector Judge Justice King Lady Lieutenant Lord Lt \
    Madam Maj Major Marshal Mayor Minister Miss Mr Mrs Ms Mx Officer Pastor Pope Premier \
    President Presidents Prince Princess Prof Professor Prosecutor Pvt Queen Rabbi Rep \
    Representative Rev Reverend Sen Senator Sergeant Sgt Sheikh Sheriff Sir Speaker \
    Superintendent Supervisor Supt Treasurer Trustee Alderman Alderwoman Councilor Magistrate \
    Selectman Selectwoman Trooper Chaplain Provost";

const TITLE_MODIFIERS: &str = "Acting Assistant Associate Chief Deputy Executive First Foreign \
    Former Interim Lieutenant Managing Prime Senior Special Supreme Vice";

const TITLE_HEADS: &str =
    "Executive Partner Administrator Adviser Advisor Chair Chief Counsel Director Envoy \
    General Governor Leader Manager Minister President Secretary Spokesman Spokesperson \
    Spokeswoman Whip";

const ROLES: &str = "activist actor actress adviser advisor aide ambassador analyst anchor \
    architect artist astronaut athlete attorney author banker bassist billionaire biographer \
    bishop blogger boss boxer brother businessman businesswoman candidate cardinal ceo \
    challenger chancellor chef chemist chief citizen coach colleague columnist comedian \
    commander commentator commissioner composer congressman congresswoman correspondent cousin \
    cricketer critic cyclist dancer daughter defendant defender delegate deputy designer \
    detective dictator diplomat director doctor drummer economist editor emperor engineer \
    entrepreneur envoy executive father filmmaker financier forward founder friend general \
    goalkeeper golfer governor guitarist historian host husband incumbent industrialist \
    investigator investor journalist judge keeper king lawmaker lawyer leader legislator \
    lieutenant linguist magnate manager mathematician mayor midfielder minister missionary mogul \
    monk mother musician nephew niece nominee novelist officer official opponent owner painter \
    partner pastor philanthropist philosopher photographer physician physicist pianist pitcher \
    plaintiff player playwright poet politician pope premier president priest prince princess \
    producer professor prosecutor psychologist publisher quarterback queen rabbi rapper reporter \
    representative researcher rival ruler sculptor secretary senator sheriff singer sister \
    soldier son songwriter speaker spokesman spokesperson spokeswoman sprinter star strategist \
    striker student successor suspect swimmer teacher teammate tycoon uncle vocalist widow wife \
    winger writer";

const ORG_TAILS: &str = "AG Academy Administration Agency Airlines Airways Alliance Army \
    Assembly Association Authority Band Bank Board Brigade Brothers Bureau Cabinet Caucus Center \
    Centre Chamber Channel Choir Church Club Co Coalition College Command Commission Committee \
    Company Conference Congress Consortium Corp Corporation Corps Council Court Department \
    Directorate Division Enterprises Federation Force Forces Foundation Front Fund GmbH Group \
    Guard Holdings Hospital Inc Industries Institute Institution International LLC LLP League \
    Legion Library Ltd Magazine Media Ministry Motors Movement Museum Navy Network News Office \
    Orchestra Organisation Organization PLC Parliament Partners Partnership Party Pictures Plc \
    Police Post Press Program Programme Railroad Railway Railways Records Regiment SA School Senate \
    Service Services Society Squad Squadron Studio Studios Systems Team Technologies Telegraph \
    Television Times Tribunal Trust Union United University Ventures \
    Bulletin Chronicle Courier Dispatch Examiner Gazette Globe Herald Inquirer Journal Ledger \
    Sentinel Tribune \
    Albion Athletic Hotspur Rangers Rovers Wanderers Hotel Bros Exchange Treasury Zeitung \
    Brotherhood Casino Project";

const ORG_HEADS: &str = "Hospital Academy Agency Assembly Association Authority Bank Board Bureau \
    Center Centre Chamber Church College Commission Committee Congress Council Court Department \
    Federation Institute League Ministry Museum Office Order Organisation Organization Parliament \
    Party School Society Union University";

const PLACE_TAILS: &str = "Empire Pavilion Airport Arena Brook Coulee Dock Gym Junction Mall Park Pier Pond \
    Reservoir Rink Siding Stadium Station Tower Wharf Avenue Basin Bay Beach Boulevard Bridge Canal Canyon Cape City Coast \
    County Creek Delta Desert District Falls Forest Glacier Gulf Harbor Harbour Heights \
    Highlands Hills Island Islands Isle Lake Lakes Mountain Mountains Oblast Ocean Parish Peak \
    Peninsula Plain Plains Plateau Prefecture Province Range Region Republic River Road Sea \
    Square Strait Street Territory Township Valley Village";

const PLACE_HEADS: &str =
    "Cape Central East Eastern Fort Greater Gulf Isle Lake Lower Mount Mt River \
    North Northern Port Province Republic South Southern Upper West Western";

const EVENT_HEADS: &str = "Battle Cyclone Hurricane Operation Siege Storm Treaty Typhoon War";

const EVENT_TAILS: &str = "Accord Accords Act Agreement Album Award Awards Bible Book Bowl \
    Classic Marathon Open Prix Rally \
    Championship Championships Crisis Cup Day Election Elections Eve Festival Games Olympics \
    Prize Revolution Scandal Series Show Summit Tour Trophy Uprising War Wars";

const PLACE_NOUNS: &str = "area borough capital city commune county district hamlet island \
    kingdom municipality parish province region republic state suburb town township village";

/// Organisations news names without a cue word (hand-picked, well known).
const KNOWN_ORGS: &str = "ABC|AFP|Airbnb|Al Jazeera|Al Qaeda|Al-Qaeda|Alibaba|Alphabet|Amazon|\
    Amnesty International|Anthropic|Apple|Associated Press|BBC|Bloomberg|Boeing|Brexit Party|CBS|\
    CDC|CIA|CNBC|CNN|Capitol|Chevron|Citigroup|Congress|DOJ|Disney|EU|European Union|ExxonMobil|\
    FBI|FDA|FIFA|Facebook|Fed|Federal Reserve|Fox News|GOP|Goldman Sachs|Google|Hamas|Hezbollah|\
    Huawei|IMF|IOC|ISIS|Instagram|Intel|Interpol|JPMorgan|Kremlin|Meta|Microsoft|Moody's|NASA|\
    NATO|NBA|NBC|NFL|NHS|NPR|Netflix|New York Times|Nvidia|OPEC|OpenAI|Oracle|Pentagon|Politico|\
    Reuters|Samsung|Senate|Shell|Siemens|Spotify|Supreme Court|Taliban|Tesla|TikTok|Toyota|\
    Twitter|UN|UNESCO|UNICEF|United Nations|Volkswagen|WHO|Wagner|Walmart|Washington Post|\
    White House|World Bank|X Corp|YouTube";

/// Surnames of people news names without a first name (hand-picked:
/// heads of state and government, ministers, business leaders).
const KNOWN_PEOPLE: &str = "Abbas Albanese Altman Assad Bezos Biden Bolsonaro Carney DeSantis \
    Erdogan Erdoğan Guterres Hegseth Ishiba Jeffries Khamenei Kushner Lagarde Lavrov Lukashenko \
    Macron McConnell Medvedev Meloni Merkel Merz Milei Modi Musk Netanyahu Newsom Obama Orban \
    Orbán Pelosi Peskov Putin Rubio Rutte Schumer Scholz Starmer Stoltenberg Sunak Trudeau Trump \
    Vance Xi Yellen Zelensky Zelenskyy Zuckerberg";

/// Capitalised words that are not names at the start of a sentence
/// (beyond the stop word list): adverbs, connectives, common openers.
const OPENERS: &str = "Additionally Afterward Afterwards Ahead Amid Among Asked Back Before \
    Both But Critics Currently Despite Details Earlier Eventually Experts Finally Following \
    Further Given Here However If Including Initially Instead Last Later Like Many Meanwhile \
    Moreover Most Much New Next No Now Officials On Once One Only Other Others Our Over Overall \
    Police Previously Read Recently Residents Several Since Some Speaking Still Such That The \
    Then There These They This Those Though Thus Today Together Under Unlike Until Upon We What \
    When Where While Why Yet";

const PARTICLES: &str = "al bin da das de del della der di dos du ibn la le ter van von";

const WEEKDAYS: &str = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues \
    Wed Thu Thur Thurs Fri Sat Sun";

/// Months and their abbreviations, in order.
const MONTHS: [&str; 12] = [
    "January Jan",
    "February Feb",
    "March Mar",
    "April Apr",
    "May",
    "June Jun",
    "July Jul",
    "August Aug",
    "September Sept Sep",
    "October Oct",
    "November Nov",
    "December Dec",
];

const TIME_UNITS: &str = "centuries century day days decade decades fortnight month months \
    quarter quarters season semester week weekend weekends weeks year years";

const UNITS: &str = "GB GW GWh MB MW MWh TB acre acres barrel barrels centimeters centimetres \
    cm degrees feet foot ft g gallon gallons gigawatts gram grams hectare hectares inch inches \
    kW kWh kg kilogram kilograms kilometer kilometers kilometre kilometres kilos km km/h kph lb \
    lbs liter liters litre litres m megawatts meter meters metre metres mi mile miles \
    millimeters millimetres mm mph ounces oz points pounds seats ton tonne tonnes tons votes yard \
    yards";

const MAGNITUDES: &str =
    "B K M b billion bln bn crore hundred k lakh m million mln mn thousand tn trillion trn";

const CURRENCY_WORDS: &str = "AUD CAD CHF CNY EUR GBP INR JPY RUB USD bitcoin bitcoins cent \
    cents dinar dinars dirham dirhams dollar dollars euro euros franc francs hryvnia hryvnias \
    krona krone kroner kronor lira liras naira pence peso pesos pounds rand reais real renminbi \
    riyal riyals rouble roubles ruble rubles rupee rupees shekel shekels sterling won yen yuan";

const CURRENCY_PREFIXES: &str =
    "A$ AUD C$ CAD CHF CNY EUR GBP HK$ INR JPY NZ$ R$ RUB Rs Rs. S$ US$ USD";

const TIME_ZONES: &str = "AEDT AEST BST CDT CEST CET CST CT EDT EEST EET EST ET GMT HKT IST \
    JST KST MDT MSK MST MT PDT PST PT SGT UTC";

/// Words that keep a trailing period in the tokenizer ("Sen.", "Inc.";
/// "Sra.", "Sig.", "Mevr." of the other languages' honorifics).
const TAKE_PERIOD: &str = "Adm Apr Assn Aug Ave Blvd Brig Bros Capt Cmdr Co Col Corp Cpl Dec \
    Dept Det Dr Feb Fri Ft Gen Gov Hon Inc Jan Jr Jul Jun Lt Ltd Maj Mar Messrs Mr Mrs Ms Mt Mx \
    Nov Oct Pres Prof Pvt Rd Rep Reps Rev Rs Sen Sens Sep Sept Sgt Sr St Supt Thurs Tues Univ \
    Wed vs Dhr Dott Dra Mevr Sig Sra Srta";

/// Words after which "of" continues a name, beyond the organisation,
/// place and title heads ("Secretary of State", "Duke of York").
const TAKE_OF: &str = "Secretary Kingdom Duke Earl Battle House Hall Bay Sea Isle Isles \
    Straits Bishop Prince Princess Queen King Mayor Governor Minister Ministers Republic";

/// Words that can start a date, time, amount or number (months, weekdays,
/// currency codes and spelled numbers aside).
const STARTERS: &str = "billions coming dozens early earlier following hundreds last late \
    later mid midnight millions next noon overnight past previous recent tens this thousands \
    today tomorrow tonight yesterday";

const SMALL_NUMBERS: &str = "two three four five six seven eight nine ten eleven twelve \
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen";
const TENS: &str = "twenty thirty forty fifty sixty seventy eighty ninety";
const UNIT_NUMBERS: &str = "one two three four five six seven eight nine";

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

/// One word or phrase of the lexicon. Its first 16 bytes are kept as two
/// zero-padded little-endian words, so that a lookup compares a key in two
/// integer compares (nearly every key is a word of 16 bytes or fewer)
/// instead of finding its bytes in a buffer and calling `memcmp`.
struct Entry {
    head: [u64; 2],
    len: u32,
    /// Where the bytes past the 16th of a longer key start in
    /// [`Lexicon::tails`].
    tail: u32,
    flags: Flags,
}

/// The lexicon's own hash table (not the crate's [`crate::hash::Interner`]):
/// every token of a text is looked up here once or more, and the general
/// interner's byte keys cost about three times the instructions a lookup.
struct Lexicon {
    /// Open addressing, linear probing: 0 is empty, else an index into
    /// `entries` + 1. Kept at most half full.
    slots: Vec<u32>,
    /// `64 - log2(slots.len())`: a hash's top bits pick the slot.
    shift: u32,
    entries: Vec<Entry>,
    /// The bytes past the 16th of the longer keys, one after another.
    tails: Vec<u8>,
}

/// Up to 8 bytes as a zero-padded little-endian word, in at most two
/// overlapping loads (the bytes they share are the same, so `|` keeps them).
#[inline]
fn pad8(b: &[u8]) -> u64 {
    match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (Some(x), Some(y)) => {
            let shift = 8 * (b.len().min(8) - 4) as u32;
            u64::from(u32::from_le_bytes(*x)) | u64::from(u32::from_le_bytes(*y)) << shift
        }
        _ => {
            let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
            at(0) | at(1) << 8 | at(2) << 16
        }
    }
}

/// The first 16 bytes of `key`, zero-padded, as two words.
#[inline]
fn head(key: &[u8]) -> [u64; 2] {
    let (a, rest) = key.split_at(key.len().min(8));
    [pad8(a), pad8(rest.get(..rest.len().min(8)).unwrap_or(&[]))]
}

impl Lexicon {
    fn with_capacity(n: usize) -> Lexicon {
        let size = (n * 2).next_power_of_two().max(16);
        Lexicon {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
            entries: Vec::with_capacity(n),
            tails: Vec::new(),
        }
    }

    /// The first slot to probe for a key of this head and length
    /// (Fibonacci hashing: the product's top bits).
    #[inline]
    fn home(&self, head: [u64; 2], len: usize) -> usize {
        let [a, b] = head;
        let h = (a ^ b.rotate_left(29) ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> self.shift) as usize
    }

    /// The entry of `key` (its index), or the empty slot where it would go.
    #[inline]
    fn find(&self, key: &[u8]) -> Result<usize, usize> {
        let head = head(key);
        let mask = self.slots.len().wrapping_sub(1);
        let mut s = self.home(head, key.len());
        loop {
            let i = match self.slots.get(s) {
                Some(&0) | None => return Err(s),
                Some(&i) => i as usize - 1,
            };
            if let Some(e) = self.entries.get(i) {
                let [a, b] = e.head;
                if a == head[0]
                    && b == head[1]
                    && e.len as usize == key.len()
                    && (key.len() <= 16
                        || self
                            .tails
                            .get(e.tail as usize..e.tail as usize + key.len() - 16)
                            == key.get(16..))
                {
                    return Ok(i);
                }
            }
            s = (s + 1) & mask;
        }
    }

    fn add(&mut self, word: &str, flags: Flags) {
        let key = word.as_bytes();
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        match self.find(key) {
            Ok(i) => {
                if let Some(e) = self.entries.get_mut(i) {
                    e.flags |= flags;
                }
            }
            Err(s) => {
                self.entries.push(Entry {
                    head: head(key),
                    len: key.len() as u32,
                    tail: self.tails.len() as u32,
                    flags,
                });
                self.tails.extend_from_slice(key.get(16..).unwrap_or(&[]));
                if let Some(slot) = self.slots.get_mut(s) {
                    *slot = self.entries.len() as u32;
                }
            }
        }
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        self.slots = vec![0; size];
        self.shift = 64 - size.trailing_zeros();
        let mask = size - 1;
        for (i, e) in self.entries.iter().enumerate() {
            let [a, b] = e.head;
            let h = (a ^ b.rotate_left(29) ^ u64::from(e.len)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            let mut s = (h >> self.shift) as usize;
            while self.slots.get(s).is_some_and(|&x| x != 0) {
                s = (s + 1) & mask;
            }
            if let Some(x) = self.slots.get_mut(s) {
                *x = i as u32 + 1;
            }
        }
    }

    fn add_all(&mut self, list: &str, separator: char, flags: Flags) {
        for word in list.split(separator).map(str::trim) {
            if !word.is_empty() {
                self.add(word, flags);
            }
        }
    }

    fn raw(&self, word: &str) -> Flags {
        self.raw_bytes(word.as_bytes())
    }

    #[inline]
    fn raw_bytes(&self, key: &[u8]) -> Flags {
        match self.find(key) {
            Ok(i) => self.entries.get(i).map_or(0, |e| e.flags),
            Err(_) => 0,
        }
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon::with_capacity(12_000);
    for (list, flags) in [
        (TITLES, TITLE),
        (TITLE_MODIFIERS, TITLE_MODIFIER),
        (TITLE_HEADS, TITLE_HEAD),
        (ROLES, ROLE),
        (ORG_TAILS, ORG_TAIL),
        (ORG_HEADS, ORG_HEAD),
        (PLACE_TAILS, PLACE_TAIL),
        (PLACE_HEADS, PLACE_HEAD),
        (EVENT_HEADS, EVENT_HEAD),
        (EVENT_TAILS, EVENT_TAIL),
        (PLACE_NOUNS, PLACE_NOUN),
        (KNOWN_PEOPLE, KNOWN_PERSON),
        (OPENERS, OPENER),
        (PARTICLES, PARTICLE),
        (WEEKDAYS, WEEKDAY),
        (TIME_UNITS, TIME_UNIT),
        (UNITS, UNIT),
        (MAGNITUDES, MAGNITUDE),
        (CURRENCY_WORDS, CURRENCY_WORD),
        (CURRENCY_PREFIXES, CURRENCY_PREFIX),
        (TIME_ZONES, TIME_ZONE),
        (TAKE_PERIOD, TAKES_PERIOD),
        (TAKE_OF, TAKES_OF),
        (STARTERS, STARTER),
        (SMALL_NUMBERS, SPELLED),
        (TENS, SPELLED),
    ] {
        lex.add_all(list, ' ', flags);
    }
    lex.add_all(KNOWN_ORGS, '|', KNOWN_ORG);
    super::formats::starters(|word| lex.add(word, LOCAL_START));
    for (n, names) in (1..).zip(MONTHS) {
        lex.add_all(names, ' ', n << MONTH_SHIFT);
    }
    for tens in TENS.split(' ') {
        for unit in UNIT_NUMBERS.split(' ') {
            lex.add(&format!("{tens}-{unit}"), SPELLED);
        }
    }
    tables::front_coded(tables::STOPWORDS_EN, |word| lex.add(word, STOP));
    for (table, flags) in [
        (tables::GIVEN_NAMES, GIVEN),
        (tables::SURNAMES, SURNAME),
        (tables::GROUPS, GROUP),
        (tables::COMMON_WORDS, COMMON),
    ] {
        tables::front_coded(table, |word| lex.add(word, flags));
    }
    for &(kind, table) in tables::PLACES {
        let flags = match kind {
            'c' => COUNTRY,
            's' => STATE,
            'r' => REGION,
            _ => CITY,
        };
        tables::front_coded(table, |name| lex.add(name, flags));
    }
    lex
});

/// What the lists say about `phrase` exactly as written (names, places,
/// groups, known organisations: the lists of phrases).
pub(crate) fn phrase_flags(phrase: &str) -> Flags {
    LEXICON.raw(phrase) & EXACT
}

/// What the lists say about the word `word`, whose lower case is `lower`:
/// the lists looked up as written (and without a trailing period for
/// titles, months and the like) and the lower-case lists.
pub(crate) fn word_flags(word: &str, lower: &str) -> Flags {
    let lex = &*LEXICON;
    let raw = lex.raw(word);
    let mut flags = raw & EXACT;
    if word.ends_with('.') {
        flags |= lex.raw(word.trim_end_matches('.')) & TRIMMED;
    }
    let low = if lower == word { raw } else { lex.raw(lower) };
    flags |= low & LOWER;
    if is_all_caps(word) {
        // "LONDON", "PRESIDENT": headlines and datelines in capitals say
        // what the word says in its usual case.
        flags |= CAPS | (lex.raw(&title_case(word)) & EXACT);
    }
    if flags & (COMMON | STOP) == 0 && common_plural(lex, lower) {
        flags |= COMMON;
    }
    flags
}

/// A capitalised particle inside personal names from Irish, Scottish,
/// Māori and Arabic naming ("Ní", "Mac", "Te", "Bin"): the name goes on
/// after it.
pub(crate) fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "Ní" | "Nic" | "Mac" | "Mhic" | "Uí" | "Ó" | "Ua" | "Te" | "Bin" | "Ibn" | "Binti" | "Bint"
    )
}

/// First words of organisations in French, Spanish, Italian, Portuguese
/// and German ("Agence France-Presse", "Banco Santander").
pub(crate) fn is_foreign_org_head(word: &str) -> bool {
    matches!(
        word,
        "Agence"
            | "Agencia"
            | "Agenzia"
            | "Agência"
            | "Banco"
            | "Banca"
            | "Banque"
            | "Compagnie"
            | "Compañía"
            | "Companhia"
            | "Société"
            | "Sociedad"
            | "Società"
            | "Groupe"
            | "Grupo"
            | "Gruppo"
            | "Instituto"
            | "Institut"
            | "Istituto"
            | "Universidad"
            | "Université"
            | "Università"
            | "Universidade"
            | "Universität"
            | "Deutsche"
            | "Fundación"
            | "Fondation"
            | "Fondazione"
            | "Partido"
            | "Parti"
            | "Partito"
    )
}

/// A word of two letters or more in capitals only ("LONDON", "U.S.").
pub(crate) fn is_all_caps(word: &str) -> bool {
    // Most words are rejected by their first lower-case ASCII letter,
    // without decoding characters.
    if word.bytes().any(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// Each word of `phrase`, a phrase in capitals, with its first letter kept
/// and the rest lower case ("NEW YORK" → "New York", "O'BRIEN" → "O'brien").
pub(crate) fn title_case(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    let mut start = true;
    for c in phrase.chars() {
        // Only phrases in capitals are title-cased: the first letter of each
        // word is upper case already (and no upper-casing table is needed).
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = c == ' ' || c == '-';
    }
    out
}

/// [`phrase_flags_any_case`] of a phrase put together as bytes (valid
/// UTF-8): it is checked as text only when it may be in capitals, which
/// most phrases are not (they have an ASCII lower-case letter).
pub(crate) fn phrase_bytes_flags_any_case(phrase: &[u8]) -> Flags {
    let flags = LEXICON.raw_bytes(phrase) & EXACT;
    if flags != 0 || phrase.iter().any(u8::is_ascii_lowercase) {
        return flags;
    }
    std::str::from_utf8(phrase).map_or(0, phrase_flags_any_case)
}

/// What the lists say about `phrase` as written or, when it is in
/// capitals ("NEW YORK"), in title case.
pub(crate) fn phrase_flags_any_case(phrase: &str) -> Flags {
    let flags = phrase_flags(phrase);
    if flags == 0 && is_all_caps(phrase) {
        return phrase_flags(&title_case(phrase));
    }
    flags
}

/// What the lower-case lists say about `lower` (a lower-case word).
pub(crate) fn lower_flags(lower: &str) -> Flags {
    LEXICON.raw(lower) & LOWER
}

/// True when `word` ends an organisation ("University", "Inc.").
pub(crate) fn is_org_tail(word: &str) -> bool {
    phrase_flags(word.trim_end_matches('.')) & ORG_TAIL != 0
}

/// The flags of `word`, lower-casing it here.
pub(crate) fn flags_of(word: &str) -> Flags {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) && word.is_ascii() {
        return word_flags(word, word);
    }
    // An ASCII word is lower-cased on the stack, not in a new `String`.
    let mut buf = [0u8; 32];
    if let Some(slot) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        slot.copy_from_slice(word.as_bytes());
        slot.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(slot) {
            return word_flags(word, lower);
        }
    }
    word_flags(word, &word.to_lowercase())
}

/// The regular plural of a common word ("updates", "cities", "boxes").
fn common_plural(lex: &Lexicon, lower: &str) -> bool {
    let found = |w: &[u8]| lex.raw_bytes(w) & COMMON != 0;
    let b = lower.as_bytes();
    if let Some(stem) = b.strip_suffix(b"ies") {
        let mut buf = [0u8; 64];
        if let Some(slot) = buf.get_mut(..stem.len()) {
            slot.copy_from_slice(stem);
            if let Some(y) = buf.get_mut(stem.len()) {
                *y = b'y';
            }
            if buf.get(..=stem.len()).is_some_and(found) {
                return true;
            }
        }
    }
    if b.strip_suffix(b"es").is_some_and(found) {
        return true;
    }
    b.strip_suffix(b"s").is_some_and(found)
}

/// True when `lower` (a lower-case word) is a common English word, directly
/// or as the regular plural of one.
pub(crate) fn is_common_word(lower: &str) -> bool {
    let lex = &*LEXICON;
    lex.raw(lower) & COMMON != 0 || common_plural(lex, lower)
}

/// The month of a word with these flags: "October", "Oct." → 10.
pub(crate) fn month(flags: Flags) -> Option<u8> {
    let m = ((flags & MONTH_MASK) >> MONTH_SHIFT) as u8;
    (m > 0).then_some(m)
}

/// The kind of place: `'c'` country, `'s'` US state, `'r'` region, `'t'` city.
pub(crate) fn place_kind(flags: Flags) -> Option<char> {
    if flags & COUNTRY != 0 {
        Some('c')
    } else if flags & STATE != 0 {
        Some('s')
    } else if flags & REGION != 0 {
        Some('r')
    } else if flags & CITY != 0 {
        Some('t')
    } else {
        None
    }
}

/// Endings of place names ("Lincolnshire", "Jacksonville", "Kazakhstan").
pub(crate) fn has_place_ending(word: &str) -> bool {
    ends_with_any(
        word,
        &[
            "shire", "ville", "burg", "burgh", "borough", "bury", "caster", "chester", "mouth",
            "stan", "abad", "pur", "grad", "polis",
        ],
    ) && word.chars().count() >= 6
}

/// `word` ends with one of `endings`: only those with its last byte are
/// compared (most have another, and each comparison is a call).
fn ends_with_any(word: &str, endings: &[&str]) -> bool {
    let b = word.as_bytes();
    b.last().is_some_and(|last| {
        endings
            .iter()
            .any(|e| e.as_bytes().last() == Some(last) && b.ends_with(e.as_bytes()))
    })
}

/// Common endings of surnames from outside the English-speaking world.
pub(crate) fn has_surname_ending(word: &str) -> bool {
    ends_with_any(
        word,
        &[
            "aev", "chenko", "chuk", "czyk", "enko", "escu", "ev", "evich", "evna", "idis",
            "ishvili", "iyev", "oglu", "opoulos", "ov", "ova", "ovic", "ovich", "ović", "ovna",
            "ska", "ski", "sky", "skyi", "vili", "wicz", "yan", "yev",
        ],
    ) && word.chars().count() >= 5
}

/// The canonical name of a well-known alias ("U.S." → "United States").
pub(crate) fn alias(phrase: &str) -> Option<&'static str> {
    ALIASES.iter().find(|(a, _)| *a == phrase).map(|(_, c)| *c)
}

/// Currency symbols before an amount.
pub(crate) fn is_currency_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '£' | '€' | '¥' | '₹' | '₽' | '₩' | '₪' | '₺' | '₴' | '₦' | '฿' | '₱'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_finds_keys_of_every_length_and_grows() {
        // Lengths around the two 8-byte words and the tail past 16 bytes;
        // keys that share their first 16 bytes differ in the tail.
        let keys: Vec<String> = (0..40)
            .map(|n| {
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN"
                    .get(..n)
                    .unwrap_or("")
                    .to_string()
            })
            .chain((0..300).map(|n| format!("Stadt der Namen von Nummer {n}")))
            .chain(["Ünïcödé", "ØØØØØØØØ"].map(String::from))
            .collect();
        let mut lex = Lexicon::with_capacity(4);
        for (k, key) in keys.iter().enumerate() {
            lex.add(key, 1 << (k % 40));
        }
        lex.add("abc", 1 << 60);
        for (k, key) in keys.iter().enumerate() {
            let want = (1 << (k % 40)) | if key == "abc" { 1 << 60 } else { 0 };
            assert_eq!(lex.raw(key), want, "{key:?}");
        }
        for absent in [
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO",
            "Stadt der Namen von Nummer 300",
            "abd",
            "Ünïcödë",
        ] {
            assert_eq!(lex.raw(absent), 0, "{absent:?}");
        }
    }

    #[test]
    fn lookups() {
        let f = |w: &str| flags_of(w);
        assert!(f("Sen.") & TITLE != 0 && f("Sen") & TAKES_PERIOD != 0);
        assert!(f("Inc.") & ORG_TAIL != 0 && f("White House") & KNOWN_ORG != 0);
        assert!(f("Envoy") & ROLE != 0 && f("envoy") & ROLE != 0);
        assert!(f("President") & (TITLE | ROLE) == TITLE | ROLE);
        assert_eq!(month(f("Sept.")), Some(9));
        assert_eq!(month(f("May")), Some(5));
        assert_eq!(month(f("Mayor")), None);
        assert!(f("twenty-five") & SPELLED != 0 && f("two") & SPELLED != 0);
        assert!(f("one") & SPELLED == 0 && f("twenty-eleven") & SPELLED == 0);
        assert!(f("Tues") & WEEKDAY != 0 && f("Wed.") & WEEKDAY != 0);
        assert_eq!(place_kind(phrase_flags("Russia")), Some('c'));
        assert_eq!(place_kind(phrase_flags("Atlanta")), Some('t'));
        assert_eq!(place_kind(phrase_flags("Tennessee")), Some('s'));
        assert_eq!(place_kind(phrase_flags("Europe")), Some('r'));
        assert_eq!(place_kind(phrase_flags("Atlantis")), None);
        assert_eq!(phrase_flags(""), 0);
        assert!(phrase_flags("Steve") & GIVEN != 0 && phrase_flags("Russian") & GROUP != 0);
        assert!(f("The") & STOP != 0 && f("the") & OPENER == 0 && f("The") & OPENER != 0);
        assert!(
            is_common_word("updates")
                && is_common_word("cities")
                && is_common_word("boxes")
                && is_common_word("key")
        );
        assert!(!is_common_word("ushakov") && !is_common_word("kremlin"));
        assert_eq!(alias("U.S."), Some("United States"));
    }
}
