//! Speed of entity recognition and keyphrases: `cargo bench --bench entities`.
//! Medians of repeated runs on the fixture article (from ../shared) and on
//! 1 MB of text made by repeating it, with the mean CPU time per run (which
//! other processes on a busy machine do not inflate as they do wall time).

use std::time::{Duration, Instant};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// CPU time of this process so far (user + system, Linux /proc), in seconds.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    let ticks = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn time(label: &str, bytes: usize, runs: usize, mut f: impl FnMut() -> usize) {
    let mut times = Vec::with_capacity(runs);
    let mut items = 0;
    let cpu0 = cpu_seconds();
    for _ in 0..runs {
        let start = Instant::now();
        items = std::hint::black_box(f());
        times.push(start.elapsed());
    }
    let cpu = match (cpu_seconds(), cpu0) {
        (Some(b), Some(a)) => format!(", mean CPU {:.0} µs", (b - a) / runs as f64 * 1e6),
        _ => String::new(),
    };
    let m = median(times);
    let mbps = bytes as f64 / 1e6 / m.as_secs_f64();
    println!(
        "{label:<32} median {:>9.1} µs wall{cpu} ({mbps:.1} MB/s, {items} items, {runs} runs)",
        m.as_secs_f64() * 1e6
    );
}

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/fixtures/breakingon-kremlin-leak.txt"
    );
    let Ok(article) = std::fs::read_to_string(path) else {
        eprintln!("{path} not readable: benchmark skipped (it reads third-party data that is not in the repo)");
        return;
    };
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(&article);
        big.push_str("\n\n");
    }
    println!("fixture: {} bytes; big: {} bytes", article.len(), big.len());
    time("entities, fixture", article.len(), 1000, || {
        lede::entities(&article).map_or(0, |e| e.len())
    });
    time("keyphrases top 10, fixture", article.len(), 1000, || {
        lede::keyphrases(&article, 10).map_or(0, |k| k.len())
    });
    time("entities, 1 MB", big.len(), 21, || {
        lede::entities(&big).map_or(0, |e| e.len())
    });
    time("keyphrases top 10, 1 MB", big.len(), 21, || {
        lede::keyphrases(&big, 10).map_or(0, |k| k.len())
    });
}
