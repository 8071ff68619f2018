#!/usr/bin/env bash
# Runs one fuzz target (fuzz/fuzz_targets/TARGET.rs) for SECONDS on its
# seed corpus (fuzz/seeds/TARGET, committed) plus the working corpus that
# earlier runs grew (fuzz/corpus/TARGET, not committed). Safe to run again
# and again: it installs cargo-fuzz only when missing and only adds to the
# working corpus. A crash leaves its input in fuzz/artifacts/TARGET/ and
# fails the run; minimise it (cargo fuzz tmin) and add it to the seeds.
#
#   scripts/fuzz.sh TARGET [SECONDS]       # default 60
#   scripts/fuzz.sh all [SECONDS]          # every target in turn
#
# cargo-fuzz needs a nightly compiler's -Z flags: RUSTC_BOOTSTRAP=1 unlocks
# them on the stable toolchain (../shared/TOOLCHAIN.md), and libFuzzer is
# compiled from C++ source, so g++ must be installed.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

TARGETS=(sentences summarize entities keyphrases extract feed_marked)
target="${1:-}"
seconds="${2:-60}"
[ -n "$target" ] || die "usage: scripts/fuzz.sh TARGET|all [SECONDS]; targets: ${TARGETS[*]}"

if [ "$target" = all ]; then
  for t in "${TARGETS[@]}"; do "$0" "$t" "$seconds"; done
  exit 0
fi
[ -f "fuzz/fuzz_targets/$target.rs" ] || die "no fuzz target '$target'; targets: ${TARGETS[*]}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  step "installing cargo-fuzz (cargo install cargo-fuzz --locked)"
  cargo install cargo-fuzz --locked
fi
command -v g++ >/dev/null || die "g++ is needed to build libFuzzer (apt-get install g++)"

mkdir -p "fuzz/corpus/$target"
step "fuzzing $target for ${seconds}s: cargo fuzz run $target fuzz/corpus/$target fuzz/seeds/$target"
note "seeds: $(ls "fuzz/seeds/$target" | wc -l) committed, $(ls "fuzz/corpus/$target" | wc -l) in the working corpus"
# -timeout: an input that takes 20 s is a super-linear corner, a bug.
# -max_len: long enough for the quadratic corners to show.
RUSTC_BOOTSTRAP=1 cargo +stable fuzz run --release "$target" \
  "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
  -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=2560 \
  -print_final_stats=1
note "no crash in ${seconds}s; working corpus now $(ls "fuzz/corpus/$target" | wc -l) inputs"
