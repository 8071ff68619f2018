#!/usr/bin/env bash
# Sets up and runs every test: native unit, integration and doc tests with
# clippy, the wasm binding in headless Chromium (wasm-pack test), and the
# page in Chromium through playwright-core.
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

step "all tests passed"
