#!/usr/bin/env bash
# Prints what each language costs in the wasm module, gzipped:
# - its Snowball stemmer: a wasm module that stems with that one language
#   minus one that stems with none (rust-stemmers 1.2, the release profile
#   of lede: opt-level "s", LTO, one codegen unit, panic=abort, wasm-opt -Os);
# - its stop list and trigram profile: the table's bytes, gzip -9 alone.
# Run scripts/setup.sh first (the wasm toolchain); takes a few minutes.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
wasm_env
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
cat > "$work/Cargo.toml" <<'TOML'
[package]
name = "stem_size"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
[dependencies]
rust-stemmers = "1.2"
whatlang = "=0.16.4"
[profile.release]
opt-level = "s"
lto = true
codegen-units = 1
panic = "abort"
[workspace]
TOML
gz() { gzip -9 -c "$1" | wc -c; }
build() { # $1: the stemmer's algorithm, "none", or "whatlang"
  if [ "$1" = none ]; then
    body='n as usize'
  elif [ "$1" = whatlang ]; then
    body="whatlang::detect(core::str::from_utf8(unsafe { core::slice::from_raw_parts(p, n) }).unwrap_or(\"\")).map_or(0, |i| i.lang() as usize)"
  else
    body="rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::$1).stem(core::str::from_utf8(unsafe { core::slice::from_raw_parts(p, n) }).unwrap_or(\"\")).len()"
  fi
  cat > "$work/src/lib.rs" <<RS
#[no_mangle]
pub extern "C" fn stem(p: *const u8, n: usize) -> usize {
    let _ = p;
    $body
}
#[no_mangle]
pub extern "C" fn alloc(n: usize) -> *mut u8 { let mut v = Vec::<u8>::with_capacity(n); let p = v.as_mut_ptr(); core::mem::forget(v); p }
RS
  (cd "$work" && cargo build -q --release --target wasm32-unknown-unknown --target-dir "$ROOT/target/lang-size" 2>&1 | grep -v '^$' >&2 || true)
  wasm-opt -Os --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$ROOT/target/lang-size/wasm32-unknown-unknown/release/stem_size.wasm" -o "$work/out.wasm"
  gz "$work/out.wasm"
}
base=$(build none)
table_gz() { # $1: table file, $2: constant name or profile code
  python3 - "$1" "$2" <<'PY'
import gzip, re, sys
text = open(sys.argv[1], encoding='utf-8').read().replace('\\\n', '')
name = sys.argv[2]
m = re.search(r'const ' + name + r': &str = "(.*?)";', text) or re.search(r'\("' + name + r'", "(.*?)"\)', text)
print(len(gzip.compress(m.group(1).encode('utf-8'), 9)) if m else 0)
PY
}
echo "| language | Snowball stemmer | stop list | trigram profile | total (KB gzipped) |"
echo "|---|---|---|---|---|"
for pair in en:English de:German fr:French es:Spanish it:Italian pt:Portuguese nl:Dutch ru:Russian; do
  code=${pair%%:*}; alg=${pair#*:}
  stem=$(( $(build "$alg") - base ))
  if [ "$code" = en ]; then stop=0; else stop=$(table_gz src/tables/stopwords_lang.rs "STOPWORDS_${code^^}"); fi
  prof=$(table_gz src/tables/trigrams.rs "$code")
  total=$((stem + stop + prof))
  printf '| %s | %d B | %d B | %d B | %.1f |\n' "$code" "$stem" "$stop" "$prof" "$(echo "$total/1024" | bc -l)"
done
zh=$(table_gz src/tables/stopwords_lang.rs STOPWORDS_ZH)
printf '| zh, ja, ko | none (bigrams) | %d B (zh stop characters) | none (script) | %.1f |\n' "$zh" "$(echo "$zh/1024" | bc -l)"
others=0
for code in pl cs sk hu ro tr sv da fi uk bg; do others=$((others + $(table_gz src/tables/trigrams.rs "$code"))); done
printf '| 11 detection-only profiles (pl cs sk hu ro tr sv da fi uk bg) | | | %d B | %.1f |\n' "$others" "$(echo "$others/1024" | bc -l)"
ours=0
for code in en de fr es it pt nl pl cs sk hu ro tr sv da fi ru uk bg; do ours=$((ours + $(table_gz src/tables/trigrams.rs "$code"))); done
wl=$(( $(build whatlang) - base ))
echo
echo "Detection: lede's 19 profiles, $ours B gzipped (data; the code is a few hundred lines); the crate whatlang 0.16.4 (69 languages), $wl B gzipped (wasm with whatlang::detect minus wasm without)."
echo
echo "command: ./scripts/lang-size.sh (stemmer cost = wasm with one stemmer minus wasm with none, gzip -9)"
