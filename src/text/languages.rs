//! Per-language rules of the sentence splitter: which abbreviations never
//! end a sentence, which usually do not, which words typically open one,
//! and whether numbers with a period are ordinals (`12. Juni`).
//!
//! The lists are written by hand from the languages' usual abbreviations
//! (style guides and dictionaries' abbreviation tables), lower case, with
//! inner periods kept and spaces removed (`z. B.` is `z.b`) and without the
//! final period. They are small on purpose: a list does not need to be
//! complete, because a period after an unknown short word is judged by the
//! word that follows it.
//!
//! The marks of every script (`。`, `।`, `؟`, `۔`, `։`, `።`, `။`, ...) are
//! handled by the splitter whatever the language; see `sentences.rs`.

use std::sync::OnceLock;

use crate::hash::Interner;

/// The language a text is split as: an ISO 639-1 code, or `Auto`.
///
/// `Auto` (also any code without rules of its own) uses the English rules
/// plus the abbreviations of the other languages that cannot be mistaken
/// for English words, and the script rules of every script.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Lang {
    #[default]
    Auto,
    En,
    De,
    Fr,
    Es,
    It,
    Pt,
    Nl,
    Ru,
    Pl,
    Da,
    El,
    Bg,
    Sk,
    Kk,
    Hy,
    Hi,
    Mr,
    Ur,
    Fa,
    Ar,
    Am,
    My,
    Zh,
    Ja,
}

impl Lang {
    /// The language of an ISO 639-1 code (`"de"`, `"de-AT"`, `"DE"`);
    /// `Auto` for `"auto"`, an empty string and codes without rules.
    pub(crate) fn from_code(code: &str) -> Lang {
        let primary = code.split(['-', '_']).next().unwrap_or_default().trim();
        let mut buf = [0u8; 2];
        if primary.len() != 2 || !primary.is_ascii() {
            return Lang::Auto;
        }
        buf.copy_from_slice(primary.as_bytes());
        buf.make_ascii_lowercase();
        match &buf {
            b"en" => Lang::En,
            b"de" => Lang::De,
            b"fr" => Lang::Fr,
            b"es" => Lang::Es,
            b"it" => Lang::It,
            b"pt" => Lang::Pt,
            b"nl" => Lang::Nl,
            b"ru" => Lang::Ru,
            b"pl" => Lang::Pl,
            b"da" => Lang::Da,
            b"el" => Lang::El,
            b"bg" => Lang::Bg,
            b"sk" => Lang::Sk,
            b"kk" => Lang::Kk,
            b"hy" => Lang::Hy,
            b"hi" => Lang::Hi,
            b"mr" => Lang::Mr,
            b"ur" => Lang::Ur,
            b"fa" => Lang::Fa,
            b"ar" => Lang::Ar,
            b"am" => Lang::Am,
            b"my" => Lang::My,
            b"zh" => Lang::Zh,
            b"ja" => Lang::Ja,
            _ => Lang::Auto,
        }
    }

    /// The rule sets consulted for this language, in union.
    pub(crate) fn rules(self) -> (&'static Rules, Option<&'static Rules>) {
        match self {
            Lang::Auto => (&EN, Some(&AUTO_EXTRA)),
            Lang::En => (&EN, None),
            Lang::De => (&DE, None),
            Lang::Fr => (&FR, None),
            Lang::Es => (&ES, None),
            Lang::It => (&IT, None),
            Lang::Pt => (&PT, None),
            Lang::Nl => (&NL, None),
            Lang::Ru => (&RU, None),
            Lang::Pl => (&PL, None),
            Lang::Da => (&DA, None),
            Lang::El => (&EL, None),
            Lang::Bg => (&BG, None),
            Lang::Sk => (&SK, None),
            Lang::Kk => (&KK, None),
            Lang::Hy => (&HY, None),
            Lang::Hi => (&HI, None),
            Lang::Mr => (&MR, None),
            Lang::Ur => (&UR, None),
            Lang::Fa => (&FA, None),
            Lang::Ar => (&AR, None),
            Lang::Am => (&AM, None),
            Lang::My => (&MY, None),
            // Chinese and Japanese end sentences with full-width marks; a
            // period in their text is mostly English (`Dr.`, `No.`).
            Lang::Zh | Lang::Ja => (&EN, None),
        }
    }

    /// True when numbers followed by a period are ordinals (`12. Juni`,
    /// `1. Bundesliga`): a period after up to three digits then ends a
    /// sentence only before a typical sentence opener.
    pub(crate) fn period_ordinals(self) -> bool {
        matches!(self, Lang::De | Lang::Da | Lang::Pl | Lang::Sk)
    }

    /// True when `;` is the question mark (Greek).
    pub(crate) fn greek(self) -> bool {
        self == Lang::El
    }

    /// True for `Auto`, where script rules stand in for the language.
    pub(crate) fn is_auto(self) -> bool {
        self == Lang::Auto
    }
}

/// Flags of a word in a language's [`WordTable`]: the lists of [`Rules`]
/// that hold it.
pub(crate) const NEVER_FINAL: u8 = 1;
pub(crate) const ABBREVIATION: u8 = 2;
pub(crate) const CAPITALIZED: u8 = 4;
pub(crate) const BEFORE_NUMBER: u8 = 8;
pub(crate) const ENDER: u8 = 16;
pub(crate) const STARTER: u8 = 32;
pub(crate) const MONTH: u8 = 64;

/// All the words of a language's rule sets in one hash table, each with
/// the flags of the lists that hold it: one lookup per word instead of a
/// scan of every list.
pub(crate) struct WordTable {
    words: Interner,
    flags: Vec<u8>,
}

impl WordTable {
    fn new(sets: (&Rules, Option<&Rules>)) -> WordTable {
        let mut table = WordTable {
            words: Interner::with_capacity(512),
            flags: Vec::new(),
        };
        for rules in std::iter::once(sets.0).chain(sets.1) {
            for (list, flag) in [
                (rules.never_final, NEVER_FINAL),
                (rules.abbreviations, ABBREVIATION),
                (rules.capitalized, CAPITALIZED),
                (rules.before_number, BEFORE_NUMBER),
                (rules.enders, ENDER),
                (rules.starters, STARTER),
                (rules.months, MONTH),
            ] {
                for word in list.split_ascii_whitespace() {
                    let id = table.words.intern(word.as_bytes()) as usize;
                    if table.flags.len() <= id {
                        table.flags.resize(id + 1, 0);
                    }
                    table.flags[id] |= flag;
                }
            }
        }
        table
    }

    /// The flags of `word` (lower case), 0 when no list holds it.
    pub(crate) fn flags(&self, word: &str) -> u8 {
        self.words
            .get(word.as_bytes())
            .and_then(|id| self.flags.get(id as usize).copied())
            .unwrap_or(0)
    }
}

impl Lang {
    /// The word table of this language, built on first use.
    pub(crate) fn table(self) -> &'static WordTable {
        static TABLES: [OnceLock<WordTable>; 25] = [const { OnceLock::new() }; 25];
        TABLES[self as usize].get_or_init(|| WordTable::new(self.rules()))
    }
}

/// The abbreviation and opener lists of one language, each one string of
/// words separated by spaces (one literal costs less in the module than a
/// slice of them: no pointer and length per word).
pub(crate) struct Rules {
    /// Never end a sentence: titles before names (`Mr.`, `Dr. med.`) and
    /// abbreviations that always introduce something (`e.g.`, `z. B.`).
    pub never_final: &'static str,
    /// Usually continue the sentence, but may end it (`Inc.`, `usw.`): a
    /// period after them ends a sentence only before a sentence opener.
    pub abbreviations: &'static str,
    /// Like `abbreviations`, but ordinary words in lower case: they count
    /// only when capitalised (`Mass.`, `Wash.`).
    pub capitalized: &'static str,
    /// Not a boundary when a number follows (`No. 5`, `S. 12`, `стр. 4`).
    pub before_number: &'static str,
    /// Era and "and so on" markers that often end a sentence: a period
    /// after them ends it before any capitalised word (`v. Chr.`, `н. э.`).
    pub enders: &'static str,
    /// Capitalised words that typically open a sentence (pronouns,
    /// articles, conjunctions, sentence adverbs), lower case.
    pub starters: &'static str,
    /// Month names that may follow an ordinal day (`12. März`), lower case.
    pub months: &'static str,
}

#[rustfmt::skip]
pub(crate) static EN: Rules = Rules {
    never_final: concat!(
        // titles and honorifics, always followed by a name
        "adm atty brig capt cmdr col cpl dr fr gen gov hon lt ",
        "maj messrs mme mlle mr mrs ms msgr pres prof pvt rep ",
        "reps rev sen sens sgt supt ",
        // always followed by something
        "cf e.g eg i.e ie viz vs ",
    ),
    abbreviations: concat!(
        // organisations and names
        "assn bros co corp dept inc jr llc ltd mfg plc sr univ ",
        // addresses
        "ave blvd calif ft mt pl rd st ",
        // months and days
        "jan feb apr jun jul aug sep sept oct nov dec tues ",
        "thurs ",
        // general
        "al approx ca est etc ",
    ),
    capitalized: concat!(
        "ala ariz ark colo conn ct del fla ga ill ind kan kans ",
        "ky la mar mass md mich minn miss mo mon mont neb nev ",
        "okla ore pa sat sun tenn tex thu thur tue va vt wash ",
        "wed wis wyo ",
    ),
    before_number: concat!(
        "apr art aug ca ch dec feb fig figs jan jul jun mar ",
        "n° nº no nos nov oct op p pp sec sep sept vol vols ",
    ),
    enders: "b.c a.d b.c.e c.e",
    starters: concat!(
        "a after again all also although among an and another any ",
        "as at because before both but by despite did do does ",
        "during each even every for from further furthermore had has ",
        "have he her here his how however i if in indeed instead ",
        "is it its last later many meanwhile more moreover most much ",
        "my neither nevertheless next no nor not now of on once ",
        "one only or other our since so some still such that the ",
        "she their then there these they this those though thus to ",
        "under unlike until we were what when where whether which ",
        "while who why will with would yet you your ",
    ),
    months: "",
};

/// What `Auto` adds to English: abbreviations of other languages that are
/// not English words, so they cannot change how English text is split,
/// openers in other scripts, and month names that are not English.
#[rustfmt::skip]
pub(crate) static AUTO_EXTRA: Rules = Rules {
    never_final: concat!(
        "z.b d.h bzw vgl sog u.a z.t dr.med dipl hr sra srta ",
        "dra sig sig.ra dott avv dhr mevr bijv d.w.z p.ej p.ex ",
        "c.-à-d f.eks dvs bl.a np tj tzn tzw m.in ",
        "т.е т.н напр им см проф акад г-н г-жа т.нар π.χ δηλ ",
        "κ κα δρ डॉ प्रो श्री د أ.د ",
    ),
    abbreviations: concat!(
        "usw ggf evtl inkl mio mrd uds ud vds vd ecc enz osv ",
        "itd itp atď ee.uu ",
        "г гг др ул стр млн млрд тыс руб долл в вв ж ғ ",
        "κλπ αι χλμ թ թթ դ ",
    ),
    capitalized: "",
    before_number: "nr abs bd núm n.º pág págs стр с т № σελ",
    enders: concat!(
        "v.chr n.chr a.c d.c av.j.-c apr.j.-c j.-c н.э до.н.э т.д ",
        "т.п пр.хр сл.хр μ.χ б.з.б б.з մ.թ.ա մ.թ م هـ ",
        "ق.م ई.पू इ.स ",
    ),
    starters: concat!(
        // Cyrillic, Greek and Armenian openers cannot be English words.
        "в на он она оно они это этот эта эти но по как ",
        "когда однако после для так также я мы и а из при ",
        "той тя то те това след според от ",
        "ο η το οι τα στο στην αυτό αλλά και ένα μια δεν ",
        "για με από όμως ",
        "ол бұл мен біз сол бірақ және осы ",
    ),
    months: concat!(
        "januar februar märz mai juni juli oktober dezember janvier ",
        "février avril juin juillet août septembre octobre novembre ",
        "décembre marts maj ",
    ),
};

#[rustfmt::skip]
static DE: Rules = Rules {
    never_final: concat!(
        "dr prof hr fr hl st dipl dipl.-ing dr.med dr.phil ",
        "dr.jur dr.rer.nat med mag fa ",
        "z.b d.h bzw vgl sog s u.a z.t u.u i.d.r geb gest ",
        "verh ca evtl ggf inkl exkl lt gem ",
    ),
    abbreviations: concat!(
        "usw etc u.ä o.ä mio mrd tsd jh jhd jahrh str std ",
        "min tel hrsg bd bde abs art nr kap co inc ltd gmbh ",
        "jan feb aug sept okt nov dez ff f ",
    ),
    capitalized: "",
    before_number: "nr s abs art bd kap str ziff ca no",
    enders: "v.chr n.chr v.u.z u.z",
    starters: concat!(
        "der die das den dem des ein eine einen einem er sie ",
        "es wir ich ihr man im am in auf aus bei mit nach ",
        "seit von vor zum zur für um über unter aber doch und ",
        "oder denn auch dann da dies diese dieser dieses damit ",
        "dabei dazu daher deshalb jedoch trotzdem so als wenn wie ",
        "was wer wo nun noch nicht kein keine laut zudem ",
        "außerdem bereits heute gestern sein seine ihre viele alle ",
        "beim vom ab bis während nachdem obwohl später danach ",
    ),
    months: concat!(
        "januar jänner februar märz april mai juni juli august ",
        "september oktober november dezember ",
    ),
};

#[rustfmt::skip]
static FR: Rules = Rules {
    never_final: concat!(
        "mm mme mmes mlle mlles dr pr me mgr st ste ",
        "cf p.ex c.-à-d env av apr vs ca ",
    ),
    abbreviations: concat!(
        "etc hab éd vol chap art min max cie bd av janv févr ",
        "avr juill sept oct nov déc n° ibid ",
    ),
    capitalized: "",
    before_number: "p pp n° no vol chap art t fig",
    enders: "j.-c av.j.-c apr.j.-c è.c av.è.c",
    starters: concat!(
        "le la les un une des il elle ils elles on ce cette ",
        "ces cet en dans pour par mais et au aux du de selon ",
        "depuis après avant lors alors pourtant cependant ainsi enfin ",
        "je nous vous si quand comme son sa ses leur leurs sur ",
        "sous avec sans aujourd'hui c l d qu j n s à puis ",
        "mais donc or toutefois néanmoins ",
    ),
    months: "",
};

#[rustfmt::skip]
static ES: Rules = Rules {
    never_final: concat!(
        "sr sra srta srs sres dr dra lic ing prof sto sta d ",
        "dña p.ej vs aprox cf av avda ca st ",
    ),
    abbreviations: concat!(
        "ud uds vd vds etc ee.uu cía dpto s.a ltda máx mín ",
        "ene feb abr ago sept oct nov dic ",
    ),
    capitalized: "",
    before_number: "núm n.º nº pág págs art p pp vol cap",
    enders: "a.c d.c a.de.c d.de.c a.e.c e.c",
    starters: concat!(
        "el la los las un una unos unas en por para pero con ",
        "de del este esta esto estos estas ese esa eso él ella ",
        "ellos ellas se su sus no sin sobre según tras desde ",
        "durante cuando como aunque también además así al y lo le ",
        "les hay es fue era ha mientras después antes entonces ya ",
        "yo nosotros sin a otro otra ",
    ),
    months: "",
};

#[rustfmt::skip]
static IT: Rules = Rules {
    never_final: concat!(
        "sig sig.ra sigg dott dott.ssa prof prof.ssa ing avv on geom ",
        "rag mons s es p.es cfr ca st dr ",
    ),
    abbreviations: concat!(
        "ecc vol cap art sec s.p.a s.r.l gen feb apr giu lug ",
        "ago sett ott nov dic ",
    ),
    capitalized: "",
    before_number: "n nn pag pagg p pp art vol cap fig",
    enders: "a.c d.c p.e.v e.v a.e.v",
    starters: concat!(
        "il lo la i gli le un uno una in per ma e con da ",
        "dal dalla del della nel nella questo questa questi queste ",
        "quel quella egli lui lei loro non si su sul secondo dopo ",
        "prima durante quando come anche inoltre tuttavia così già al ",
        "alla ci c l dell nell all un a è era ha io noi ",
    ),
    months: "",
};

#[rustfmt::skip]
static PT: Rules = Rules {
    never_final: concat!(
        "sr sra srta dr dra prof profa eng d exmo exma v.exa ",
        "p.ex ex av cf vs aprox ca st ",
    ),
    abbreviations: concat!(
        "etc cia ltda s.a jan fev abr mai jun jul ago set out ",
        "nov dez ",
    ),
    capitalized: "",
    before_number: "n.º nº pág p pp art cap vol fig",
    enders: "a.c d.c a.e.c e.c",
    starters: concat!(
        "o a os as um uma em no na nos nas por para mas ",
        "com de do da dos das este esta isto esse essa isso ",
        "ele ela eles elas não se seu sua segundo depois antes ",
        "durante quando como também além assim já e ao aos à há ",
        "é foi era entretanto porém contudo eu nós ",
    ),
    months: "",
};

#[rustfmt::skip]
static NL: Rules = Rules {
    never_final: concat!(
        "dhr mevr mw mr dr drs ir ing prof st bijv d.w.z o.a ",
        "i.p.v m.b.t t.a.v z.g.a zgn ca ong vs jl ",
    ),
    abbreviations: concat!(
        "enz e.d etc resp incl excl vnl blz nr jan feb mrt apr ",
        "jun jul aug sep okt nov dec bv nv ",
    ),
    capitalized: "",
    before_number: "nr blz p art no",
    enders: "v.chr n.chr v.c n.c",
    starters: concat!(
        "de het een dit dat deze die hij zij ze wij we ik in ",
        "op maar en ook er na toen als om van voor met bij ",
        "volgens sinds tijdens daarna daarom dus zo nu wat wie ",
        "waar hoe niet geen het u jij ",
    ),
    months: "",
};

#[rustfmt::skip]
static RU: Rules = Rules {
    never_final: concat!(
        "т.е т.н т.к напр им см ср проф акад ген св тов гр ",
        "г-н г-жа ок около ",
    ),
    abbreviations: concat!(
        "г гг др пр ул д кв стр с млн млрд тыс руб коп ",
        "долл в вв чел мин км обл р пос дер жж т ",
    ),
    capitalized: "",
    before_number: "стр с т ст д кв № п гл рис ч",
    enders: "н.э до.н.э т.д т.п и.т.д и.т.п др и.др",
    starters: concat!(
        "в во на он она оно они это этот эта эти но по с ",
        "со как когда однако при после для так также я мы вы ",
        "и а из к о об у за от до все его ее её их ",
        "там тогда сейчас кроме если хотя что чтобы между через ",
        "по не ни в поэтому впрочем тем кроме сегодня вчера ",
    ),
    months: "",
};

#[rustfmt::skip]
static PL: Rules = Rules {
    never_final: concat!(
        "np tj tzn tzw m.in ok ul al pl prof inż św ks gen ",
        "płk ppłk kpt mjr por doc hab dyr prez red pt wg ds ",
    ),
    abbreviations: concat!(
        "itd itp r w godz tys proc zł ang łac niem franc cd ",
        "ur zm woj pow gm s nr ww jw ",
    ),
    capitalized: "",
    before_number: "nr s godz str poz art ust pkt t rozdz",
    enders: "p.n.e n.e",
    starters: concat!(
        "w we na nie to ten ta te jest jak po od do z ze ",
        "za a i ale jednak według przez dla jego jej ich już ",
        "także również on ona oni co gdy kiedy tak był była ",
        "było byli o u przy przed po pod nad obecnie dziś wtedy ",
        "ja my wy czy ",
    ),
    months: "",
};

#[rustfmt::skip]
static DA: Rules = Rules {
    never_final: concat!(
        "f.eks dvs bl.a jf hr fr frk dr prof ca iflg evt mht ",
        "vedr ang gl st sct ",
    ),
    abbreviations: concat!(
        "osv mv m.m m.fl kr pct mio mia nr kl s jan feb ",
        "aug sept okt nov dec aps a/s ",
    ),
    capitalized: "",
    before_number: "nr kl s stk pkt kap",
    enders: "f.kr e.kr evt fvt",
    starters: concat!(
        "den det de der han hun vi jeg i men og som efter ",
        "da nu en et denne dette disse for med på til hvis ",
        "når hvor hvad hvem ikke også så derfor dog ifølge siden ",
        "mens om fra af ved under over senere her ",
    ),
    months: "",
};

#[rustfmt::skip]
static EL: Rules = Rules {
    never_final: "κ κα δρ καθ π.χ δηλ βλ πρβλ αγ στ",
    abbreviations: concat!(
        "κλπ κ.λπ κ.ά κ.α αι χλμ τ.μ εκατ δισ χιλ ευρ ιαν ",
        "φεβ απρ αυγ σεπτ οκτ νοε δεκ ",
    ),
    capitalized: "",
    before_number: "σελ αρ άρθ τ κεφ",
    // "π.χ." (for example) is also "π.Χ." (BC): it stays never-final.
    enders: "μ.χ π.κ.ε κ.ε",
    starters: concat!(
        "ο η το οι τα τον την του της των στο στη στην στον ",
        "στα στις στους σε αυτό αυτή αυτός αυτά αλλά και ένα ",
        "ένας μια μία δεν για με από όμως ωστόσο επίσης όταν ",
        "αν εάν πώς τι ποιος εγώ εμείς μετά πριν κατά σύμφωνα ",
        "έτσι τότε σήμερα ",
    ),
    months: "",
};

#[rustfmt::skip]
static BG: Rules = Rules {
    never_final: concat!(
        "т.е т.нар напр проф акад доц ген гр ул бул пл с св ",
        "г-н г-жа г-ца вж ок ",
    ),
    abbreviations: concat!(
        "г гг в вв др млн млрд хил лв ст стр км мин ч ",
        "обл общ ",
    ),
    capitalized: "",
    before_number: "стр с т ал чл № гл",
    enders: "пр.хр сл.хр пр.н.е н.е и.т.н т.н и.др",
    starters: concat!(
        "в във на той тя то те това този тази тези но след ",
        "за от според с със и как когато по при ако макар ",
        "който която които също така тогава днес аз ние вие а ",
        "не до през към освен затова обаче ",
    ),
    months: "",
};

#[rustfmt::skip]
static SK: Rules = Rules {
    never_final: concat!(
        "napr t.j tzv resp p pí ing mgr bc phdr rndr mudr ",
        "judr paeddr doc prof ul nám sv cca č tj ",
    ),
    abbreviations: concat!(
        "atď a.pod a.i r st tis mil mld hod min s str sl ",
        "eur kč spol s.r.o a.s ",
    ),
    capitalized: "",
    before_number: "č s str ods písm hod čl",
    enders: "pred.n.l n.l pr.n.l",
    starters: concat!(
        "v vo na to je sa ale a po od do z zo za ",
        "podľa tento táto toto ten tá tie už aj ako keď on ",
        "ona oni pre pri s so tiež no nie o k ku preto ",
        "potom dnes ja my vy čo kto kde medzi počas ",
    ),
    months: "",
};

#[rustfmt::skip]
static KK: Rules = Rules {
    never_final: "мыс т.с проф акад көш к-сі",
    abbreviations: "ж жж ғ ғғ млн млрд мың км т.б т.с.с тг с",
    capitalized: "",
    before_number: "б № т",
    enders: "б.з.б б.з т.б т.с.с т.т",
    starters: concat!(
        "ол олар бұл мен біз сіз сен сол бірақ және осы онда ",
        "сонымен кейін алайда сондықтан қазір бүгін егер себебі яғни ",
        "ал сондай тағы әрі соңғы бір ",
    ),
    months: "",
};

#[rustfmt::skip]
static HY: Rules = Rules {
    never_final: "պրն տկն օր տե՛ս պրոֆ դոկտ",
    abbreviations: "թ թթ դ դդ կմ մլն մլրդ հզ ժ ր էջ",
    capitalized: "",
    before_number: "էջ հ №",
    enders: "մ.թ.ա մ.թ և.այլն այլն",
    starters: concat!(
        "նա նրանք այս այդ այն բայց և իսկ սակայն ես մենք դուք ",
        "երբ եթե հետո այսպիսով ըստ որպես ",
    ),
    months: "",
};

#[rustfmt::skip]
static HI: Rules = Rules {
    never_final: "डॉ प्रो श्री श्रीमती सुश्री कु मो स्व",
    abbreviations: "पृ सं क्र लि प्रा",
    capitalized: "",
    before_number: "पृ क्र सं",
    enders: "ई.पू ई वि.सं",
    starters: "",
    months: "",
};

#[rustfmt::skip]
static MR: Rules = Rules {
    never_final: "डॉ प्रा प्रो श्री सौ कु श्रीमती चि ह.भ.प",
    abbreviations: "पृ क्र लि सं",
    capitalized: "",
    before_number: "पृ क्र",
    enders: "इ.स.पू इ.स",
    starters: "",
    months: "",
};

/// Urdu ends sentences with `۔` and rarely abbreviates with a period.
#[rustfmt::skip]
static UR: Rules = Rules {
    never_final: "ڈاکٹر پروفیسر",
    abbreviations: "ص ج",
    capitalized: "",
    before_number: "ص ج نمبر",
    enders: "ق.م ء",
    starters: "",
    months: "",
};

#[rustfmt::skip]
static FA: Rules = Rules {
    never_final: "دکتر مهندس آقای خانم",
    abbreviations: "ج ص ش",
    capitalized: "",
    before_number: "ص ج ش",
    enders: "ق.م ه.ق ه.ش م",
    starters: "",
    months: "",
};

#[rustfmt::skip]
static AR: Rules = Rules {
    never_final: "د أ أ.د م.د",
    abbreviations: "ج ص ت ط",
    capitalized: "",
    before_number: "ص ج ط رقم",
    enders: "م هـ ق.م ه",
    starters: "",
    months: "",
};

/// Amharic ends sentences with `።` and abbreviates with `/` (`ዶ/ር`) or `.`
/// (`ዓ.ም.`); a period after those never ends a sentence on its own.
#[rustfmt::skip]
static AM: Rules = Rules {
    never_final: "ዶ/ር አቶ ወ/ሮ ወ/ት ፕ/ር",
    abbreviations: "ዓ.ም ዓ.ዓ ክ.ዘ",
    capitalized: "",
    before_number: "",
    enders: "",
    starters: "",
    months: "",
};

/// Burmese ends sentences with `။` and does not abbreviate with a period.
static MY: Rules = Rules {
    never_final: "",
    abbreviations: "",
    capitalized: "",
    before_number: "",
    enders: "",
    starters: "",
    months: "",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(Lang::from_code("de"), Lang::De);
        assert_eq!(Lang::from_code("DE-at"), Lang::De);
        assert_eq!(Lang::from_code("pt_BR"), Lang::Pt);
        assert_eq!(Lang::from_code("auto"), Lang::Auto);
        assert_eq!(Lang::from_code(""), Lang::Auto);
        assert_eq!(Lang::from_code("sv"), Lang::Auto);
        assert_eq!(Lang::from_code("ü"), Lang::Auto);
    }

    #[test]
    fn lists_are_lower_case_without_final_period() {
        let all = [
            &EN,
            &AUTO_EXTRA,
            &DE,
            &FR,
            &ES,
            &IT,
            &PT,
            &NL,
            &RU,
            &PL,
            &DA,
            &EL,
            &BG,
            &SK,
            &KK,
            &HY,
            &HI,
            &MR,
            &UR,
            &FA,
            &AR,
            &AM,
            &MY,
        ];
        for rules in all {
            for list in [
                rules.never_final,
                rules.abbreviations,
                rules.capitalized,
                rules.before_number,
                rules.enders,
                rules.starters,
                rules.months,
            ] {
                for word in list.split_ascii_whitespace() {
                    assert_eq!(word, word.to_lowercase(), "{word}");
                    assert!(!word.ends_with('.'), "{word}");
                }
            }
        }
    }
}
