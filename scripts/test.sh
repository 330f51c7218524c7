#!/usr/bin/env bash
# Runs every check CI runs, on a fresh Debian machine with only the Rust
# toolchain: installs what is missing (Debian packages, the wasm32 target),
# then format, lint, the wasm32 build of the format library, a reproducible
# rebuild of the shipped decoder, all Rust tests and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: need root (or sudo) to run: $*" >&2; exit 1; fi
}

# Debian packages the tests use: nginx (key service behind a real reverse
# proxy), Node.js + npm (Azurite for the publish tests, playwright-core for
# the browser tests), Chromium (`panelcrypt demo --check` in the Rust tests,
# and the browser tests).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  step "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "panelcrypt-core builds for wasm32-unknown-unknown"
cargo build -p panelcrypt-core --target wasm32-unknown-unknown --locked

step "the shipped decoder (panel-snippet/dist) is built from the current source"
./scripts/build-decoder.sh --check

step "cargo test --workspace"
cargo test --workspace --locked

step "browser end-to-end tests (headless Chromium, real nginx, the key service)"
./scripts/test-browser.sh
