//! The JavaScript API, built only for `wasm32`. This is the one module that
//! knows about JavaScript: it converts byte spans to UTF-16 offsets, core
//! errors to JS `Error`s, and core results to plain objects.
//!
//! One file per area: `text.rs` (segmentation), `entities.rs` (entities,
//! keyphrases, highlighting), `extract.rs` (article extraction),
//! `summarize.rs`, `lang.rs` (`detectLanguage`, the `lang` option), and `pipeline.rs` (`summarizeHtml`, which chains them). `convert.rs` holds the shared conversions.

mod convert;
mod entities;
mod extract;
mod lang;
mod pipeline;
mod summarize;
mod text;

pub use entities::{
    clear_highlights, entities, entity_groups, highlight, highlight_element, keyphrases,
};
pub use extract::{extract, extract_element};
pub use lang::detect_language;
pub use pipeline::{analyze, summarize_html};
pub use summarize::summarize;
pub use text::{sentences, sentences_with_options};

use wasm_bindgen::prelude::*;

/// Installs the panic hook so that a bug shows a readable message in the
/// console instead of `unreachable executed`.
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The version of lede, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
