//! Extraction speed: `cargo bench --bench extract`.
//!
//! Times `lede::extract` on a synthetic 1 MB news page (built here, so the
//! bench runs anywhere) and on the largest readability-dev pages from
//! `../shared` when present. Prints the median, 10th and 90th percentile of
//! wall time over repeated runs, after a warm-up.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A page like a big news site's: navigation, an inline script and style,
/// a long article with links, lists and a table, a sidebar of related
/// links, comments and a footer, about `target` bytes in all.
fn synthetic_page(target: usize) -> String {
    let words = [
        "the",
        "council",
        "said",
        "on",
        "Tuesday",
        "that",
        "rising",
        "costs",
        "had",
        "forced",
        "a",
        "review",
        "of",
        "spending",
        "plans",
        "across",
        "several",
        "departments",
        "officials",
        "warned",
        "further",
        "cuts",
        "could",
        "follow",
        "if",
        "revenue",
        "did",
        "not",
        "recover",
        "by",
        "spring",
    ];
    let mut seed = 42u32;
    let mut sentence = |n: usize| {
        let mut s = String::new();
        for i in 0..n {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let w = words[(seed >> 16) as usize % words.len()];
            if i > 0 {
                s.push(if seed % 11 == 0 { ',' } else { ' ' });
                if seed % 11 == 0 {
                    s.push(' ');
                }
            }
            s.push_str(w);
        }
        s.push('.');
        s
    };
    let mut html = String::from("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Council reviews spending | The Daily</title>");
    html.push_str("<meta property=\"og:title\" content=\"Council reviews spending\"><meta name=\"author\" content=\"A. Reporter\">");
    html.push_str("<style>body{font:16px sans-serif}.nav a{color:#333}</style></head><body>");
    html.push_str("<header class=\"site-header\"><nav class=\"menu\"><ul>");
    for i in 0..40 {
        let _ = write!(html, "<li><a href=\"/section/{i}\">Section {i}</a></li>");
    }
    html.push_str("</ul></nav></header><script>var config = {");
    for i in 0..2000 {
        let _ = write!(html, "\"key{i}\": \"{}\",", "x".repeat(20));
    }
    html.push_str("};</script><div id=\"page\"><main><article class=\"story\"><h1>Council reviews spending</h1>");
    let mut sidebar = String::from("<aside class=\"sidebar\"><h3>Related</h3><ul>");
    let mut i = 0;
    while html.len() + sidebar.len() < target * 8 / 10 {
        match i % 12 {
            0 => {
                let _ = write!(html, "<h2>Part {i}</h2>");
            }
            5 => {
                html.push_str("<ul>");
                for _ in 0..4 {
                    let _ = write!(html, "<li>{}</li>", sentence(8));
                }
                html.push_str("</ul>");
            }
            9 => {
                html.push_str("<table><tr><th>Item</th><th>2023</th><th>2024</th></tr>");
                for r in 0..5 {
                    let _ = write!(
                        html,
                        "<tr><td>Line {r}</td><td>{}</td><td>{}</td></tr>",
                        r * 100,
                        r * 120
                    );
                }
                html.push_str("</table>");
            }
            _ => {
                let _ = writeln!(
                    html,
                    "<p>{} <a href=\"/story/{i}\">{}</a> {} <em>{}</em> {}</p>",
                    sentence(25),
                    sentence(4),
                    sentence(20),
                    sentence(3),
                    sentence(15)
                );
            }
        }
        let _ = write!(
            sidebar,
            "<li><a href=\"/related/{i}\">{}</a></li>",
            sentence(6)
        );
        i += 1;
    }
    html.push_str("</article></main>");
    html.push_str(&sidebar);
    html.push_str("</ul></aside><section id=\"comments\" class=\"comments\">");
    while html.len() < target - 2000 {
        let _ = write!(
            html,
            "<div class=\"comment\"><span class=\"author\">user{i}</span><p>{}</p></div>",
            sentence(12)
        );
        i += 1;
    }
    html.push_str(
        "</section></div><footer class=\"site-footer\"><p>© The Daily</p></footer></body></html>",
    );
    html
}

fn shared_page(name: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/readability-dev")
        .join(name)
        .join("source.html");
    std::fs::read_to_string(path).ok()
}

fn time(name: &str, html: &str, runs: usize) {
    for _ in 0..3.min(runs) {
        black_box(lede::extract(black_box(html)).ok());
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(lede::extract(black_box(html)).ok());
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name:<28} {:>8.0} KB  median {:>7.2} ms  (p10 {:.2}, p90 {:.2}, {runs} runs)",
        html.len() as f64 / 1024.0,
        ms(times[runs / 2]),
        ms(times[runs / 10]),
        ms(times[runs * 9 / 10])
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this
    // too, unoptimized: then one run each, as a smoke test.
    let bench = std::env::args().any(|a| a == "--bench");
    let runs = |n: usize| if bench { n } else { 1 };
    let page = synthetic_page(1 << 20);
    let article = lede::extract(&page).expect("the synthetic page has an article");
    assert!(
        article.text().len() > 100_000,
        "the synthetic article was not found"
    );
    println!(
        "lede::extract, native (cargo bench --bench extract){}",
        if bench { "" } else { ": smoke run, not timed" }
    );
    time("synthetic news page", &page, runs(50));
    let mut found = false;
    for name in ["yahoo-2", "guardian-1", "wikipedia-2", "nytimes-4"] {
        if let Some(html) = shared_page(name) {
            time(&format!("readability-dev/{name}"), &html, runs(30));
            found = true;
        }
    }
    if !found {
        println!("(../shared/data/readability-dev not found: only the synthetic page was timed)");
    }
    if !bench {
        return;
    }
    // Hostile markup (the behaviour is tested in tests/extract.rs): each
    // must stay linear, and the node cap bounds the unclosed-tag cases.
    let body = "<p>The text of the page is only this sentence.</p>";
    let hostile = [
        ("100k nested <div>", "<div>".repeat(100_000) + body),
        ("1M unclosed <p>x", "<p>x".repeat(1_000_000)),
        (
            "1M unclosed <a>x",
            body.to_owned() + &"<a href=/x>x".repeat(1_000_000),
        ),
        (
            "1M unclosed <b>",
            body.to_owned() + &"<b>".repeat(1_000_000),
        ),
        (
            "1M <g> in <svg>",
            format!("<svg>{}</svg>{body}", "<g>".repeat(1_000_000)),
        ),
        (
            "10 MB attribute",
            format!("<div title=\"{}\">{body}</div>", "a".repeat(10_000_000)),
        ),
        (
            "10 MB comment",
            format!("<!--{}-->{body}", "a-".repeat(5_000_000)),
        ),
        (
            "500k <script>s",
            "<script>var a = 1;</script>".repeat(500_000) + body,
        ),
    ];
    for (name, html) in &hostile {
        time(name, html, 5);
    }
}
