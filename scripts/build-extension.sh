#!/usr/bin/env bash
# Packs the browser extension: www/extension/ plus the wasm package into
# dist/extension/ (load it unpacked) and dist/lede-extension.zip (upload it).
# Builds the wasm first when pkg/ is missing or older than the sources.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

if [ ! -f pkg/lede_bg.wasm ] || [ -n "$(find src Cargo.toml -newer pkg/lede_bg.wasm -print -quit)" ]; then
  "$ROOT/scripts/build.sh"
fi

step "assembling dist/extension/"
rm -rf dist/extension
mkdir -p dist/extension/pkg
cp -R www/extension/. dist/extension/
cp pkg/lede.js pkg/lede_bg.wasm pkg/lede.d.ts dist/extension/pkg/
note "$(find dist/extension -type f | wc -l) files"

step "zipping dist/lede-extension.zip"
rm -f dist/lede-extension.zip
(cd dist/extension && python3 -m zipfile -c ../lede-extension.zip ./*)
note "dist/lede-extension.zip: $(( $(wc -c < dist/lede-extension.zip) / 1024 )) KB"
