#!/usr/bin/env bash
# Builds the wasm package into pkg/ (the npm package) and copies it into
# www/pkg/ for the page. Run scripts/setup.sh first (serve.sh and test.sh do).
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

step "wasm-pack build --target web --release"
wasm_env
# --mode force skips wasm-pack's sysroot check, which fails with build-std
# although the build itself is fine (../shared/TOOLCHAIN.md).
wasm-pack build --mode force --target web --release --out-dir pkg
rm -rf www/pkg
mkdir -p www/pkg
cp pkg/lede.js pkg/lede_bg.wasm pkg/lede.d.ts www/pkg/
size=$(wc -c < pkg/lede_bg.wasm)
gz=$(gzip -9 -c pkg/lede_bg.wasm | wc -c)
note "pkg/lede_bg.wasm: $((size / 1024)) KB, $((gz / 1024)) KB gzipped"
