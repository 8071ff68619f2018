#[allow(dead_code)]
#[path = "../benches/extract.rs"]
mod bench;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let n: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let html = if path == "synthetic" { bench::synthetic_page(1 << 20) } else { std::fs::read_to_string(path).unwrap() };
    if n == 0 { std::fs::write("/tmp/synth.html", &html).unwrap(); return; }
    for _ in 0..n { std::hint::black_box(lede::extract(&html).ok()); }
}
