//! Speed of entity recognition and keyphrases: `cargo bench --bench entities`.
//! Medians of repeated runs on the fixture article (from ../shared) and on
//! 1 MB of text made by repeating it, with the mean CPU time per run (which
//! other processes on a busy machine do not inflate as they do wall time).
//! First, a scaling check that needs no data: adversarial recipes at 1 MiB
//! and 4 MiB, asserting that 4 MiB costs less than 6 times 1 MiB (linear is 4).

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

/// Least time of `runs` calls of entities() on `text`, in seconds: CPU
/// time where /proc gives it (other processes on a busy machine inflate
/// wall time far more), else wall time.
fn entities_seconds(text: &str, runs: usize) -> f64 {
    (0..runs)
        .map(|_| {
            let cpu0 = cpu_seconds();
            let start = Instant::now();
            std::hint::black_box(lede::entities(text).map_or(0, |e| e.len()));
            let wall = start.elapsed().as_secs_f64();
            match (cpu_seconds(), cpu0) {
                (Some(b), Some(a)) if b > a => b - a,
                _ => wall,
            }
        })
        .fold(f64::INFINITY, f64::min)
}

/// Makes an adversarial text of about the given number of bytes.
type Recipe = fn(usize) -> String;

/// `unit` repeated to `bytes` (rounded down to whole units).
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len())
}

/// Entity recognition must stay linear on inputs made to defeat it: a full
/// name then its surname alone, many times (once quadratic in linking);
/// many different people sharing one first name.
fn scaling() {
    const MIB: usize = 1 << 20;
    let recipes: [(&str, Recipe); 2] = [
        ("full name, then surname", |n| {
            repeat_to("Helena Marques spoke. Marques left. ", n)
        }),
        ("one first name, many surnames", |n| {
            let mut s = String::with_capacity(n + 64);
            let mut k = 0u64;
            while s.len() < n {
                // Surnames made of letters only: "Helena Bacd spoke."
                let mut v = k;
                let mut surname = String::from("B");
                for _ in 0..5 {
                    surname.push(char::from(b'a' + (v % 26) as u8));
                    v /= 26;
                }
                s.push_str(&format!("Helena {surname} spoke. {surname} left. "));
                k += 1;
            }
            s
        }),
    ];
    for (name, make) in recipes {
        let small = make(MIB);
        let large = make(4 * MIB);
        let a = entities_seconds(&small, 3);
        let b = entities_seconds(&large, 3);
        let ratio = b / a;
        println!(
            "scaling {name:<32} 1 MiB {:>8.1} ms, 4 MiB {:>8.1} ms: ratio {ratio:.2} (linear 4; per MiB {:.2}x)",
            a * 1e3,
            b * 1e3,
            ratio / 4.0
        );
        assert!(
            ratio < 6.0,
            "entities() is not linear on {name:?}: 4 MiB costs {ratio:.1} times 1 MiB"
        );
    }
}

fn main() {
    scaling();
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
