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

/// Seconds this thread has run on a CPU (Linux: /proc/thread-self/schedstat),
/// so that the figure holds on a machine shared with other jobs; `None`
/// elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Median (wall, CPU) seconds of `runs` runs of `f`, after one warm-up.
/// CPU time is the wall time where the platform does not report it.
fn time(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    f();
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..runs {
        let c = cpu_seconds();
        let t = Instant::now();
        f();
        let w = t.elapsed().as_secs_f64();
        wall.push(w);
        cpu.push(match (c, cpu_seconds()) {
            (Some(a), Some(b)) => b - a,
            _ => w,
        });
    }
    (median(wall), median(cpu))
}

/// Prints one line of figures for `mb` megabytes processed in `secs`.
fn report(what: &str, mb: f64, (wall, cpu): (f64, f64)) {
    println!(
        "{what}: {:.1} MB/s of CPU time ({:.1} MB/s wall clock)",
        mb / cpu,
        mb / wall
    );
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
    let mb = bytes as f64 / 1e6;
    let per_article = time(runs, || {
        for a in &articles {
            black_box(lede::sentence_indices(black_box(a)).count());
        }
    });
    report(
        &format!(
            "English news, {} articles, {mb:.2} MB, one call per article",
            articles.len()
        ),
        mb,
        per_article,
    );
    let joined = articles.join("\n\n");
    let whole = time(runs, || {
        black_box(lede::sentence_indices(black_box(&joined)).count());
    });
    report(
        "English news, one call on all articles joined",
        joined.len() as f64 / 1e6,
        whole,
    );
    if let Some(pud) = common::shared("data/sbd_pud_dev.jsonl") {
        let records: Vec<serde_json::Value> = pud
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        let bytes: usize = records.iter().map(|r| field(r, "text").len()).sum();
        let t = time(runs, || {
            for r in &records {
                let text = field(r, "text");
                black_box(lede::sentence_indices_in(black_box(text), field(r, "lang")).count());
            }
        });
        report(
            "PUD paragraphs (de es fr it pt ru zh), with their lang",
            bytes as f64 / 1e6,
            t,
        );
    }
}
