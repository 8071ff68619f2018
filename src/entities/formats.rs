//! Local formats of dates, amounts, percentages and numbers in German,
//! French, Spanish, Italian, Dutch, Portuguese and Russian: the words the
//! numeric scanner (`numeric.rs`) reads around the digits — month names
//! (with their abbreviations and, in Russian, their cases), weekdays,
//! magnitudes ("Mio.", "millions", "млн"), currencies ("Euro", "dólares",
//! "рублей"), percent words ("Prozent", "pour cent"), the small words
//! inside dates ("5 de mayo de 2024") and the prepositions before a lone
//! month ("im Juni"). Hand-written for this project.
//!
//! Each language's words are interned once, on first use, in one table
//! looked up by the token's lower case: no table is built per call.

use std::sync::LazyLock;

use crate::hash::Interner;
use crate::Lang;

/// What a word is in a language's formats: a set of the flags below.
pub(crate) type Info = u32;

/// Bits 0..4: the month number of a month name ("juni", "мая" → 6, 5).
const MONTH_MASK: Info = 15;
/// An abbreviation ("Okt.", "janv.", "млн."): it may take a period, and a
/// month abbreviation makes a date only beside a day or a year.
pub(crate) const ABBR: Info = 1 << 4;
/// A weekday ("Montag", "lundi").
pub(crate) const WEEKDAY: Info = 1 << 5;
/// A magnitude after an amount ("Millionen", "Mio.", "millones", "млн").
pub(crate) const MAGNITUDE: Info = 1 << 6;
/// A currency after an amount ("Euro", "dólares", "рублей").
pub(crate) const CURRENCY: Info = 1 << 7;
/// A percent word after a number ("Prozent", "procent", "процента").
pub(crate) const PERCENT: Info = 1 << 8;
/// The first word of a two-word percent ("pour" of "pour cent").
pub(crate) const PERCENT_LEAD: Info = 1 << 9;
/// The second word of a two-word percent ("cent", "ciento", "cento").
pub(crate) const PERCENT_TAIL: Info = 1 << 10;
/// A small word inside a date or before a currency ("de", "del", "di").
pub(crate) const OF: Info = 1 << 11;
/// A word for "year" after a year ("года", "г.").
pub(crate) const YEAR_WORD: Info = 1 << 12;
/// A preposition before a lone month ("im", "seit", "en", "в").
pub(crate) const CONTEXT: Info = 1 << 13;
/// A qualifier that joins a month ("Anfang", "Mitte", "Ende").
pub(crate) const QUALIFIER: Info = 1 << 14;
/// A date on its own ("heute", "hier", "вчера").
pub(crate) const RELATIVE: Info = 1 << 15;
/// A unit of a day or longer after a count ("3 Jahre", "deux semaines"):
/// the count and the unit are a date, as in English.
pub(crate) const DURATION: Info = 1 << 16;
/// A unit shorter than a day after a count ("80 Minuten", "2 heures"): a
/// time.
pub(crate) const SHORT_DURATION: Info = 1 << 17;
/// A unit of measure after a number ("Meter", "metri", "градусов"): the
/// number and the unit are one quantity, and the number is no year ("a
/// 1400 metri").
pub(crate) const MEASURE: Info = 1 << 18;

/// The formats of one language, as written by hand: space-separated
/// lower-case words; abbreviations end in a period.
struct Source {
    lang: Lang,
    /// The forms of each month, January first.
    months: [&'static str; 12],
    weekdays: &'static str,
    magnitudes: &'static str,
    currencies: &'static str,
    percents: &'static str,
    percent_leads: &'static str,
    percent_tails: &'static str,
    of: &'static str,
    year_words: &'static str,
    context: &'static str,
    qualifiers: &'static str,
    relative: &'static str,
    /// Units of a day or longer ("Jahre", "semaines"), in every form a
    /// count takes.
    durations: &'static str,
    /// Units shorter than a day ("Minuten", "heures").
    short_durations: &'static str,
    /// Units of measure ("Meter", "mètres", "метров").
    measures: &'static str,
    /// The day is written with a period ("12. Juni").
    day_period: bool,
    /// Month names are written in lower case (all but German).
    lower_months: bool,
}

const SOURCES: [Source; 7] = [
    Source {
        lang: Lang::De,
        months: [
            "januar jänner jan.",
            "februar feber feb. febr.",
            "märz mär. mrz.",
            "april apr.",
            "mai",
            "juni jun.",
            "juli jul.",
            "august aug.",
            "september sep. sept.",
            "oktober okt.",
            "november nov.",
            "dezember dez.",
        ],
        weekdays: "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
        magnitudes: "tausend tsd. mio. million millionen mrd. milliarde milliarden bio. billion billionen",
        currencies: "euro eur dollar us-dollar franken pfund rubel yen yuan cent",
        percents: "prozent prozentpunkt prozentpunkte prozentpunkten",
        percent_leads: "",
        percent_tails: "",
        of: "",
        year_words: "",
        context: "im in seit bis ab vom zum am anfang mitte ende",
        qualifiers: "anfang mitte ende",
        relative: "heute gestern vorgestern übermorgen",
        durations: "jahr jahre jahren jahres monat monate monaten monats woche wochen tag tage tagen jahrzehnt jahrzehnte jahrzehnten jahrhundert jahrhunderte jahrhunderten",
        short_durations: "stunde stunden std. minute minuten min. sekunde sekunden sek.",
        measures: "meter metern kilometer kilometern zentimeter millimeter quadratmeter kilogramm gramm tonnen liter grad",
        day_period: true,
        lower_months: false,
    },
    Source {
        lang: Lang::Fr,
        months: [
            "janvier janv.",
            "février févr. fév.",
            "mars",
            "avril avr.",
            "mai",
            "juin",
            "juillet juil.",
            "août",
            "septembre sept.",
            "octobre oct.",
            "novembre nov.",
            "décembre déc.",
        ],
        weekdays: "lundi mardi mercredi jeudi vendredi samedi dimanche",
        magnitudes: "mille million millions milliard milliards md. mds.",
        currencies: "euro euros dollar dollars franc francs livre livres yen yens yuan yuans rouble roubles",
        percents: "",
        percent_leads: "pour",
        percent_tails: "cent",
        of: "de",
        year_words: "",
        context: "en depuis début fin",
        qualifiers: "début fin",
        relative: "aujourd'hui aujourd’hui hier demain avant-hier",
        durations: "an ans année années mois semaine semaines jour jours décennie décennies siècle siècles",
        short_durations: "heure heures minute minutes min. seconde secondes",
        measures: "mètre mètres kilomètre kilomètres centimètres millimètres kilos kilogrammes grammes tonnes litres degrés",
        day_period: false,
        lower_months: true,
    },
    Source {
        lang: Lang::Es,
        months: [
            "enero ene.",
            "febrero feb.",
            "marzo mar.",
            "abril abr.",
            "mayo may.",
            "junio jun.",
            "julio jul.",
            "agosto ago.",
            "septiembre setiembre sep. sept.",
            "octubre oct.",
            "noviembre nov.",
            "diciembre dic.",
        ],
        weekdays: "lunes martes miércoles jueves viernes sábado domingo",
        magnitudes: "mil millón millones billón billones",
        currencies: "euro euros dólar dólares peso pesos libra libras yen yenes yuan yuanes rublo rublos",
        percents: "",
        percent_leads: "por",
        percent_tails: "ciento",
        of: "de del",
        year_words: "",
        context: "en desde hasta principios mediados finales",
        qualifiers: "",
        relative: "hoy ayer anteayer",
        durations: "año años mes meses semana semanas día días década décadas siglo siglos",
        short_durations: "hora horas minuto minutos min. segundo segundos",
        measures: "metro metros kilómetro kilómetros centímetros milímetros kilos kilogramos gramos toneladas litros grados",
        day_period: false,
        lower_months: true,
    },
    Source {
        lang: Lang::It,
        months: [
            "gennaio gen.",
            "febbraio feb.",
            "marzo mar.",
            "aprile apr.",
            "maggio mag.",
            "giugno giu.",
            "luglio lug.",
            "agosto ago.",
            "settembre set.",
            "ottobre ott.",
            "novembre nov.",
            "dicembre dic.",
        ],
        weekdays: "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        magnitudes: "mila mille milione milioni miliardo miliardi mln. mld. mrd.",
        currencies: "euro dollaro dollari sterlina sterline franco franchi rublo rubli yen yuan",
        percents: "percento",
        percent_leads: "per",
        percent_tails: "cento",
        of: "di",
        year_words: "",
        context: "a in da dal nel del al fino inizio metà fine",
        qualifiers: "",
        relative: "oggi ieri domani",
        durations: "anno anni mese mesi settimana settimane giorno giorni decennio decenni secolo secoli",
        short_durations: "ora ore minuto minuti min. secondo secondi",
        measures: "metro metri chilometro chilometri centimetri millimetri chili chilogrammi grammi tonnellate litri gradi",
        day_period: false,
        lower_months: true,
    },
    Source {
        lang: Lang::Nl,
        months: [
            "januari jan.",
            "februari feb.",
            "maart mrt.",
            "april apr.",
            "mei",
            "juni jun.",
            "juli jul.",
            "augustus aug.",
            "september sep. sept.",
            "oktober okt.",
            "november nov.",
            "december dec.",
        ],
        weekdays: "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        magnitudes: "duizend miljoen miljoenen miljard miljarden mln. mld.",
        currencies: "euro dollar pond frank roebel yen yuan",
        percents: "procent procentpunt procentpunten",
        percent_leads: "",
        percent_tails: "",
        of: "",
        year_words: "",
        context: "in sinds tot begin half eind",
        qualifiers: "",
        relative: "vandaag gisteren eergisteren",
        durations: "jaar jaren maand maanden week weken dag dagen decennium decennia eeuw eeuwen",
        short_durations: "uur uren minuut minuten min. seconde seconden",
        measures: "meter kilometer centimeter millimeter kilo kilogram gram ton liter graden",
        day_period: false,
        lower_months: true,
    },
    Source {
        lang: Lang::Pt,
        months: [
            "janeiro jan.",
            "fevereiro fev.",
            "março mar.",
            "abril abr.",
            "maio mai.",
            "junho jun.",
            "julho jul.",
            "agosto ago.",
            "setembro set.",
            "outubro out.",
            "novembro nov.",
            "dezembro dez.",
        ],
        weekdays: "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
        magnitudes: "mil milhão milhões bilhão bilhões milhar milhares",
        currencies: "euro euros real reais dólar dólares libra libras",
        percents: "",
        percent_leads: "por",
        percent_tails: "cento",
        of: "de do",
        year_words: "",
        context: "em desde até início meados fim final",
        qualifiers: "",
        relative: "hoje ontem anteontem",
        durations: "ano anos mês meses semana semanas dia dias década décadas século séculos",
        short_durations: "hora horas minuto minutos min. segundo segundos",
        measures: "metro metros quilômetro quilômetros quilómetros centímetros milímetros quilos quilogramas gramas toneladas litros graus",
        day_period: false,
        lower_months: true,
    },
    Source {
        lang: Lang::Ru,
        months: [
            "январь января январе янв.",
            "февраль февраля феврале фев. февр.",
            "март марта марте мар.",
            "апрель апреля апреле апр.",
            "май мая мае",
            "июнь июня июне июн.",
            "июль июля июле июл.",
            "август августа августе авг.",
            "сентябрь сентября сентябре сен. сент.",
            "октябрь октября октябре окт.",
            "ноябрь ноября ноябре нояб.",
            "декабрь декабря декабре дек.",
        ],
        weekdays: "понедельник вторник четверг пятница пятницу суббота субботу воскресенье",
        magnitudes: "тыс. тысяча тысячи тысяч млн. миллион миллиона миллионов млрд. миллиард миллиарда миллиардов трлн.",
        currencies: "рубль рубля рублей руб. доллар доллара долларов евро юань юаня юаней",
        percents: "процент процента процентов",
        percent_leads: "",
        percent_tails: "",
        of: "",
        year_words: "год года году г.",
        context: "в с до к по",
        qualifiers: "",
        relative: "сегодня вчера завтра позавчера",
        durations: "год года году лет месяц месяца месяцев неделя недели недель неделю день дня дней десятилетие десятилетия десятилетий век века веков",
        short_durations: "час часа часов минута минуты минут минуту мин. секунда секунды секунд секунду сек.",
        measures: "метр метра метров километр километра километров сантиметров миллиметров килограмм килограммов грамм граммов тонн тонны литр литров градус градуса градусов",
        day_period: false,
        lower_months: true,
    },
];

/// The formats of one language, ready for lookups.
pub(crate) struct Formats {
    words: Interner,
    info: Vec<Info>,
    /// The day is written with a period ("12. Juni").
    pub day_period: bool,
    /// Month names are written in lower case: a capitalised one inside a
    /// sentence is a name ("Plaza de Mayo").
    pub lower_months: bool,
}

impl Formats {
    /// What the table says about `lower` (a lower-case word), also without
    /// a trailing period for abbreviations ("okt." → "okt").
    pub fn info(&self, lower: &str) -> Info {
        let get = |w: &str| {
            self.words
                .get(w.as_bytes())
                .and_then(|id| self.info.get(id as usize))
                .copied()
                .unwrap_or(0)
        };
        match lower.strip_suffix('.') {
            Some(trimmed) if get(lower) == 0 => {
                Some(get(trimmed)).filter(|i| i & ABBR != 0).unwrap_or(0)
            }
            _ => get(lower),
        }
    }
}

/// The month number in `info`, if it is a month name.
pub(crate) fn month(info: Info) -> Option<u8> {
    let m = (info & MONTH_MASK) as u8;
    (m > 0).then_some(m)
}

impl Formats {
    /// Adds every word of `list` with `flags`, an abbreviation without
    /// its period and with `ABBR`.
    fn add_all(&mut self, list: &str, flags: Info) {
        for word in list.split_ascii_whitespace() {
            let (word, flags) = match word.strip_suffix('.') {
                Some(stem) => (stem, flags | ABBR),
                None => (word, flags),
            };
            let id = self.words.intern(word.as_bytes()) as usize;
            if self.info.len() <= id {
                self.info.resize(id + 1, 0);
            }
            if let Some(slot) = self.info.get_mut(id) {
                *slot |= flags;
            }
        }
    }
}

impl Source {
    /// The lists other than the months, each with what its words are.
    fn lists(&self) -> [(&'static str, Info); 14] {
        [
            (self.weekdays, WEEKDAY),
            (self.qualifiers, QUALIFIER),
            (self.relative, RELATIVE),
            (self.magnitudes, MAGNITUDE),
            (self.currencies, CURRENCY),
            (self.percents, PERCENT),
            (self.percent_leads, PERCENT_LEAD),
            (self.percent_tails, PERCENT_TAIL),
            (self.of, OF),
            (self.year_words, YEAR_WORD),
            (self.context, CONTEXT),
            (self.durations, DURATION),
            (self.short_durations, SHORT_DURATION),
            (self.measures, MEASURE),
        ]
    }
}

static TABLES: LazyLock<Vec<(Lang, Formats)>> = LazyLock::new(|| {
    let mut tables = Vec::with_capacity(SOURCES.len());
    for s in &SOURCES {
        let mut f = Formats {
            words: Interner::with_capacity(128),
            info: Vec::with_capacity(128),
            day_period: s.day_period,
            lower_months: s.lower_months,
        };
        for (n, forms) in (1..).zip(s.months) {
            f.add_all(forms, n);
        }
        for (list, flags) in s.lists() {
            f.add_all(list, flags);
        }
        tables.push((s.lang, f));
    }
    tables
});

/// The formats of `lang`, when it has its own (English and the languages
/// without rules use the English scanner alone).
pub(crate) fn formats(lang: Lang) -> Option<&'static Formats> {
    TABLES.iter().find(|(l, _)| *l == lang).map(|(_, f)| f)
}

/// Calls `add` with every word that can start a date in some language
/// (months, weekdays, relative dates and qualifiers), in lower case, with
/// and without an abbreviation's period: the lexicon flags them so that
/// the scanner looks only those up.
pub(crate) fn starters(mut add: impl FnMut(&str)) {
    for s in &SOURCES {
        let lists = s.lists();
        let starting = lists.get(..3).unwrap_or(&[]).iter().map(|(l, _)| *l);
        for list in s.months.into_iter().chain(starting) {
            for word in list.split_ascii_whitespace() {
                add(word);
                if let Some(stem) = word.strip_suffix('.') {
                    add(stem);
                }
            }
        }
    }
}
