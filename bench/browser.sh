#!/usr/bin/env bash
# Browser benchmarks (docs/BENCHMARKS.md, section "browser"): decrypt
# throughput of the WebCrypto and pure-Rust paths against their baselines,
# a 12-image dashboard against plain <img>, and the decoder's download size.
# Prints a markdown table; also writes target/bench-browser.{md,json}.
# --profile: instead, where the dashboard's CPU time goes (profile.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
# Installs chromium/nginx/npm dependencies like the browser tests.
if ! cmp -s tests/browser/package-lock.json tests/browser/node_modules/.installed-from-lock 2>/dev/null \
   || [ ! -x /usr/bin/chromium ] || [ ! -x /usr/sbin/nginx ]; then
  PANELCRYPT_SETUP_ONLY=1 scripts/test-browser.sh
fi
scripts/build-decoder.sh --bench
cargo build --locked -p panelcrypt-e2e --bin grafana-double --bin browser-fixtures
# The key service as deployed: a release build (a debug build spends
# several milliseconds more on every key request, in the dashboard's
# critical path). The Grafana double and the fixture tools stay debug.
cargo build --locked --release -p panelcrypt-keyservice --bin panelcrypt-keyservice
cargo build --locked -p panelcrypt-snippet --example snippet-json
export PANELCRYPT_KEYSERVICE=${PANELCRYPT_KEYSERVICE:-real}
export PANELCRYPT_KEYSERVICE_PROFILE=release
if [ "${1:-}" = "--profile" ]; then
  exec node bench/browser/profile.mjs
fi
exec node bench/browser/run.mjs
