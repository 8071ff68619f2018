#!/usr/bin/env bash
# The main command: sets up, builds the wasm and serves the page at
# http://127.0.0.1:8080 (PORT=... to change). Ctrl-C stops it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh"
step "serving www/ at http://127.0.0.1:${PORT:-8080} (Ctrl-C to stop)"
exec node scripts/serve.mjs --port "${PORT:-8080}"
