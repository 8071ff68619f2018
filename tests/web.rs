//! Browser tests of the JavaScript binding, run by
//! `wasm-pack test --headless --chrome`. The core is tested natively; these
//! prove what only the browser can: UTF-16 offsets, JS errors, plain objects.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("property access")
}

fn num(value: &JsValue, key: &str) -> u32 {
    get(value, key).as_f64().expect("a number") as u32
}

/// Every sentence's `text` equals `input.slice(start, end)` in JavaScript.
fn assert_sentences_slice(input: &JsString, expected: &[&str]) {
    let result = lede::wasm::sentences(input).expect("sentences() succeeds");
    let items: Array = result.dyn_into().expect("an array");
    let mut got = Vec::new();
    for item in items.iter() {
        let text = get(&item, "text");
        let sliced = input.slice(num(&item, "start"), num(&item, "end"));
        assert_eq!(JsValue::from(sliced), text, "slice(start, end) must give back the sentence");
        got.push(text.as_string().unwrap_or_default());
    }
    assert_eq!(got, expected);
}

#[wasm_bindgen_test]
fn offsets_slice_emoji_cjk_accents_and_crlf() {
    let text = "Café owners 👨‍👩‍👧‍👦 cheered.\r\nThe 🇺🇦 flag flew! 東京で会議。Naïve résumé? Yes 😀.\r\n\r\nEnd";
    assert_sentences_slice(
        &JsString::from(text),
        &[
            "Café owners 👨‍👩‍👧‍👦 cheered.",
            "The 🇺🇦 flag flew!",
            "東京で会議。",
            "Naïve résumé?",
            "Yes 😀.",
            "End",
        ],
    );
}

#[wasm_bindgen_test]
fn results_are_plain_objects() {
    let result = lede::wasm::sentences(&JsString::from("One. Two.")).unwrap();
    assert!(Array::is_array(&result));
    let first = Array::from(&result).get(0);
    let plain_proto = js_sys::Object::get_prototype_of(&js_sys::Object::new().into());
    assert_eq!(JsValue::from(js_sys::Object::get_prototype_of(&first)), JsValue::from(plain_proto));
    assert_eq!(get(&first, "start").as_f64(), Some(0.0));
    assert_eq!(get(&first, "end").as_f64(), Some(4.0));
}

#[wasm_bindgen_test]
fn lone_surrogates_come_back_unchanged() {
    // "A\uD800 b. Next." : a lone high surrogate inside the first sentence.
    let units: Vec<u16> = "A? b. Next.".encode_utf16().map(|u| if u == u16::from(b'?') { 0xD800 } else { u }).collect();
    let input = JsString::from_char_code(&units);
    assert!(!input.is_valid_utf16());
    let result = lede::wasm::sentences(&input).unwrap();
    let items = Array::from(&result);
    assert_eq!(items.length(), 2);
    let first = items.get(0);
    assert_eq!(JsValue::from(input.slice(num(&first, "start"), num(&first, "end"))), get(&first, "text"));
    assert_eq!(num(&first, "end"), 5);
}

#[wasm_bindgen_test]
fn binary_input_throws_a_type_error_and_the_module_keeps_working() {
    let junk: String = (0u8..32).map(char::from).cycle().take(1000).collect();
    let err = lede::wasm::sentences(&JsString::from(junk.as_str())).unwrap_err();
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert_eq!(get(&err, "code").as_string().as_deref(), Some("LEDE_NOT_TEXT"));
    // The module is still usable after the error.
    let ok = lede::wasm::sentences(&JsString::from("Still here. Yes.")).unwrap();
    assert_eq!(Array::from(&ok).length(), 2);
}

#[wasm_bindgen_test]
fn empty_text_gives_no_sentences() {
    let result = lede::wasm::sentences(&JsString::from("")).unwrap();
    assert_eq!(Array::from(&result).length(), 0);
}

// --- summarize() -------------------------------------------------------------

fn summarize_with(text: &str, options: &str) -> Result<JsValue, JsValue> {
    let options: js_sys::Object = js_sys::JSON::parse(options).expect("options JSON").unchecked_into();
    lede::wasm::summarize(&JsString::from(text), Some(options))
}

const STORY: &str = "Storm Hits the Coast\n\nA powerful storm hit the coast on Monday, cutting power to 20,000 homes 😀. \
    Winds reached 90 mph in the worst-hit towns. Power companies said the storm was the worst in a decade. \
    Schools will stay closed on Tuesday while roads are cleared.\n\n© 2025 Coast News. All rights reserved.";

#[wasm_bindgen_test]
fn summarize_offsets_slice_and_results_are_plain_objects() {
    let input = JsString::from("Café 👨‍👩‍👧‍👦 owners cheered the 🇺🇦 flag. Naïve résumé writers 😀 wept. 東京で会議。The end came.");
    let result = lede::wasm::summarize(&input, None).unwrap();
    let plain_proto = js_sys::Object::get_prototype_of(&js_sys::Object::new().into());
    assert_eq!(JsValue::from(js_sys::Object::get_prototype_of(&result)), JsValue::from(plain_proto.clone()));
    for key in ["sentences", "summary"] {
        for s in Array::from(&get(&result, key)).iter() {
            let sliced = input.slice(num(&s, "start"), num(&s, "end"));
            assert_eq!(JsValue::from(sliced), get(&s, "text"));
            let features = get(&s, "features");
            assert_eq!(JsValue::from(js_sys::Object::get_prototype_of(&features)), JsValue::from(plain_proto.clone()));
        }
    }
    let stats = get(&result, "stats");
    assert_eq!(num(&stats, "sentences"), 4);
    assert!(get(&stats, "elapsedMs").as_f64().is_some_and(|ms| ms >= 0.0));
    assert_eq!(get(&stats, "algorithm").as_string().as_deref(), Some("default"));
}

#[wasm_bindgen_test]
fn summarize_roles_title_and_key_points() {
    let result = summarize_with(STORY, r#"{"sentences": 2, "order": "rank", "algorithm": "lexrank"}"#).unwrap();
    assert_eq!(get(&result, "title").as_string().as_deref(), Some("Storm Hits the Coast"));
    let summary = Array::from(&get(&result, "summary"));
    assert_eq!(summary.length(), 2);
    assert_eq!(num(&summary.get(0), "rank"), 1);
    assert_eq!(num(&summary.get(1), "rank"), 2);
    let points = Array::from(&get(&result, "keyPoints"));
    assert_eq!(points.get(0), get(&summary.get(0), "text"));
    let roles: Vec<String> =
        Array::from(&get(&result, "sentences")).iter().map(|s| get(&s, "role").as_string().unwrap_or_default()).collect();
    assert_eq!(roles.first().map(String::as_str), Some("title"));
    assert_eq!(roles.last().map(String::as_str), Some("boilerplate"));
    let first = Array::from(&get(&result, "sentences")).get(0);
    assert!(get(&first, "rank").is_null(), "non-candidates have rank null");
}

#[wasm_bindgen_test]
fn summarize_option_errors_are_range_errors_naming_the_option() {
    for (options, name) in [
        (r#"{"sentence": 3}"#, "sentence"),
        (r#"{"sentences": 0}"#, "sentences"),
        (r#"{"sentences": 2.5}"#, "sentences"),
        (r#"{"sentences": "3"}"#, "sentences"),
        (r#"{"ratio": 1.5}"#, "ratio"),
        (r#"{"words": -1}"#, "words"),
        (r#"{"chars": null}"#, "chars"),
        (r#"{"algorithm": "pagerank"}"#, "algorithm"),
        (r#"{"order": "random"}"#, "order"),
        (r#"{"onProgress": 5}"#, "onProgress"),
        (r#"{"sentences": 2, "words": 10}"#, "words"),
    ] {
        let err = summarize_with(STORY, options).unwrap_err();
        assert!(err.is_instance_of::<js_sys::RangeError>(), "{options}");
        assert_eq!(get(&err, "code").as_string().as_deref(), Some("LEDE_INVALID_OPTION"), "{options}");
        assert_eq!(get(&err, "option").as_string().as_deref(), Some(name), "{options}");
        let message = get(&err, "message").as_string().unwrap_or_default();
        assert!(message.contains(name), "{message}");
    }
    // The module keeps working after errors.
    let ok = summarize_with(STORY, r#"{"words": 30}"#).unwrap();
    assert!(Array::from(&get(&ok, "summary")).length() >= 1);
}

#[wasm_bindgen_test]
fn summarize_every_algorithm_and_length_option() {
    for algorithm in ["default", "lead", "luhn", "edmundson", "lsa", "lexrank", "textrank", "sumbasic", "klsum"] {
        for length in [r#""sentences": 2"#, r#""ratio": 0.5"#, r#""words": 40"#, r#""chars": 200"#] {
            let options = format!(r#"{{"algorithm": "{algorithm}", {length}}}"#);
            let result = summarize_with(STORY, &options).unwrap();
            assert!(Array::from(&get(&result, "summary")).length() >= 1, "{options}");
        }
    }
}

#[wasm_bindgen_test]
fn summarize_calls_on_progress_and_rethrows_its_errors() {
    let calls = Array::new();
    let sink = calls.clone();
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue, JsValue, JsValue)>::new(move |d, t, s| {
        sink.push(&Array::of3(&d, &t, &s));
    });
    let options = js_sys::Object::new();
    Reflect::set(&options, &"onProgress".into(), closure.as_ref()).unwrap();
    lede::wasm::summarize(&JsString::from(STORY), Some(options)).unwrap();
    assert!(calls.length() > 0);
    let stages: Vec<String> = calls.iter().map(|c| Array::from(&c).get(2).as_string().unwrap_or_default()).collect();
    assert!(stages.iter().any(|s| s == "analyze"), "{stages:?}");

    let thrower = js_sys::Function::new_no_args("throw new Error('stop')");
    let options = js_sys::Object::new();
    Reflect::set(&options, &"onProgress".into(), &thrower).unwrap();
    let err = lede::wasm::summarize(&JsString::from(STORY), Some(options)).unwrap_err();
    assert_eq!(get(&err, "message").as_string().as_deref(), Some("stop"));
    assert!(lede::wasm::summarize(&JsString::from(STORY), None).is_ok());
}

#[wasm_bindgen_test]
fn summarize_keeps_lone_surrogates() {
    let units: Vec<u16> = "A? storm came. Next one.".encode_utf16().map(|u| if u == u16::from(b'?') { 0xD800 } else { u }).collect();
    let input = JsString::from_char_code(&units);
    let result = lede::wasm::summarize(&input, None).unwrap();
    for s in Array::from(&get(&result, "sentences")).iter() {
        assert_eq!(JsValue::from(input.slice(num(&s, "start"), num(&s, "end"))), get(&s, "text"));
    }
    let points = Array::from(&get(&result, "keyPoints"));
    assert_eq!(points.get(0), get(&Array::from(&get(&result, "summary")).get(0), "text"));
}
