//! Summarization speed: `cargo bench --bench summarize`.
//!
//! Prints medians of repeated runs: the fixture article, the BBC articles
//! (per-article latency, every algorithm) and concatenations of BBC
//! articles from 100 KB to 5 MB (cost per MB and peak heap), read from
//! ../shared (skipped with a message when absent).

#[path = "../tests/common/mod.rs"]
mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use lede::{summarize, Algorithm, Length, SummaryOptions};

/// Counts live heap bytes to report the peak of a run.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Median milliseconds of `runs` runs of `f`, after one warm-up.
fn time(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect(),
    )
}

fn main() {
    // `cargo test --all-targets` runs bench targets too (without --bench):
    // time nothing then.
    if !std::env::args().any(|a| a == "--bench") {
        println!("summarize bench: run it with `cargo bench --bench summarize`");
        return;
    }
    if let Some(fixture) = common::fixture() {
        println!(
            "## fixture article ({} bytes), default, 3 sentences",
            fixture.len()
        );
        let ms = time(200, || {
            std::hint::black_box(summarize(&fixture, &SummaryOptions::new()).unwrap());
        });
        println!("median {:.3} ms\n", ms);
    }
    let Some(data) = common::shared("data/summ_bbc.jsonl") else {
        return;
    };
    let docs: Vec<(String, usize)> = data
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["text"].as_str().unwrap().to_string(),
                v["k"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    let mean_len = docs.iter().map(|d| d.0.len()).sum::<usize>() / docs.len();
    println!(
        "## BBC articles ({} articles, mean {} bytes): per-article latency, k sentences",
        docs.len(),
        mean_len
    );
    println!("| algorithm | median µs | mean µs |");
    println!("|---|---|---|");
    for algorithm in Algorithm::ALL {
        let mut times = Vec::with_capacity(docs.len());
        for (text, k) in &docs {
            let options = SummaryOptions::new()
                .algorithm(algorithm)
                .length(Length::Sentences(*k));
            let t = Instant::now();
            std::hint::black_box(summarize(text, &options).unwrap());
            times.push(t.elapsed().as_secs_f64() * 1e6);
        }
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        println!("| {algorithm} | {:.0} | {:.0} |", median(times), mean);
    }

    println!("\n## concatenated BBC articles, 3 sentences");
    println!("| size | algorithm | sentences | median ms | ms per MB | peak heap MB |");
    println!("|---|---|---|---|---|---|");
    let mut all = String::new();
    for (text, _) in &docs {
        all.push_str(text);
        all.push_str("\n\n");
        if all.len() > 5_300_000 {
            break;
        }
    }
    for &size in &[100_000usize, 500_000, 1_000_000, 2_000_000, 5_000_000] {
        let mut cut = size.min(all.len());
        while !all.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &all[..cut];
        let sentences = lede::sentences(text).count();
        for algorithm in Algorithm::ALL {
            let runs = if size >= 2_000_000 { 3 } else { 7 };
            let options = SummaryOptions::new().algorithm(algorithm);
            let ms = time(runs, || {
                std::hint::black_box(summarize(text, &options).unwrap());
            });
            let base = LIVE.load(Ordering::Relaxed);
            PEAK.store(base, Ordering::Relaxed);
            std::hint::black_box(summarize(text, &options).unwrap());
            let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base) as f64 / 1e6;
            let mb = text.len() as f64 / 1e6;
            println!(
                "| {:.1} MB | {algorithm} | {sentences} | {ms:.0} | {:.0} | {peak:.0} |",
                mb,
                ms / mb
            );
        }
    }
}
