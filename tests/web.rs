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
        assert_eq!(
            JsValue::from(sliced),
            text,
            "slice(start, end) must give back the sentence"
        );
        got.push(text.as_string().unwrap_or_default());
    }
    assert_eq!(got, expected);
}

#[wasm_bindgen_test]
fn offsets_slice_emoji_cjk_accents_and_crlf() {
    let text =
        "Café owners 👨‍👩‍👧‍👦 cheered.\r\nThe 🇺🇦 flag flew! 東京で会議。Naïve résumé? Yes 😀.\r\n\r\nEnd";
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
    assert_eq!(
        JsValue::from(js_sys::Object::get_prototype_of(&first)),
        JsValue::from(plain_proto)
    );
    assert_eq!(get(&first, "start").as_f64(), Some(0.0));
    assert_eq!(get(&first, "end").as_f64(), Some(4.0));
}

#[wasm_bindgen_test]
fn lone_surrogates_come_back_unchanged() {
    // "A\uD800 b. Next." : a lone high surrogate inside the first sentence.
    let units: Vec<u16> = "A? b. Next."
        .encode_utf16()
        .map(|u| if u == u16::from(b'?') { 0xD800 } else { u })
        .collect();
    let input = JsString::from_char_code(&units);
    assert!(!input.is_valid_utf16());
    let result = lede::wasm::sentences(&input).unwrap();
    let items = Array::from(&result);
    assert_eq!(items.length(), 2);
    let first = items.get(0);
    assert_eq!(
        JsValue::from(input.slice(num(&first, "start"), num(&first, "end"))),
        get(&first, "text")
    );
    assert_eq!(num(&first, "end"), 5);
}

#[wasm_bindgen_test]
fn binary_input_throws_a_type_error_and_the_module_keeps_working() {
    let junk: String = (0u8..32).map(char::from).cycle().take(1000).collect();
    let err = lede::wasm::sentences(&JsString::from(junk.as_str())).unwrap_err();
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert_eq!(
        get(&err, "code").as_string().as_deref(),
        Some("LEDE_NOT_TEXT")
    );
    // The module is still usable after the error.
    let ok = lede::wasm::sentences(&JsString::from("Still here. Yes.")).unwrap();
    assert_eq!(Array::from(&ok).length(), 2);
}

#[wasm_bindgen_test]
fn empty_text_gives_no_sentences() {
    let result = lede::wasm::sentences(&JsString::from("")).unwrap();
    assert_eq!(Array::from(&result).length(), 0);
}
