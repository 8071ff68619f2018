//! Summarization on real text (the fixture article, BBC articles) and
//! properties over random input, for every algorithm and length option.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use lede::{summarize, Algorithm, Length, Order, Role, SummaryOptions};
use proptest::prelude::*;

const HEADLINE: &str =
    "Kremlin Claims Leaked Conversations Aim to Sabotage Peace Talks with the U.S.";

#[test]
fn fixture_default_summary_is_clean_and_covers_the_story() {
    let Some(text) = common::fixture() else {
        return;
    };
    let summary = summarize(&text, &SummaryOptions::new()).unwrap();
    assert_eq!(summary.title(), Some(HEADLINE));
    let picked: Vec<_> = summary.summary().collect();
    assert_eq!(picked.len(), 3, "the default length is 3 sentences");
    for s in &picked {
        assert_eq!(s.role, Role::Body, "{:?} is not a body sentence", s.text);
        assert_ne!(
            s.text, HEADLINE,
            "the headline repeat must not be in the summary"
        );
        for junk in [
            "©",
            "rights reserved",
            "Breakingon.com",
            "Stay informed",
            "our readers",
            "11/26/2025",
        ] {
            assert!(
                !s.text.contains(junk),
                "boilerplate {junk:?} in {:?}",
                s.text
            );
        }
    }
    let all = picked
        .iter()
        .map(|s| s.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        all.contains("leak"),
        "the summary must mention the leak: {all}"
    );
    let claim = ["undermine", "sabotage", "disrupt", "interfere"]
        .iter()
        .any(|w| all.contains(w));
    assert!(
        claim && (all.contains("peace talks") || all.contains("negotiations")),
        "the Kremlin's claim is missing: {all}"
    );
    // Document order by default.
    let starts: Vec<usize> = picked.iter().map(|s| s.span.start()).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn fixture_roles() {
    let Some(text) = common::fixture() else {
        return;
    };
    let summary = summarize(&text, &SummaryOptions::new()).unwrap();
    let role = |needle: &str| {
        summary
            .sentences()
            .iter()
            .find(|s| s.text.starts_with(needle))
            .map(|s| s.role)
            .unwrap_or_else(|| panic!("{needle}"))
    };
    assert_eq!(role("BREAKINGON"), Role::Boilerplate);
    assert_eq!(role("11/26/2025"), Role::Dateline);
    for heading in [
        "The Catch-Up Call Maybe",
        "Details of the Leaked Conversation",
        "Next Steps in the Peace Process",
        "Key Political Updates",
        "Education and Employment Updates",
        "Public Sentiment and Future Prospects",
    ] {
        assert_eq!(role(heading), Role::Heading, "{heading}");
    }
    let headline_roles: Vec<Role> = summary
        .sentences()
        .iter()
        .filter(|s| s.text == HEADLINE)
        .map(|s| s.role)
        .collect();
    assert_eq!(headline_roles, [Role::Title, Role::Duplicate]);
    for footer in [
        "Breakingon.com is",
        "We gather",
        "Our goal",
        "Stay informed",
        "© Copyright",
        "All rights reserved.",
    ] {
        assert_eq!(role(footer), Role::Boilerplate, "{footer}");
    }
    assert_eq!(
        role("In conclusion, as diplomatic tensions rise"),
        Role::Body
    );
    assert_eq!(role("Russian officials allege"), Role::Body);
    // Non-candidates have no rank and score 0; candidates are ranked 1..=n.
    let mut ranks: Vec<usize> = summary.sentences().iter().filter_map(|s| s.rank).collect();
    ranks.sort_unstable();
    assert_eq!(ranks, (1..=summary.stats().candidates).collect::<Vec<_>>());
    assert!(summary
        .sentences()
        .iter()
        .filter(|s| s.role != Role::Body)
        .all(|s| s.score == 0.0 && s.rank.is_none()));
}

#[test]
fn fixture_every_algorithm_and_length() {
    let Some(text) = common::fixture() else {
        return;
    };
    for algorithm in Algorithm::ALL {
        for length in [
            Length::Auto,
            Length::Sentences(5),
            Length::Ratio(0.2),
            Length::Words(80),
            Length::Chars(400),
        ] {
            let options = SummaryOptions::new().algorithm(algorithm).length(length);
            let summary = summarize(&text, &options).unwrap();
            let n = summary.summary().count();
            assert!(n >= 1, "{algorithm} {length:?}");
            assert!(summary
                .summary()
                .all(|s| s.role == Role::Body && s.selected));
            match length {
                Length::Sentences(k) => assert_eq!(n, k),
                Length::Words(w) => assert!(summary.stats().summary_words <= w),
                Length::Chars(c) => assert!(summary.key_points().join(" ").chars().count() <= c),
                _ => {}
            }
            // Features add up to the score for the default.
            if algorithm == Algorithm::Default {
                for s in summary.summary() {
                    let sum: f64 = s.features.iter().map(|(_, v)| v).sum();
                    assert!((sum - s.score).abs() < 1e-9, "{sum} vs {}", s.score);
                }
            }
        }
    }
}

/// The role of the first sentence starting with `needle`.
fn role_of(summary: &lede::Summary<'_>, needle: &str) -> Role {
    summary
        .sentences()
        .iter()
        .find(|s| s.text.starts_with(needle))
        .map(|s| s.role)
        .unwrap_or_else(|| panic!("no sentence starts with {needle:?}"))
}

#[test]
fn fixture_masthead_is_boilerplate_not_the_title() {
    let Some(text) = common::fixture() else {
        return;
    };
    assert!(text.starts_with("BREAKINGON\n"));
    // The site's name as printed, and as a longer name in capitals (the
    // page's sample article starts with "THE HARBOR LEDGER"): the
    // headline on the next line is the title either way.
    for masthead in ["BREAKINGON", "THE HARBOR LEDGER", "BREAKINGON WORLD NEWS"] {
        let text = text.replacen("BREAKINGON", masthead, 1);
        let summary = summarize(&text, &SummaryOptions::new()).unwrap();
        assert_eq!(summary.title(), Some(HEADLINE), "masthead {masthead:?}");
        assert_eq!(
            role_of(&summary, masthead),
            Role::Boilerplate,
            "{masthead:?}"
        );
        assert_eq!(role_of(&summary, "11/26/2025"), Role::Dateline);
        assert!(summary.summary().all(|s| s.role == Role::Body));
    }
}

#[test]
fn capitalised_site_name_before_a_headline_is_not_the_title() {
    let body = "The city council voted on Thursday to spend two billion euros over ten \
                years rebuilding the riverfront districts that were flooded twice last \
                winter. The plan passed by 19 votes to 12 after a six-hour debate. The \
                mayor said the city could no longer wait for the next storm.\n\n\
                The floods damaged about 4,300 homes and halted container traffic at \
                the port for nine days. Insurers paid out roughly 62% of the losses.\n";
    let headline = "Lisbon Approves Plan to Rebuild Its Flooded Riverfront";
    let text = format!("THE HARBOR LEDGER\n\n{headline}\n\nMarch 14, 2026\n{body}");
    let summary = summarize(&text, &SummaryOptions::new()).unwrap();
    assert_eq!(summary.title(), Some(headline));
    assert_eq!(role_of(&summary, "THE HARBOR LEDGER"), Role::Boilerplate);
    assert_eq!(role_of(&summary, "March 14, 2026"), Role::Dateline);

    // A short headline in capitals followed by the story (no longer
    // headline after it) is still the title.
    let text = format!("STORM HITS LISBON\n\n{body}");
    let summary = summarize(&text, &SummaryOptions::new()).unwrap();
    assert_eq!(summary.title(), Some("STORM HITS LISBON"));

    // A title-case headline of three words is not a masthead.
    let text = format!("Lisbon Rebuilds Riverfront\n\n{headline}\n\n{body}");
    let summary = summarize(&text, &SummaryOptions::new()).unwrap();
    assert_eq!(summary.title(), Some("Lisbon Rebuilds Riverfront"));
}

#[test]
fn rank_order_is_best_first() {
    let Some(text) = common::fixture() else {
        return;
    };
    let summary = summarize(
        &text,
        &SummaryOptions::new()
            .length(Length::Sentences(6))
            .order(Order::Rank),
    )
    .unwrap();
    let ranks: Vec<usize> = summary.summary().map(|s| s.rank.unwrap()).collect();
    assert_eq!(ranks, [1, 2, 3, 4, 5, 6]);
}

#[test]
fn bbc_sample_summaries_are_k_sentences_of_the_article() {
    let Some(data) = common::shared("data/summ_bbc.jsonl") else {
        return;
    };
    for line in data.lines().step_by(20) {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        let k = doc["k"].as_u64().unwrap() as usize;
        let sentences: Vec<&str> = lede::sentences(text).collect();
        for algorithm in Algorithm::ALL {
            let s = summarize(
                text,
                &SummaryOptions::new()
                    .algorithm(algorithm)
                    .length(Length::Sentences(k)),
            )
            .unwrap();
            let points = s.key_points();
            assert_eq!(
                points.len(),
                k.min(s.stats().candidates),
                "{} {algorithm}",
                doc["id"]
            );
            assert!(points
                .iter()
                .all(|p| sentences.contains(p) && text.contains(p)));
        }
    }
}

fn text_strategy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Kremlin".to_string()),
        Just("talks".to_string()),
        Just("the".to_string()),
        Just("U.S.".to_string()),
        Just("said".to_string()),
        Just("é😀".to_string()),
        Just("2025".to_string()),
        "[a-zA-Z]{1,9}",
    ];
    let sep = prop_oneof![
        Just(" ".to_string()),
        Just(". ".to_string()),
        Just("? ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(", ".to_string()),
        Just("© ".to_string()),
    ];
    proptest::collection::vec((word, sep), 0..120)
        .prop_map(|v| v.into_iter().map(|(w, s)| w + &s).collect())
}

fn lengths() -> impl Strategy<Value = Length> {
    prop_oneof![
        Just(Length::Auto),
        (1usize..8).prop_map(Length::Sentences),
        (0.01f64..=1.0).prop_map(Length::Ratio),
        (1usize..120).prop_map(Length::Words),
        (1usize..600).prop_map(Length::Chars),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn summaries_are_subsets_of_sentences_and_deterministic(
        text in text_strategy(),
        a in 0usize..Algorithm::ALL.len(),
        length in lengths(),
        rank_order in any::<bool>(),
    ) {
        let algorithm = Algorithm::ALL[a];
        let order = if rank_order { Order::Rank } else { Order::Document };
        // English named: the random words must not read as another language,
        // whose splitting rules `sentence_indices` does not apply.
        let options = SummaryOptions::new()
            .algorithm(algorithm)
            .length(length)
            .order(order)
            .lang(Some(lede::Lang::En));
        let s = summarize(&text, &options).unwrap();
        let sentences: Vec<(lede::Span, &str)> = lede::sentence_indices(&text).collect();
        prop_assert_eq!(s.sentences().len(), sentences.len());
        for (scored, (span, sentence)) in s.sentences().iter().zip(&sentences) {
            prop_assert_eq!(scored.span, *span);
            prop_assert_eq!(scored.text, *sentence);
            prop_assert_eq!(&text[scored.span.range()], scored.text);
            prop_assert!((0.0..=1.0).contains(&scored.score));
        }
        for picked in s.summary() {
            prop_assert!(picked.selected && picked.role == Role::Body);
        }
        let selected = s.sentences().iter().filter(|x| x.selected).count();
        prop_assert_eq!(selected, s.summary().count());
        match length {
            Length::Words(w) => prop_assert!(s.stats().summary_words <= w),
            Length::Chars(c) => prop_assert!(s.key_points().join(" ").chars().count() <= c),
            Length::Sentences(k) => prop_assert_eq!(selected, k.min(s.stats().candidates)),
            _ => {}
        }
        let again = summarize(&text, &options).unwrap();
        prop_assert_eq!(s, again);
    }

    #[test]
    fn any_input_never_panics(text in any::<String>(), a in 0usize..Algorithm::ALL.len(), length in lengths()) {
        let options = SummaryOptions::new().algorithm(Algorithm::ALL[a]).length(length);
        let _ = summarize(&text, &options);
    }
}

/// The default summary of the seed article says each fact once: of the
/// three sentences that restate the Kremlin's claim that the leak was meant
/// to sabotage the talks, at most one is picked.
#[test]
fn fixture_summary_does_not_restate_one_claim() {
    let Some(text) = common::fixture() else {
        return;
    };
    let summary = summarize(&text, &SummaryOptions::new()).unwrap();
    let restating = [
        "undermine peace talks",
        "interfere with peace",
        "disrupt the peace",
    ];
    let picked: Vec<&str> = summary.key_points();
    let claims = picked
        .iter()
        .filter(|s| restating.iter().any(|r| s.contains(r)))
        .count();
    assert!(claims <= 1, "the same claim {claims} times: {picked:#?}");
    assert_eq!(picked.len(), 3);
}

/// Paraphrase pairs of our own writing: the second way of saying a fact is
/// not picked while a sentence with new information is close behind.
#[test]
fn paraphrases_are_not_both_picked() {
    let texts = [
        "The mayor of Springfield resigned on Tuesday after a bribery inquiry. \
         Springfield's mayor stepped down on Tuesday following the inquiry into bribery. \
         The city council will choose an acting mayor from its members next month. \
         Officials said the inquiry began in March when an auditor found missing funds. \
         Residents gathered outside the town hall in the evening.",
        "Heavy rain flooded more than 300 homes in the river valley on Sunday. \
         On Sunday more than 300 homes in the valley were flooded by heavy rain. \
         Emergency crews evacuated two care homes and a primary school. \
         Forecasters expect the river to peak on Monday night before the water recedes. \
         A relief fund opened by the county has raised 40,000 pounds.",
    ];
    for text in texts {
        let summary = summarize(text, &SummaryOptions::new().length(Length::Sentences(2))).unwrap();
        let picked = summary.key_points();
        assert_eq!(picked.len(), 2);
        let sentences: Vec<&str> = summary.sentences().iter().map(|s| s.text).collect();
        assert!(
            !(picked.contains(&sentences[0]) && picked.contains(&sentences[1])),
            "both ways of saying it were picked: {picked:#?}"
        );
    }
}

/// A restatement goes behind a sentence with new information in a short
/// summary, but a summary of two fifths of the article keeps it over the
/// article's periphery (the weather, a band). Text of our own writing.
#[test]
fn a_long_summary_keeps_a_restatement_over_the_periphery() {
    let text = "The mayor of Springfield resigned on Tuesday after a bribery inquiry. \
        Springfield's mayor stepped down on Tuesday following the inquiry into bribery. \
        The city council will choose an acting mayor from its members next month. \
        Officials said the inquiry began in March when an auditor found missing funds. \
        Residents gathered outside the town hall in the evening. \
        The weather was cold. \
        A band played near the fountain. \
        Shops closed early for the holiday. \
        The river was calm. \
        Tourists took photographs of the old bridge.";
    let both = |k: usize| {
        let summary = summarize(text, &SummaryOptions::new().length(Length::Sentences(k))).unwrap();
        let picked = summary.key_points();
        assert_eq!(picked.len(), k);
        picked.iter().any(|s| s.starts_with("The mayor of"))
            && picked.iter().any(|s| s.starts_with("Springfield's mayor"))
    };
    assert!(!both(2), "a short summary said it twice");
    assert!(
        both(4),
        "a long summary dropped the restatement for the periphery"
    );
}

/// A summary of half the article covers the whole of it: TextRank (what
/// the other sentences recommend) weighs more there than in a summary of
/// a fifth, where the lead counts. Text of our own writing.
#[test]
fn textrank_counts_more_in_a_long_summary() {
    let text = "The mayor of Springfield resigned on Tuesday after a bribery inquiry. \
        The city council will choose an acting mayor from its members next month. \
        Officials said the bribery inquiry began in March when an auditor found missing funds. \
        The auditor said the missing funds were paid to a company owned by the mayor's brother. \
        The council said the company had built the new town hall. \
        Residents gathered outside the town hall in the evening. \
        The weather was cold. \
        A band played near the fountain. \
        Shops closed early for the holiday. \
        Tourists took photographs of the old bridge.";
    let most = |k: usize| {
        let summary = summarize(text, &SummaryOptions::new().length(Length::Sentences(k))).unwrap();
        summary
            .sentences()
            .iter()
            .flat_map(|s| s.features.iter())
            .filter(|&&(name, _)| name == "textrank")
            .fold(0.0f64, |m, &(_, v)| m.max(v))
    };
    let (short, long) = (most(2), most(5));
    assert!(short > 0.0, "no textrank feature");
    assert!(
        long > 1.5 * short,
        "textrank weighs {long} in a summary of half the article, {short} in one of a fifth"
    );
}

/// The penalty of a sentence that leans on the one before it ("It also
/// pays...") is lifted once that one is picked, and kept while it is not.
/// Text of our own writing.
#[test]
fn a_leaning_sentence_is_forgiven_after_the_one_it_leans_on() {
    let text = "The city council approved a new budget for the town's schools on Monday after a long debate. \
        It also pays for a nurse at the harbour clinic on weekdays. \
        Parents had asked for smaller classes in the schools for three years. \
        The mayor said the money for the schools comes from a tax on empty homes. \
        Work on new classrooms at two schools starts in June. \
        A new bus route will serve the district from September. \
        The library will open on Sundays. \
        Some councillors voted against the budget. \
        They said the harbour needed the money more.";
    let summary = summarize(text, &SummaryOptions::new().length(Length::Sentences(2))).unwrap();
    let sentences = summary.sentences();
    let leaning = |k: usize| {
        sentences[k]
            .features
            .iter()
            .any(|&(name, v)| matches!(name, "leans" | "dangling") && v < 0.0)
    };
    assert!(sentences[0].selected);
    assert!(!leaning(1), "{:?}", sentences[1].features);
    assert!(!sentences[7].selected);
    assert!(leaning(8), "{:?}", sentences[8].features);
}

/// No picked sentence leans on a sentence the summary left out: `leaning`
/// names a sentence that points back, `before` the one it points back to.
fn assert_not_alone(summary: &lede::Summary<'_>, leaning: &str, before: &str) {
    let picked = summary.key_points();
    if picked.iter().any(|s| s.contains(leaning)) {
        assert!(
            picked.iter().any(|s| s.contains(before)),
            "{leaning:?} picked without {before:?}: {picked:#?}"
        );
    }
}

/// The extension's demo article (tests/page/fixtures/extension/feature.html,
/// our own writing): "The Department ... paid most of it" points back to
/// the cable's cost in the sentence before, and is not picked without it
/// in a summary of up to 30% of the article. Its summary #1 was that
/// sentence alone.
#[test]
fn a_sentence_pointing_back_is_not_picked_without_what_it_points_to() {
    let title = "The island that bet on broadband";
    let text = format!(
        "{title}\n\n\
        Inishcarra had 41 residents last spring, the fewest since records began in 1841. This month it has 58, and the people who moved there say a fibre cable laid from Galway in March is the reason.\n\n\
        The cable from Galway\n\n\
        The cable cost €3.2 million and took eleven weeks to lay across the sound. The Department of Rural Affairs in Dublin paid most of it, and Galway County Council paid the rest.\n\n\
        Engineers from Atlantic Fibre Ltd finished the work on March 19, 2026, three weeks ahead of schedule, said Padraig Walsh, the company's project manager.\n\n\
        Siobhan Keane comes home\n\n\
        Siobhan Keane, 29, left the island for Dublin at eighteen. She came back in April to run a design studio from her grandmother's cottage, and two of her friends followed in May.\n\n\
        \"I can work for a client in Dublin or Boston from the kitchen table,\" Keane said. \"Five years ago I could not send a photo from here.\"\n\n\
        What Dublin paid\n\n\
        The Department of Rural Affairs says the island project is a test for 30 other islands off the coast of Ireland. Minister Ciaran Doyle will visit Inishcarra on June 12 to decide whether Dublin pays for the next ones.\n\n\
        Not everyone is convinced. Padraig Walsh of Atlantic Fibre said the cable would need repairs after every winter storm, and that the islands needed ferries as much as internet.\n"
    );
    // Up to 3 of its 12 sentences: past 30% of the article the rule fades
    // (`restated_until`, fitted), as a summary that long is most of it.
    for title in [None, Some(title.to_string())] {
        for k in 1..=3 {
            let options = SummaryOptions::new()
                .length(Length::Sentences(k))
                .title(title.clone());
            let summary = summarize(&text, &options).unwrap();
            assert_not_alone(&summary, "paid most of it", "The cable cost");
            assert_not_alone(&summary, "She came back", "Siobhan Keane, 29");
        }
    }
}

/// The same in French and German: a sentence whose subject is a pronoun
/// pointing back ("Elle sera payée...", "Sie wird...") is not picked
/// without the sentence it points to. Texts of our own writing.
#[test]
fn pointing_back_in_french_and_german() {
    let fr = "La mairie de Villeneuve a présenté mardi un plan pour rénover la piscine municipale, fermée depuis deux ans.\n\n\
        La rénovation coûtera 4 millions d'euros et durera dix-huit mois. Elle sera payée pour moitié par la région et pour moitié par la ville, qui veut rouvrir la piscine aux écoles et aux clubs de natation, a précisé le maire.\n\n\
        Les clubs de natation de la ville attendaient la réouverture de la piscine depuis la fermeture du bassin en 2023.\n\n\
        Les habitants pourront donner leur avis sur le projet de piscine lors d'une réunion publique le 12 mars à la mairie.\n\n\
        Les écoles de la ville utilisaient la piscine pour les cours de natation des enfants, qui se rendent désormais à la piscine de la ville voisine en bus.";
    let de = "Die Stadt Lindenau hat am Dienstag einen Plan für die Sanierung des alten Hallenbads vorgestellt, das seit zwei Jahren geschlossen ist.\n\n\
        Die Sanierung kostet 4 Millionen Euro und dauert achtzehn Monate. Sie wird zur Hälfte vom Land und zur Hälfte von der Stadt bezahlt, sagte der Bürgermeister über das Hallenbad.\n\n\
        Die Schwimmvereine der Stadt warten seit der Schließung des Hallenbads im Jahr 2023 auf die Wiedereröffnung.\n\n\
        Die Bürger können ihre Meinung zu dem Plan für das Hallenbad bei einer Versammlung am 12. März im Rathaus sagen.\n\n\
        Die Schulen der Stadt nutzten das Hallenbad für den Schwimmunterricht der Kinder, die jetzt mit dem Bus in das Hallenbad der Nachbarstadt fahren.";
    // One or two sentences: a short article counts as ten sentences, and
    // past 30% of that the rule fades.
    for k in 1..=2 {
        let options = SummaryOptions::new().length(Length::Sentences(k));
        let summary = summarize(fr, &options).unwrap();
        assert_not_alone(&summary, "Elle sera payée", "La rénovation coûtera");
        let summary = summarize(de, &options).unwrap();
        assert_not_alone(&summary, "Sie wird zur Hälfte", "Die Sanierung kostet");
    }
}

/// Units that cannot stand alone are not picked: a bare link text, a
/// verbless fragment, half a quotation, a sentence leaning on the one
/// before. Text of our own writing.
#[test]
fn units_that_cannot_stand_alone_are_not_picked() {
    let text = "The island of Harran has 41 residents, a new pier and a broadband hub that opened in May. \
        Seal colonies\n\
        Families are moving back to the island because the hub lets them work from home. \
        \"That's the island now. \
        She continued. \
        The council says the pier cut the ferry crossing from the mainland to forty minutes. \
        Mostly sunny. \
        A nurse holds a weekly clinic in the old school, which the council plans to reopen. \
        That's all.";
    let unfit = [
        "Seal colonies",
        "\"That's the island now.",
        "She continued.",
        "Mostly sunny.",
        "That's all.",
    ];
    // Four sentences stand alone.
    for n in 1..=4 {
        let summary = summarize(text, &SummaryOptions::new().length(Length::Sentences(n))).unwrap();
        for s in summary.key_points() {
            assert!(
                !unfit.contains(&s.trim()),
                "picked {s:?} in a summary of {n}"
            );
        }
    }
    // With nothing else left, they still make up a summary of the asked length.
    let all = summarize(text, &SummaryOptions::new().length(Length::Ratio(1.0))).unwrap();
    assert_eq!(all.key_points().len(), all.stats().candidates);
}

/// A speaker named before a long quotation stands alone; half a quotation
/// without one does not.
#[test]
fn quotations_with_a_speaker_stand_alone() {
    let text = "The minister told reporters: \"We will build 20 new schools by 2030. \
        Every child deserves a good school close to home.\" \
        Critics said the plan had no money behind it.";
    let summary = summarize(text, &SummaryOptions::new().length(Length::Sentences(2))).unwrap();
    let picked = summary.key_points();
    assert!(
        picked
            .iter()
            .any(|s| s.starts_with("The minister told reporters")),
        "{picked:?}"
    );
    assert!(
        !picked.iter().any(|s| s.starts_with("Every child")),
        "{picked:?}"
    );
}

const STORY: &str = "Storm Hits the Coast\n\n\
    A powerful storm hit the coast on Monday, cutting power to 20,000 homes and closing roads. \
    Winds reached 90 mph in the worst-hit towns, where trees fell on cars and houses. \
    \"I have never seen anything like it,\" said one fisherman who has lived in the harbour town for 60 years. \
    Power companies said the storm was the worst to hit the coast in a decade. \
    Why did the warnings come so late? \
    Crews from three counties will work through the night to restore power to homes. \
    Schools will stay closed on Tuesday while roads are cleared of fallen trees. \
    The weather service expects calmer winds by Wednesday afternoon.";

#[test]
fn summary_types_and_lengths() {
    use lede::{SummaryLength, SummaryType};
    let run = |t: SummaryType, l: Option<SummaryLength>| {
        let mut o = SummaryOptions::new().summary_type(t);
        if let Some(l) = l {
            o = o.summary_length(l);
        }
        summarize(STORY, &o)
            .unwrap()
            .key_points()
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    use SummaryLength::*;
    use SummaryType::*;
    assert_eq!(run(KeyPoints, None).len(), 3);
    assert_eq!(run(KeyPoints, Some(Medium)).len(), 5);
    assert_eq!(run(KeyPoints, Some(Long)).len(), 7);
    assert_eq!(run(Tldr, None).len(), 1);
    assert_eq!(run(Tldr, Some(Medium)).len(), 3);
    assert_eq!(run(Tldr, Some(Long)).len(), 5);
    // The headline is the title when there is one.
    assert_eq!(run(Headline, None), ["Storm Hits the Coast"]);
    // Else the best sentence of at most 12 / 17 / 22 words.
    let body = STORY.split_once("\n\n").unwrap().1;
    for (size, limit) in [(Short, 12), (Medium, 17), (Long, 22)] {
        let h = summarize(
            body,
            &SummaryOptions::new()
                .summary_type(Headline)
                .summary_length(size),
        )
        .unwrap();
        let h = h.key_points();
        assert_eq!(h.len(), 1);
        assert!(h[0].split_whitespace().count() <= limit, "{h:?}");
    }
    // A teaser is not the lead.
    for size in [Short, Medium, Long] {
        let t = run(Teaser, Some(size));
        assert!(!t.is_empty());
        assert!(
            !t.iter().any(|s| s.starts_with("A powerful storm")),
            "{t:?}"
        );
    }
    // An explicit length wins over the type's.
    let o = SummaryOptions::new()
        .summary_type(Tldr)
        .length(Length::Sentences(2));
    assert_eq!(summarize(STORY, &o).unwrap().key_points().len(), 2);
    // Names as the JS API spells them.
    assert_eq!("key-points".parse::<SummaryType>().unwrap(), KeyPoints);
    assert_eq!("long".parse::<SummaryLength>().unwrap(), Long);
    assert_eq!(
        "brief".parse::<SummaryType>().unwrap_err().option(),
        Some("type")
    );
    assert_eq!(
        "huge".parse::<SummaryLength>().unwrap_err().option(),
        Some("length")
    );
}

/// A four-sentence story keeps its lead: a summary of half the article
/// still starts where the story does, even when the lead shares few words
/// with the rest. Text of our own writing.
#[test]
fn a_four_sentence_story_keeps_its_lead() {
    let text = "Library reopens after flood\n\n\
        The town library reopened on Saturday, eight months after a burst pipe flooded its ground floor.\n\
        Volunteers dried and sorted more than 12,000 books, and the council paid for new shelves, new carpets and new computers.\n\
        The children's room now has a reading corner, new shelves of picture books and computers for homework.\n\
        Opening hours stay the same, and the computers and the reading corner are free to use.\n";
    for length in [Length::Auto, Length::Sentences(2)] {
        let summary = summarize(text, &SummaryOptions::new().length(length)).unwrap();
        let picked = summary.key_points();
        assert!(
            picked
                .first()
                .is_some_and(|s| s.starts_with("The town library reopened")),
            "{length:?}: {picked:#?}"
        );
    }
}

/// A sentence that leans on the one before through a pronoun ("paid most
/// of it") is not the first pick, though it shares the most words with the
/// rest. Text of our own writing.
#[test]
fn a_sentence_leaning_on_a_pronoun_is_not_picked_first() {
    let text = "Harbour town gets a new ferry\n\n\
        The harbour town of Kilmore will get a new electric ferry next spring, the county council said on Tuesday.\n\n\
        The ferry will cost 4 million euros. The transport ministry in Dublin will pay most of it, and the county council will pay the rest of the ferry's cost.\n\n\
        The new ferry will carry 200 passengers and 30 cars, twice as many as the old ferry, and will cross in 25 minutes.\n\n\
        Ferry workers said the council should also repair the old pier before the new ferry arrives.";
    let summary = summarize(text, &SummaryOptions::new()).unwrap();
    let first = summary
        .sentences()
        .iter()
        .find(|s| s.rank == Some(1))
        .expect("a best sentence");
    assert!(
        !first.text.contains("most of it"),
        "picked first: {:?}",
        first.text
    );
    let sentences = summary.sentences();
    let at = sentences
        .iter()
        .position(|s| s.text.contains("most of it"))
        .unwrap();
    let leaning = &sentences[at];
    // It carries the penalty, or the sentence it leans on was picked,
    // which lifts it.
    assert!(
        leaning
            .features
            .iter()
            .any(|&(k, v)| k == "leans" && v < 0.0)
            || sentences[at - 1].selected,
        "{:?}",
        leaning.features
    );
}

/// The standfirst given with the text informs the topic like the title,
/// and is never a summary sentence itself unless the body repeats it.
/// Text of our own writing.
#[test]
fn the_standfirst_is_used_but_not_picked() {
    let standfirst = "Night trains between Vienna and Venice return after a pause of four years.";
    let body = "Rail operators met in Vienna on Monday to sign a new timetable. \
        The night train to Venice will run three times a week from June and take eleven hours. \
        A bakery near the station in Graz sold out of bread by noon. \
        Tickets for sleeping cars start at 79 euros, the operator said.";
    let text = format!("{standfirst}\n\n{body}");
    let with = SummaryOptions::new()
        .length(Length::Sentences(1))
        .standfirst(Some(standfirst.to_string()));
    let summary = summarize(&text, &with).unwrap();
    let roles: Vec<Role> = summary.sentences().iter().map(|s| s.role).collect();
    assert_eq!(roles[0], Role::Standfirst, "{roles:?}");
    let picked = summary.key_points();
    assert_eq!(picked.len(), 1);
    assert_ne!(picked[0], standfirst);
    // Its words count as the title's: the sentence about the night train
    // gets topic overlap, the bakery none.
    let topic = |needle: &str| {
        summary
            .sentences()
            .iter()
            .find(|s| s.text.contains(needle))
            .and_then(|s| s.features.iter().find(|(k, _)| *k == "topic"))
            .map_or(0.0, |&(_, v)| v)
    };
    assert!(topic("night train to Venice") > 0.0);
    assert_eq!(topic("bakery"), 0.0);
    // Without it, the standfirst is the lead and is picked.
    let without = summarize(&text, &SummaryOptions::new().length(Length::Sentences(1))).unwrap();
    assert_eq!(without.key_points(), [standfirst]);
    // A standfirst that the body repeats as its lead: the body's sentence
    // stays a candidate.
    let repeated = format!("{standfirst}\n\n{standfirst} {body}");
    let summary = summarize(&repeated, &with.clone().length(Length::Sentences(2))).unwrap();
    let roles: Vec<Role> = summary.sentences().iter().map(|s| s.role).collect();
    assert_eq!(roles[0], Role::Standfirst);
    assert_eq!(roles[1], Role::Body, "{roles:?}");
    // A standfirst absent from the text still informs the topic: the
    // sentence about the night train scores higher (against the best
    // sentence) with it than without, the bakery lower.
    assert_topic_informs(body, &with);
}

/// A title known apart from the text (a page's metadata, as `extract`
/// gives it): its words inform the topic, and the text's first short line
/// is the title only when it repeats it. Extracted text often starts with
/// a caption or an infobox row that would otherwise be taken for the
/// headline. Text of our own writing.
#[test]
fn a_given_title_replaces_the_guess() {
    let body = "Rail operators met in Vienna on Monday to sign a new timetable. \
        The night train to Venice will run three times a week from June and take eleven hours. \
        A bakery near the station in Graz sold out of bread by noon. \
        Tickets for sleeping cars start at 79 euros, the operator said.";
    let caption = "Photo by the harbour office staff";
    let text = format!("{caption}\n\n{body}");
    let title = "Night trains between Vienna and Venice are back";
    // Without the title, the caption is taken for it.
    let guessed = summarize(&text, &SummaryOptions::new()).unwrap();
    assert_eq!(guessed.title(), Some(caption));
    // With it, the caption is a label (never a candidate) and no line of
    // the text is the title.
    let with = SummaryOptions::new()
        .length(Length::Sentences(1))
        .title(Some(title.to_string()));
    let summary = summarize(&text, &with).unwrap();
    assert_eq!(summary.title(), None);
    assert_eq!(summary.sentences()[0].role, Role::Heading);
    assert!(!summary.key_points().contains(&caption));
    // A text that repeats the title keeps that line as its title.
    let repeated = format!("{title}\n\n{body}");
    let summary = summarize(&repeated, &with).unwrap();
    assert_eq!(summary.title(), Some(title));
    assert_eq!(summary.sentences()[0].role, Role::Title);
    // Its words inform the topic: the night-train sentence gains against
    // the best sentence, the bakery loses.
    assert_topic_informs(body, &with);
}

/// With `with` (a standfirst or title about the night train), the night
/// train sentence of `body` scores higher against the best sentence than
/// without, the bakery lower; every sentence of `body` stays a candidate.
fn assert_topic_informs(body: &str, with: &SummaryOptions) {
    let score = |o: &SummaryOptions, needle: &str| {
        let s = summarize(body, o).unwrap();
        assert!(s.sentences().iter().all(|s| s.role == Role::Body));
        s.sentences()
            .iter()
            .find(|s| s.text.contains(needle))
            .map(|s| s.score)
            .unwrap()
    };
    let plain = SummaryOptions::new().length(Length::Sentences(1));
    let (train, bakery) = ("night train to Venice", "bakery");
    assert!(score(with, train) > score(&plain, train));
    assert!(score(with, bakery) < score(&plain, bakery));
}

/// A question is rarely what a reader wants from a summary, even one that
/// shares every word of the story ("…?!" is a question too). Text of our
/// own writing.
#[test]
fn a_question_is_not_picked_over_the_story() {
    let text = "The town council approved a new library on Monday after two years of debate. \
        The library will cost 4 million pounds and open in 2027. \
        Council members said the new library would serve the town's 20,000 residents. \
        Why would a town of 20,000 residents not want a new library with books for every resident?! \
        Critics said the library budget was too high for a small town. \
        The council said the library budget came from a national grant. \
        Residents will vote on the library opening hours next year. \
        The library will have a children's room and a cafe.";
    let summary = summarize(text, &SummaryOptions::new()).unwrap();
    let picked: Vec<&str> = summary.summary().map(|s| s.text).collect();
    assert_eq!(picked.len(), 3, "{picked:?}");
    assert!(picked.iter().all(|s| !s.contains('?')), "{picked:?}");
    let question = summary
        .sentences()
        .iter()
        .find(|s| s.text.starts_with("Why"))
        .expect("the question is a sentence");
    assert!(
        question
            .features
            .iter()
            .any(|&(name, v)| name == "question" && v < 0.0),
        "{:?}",
        question.features
    );
}
