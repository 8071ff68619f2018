#!/usr/bin/env bash
# Installs what lede needs to build, serve and test, skipping whatever is
# already there: a wasm32 Rust toolchain, wasm-pack, wasm-bindgen-cli,
# Chromium with ChromeDriver, and the npm dev tools (wasm-opt, playwright-core).
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

WASM_PACK_VERSION=0.15.1
APT_UPDATED=0

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    note "apt packages present: $*"
    return
  fi
  command -v apt-get >/dev/null || die "apt-get not found; install these packages by hand: ${missing[*]}"
  if [ "$APT_UPDATED" -eq 0 ]; then
    note "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    APT_UPDATED=1
  fi
  note "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

step "Rust"
command -v cargo >/dev/null || die "cargo not found: install Rust from https://rustup.rs and run this again"
note "$(cargo --version)"

step "wasm32 toolchain"
if have_rustup_wasm_target; then
  note "rustup's wasm32-unknown-unknown target is installed: using it"
else
  note "no rustup wasm32 target: using Debian's rustc-web and building std from source"
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  if rustup toolchain list | grep -q '^debian-web'; then
    note "rustup toolchain debian-web already linked"
  else
    note "rustup toolchain link debian-web /usr"
    rustup toolchain link debian-web /usr
  fi
fi

step "Cargo.lock"
if [ ! -f Cargo.lock ]; then
  note "generating Cargo.lock"
  cargo generate-lockfile
else
  note "present"
fi
WB_VERSION="$(wasm_bindgen_version)"
[ -n "$WB_VERSION" ] || die "cannot read the wasm-bindgen version from Cargo.lock"

step "wasm-pack $WASM_PACK_VERSION"
if [ "$(wasm-pack --version 2>/dev/null)" = "wasm-pack $WASM_PACK_VERSION" ]; then
  note "already installed"
else
  note "cargo install wasm-pack (about 3 minutes)"
  cargo install wasm-pack --locked --version "$WASM_PACK_VERSION"
fi

step "wasm-bindgen-cli $WB_VERSION (must equal the wasm-bindgen in Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WB_VERSION" ]; then
  note "already installed"
else
  # No --locked: its lockfile pins a webpki-roots release the registry lacks.
  note "cargo install wasm-bindgen-cli (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

step "Chromium and ChromeDriver"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  note "$(/usr/bin/chromium --version 2>/dev/null | head -n1)"
else
  apt_install chromium chromium-driver
fi

step "npm dev tools (binaryen's wasm-opt, playwright-core)"
command -v npm >/dev/null || apt_install nodejs npm
stamp="node_modules/.lede-installed"
if [ -f "$stamp" ] && [ "$stamp" -nt package.json ] && [ "$stamp" -nt package-lock.json ]; then
  note "node_modules up to date"
else
  note "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
note "wasm-opt: $(wasm-opt --version)"

step "setup done"
