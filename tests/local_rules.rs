//! The rules of each language (issue 14, items 2 to 4), on sentences
//! written for these tests: elisions, German compounds and capitals,
//! datelines, honorifics, company forms, place names, and numbers, money,
//! percentages and dates in local formats.
#![cfg(not(target_arch = "wasm32"))]

use lede::{entities_in, keyphrases_in, sentences_in, summarize, Lang, SummaryOptions};

/// The (text, type) pairs of the entities of `text` in `lang`.
fn found(text: &str, lang: Lang) -> Vec<(String, &'static str)> {
    entities_in(text, lang)
        .unwrap()
        .iter()
        .map(|e| (e.text().to_string(), e.kind().as_str()))
        .collect()
}

/// Asserts that each (mention, type) is among the entities of `text`.
fn assert_has(text: &str, lang: Lang, want: &[(&str, &str)]) {
    let got = found(text, lang);
    for (m, k) in want {
        assert!(
            got.iter().any(|(t, kind)| t == m && kind == k),
            "{m} {k} in {text:?}: {got:?}"
        );
    }
}

/// Asserts that no entity of `text` contains one of `words`.
fn assert_lacks(text: &str, lang: Lang, words: &[&str]) {
    let got = found(text, lang);
    for w in words {
        assert!(
            !got.iter().any(|(t, _)| t.contains(w)),
            "{w} in {text:?}: {got:?}"
        );
    }
}

/// A text in a language and the (mention, type) pairs it must give.
type Case = (Lang, &'static str, &'static [(&'static str, &'static str)]);

#[test]
fn local_numbers_money_percentages_and_dates() {
    let cases: &[Case] = &[
        (
            Lang::De,
            "Am 12. Juni 2025 meldete die Firma einen Gewinn von 1.000.000 € und 3,5 % mehr Umsatz.",
            &[
                ("12. Juni 2025", "DATE"),
                ("1.000.000 €", "MONEY"),
                ("3,5 %", "PERCENT"),
            ],
        ),
        (
            Lang::De,
            "Der Verlust lag bei 3 Mio. Euro, die Schulden stiegen um 3,5 Prozent auf 2 Mrd. Euro.",
            &[
                ("3 Mio. Euro", "MONEY"),
                ("3,5 Prozent", "PERCENT"),
                ("2 Mrd. Euro", "MONEY"),
            ],
        ),
        (
            Lang::Fr,
            "Le 3 mars 2025, la commune comptait 3 000 habitants et 2,5 millions d'euros de dettes.",
            &[
                ("3 mars 2025", "DATE"),
                ("3 000", "NUMBER"),
                ("2,5 millions d'euros", "MONEY"),
            ],
        ),
        (
            Lang::Fr,
            "Depuis le 1er avril, les loyers ont augmenté de 4 pour cent.",
            &[("1er avril", "DATE"), ("4 pour cent", "PERCENT")],
        ),
        (
            Lang::Es,
            "El 5 de mayo de 2024 la empresa ganó 300 millones de dólares, un 4,5 por ciento más.",
            &[
                ("5 de mayo de 2024", "DATE"),
                ("300 millones de dólares", "MONEY"),
                ("4,5 por ciento", "PERCENT"),
            ],
        ),
        (
            Lang::It,
            "Il 1º maggio 2023 la società ha perso 12 milioni di euro.",
            &[
                ("1º maggio 2023", "DATE"),
                ("12 milioni di euro", "MONEY"),
            ],
        ),
        (
            Lang::Nl,
            "Op 5 mei 2024 steeg de omzet met 3,5 procent tot 2 miljoen euro.",
            &[
                ("5 mei 2024", "DATE"),
                ("3,5 procent", "PERCENT"),
                ("2 miljoen euro", "MONEY"),
            ],
        ),
        (
            Lang::Pt,
            "Em 5 de maio de 2024 o banco lucrou 5 milhões de reais.",
            &[
                ("5 de maio de 2024", "DATE"),
                ("5 milhões de reais", "MONEY"),
            ],
        ),
        (
            Lang::Ru,
            "Компания получила 5 млн рублей 5 мая 2024 года, рост составил 3,5 процента.",
            &[
                ("5 млн рублей", "MONEY"),
                ("5 мая 2024 года", "DATE"),
                ("3,5 процента", "PERCENT"),
            ],
        ),
        (
            Lang::Ja,
            "会場には約6,100人が集まり、記録は1935.3克だった。",
            &[("約6,100人", "NUMBER"), ("1935.3克", "NUMBER")],
        ),
    ];
    for (lang, text, want) in cases {
        assert_has(text, *lang, want);
    }
    // The separators depend on the language: "12.06.2025" and "3/5/2024"
    // are dates day first in German; "5/13/2024" is no German date.
    assert_has(
        "Der Vertrag vom 12.06.2025 gilt ab 3/5/2024.",
        Lang::De,
        &[("12.06.2025", "DATE"), ("3/5/2024", "DATE")],
    );
    assert_lacks("Der Vertrag gilt ab 5/13/2024.", Lang::De, &["5/13/2024"]);
    assert_has(
        "The contract runs from 5/13/2024.",
        Lang::En,
        &[("5/13/2024", "DATE")],
    );
}

#[test]
fn elisions_stay_out_of_names_and_key_phrases() {
    assert_has(
        "Le ministre a quitté l'Italie, puis il est rentré d'Espagne.",
        Lang::Fr,
        &[("Italie", "PLACE"), ("Espagne", "PLACE")],
    );
    assert_has(
        "Il presidente dell'Italia ha parlato con il governo della Francia.",
        Lang::It,
        &[("Italia", "PLACE"), ("Francia", "PLACE")],
    );
    let it = "La crescita dell'economia rallenta. Il governo prevede che la crescita \
              dell'economia riprenda l'anno prossimo. Le imprese chiedono un piano per \
              la crescita dell'economia e per l'occupazione.";
    let phrases = keyphrases_in(it, 5, Lang::It).unwrap();
    let texts: Vec<&str> = phrases.iter().map(|k| k.text()).collect();
    assert!(texts.iter().any(|t| t.contains("economia")), "{texts:?}");
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("dell'") && !t.starts_with("l'") && !t.contains("qu'")),
        "{texts:?}"
    );
}

#[test]
fn german_compounds_and_capitals() {
    let de = "Die Bundesregierung hat das Verkehrsministerium beauftragt. Das \
              Verkehrsministerium soll bis Jahresende einen Gesetzentwurf zur \
              Lokführerausbildung vorlegen. Die Lokführerausbildung dauert drei Jahre. \
              Der Gesetzentwurf wird in Berlin beraten.";
    // Compounds stay whole: key phrases are whole words of the text.
    let phrases = keyphrases_in(de, 5, Lang::De).unwrap();
    let texts: Vec<&str> = phrases.iter().map(|k| k.text()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.eq_ignore_ascii_case("verkehrsministerium")
                || t.eq_ignore_ascii_case("lokführerausbildung")),
        "{texts:?}"
    );
    for t in &texts {
        for word in t.split(' ') {
            assert!(
                de.to_lowercase().contains(&word.to_lowercase()),
                "{word} is no word of the text"
            );
        }
    }
    // Capitalised nouns are no names; the place is.
    assert_lacks(
        de,
        Lang::De,
        &["Gesetzentwurf", "Lokführerausbildung", "Jahresende", "Das"],
    );
    assert_has(de, Lang::De, &[("Berlin", "PLACE")]);
}

#[test]
fn datelines_are_not_split_off() {
    let de = "Berlin, 12. März 2024 – Ein bundesweiter Streik der Lokführer hat am Dienstag \
              den Bahnverkehr lahmgelegt. Die Gewerkschaft hatte zu einem Ausstand von 24 \
              Stunden aufgerufen. Pendler mussten auf Busse und Autos ausweichen. Die Bahn \
              forderte neue Gespräche mit der Gewerkschaft.";
    let fr = "PARIS (AFP) - Le gouvernement a présenté mercredi un plan de rénovation des \
              écoles. Le ministre a promis des travaux dans mille établissements. Les \
              syndicats jugent le calendrier trop court. Le plan sera examiné par les \
              députés au printemps.";
    for (text, lang, dateline, piece) in [
        (de, "de", "Berlin, 12. März 2024 – Ein", "März"),
        (fr, "fr", "PARIS (AFP) - Le gouvernement", "(AFP)"),
    ] {
        let first = sentences_in(text, lang).next().unwrap();
        assert!(first.starts_with(dateline), "{first:?}");
        assert!(sentences_in(text, "auto")
            .next()
            .is_some_and(|s| s.starts_with(dateline)));
        let summary = summarize(text, &SummaryOptions::new()).unwrap();
        for s in summary.key_points() {
            // No summary sentence is a dateline, or starts inside one.
            assert!(!s.starts_with(piece) && s.len() > dateline.len(), "{s:?}");
        }
    }
    // The date of the dateline is one entity.
    assert_has(de, Lang::De, &[("12. März 2024", "DATE")]);
}

#[test]
fn honorifics_make_the_next_name_a_person() {
    let cases: &[(Lang, &str, &str)] = &[
        (
            Lang::De,
            "Gestern sprach Herr Albrecht mit dem Rat.",
            "Albrecht",
        ),
        (
            Lang::De,
            "Gestern sprach Frau Kessler mit dem Rat.",
            "Kessler",
        ),
        (
            Lang::Fr,
            "Hier, M. Dubreuil a rencontré le conseil.",
            "Dubreuil",
        ),
        (
            Lang::Fr,
            "Hier, Mme Lefèvre a rencontré le conseil.",
            "Lefèvre",
        ),
        (
            Lang::Es,
            "Ayer el Sr. Olmedo habló con el consejo.",
            "Olmedo",
        ),
        (
            Lang::Es,
            "Ayer la Sra. Quiroga habló con el consejo.",
            "Quiroga",
        ),
        (
            Lang::It,
            "Ieri il Sig. Ferrante ha incontrato il consiglio.",
            "Ferrante",
        ),
        (
            Lang::Ru,
            "Вчера г-н Ковалёв встретился с советом.",
            "Ковалёв",
        ),
    ];
    for (lang, text, name) in cases {
        assert_has(text, *lang, &[(name, "PERSON")]);
    }
}

#[test]
fn company_forms_make_organisations() {
    let cases: &[(Lang, &str, &str)] = &[
        (
            Lang::De,
            "Die Nordlicht AG baut die Brücke.",
            "Nordlicht AG",
        ),
        (
            Lang::De,
            "Die Weber Bau GmbH baut die Brücke.",
            "Weber Bau GmbH",
        ),
        (
            Lang::Fr,
            "La société Marchal SA a racheté le site.",
            "Marchal SA",
        ),
        (
            Lang::Es,
            "La empresa Aceros Ibéricos S.A. compró la planta.",
            "Aceros Ibéricos S.A.",
        ),
        (
            Lang::It,
            "La Ferretti Costruzioni S.p.A. ha chiuso un accordo.",
            "Ferretti Costruzioni S.p.A.",
        ),
        (
            Lang::Nl,
            "Het bedrijf Hendriks Techniek NV werkt mee.",
            "Hendriks Techniek NV",
        ),
        (
            Lang::Nl,
            "Het bedrijf Bakker Logistiek BV werkt mee.",
            "Bakker Logistiek BV",
        ),
        (
            Lang::Ru,
            "Договор подписала компания ПАО Северсталь вчера.",
            "ПАО Северсталь",
        ),
        (
            Lang::Ru,
            "Договор подписало ООО «Ромашка» вчера.",
            "Ромашка",
        ),
    ];
    for (lang, text, name) in cases {
        assert_has(text, *lang, &[(name, "ORG")]);
    }
}

#[test]
fn places_of_each_language() {
    let cases: &[(Lang, &str, &[&str])] = &[
        (
            Lang::De,
            "Die Delegation reiste von Österreich nach Polen.",
            &["Österreich", "Polen"],
        ),
        (
            Lang::Fr,
            "La délégation est allée de Suisse en Autriche.",
            &["Suisse", "Autriche"],
        ),
        (
            Lang::Es,
            "El presidente viajó de Alemania a Portugal.",
            &["Alemania", "Portugal"],
        ),
        (
            Lang::It,
            "Il presidente è andato in Svizzera e in Grecia.",
            &["Svizzera", "Grecia"],
        ),
        (
            Lang::Nl,
            "De minister reisde van Duitsland naar België.",
            &["Duitsland", "België"],
        ),
        (
            Lang::Pt,
            "O ministro viajou da Espanha para a Itália.",
            &["Espanha", "Itália"],
        ),
        (
            Lang::Ru,
            "Министр прилетел из Франции в Италию.",
            &["Франции", "Италию"],
        ),
    ];
    for (lang, text, places) in cases {
        let want: Vec<(&str, &str)> = places.iter().map(|p| (*p, "PLACE")).collect();
        assert_has(text, *lang, &want);
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Pieces the local scanners react to, glued or spaced at random.
    const PIECES: &[&str] = &[
        "12",
        ".",
        "3",
        "000",
        ",5",
        "1er",
        "º",
        "°",
        "Juni",
        "mars",
        "de",
        "mayo",
        "2024",
        "года",
        "г",
        "Mio",
        "млн",
        "руб",
        "€",
        "₽",
        "%",
        "％",
        "Prozent",
        "pour",
        "cent",
        "d'euros",
        "約",
        "6,100",
        "人",
        "万",
        "元",
        "年",
        "月",
        "日",
        "美",
        "12.06.2025",
        "3/5/2024",
        "1.000.000",
        "Montag",
        "lundi",
        "Anfang",
        "im",
        "Mai",
        "😀",
        "é",
        "\u{a0}",
        "\u{202f}",
        " ",
        "-",
        "«",
        "»",
        "ООО",
        "ПАО",
        "Sra",
        "Sig",
    ];

    fn text_strategy() -> impl Strategy<Value = String> {
        prop::collection::vec((0..PIECES.len(), any::<bool>()), 0..40).prop_map(|parts| {
            let mut text = String::new();
            for (k, spaced) in parts {
                if spaced {
                    text.push(' ');
                }
                text.push_str(PIECES[k]);
            }
            text
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// In every language, entities slice the text, never overlap and
        /// come in order.
        #[test]
        fn local_spans_slice_the_text(text in text_strategy(), l in 0usize..10) {
            let lang = [
                Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::It, Lang::Nl, Lang::Pt, Lang::Ru,
                Lang::Zh, Lang::Ja,
            ][l];
            let found = entities_in(&text, lang).unwrap();
            let mut end = 0;
            for e in &found {
                let span = e.span();
                prop_assert!(span.start() >= end && span.start() < span.end());
                prop_assert_eq!(text.get(span.range()), Some(e.text()));
                end = span.end();
            }
        }
    }
}
