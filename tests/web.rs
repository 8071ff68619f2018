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

// ---- entities, keyphrases and highlighting ----

fn entities_of(text: &str) -> Vec<JsValue> {
    let input = JsString::from(text);
    let result = lede::wasm::entities(&input, JsValue::UNDEFINED).expect("entities() succeeds");
    let items: Vec<JsValue> = Array::from(&result).iter().collect();
    for item in &items {
        let sliced = input.slice(num(item, "start"), num(item, "end"));
        assert_eq!(
            JsValue::from(sliced),
            get(item, "text"),
            "slice(start, end) gives back the mention"
        );
    }
    items
}

fn str_of(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().unwrap_or_default()
}

#[wasm_bindgen_test]
fn entity_offsets_are_utf16_and_mentions_link() {
    let items = entities_of("😀 Envoy Steve Witkoff met Yuri Ushakov in Moscow 🇷🇺 on October 14. Witkoff paid $1 million.");
    let got: Vec<(String, String)> = items
        .iter()
        .map(|e| (str_of(e, "text"), str_of(e, "type")))
        .collect();
    let want = [
        ("Steve Witkoff", "PERSON"),
        ("Yuri Ushakov", "PERSON"),
        ("Moscow", "PLACE"),
        ("October 14", "DATE"),
        ("Witkoff", "PERSON"),
        ("$1 million", "MONEY"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    assert_eq!(
        num(&items[0], "start"),
        9,
        "after the emoji (2 code units) and 'Envoy '"
    );
    assert_eq!(str_of(&items[4], "canonical"), "Steve Witkoff");
    assert_eq!(str_of(&items[4], "id"), str_of(&items[0], "id"));
}

#[wasm_bindgen_test]
fn entity_groups_and_keyphrases_slice_the_input() {
    let text = "Peace talks in Geneva. Steve Witkoff joined the peace talks; Witkoff left the peace talk early.";
    let input = JsString::from(text);
    let groups = Array::from(&lede::wasm::entity_groups(&input, JsValue::UNDEFINED).unwrap());
    let witkoff = groups
        .iter()
        .find(|g| str_of(g, "canonical") == "Steve Witkoff")
        .expect("a group");
    assert_eq!(num(&witkoff, "count"), 2);
    assert_eq!(str_of(&witkoff, "type"), "PERSON");
    let options = js_sys::Object::new();
    Reflect::set(&options, &"top".into(), &3.into()).unwrap();
    let phrases = Array::from(&lede::wasm::keyphrases(&input, options.into()).unwrap());
    assert!(phrases.length() <= 3);
    let first = phrases.get(0);
    assert_eq!(str_of(&first, "text"), "peace talks");
    for occurrence in Array::from(&get(&first, "occurrences")).iter() {
        assert_eq!(
            JsValue::from(input.slice(num(&occurrence, "start"), num(&occurrence, "end"))),
            get(&occurrence, "text")
        );
    }
}

#[wasm_bindgen_test]
fn highlight_segments_join_back_to_the_input() {
    let text = "Café 😀 <img src=x onerror=alert(1)> Steve Witkoff paid €5 on 11/26/2025.";
    let input = JsString::from(text);
    let segments = Array::from(&lede::wasm::highlight(&input, JsValue::UNDEFINED).unwrap());
    let mut joined = String::new();
    let mut marked = Vec::new();
    for seg in segments.iter() {
        assert_eq!(
            JsValue::from(input.slice(num(&seg, "start"), num(&seg, "end"))),
            get(&seg, "text")
        );
        joined.push_str(&str_of(&seg, "text"));
        let entity = get(&seg, "entity");
        if entity.is_object() {
            marked.push((str_of(&entity, "text"), str_of(&entity, "type")));
        }
    }
    assert_eq!(joined, text);
    assert!(marked.contains(&("Steve Witkoff".into(), "PERSON".into())));
    assert!(marked.contains(&("€5".into(), "MONEY".into())));
    assert!(marked.contains(&("11/26/2025".into(), "DATE".into())));
}

#[wasm_bindgen_test]
fn options_are_checked_strictly() {
    let input = JsString::from("Steve Witkoff met Yuri Ushakov.");
    let bad = js_sys::Object::new();
    Reflect::set(&bad, &"typez".into(), &Array::new().into()).unwrap();
    let err = lede::wasm::entities(&input, bad.into()).unwrap_err();
    assert!(err.is_instance_of::<js_sys::RangeError>());
    assert_eq!(
        get(&err, "code").as_string().as_deref(),
        Some("LEDE_INVALID_OPTION")
    );
    assert_eq!(get(&err, "option").as_string().as_deref(), Some("typez"));
    let wrong_type = js_sys::Object::new();
    Reflect::set(
        &wrong_type,
        &"types".into(),
        &Array::of1(&"PEOPLE".into()).into(),
    )
    .unwrap();
    let err = lede::wasm::entities(&input, wrong_type.into()).unwrap_err();
    assert_eq!(get(&err, "option").as_string().as_deref(), Some("types"));
    let only_people = js_sys::Object::new();
    Reflect::set(
        &only_people,
        &"types".into(),
        &Array::of1(&"PERSON".into()).into(),
    )
    .unwrap();
    let people = Array::from(&lede::wasm::entities(&input, only_people.into()).unwrap());
    assert_eq!(people.length(), 2);
    let top = js_sys::Object::new();
    Reflect::set(&top, &"top".into(), &0.into()).unwrap();
    let err = lede::wasm::keyphrases(&input, top.into()).unwrap_err();
    assert_eq!(get(&err, "option").as_string().as_deref(), Some("top"));
}

fn fixture_element(html: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    // Test-only markup written here, not page text.
    div.set_inner_html(html);
    document.body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
fn highlight_element_across_nodes_twice_then_clear() {
    let html = "<h2>Talks</h2><p><b>Steve</b> Witkoff met Yuri Ushakov in <i>Mos</i>cow.</p><p>Witkoff left.</p>\
                <script>var x = 'Donald Trump';</script><textarea>Donald Trump</textarea>";
    let div = fixture_element(html);
    let result = lede::wasm::highlight_element(&div, JsValue::UNDEFINED).unwrap();
    let marks = div.query_selector_all("mark[data-lede]").unwrap();
    assert_eq!(num(&result, "marks"), marks.length());
    // "Steve Witkoff" spans <b>Steve</b> and the next text node: two marks, one id.
    let steve: Vec<web_sys::Element> = (0..marks.length())
        .filter_map(|k| {
            marks
                .item(k)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        })
        .filter(|m| m.get_attribute("data-type").as_deref() == Some("PERSON"))
        .collect();
    let texts: Vec<String> = steve
        .iter()
        .map(|m| m.text_content().unwrap_or_default())
        .collect();
    assert!(
        texts.starts_with(&[
            "Steve".to_string(),
            " Witkoff".to_string(),
            "Yuri Ushakov".to_string()
        ]),
        "{texts:?}"
    );
    assert_eq!(
        steve[0].get_attribute("data-entity-id"),
        steve[1].get_attribute("data-entity-id")
    );
    assert_eq!(
        steve[1].get_attribute("data-entity-id"),
        steve.last().unwrap().get_attribute("data-entity-id"),
        "the later Witkoff links"
    );
    assert_eq!(steve[0].parent_element().unwrap().tag_name(), "B");
    // Script and textarea text is left alone.
    assert!(div
        .query_selector("script mark, textarea mark")
        .unwrap()
        .is_none());
    // Twice: the same marks, never nested.
    let again = lede::wasm::highlight_element(&div, JsValue::UNDEFINED).unwrap();
    assert_eq!(num(&again, "marks"), num(&result, "marks"));
    assert!(div.query_selector("mark mark").unwrap().is_none());
    // Clear: the original DOM, text nodes merged again.
    let removed = lede::wasm::clear_highlights(&div).unwrap();
    assert_eq!(removed, num(&result, "marks"));
    assert_eq!(div.inner_html(), html);
    let p = div.query_selector("p").unwrap().unwrap();
    assert_eq!(
        p.child_nodes().length(),
        4,
        "<b>, text, <i>, text: split text nodes were merged"
    );
    div.remove();
}

// ---- extraction: extract() and extractElement() ----

/// Checks an Article: every block's text is `article.text.slice(start, end)`
/// in JavaScript, and returns the blocks' texts.
fn article_blocks(article: &JsValue) -> Vec<String> {
    let text: JsString = get(article, "text").dyn_into().expect("text is a string");
    assert_eq!(num(article, "length"), text.length());
    let blocks: Array = get(article, "blocks")
        .dyn_into()
        .expect("blocks is an array");
    let mut out = Vec::new();
    for block in blocks.iter() {
        let sliced = text.slice(num(&block, "start"), num(&block, "end"));
        assert_eq!(
            JsValue::from(sliced),
            get(&block, "text"),
            "block text must be article.text.slice(start, end)"
        );
        out.push(get(&block, "text").as_string().unwrap_or_default());
    }
    out
}

const PAGE: &str = r#"<html lang="en"><head><title>Café 東京 opens 😀 | Site</title>
    <meta property="og:site_name" content="Site"></head><body>
    <nav><a href="/">Home</a> <a href="/a">A</a></nav>
    <article><h1>Café 東京 opens 😀</h1>
    <p>The café 😀 opened in 東京 on Monday, serving coffee, tea and cake to a long queue of visitors.</p>
    <h2>Menu</h2><ul><li>Espresso 👨‍👩‍👧 for two</li><li>Green tea</li></ul>
    <p>Prices start at ¥500, the owner said, and the café will open every day.</p></article></body></html>"#;

#[wasm_bindgen_test]
fn extract_gives_an_article_whose_offsets_slice_its_text() {
    let article =
        lede::wasm::extract(&JsString::from(PAGE), JsValue::UNDEFINED).expect("extract succeeds");
    assert_eq!(
        get(&article, "siteName").as_string().as_deref(),
        Some("Site")
    );
    assert_eq!(get(&article, "lang").as_string().as_deref(), Some("en"));
    let blocks = article_blocks(&article);
    assert_eq!(blocks.len(), 5, "{blocks:?}");
    assert!(blocks[0].starts_with("The café 😀 opened in 東京"));
    assert_eq!(blocks[1], "Menu");
    assert_eq!(blocks[2], "Espresso 👨‍👩‍👧 for two");
    let first = Array::from(&get(&article, "blocks")).get(1);
    assert_eq!(get(&first, "kind").as_string().as_deref(), Some("heading"));
    assert_eq!(num(&first, "level"), 2);
    // Plain objects, like every result of lede.
    let plain = js_sys::Object::get_prototype_of(&js_sys::Object::new().into());
    assert_eq!(
        JsValue::from(js_sys::Object::get_prototype_of(&article)),
        JsValue::from(plain)
    );
}

#[wasm_bindgen_test]
fn extract_options_are_strict() {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"url".into(), &"https://www.example.com/x".into()).unwrap();
    let ok =
        lede::wasm::extract(&JsString::from("<p>Some text here.</p>"), options.into()).unwrap();
    assert_eq!(
        get(&ok, "siteName").as_string().as_deref(),
        Some("example.com")
    );

    let bad = js_sys::Object::new();
    Reflect::set(&bad, &"color".into(), &"red".into()).unwrap();
    let err = lede::wasm::extract(&JsString::from("<p>x</p>"), bad.into()).unwrap_err();
    assert!(err.is_instance_of::<js_sys::RangeError>());
    assert_eq!(
        get(&err, "code").as_string().as_deref(),
        Some("LEDE_INVALID_OPTION")
    );
    assert_eq!(get(&err, "option").as_string().as_deref(), Some("color"));

    let bad_url = js_sys::Object::new();
    Reflect::set(&bad_url, &"url".into(), &JsValue::from(3)).unwrap();
    let err = lede::wasm::extract(&JsString::from("<p>x</p>"), bad_url.into()).unwrap_err();
    assert_eq!(get(&err, "option").as_string().as_deref(), Some("url"));
}

#[wasm_bindgen_test]
fn extract_errors_on_a_page_without_text_and_keeps_working() {
    let err = lede::wasm::extract(
        &JsString::from("<html><head><title>T</title></head><body></body></html>"),
        JsValue::NULL,
    )
    .unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "code").as_string().as_deref(), Some("LEDE_EMPTY"));
    assert!(lede::wasm::extract(&JsString::from("<p>Still working.</p>"), JsValue::NULL).is_ok());
}

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("a window")
        .document()
        .expect("a document")
}

#[wasm_bindgen_test]
fn extract_element_reads_the_live_dom_without_hidden_nodes() {
    let doc = document();
    let style = doc.create_element("style").unwrap();
    style.set_text_content(Some(".gone { display: none }"));
    doc.body().unwrap().append_child(&style).unwrap();
    let root = doc.create_element("div").unwrap();
    root.set_inner_html(
        r#"<article>
        <p>Visible first paragraph about the harbour 🚢, which reopened on Tuesday after repairs that took two years.</p>
        <p hidden>Hidden by attribute.</p>
        <p aria-hidden="true">Hidden from assistive technology.</p>
        <p style="display:none">Hidden by inline style.</p>
        <p class="gone">Hidden by the style sheet.</p>
        <h2>Boats</h2>
        <p>Visible second paragraph: fishing boats are back, and the ferry runs twice a day, the port said.</p>
        </article>"#,
    );
    doc.body().unwrap().append_child(&root).unwrap();
    // A node added by script after parsing is read too.
    let added = doc.create_element("p").unwrap();
    added.set_text_content(Some(
        "Added by script, and visible to the reader of the page.",
    ));
    root.first_element_child()
        .unwrap()
        .append_child(&added)
        .unwrap();

    let article = lede::wasm::extract_element(&root).expect("extractElement succeeds");
    // The whole document works too (its body is read), and finds the article.
    let whole = lede::wasm::extract_element(&doc.document_element().unwrap())
        .expect("extractElement(<html>)");
    let whole_text = get(&whole, "text").as_string().unwrap_or_default();
    assert!(
        whole_text.contains("Visible second paragraph: fishing boats are back"),
        "{whole_text}"
    );
    assert!(!whole_text.contains("Hidden"), "{whole_text}");
    let text = get(&article, "text").as_string().unwrap();
    assert!(!text.contains("Hidden"), "hidden text leaked: {text}");
    let blocks = article_blocks(&article);
    assert_eq!(blocks.len(), 4, "{blocks:?}");
    assert!(blocks[0].starts_with("Visible first paragraph about the harbour 🚢"));
    assert_eq!(blocks[1], "Boats");
    assert_eq!(
        blocks[3],
        "Added by script, and visible to the reader of the page."
    );
    root.remove();
    style.remove();
}

/// Appends a style sheet and an element with `inner` to the body, runs
/// `extractElement` on the element, removes both and returns the text.
fn extract_live(css: &str, inner: &str) -> String {
    extract_live_with(css, inner, |_, _| {})
}

/// [`extract_live`], with `prepare` changing the element (as a page's
/// script would) before it joins the document.
fn extract_live_with(
    css: &str,
    inner: &str,
    prepare: impl FnOnce(&web_sys::Document, &web_sys::Element),
) -> String {
    let doc = document();
    let style = doc.create_element("style").unwrap();
    style.set_text_content(Some(css));
    doc.body().unwrap().append_child(&style).unwrap();
    let root = doc.create_element("div").unwrap();
    root.set_inner_html(inner);
    prepare(&doc, &root);
    doc.body().unwrap().append_child(&root).unwrap();
    let article = lede::wasm::extract_element(&root);
    root.remove();
    style.remove();
    get(&article.expect("extractElement succeeds"), "text")
        .as_string()
        .unwrap_or_default()
}

const VISIBLE_1: &str = "Visible first paragraph about the harbour, which reopened on Tuesday after repairs that took two years.";
const VISIBLE_2: &str = "Visible second paragraph: fishing boats are back, and the ferry runs twice a day, the port said.";

#[wasm_bindgen_test]
fn extract_element_counts_svg_and_noscript_like_the_browser() {
    // SVG elements are in the element list; <noscript> content is text in
    // a live page. Hidden elements after them must still be the ones left out.
    let text = extract_live(
        ".gone { display: none } .also-gone { visibility: hidden }",
        &format!(
            r#"<article><svg width="10" height="10"><g><path d="M0 0"/><circle r="1"/></g></svg>
            <noscript><img src="x.png"><p>No script here.</p></noscript>
            <p>{VISIBLE_1}</p><ul><li class="gone">Hidden item by the style sheet.</li><li>Visible item, one of two.</li></ul>
            <p class="also-gone">Hidden by visibility in the style sheet.</p><p>{VISIBLE_2}</p></article>"#
        ),
    );
    assert!(
        text.contains(VISIBLE_1) && text.contains(VISIBLE_2),
        "{text}"
    );
    assert!(text.contains("Visible item, one of two."), "{text}");
    assert!(!text.contains("Hidden"), "hidden text leaked: {text}");
    assert!(!text.contains("No script"), "{text}");
}

#[wasm_bindgen_test]
fn extract_element_with_template_content_still_leaves_hidden_nodes_out() {
    // A <template>'s content is in outerHTML but not in the element list,
    // so its start tags are not counted.
    let text = extract_live(
        ".gone { display: none }",
        &format!(
            r#"<article><p>{VISIBLE_1}</p><template><p>Template text, never shown.</p><b>x</b></template>
            <p class="gone">Hidden by the style sheet.</p><p>{VISIBLE_2}</p></article>"#
        ),
    );
    assert!(
        text.contains(VISIBLE_1) && text.contains(VISIBLE_2),
        "{text}"
    );
    assert!(
        !text.contains("Hidden") && !text.contains("Template"),
        "{text}"
    );
}

#[wasm_bindgen_test]
fn extract_element_reads_trees_that_markup_cannot_express() {
    // An element that script put inside <noscript> is in the element list,
    // but its serialization reads back as text: the positions of hidden
    // elements no longer line up, and the node-by-node copy reads the page.
    let text = extract_live_with(
        ".gone { display: none }",
        &format!(
            r#"<article><p>{VISIBLE_1}</p><noscript></noscript><p class="gone">Hidden by the style sheet.</p><p>{VISIBLE_2}</p></article>"#
        ),
        |doc, root| {
            let noscript = root.query_selector("noscript").unwrap().unwrap();
            let inside = doc.create_element("span").unwrap();
            inside.set_text_content(Some("Put in by script."));
            noscript.append_child(&inside).unwrap();
        },
    );
    assert!(
        text.contains(VISIBLE_1) && text.contains(VISIBLE_2),
        "{text}"
    );
    assert!(!text.contains("Hidden"), "hidden text leaked: {text}");
}

#[wasm_bindgen_test]
fn extract_element_keeps_what_script_nested_inside_hidden_elements() {
    // Script can put a <div> in a <p> or an <a> in an <a>; read back by
    // HTML's rules, the inner element would fall out of the hidden one.
    let text = extract_live_with(
        ".gone { display: none } .wrap { display: contents }",
        &format!(
            r#"<article><p>{VISIBLE_1}</p><p class="gone"></p><a class="gone" href="/x"></a>
            <div class="wrap"><p>{VISIBLE_2}</p></div></article>"#
        ),
        |doc, root| {
            let hidden_p = root.query_selector("p.gone").unwrap().unwrap();
            let inner = doc.create_element("div").unwrap();
            inner.set_text_content(Some("Secret inside a hidden paragraph."));
            hidden_p.append_child(&inner).unwrap();
            let hidden_a = root.query_selector("a.gone").unwrap().unwrap();
            let div = doc.create_element("div").unwrap();
            let nested = doc.create_element("a").unwrap();
            nested.set_text_content(Some("Secret link inside a hidden link."));
            div.append_child(&nested).unwrap();
            hidden_a.append_child(&div).unwrap();
        },
    );
    assert!(!text.contains("Secret"), "hidden text leaked: {text}");
    // A display: contents wrapper has no box of its own, but its children do.
    assert!(
        text.contains(VISIBLE_1) && text.contains(VISIBLE_2),
        "{text}"
    );
}

#[wasm_bindgen_test]
fn extract_element_reads_an_element_that_is_itself_not_rendered() {
    // Pages hide their body until their scripts run. Inside an element that
    // is not rendered every node reads as hidden, so computed styles are not
    // used there; attributes and inline styles still are.
    let text = extract_live_with(
        ".veiled { visibility: hidden } .gone { display: none }",
        &format!(
            r#"<article><p>{VISIBLE_1}</p><p hidden>Hidden by attribute.</p>
            <p class="gone">Not told apart from the rest.</p><p>{VISIBLE_2}</p></article>"#
        ),
        |_, root| root.set_class_name("veiled"),
    );
    assert!(
        text.contains(VISIBLE_1) && text.contains(VISIBLE_2),
        "{text}"
    );
    assert!(!text.contains("Hidden by attribute"), "{text}");
}

#[wasm_bindgen_test]
fn extract_element_reads_a_page_whose_markup_is_over_the_limit() {
    // 17 MB of inline image data beside a short article: the limit is on
    // text, so the page is read (node by node) rather than refused.
    let text = extract_live_with(
        "",
        &format!("<article><p>{VISIBLE_1}</p><img><p>{VISIBLE_2}</p></article>"),
        |_, root| {
            let img = root.query_selector("img").unwrap().unwrap();
            let data = format!("data:image/png;base64,{}", "A".repeat(17 << 20));
            img.set_attribute("src", &data).unwrap();
        },
    );
    assert!(
        text.contains(VISIBLE_1) && text.contains(VISIBLE_2),
        "{text}"
    );
}

#[wasm_bindgen_test]
fn extract_element_works_on_a_detached_element() {
    let root = document().create_element("section").unwrap();
    root.set_inner_html("<p>Detached, but still read: hidden attributes <span hidden>(not this)</span> are honoured.</p>");
    let article = lede::wasm::extract_element(&root).unwrap();
    assert_eq!(
        article_blocks(&article),
        ["Detached, but still read: hidden attributes are honoured."]
    );
}

// --- summarize() -------------------------------------------------------------

fn summarize_with(text: &str, options: &str) -> Result<JsValue, JsValue> {
    let options: js_sys::Object = js_sys::JSON::parse(options)
        .expect("options JSON")
        .unchecked_into();
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
    assert_eq!(
        JsValue::from(js_sys::Object::get_prototype_of(&result)),
        JsValue::from(plain_proto.clone())
    );
    for key in ["sentences", "summary"] {
        for s in Array::from(&get(&result, key)).iter() {
            let sliced = input.slice(num(&s, "start"), num(&s, "end"));
            assert_eq!(JsValue::from(sliced), get(&s, "text"));
            let features = get(&s, "features");
            assert_eq!(
                JsValue::from(js_sys::Object::get_prototype_of(&features)),
                JsValue::from(plain_proto.clone())
            );
        }
    }
    let stats = get(&result, "stats");
    assert_eq!(num(&stats, "sentences"), 4);
    assert!(get(&stats, "elapsedMs")
        .as_f64()
        .is_some_and(|ms| ms >= 0.0));
    assert_eq!(
        get(&stats, "algorithm").as_string().as_deref(),
        Some("default")
    );
}

#[wasm_bindgen_test]
fn summarize_roles_title_and_key_points() {
    let result = summarize_with(
        STORY,
        r#"{"sentences": 2, "order": "rank", "algorithm": "lexrank"}"#,
    )
    .unwrap();
    assert_eq!(
        get(&result, "title").as_string().as_deref(),
        Some("Storm Hits the Coast")
    );
    let summary = Array::from(&get(&result, "summary"));
    assert_eq!(summary.length(), 2);
    assert_eq!(num(&summary.get(0), "rank"), 1);
    assert_eq!(num(&summary.get(1), "rank"), 2);
    let points = Array::from(&get(&result, "keyPoints"));
    assert_eq!(points.get(0), get(&summary.get(0), "text"));
    let roles: Vec<String> = Array::from(&get(&result, "sentences"))
        .iter()
        .map(|s| get(&s, "role").as_string().unwrap_or_default())
        .collect();
    assert_eq!(roles.first().map(String::as_str), Some("title"));
    assert_eq!(roles.last().map(String::as_str), Some("boilerplate"));
    let first = Array::from(&get(&result, "sentences")).get(0);
    assert!(
        get(&first, "rank").is_null(),
        "non-candidates have rank null"
    );
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
        assert_eq!(
            get(&err, "code").as_string().as_deref(),
            Some("LEDE_INVALID_OPTION"),
            "{options}"
        );
        assert_eq!(
            get(&err, "option").as_string().as_deref(),
            Some(name),
            "{options}"
        );
        let message = get(&err, "message").as_string().unwrap_or_default();
        assert!(message.contains(name), "{message}");
    }
    // The module keeps working after errors.
    let ok = summarize_with(STORY, r#"{"words": 30}"#).unwrap();
    assert!(Array::from(&get(&ok, "summary")).length() >= 1);
}

#[wasm_bindgen_test]
fn summarize_every_algorithm_and_length_option() {
    for algorithm in [
        "default",
        "lead",
        "luhn",
        "edmundson",
        "lsa",
        "lexrank",
        "textrank",
        "sumbasic",
        "klsum",
    ] {
        for length in [
            r#""sentences": 2"#,
            r#""ratio": 0.5"#,
            r#""words": 40"#,
            r#""chars": 200"#,
        ] {
            let options = format!(r#"{{"algorithm": "{algorithm}", {length}}}"#);
            let result = summarize_with(STORY, &options).unwrap();
            assert!(
                Array::from(&get(&result, "summary")).length() >= 1,
                "{options}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn summarize_calls_on_progress_and_rethrows_its_errors() {
    let calls = Array::new();
    let sink = calls.clone();
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue, JsValue, JsValue)>::new(
        move |d, t, s| {
            sink.push(&Array::of3(&d, &t, &s));
        },
    );
    let options = js_sys::Object::new();
    Reflect::set(&options, &"onProgress".into(), closure.as_ref()).unwrap();
    lede::wasm::summarize(&JsString::from(STORY), Some(options)).unwrap();
    assert!(calls.length() > 0);
    let stages: Vec<String> = calls
        .iter()
        .map(|c| Array::from(&c).get(2).as_string().unwrap_or_default())
        .collect();
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
    let units: Vec<u16> = "A? storm came. Next one."
        .encode_utf16()
        .map(|u| if u == u16::from(b'?') { 0xD800 } else { u })
        .collect();
    let input = JsString::from_char_code(&units);
    let result = lede::wasm::summarize(&input, None).unwrap();
    for s in Array::from(&get(&result, "sentences")).iter() {
        assert_eq!(
            JsValue::from(input.slice(num(&s, "start"), num(&s, "end"))),
            get(&s, "text")
        );
    }
    let points = Array::from(&get(&result, "keyPoints"));
    assert_eq!(
        points.get(0),
        get(&Array::from(&get(&result, "summary")).get(0), "text")
    );
}

// --- summarizeHtml() ----------------------------------------------------------

const NEWS_PAGE: &str = r#"<html lang="en"><head><title>Lisbon votes on flood plan | The Ledger</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <article><h1>Lisbon votes on flood plan</h1>
    <p>Lisbon's city council approved a plan worth €2.4 billion on Thursday to rebuild the riverfront after two winters of floods.</p>
    <p>Mayor Helena Marques said the city could not wait for the next storm, and the European Investment Bank offered a loan.</p>
    <p>Critics in the Social Democratic Party called the plan a bet on concrete and asked for help for families instead.</p>
    <p>Construction should start in 2027 and the barrier should work by 2031, officials said.</p></article>
    <footer>© 2026 The Ledger. All rights reserved.</footer></body></html>"#;

#[wasm_bindgen_test]
fn summarize_html_chains_extract_summarize_entities_and_keyphrases() {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"sentences".into(), &2.into()).unwrap();
    Reflect::set(
        &options,
        &"types".into(),
        &js_sys::Array::of1(&"PERSON".into()),
    )
    .unwrap();
    Reflect::set(&options, &"top".into(), &3.into()).unwrap();
    let result = lede::wasm::summarize_html(&JsString::from(NEWS_PAGE), Some(options)).unwrap();
    let article = get(&result, "article");
    let text: JsString = get(&article, "text").dyn_into().unwrap();
    assert!(
        !text.includes("Home", 0),
        "navigation is not in the article"
    );
    let summary = get(&result, "summary");
    let picked = Array::from(&get(&summary, "summary"));
    assert_eq!(picked.length(), 2);
    for s in picked.iter() {
        assert_eq!(
            JsValue::from(text.slice(num(&s, "start"), num(&s, "end"))),
            get(&s, "text"),
            "offsets refer to article.text"
        );
    }
    let entities = Array::from(&get(&result, "entities"));
    assert!(entities.length() >= 1);
    for e in entities.iter() {
        assert_eq!(
            get(&e, "type").as_string().as_deref(),
            Some("PERSON"),
            "types option reaches entities()"
        );
        assert_eq!(
            JsValue::from(text.slice(num(&e, "start"), num(&e, "end"))),
            get(&e, "text")
        );
    }
    assert!(
        Array::from(&get(&result, "keyphrases")).length() <= 3,
        "top option reaches keyphrases()"
    );
}

#[wasm_bindgen_test]
fn summarize_html_names_a_bad_option() {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"sentences".into(), &0.into()).unwrap();
    let err = lede::wasm::summarize_html(&JsString::from(NEWS_PAGE), Some(options)).unwrap_err();
    assert!(err.is_instance_of::<js_sys::RangeError>());
    assert_eq!(
        get(&err, "option").as_string().as_deref(),
        Some("sentences")
    );
    let options = js_sys::Object::new();
    Reflect::set(&options, &"colour".into(), &"red".into()).unwrap();
    let err = lede::wasm::summarize_html(&JsString::from(NEWS_PAGE), Some(options)).unwrap_err();
    assert_eq!(get(&err, "option").as_string().as_deref(), Some("colour"));
}

#[wasm_bindgen_test]
fn extract_reads_non_ascii_and_lone_surrogates_from_js() {
    // ASCII first, then a two-byte character, a lone surrogate and more:
    // the HTML crosses in two encodeInto calls.
    let units: Vec<u16> = "<p>Caf\u{e9} text with a lone "
        .encode_utf16()
        .chain([0xD800])
        .chain(" surrogate and more words after it, 😀 too.</p>".encode_utf16())
        .collect();
    let html = JsString::from_char_code(&units);
    let article = lede::wasm::extract(&html, JsValue::UNDEFINED).expect("extract succeeds");
    assert_eq!(
        get(&article, "text").as_string().as_deref(),
        Some("Café text with a lone \u{FFFD} surrogate and more words after it, 😀 too.")
    );
    article_blocks(&article);
}

// --- sentences(text, { lang }) and Markdown ----------------------------------

#[wasm_bindgen_test]
fn sentences_take_a_lang_option_and_reject_bad_ones() {
    let text = JsString::from("Am 3. Oktober kam er. Dann ging er.");
    let options = js_sys::Object::new();
    Reflect::set(&options, &"lang".into(), &"de".into()).unwrap();
    let result = lede::wasm::sentences_with_options(&text, Some(options)).unwrap();
    let items: Array = result.dyn_into().unwrap();
    let got: Vec<String> = items
        .iter()
        .map(|s| get(&s, "text").as_string().unwrap_or_default())
        .collect();
    assert_eq!(got, ["Am 3. Oktober kam er.", "Dann ging er."]);

    let bad = js_sys::Object::new();
    Reflect::set(&bad, &"lang".into(), &JsValue::from(7)).unwrap();
    let err = lede::wasm::sentences_with_options(&text, Some(bad)).unwrap_err();
    assert!(err.is_instance_of::<js_sys::RangeError>());
    let unknown = js_sys::Object::new();
    Reflect::set(&unknown, &"language".into(), &"de".into()).unwrap();
    assert!(lede::wasm::sentences_with_options(&text, Some(unknown)).is_err());
}

#[wasm_bindgen_test]
fn markdown_text_fields_and_title_are_clean() {
    let md = "# Storm hits the coast\n\nThe **storm** arrived at dawn on Monday and closed the harbour. \
              It [flooded](https://example.com/a) the lower town.\n\n- Roads were closed for a day";
    let input = JsString::from(md);
    let result = lede::wasm::sentences(&input).unwrap();
    let items: Array = result.dyn_into().unwrap();
    let first = items.get(0);
    assert_eq!(
        get(&first, "text").as_string().unwrap(),
        "Storm hits the coast"
    );
    // The span still slices the original, Markdown and all.
    assert_eq!(
        String::from(input.slice(num(&first, "start"), num(&first, "end"))),
        "# Storm hits the coast"
    );
    let summary = lede::wasm::summarize(&input, None).unwrap();
    assert_eq!(
        get(&summary, "title").as_string().unwrap(),
        "Storm hits the coast"
    );
}

#[wasm_bindgen_test]
fn summarize_types_and_lengths() {
    let headline = summarize_with(STORY, r#"{"type": "headline"}"#).unwrap();
    let points = Array::from(&get(&headline, "keyPoints"));
    assert_eq!(points.length(), 1);
    assert_eq!(
        points.get(0).as_string().as_deref(),
        Some("Storm Hits the Coast")
    );
    let tldr = summarize_with(STORY, r#"{"type": "tldr", "length": "short"}"#).unwrap();
    assert_eq!(Array::from(&get(&tldr, "keyPoints")).length(), 1);
    let teaser = summarize_with(STORY, r#"{"type": "teaser"}"#).unwrap();
    let first = Array::from(&get(&teaser, "keyPoints"))
        .get(0)
        .as_string()
        .unwrap_or_default();
    assert!(!first.starts_with("A powerful storm"), "{first}");
    for (options, option) in [
        (r#"{"type": "brief"}"#, "type"),
        (r#"{"length": 3}"#, "length"),
    ] {
        let err = summarize_with(STORY, options).unwrap_err();
        assert_eq!(
            get(&err, "option").as_string().as_deref(),
            Some(option),
            "{options}"
        );
    }
}
