#!/usr/bin/env bash
# Sets up and runs every test: native unit, integration and doc tests with
# clippy, the wasm binding in headless Chromium (wasm-pack test), the
# page in Chromium through playwright-core, and a short run of every fuzz
# target (LEDE_FUZZ_SECONDS, default 30).
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

"$ROOT/scripts/setup.sh"

step "native tests: cargo test --workspace"
cargo test --workspace --all-targets
cargo test --workspace --doc

step "lints: cargo clippy -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

"$ROOT/scripts/build.sh"

step "browser tests of the binding: wasm-pack test --headless --chrome"
(
  wasm_env
  # --mode no-install skips the sysroot check and uses the wasm-bindgen and
  # chromedriver on PATH (../shared/TOOLCHAIN.md).
  wasm-pack test --headless --chrome --mode no-install
)

step "wasm in Node: node --test tests/node/"
if compgen -G "tests/node/*.test.mjs" >/dev/null; then
  node --test --test-reporter=spec tests/node/
else
  note "no Node tests yet"
fi

"$ROOT/scripts/build-extension.sh"

step "page and extension tests in Chromium: node --test tests/page/"
node --test --test-reporter=spec tests/page/

step "fuzzing every target for ${LEDE_FUZZ_SECONDS:-30}s on its corpus: scripts/fuzz.sh all"
# Each target asserts properties, not only "no panic" (fuzz/fuzz_targets/).
"$ROOT/scripts/fuzz.sh" all "${LEDE_FUZZ_SECONDS:-30}"

step "all tests passed"
