#!/usr/bin/env bash
# End-to-end tests of the browser decoder and panel snippets: headless
# Chromium (Debian package, driven by playwright-core), a real nginx in front
# of the Grafana double and the key service on one origin, the ciphertext on
# another origin. Installs what is missing (chromium, nginx, Node's test
# dependencies from tests/browser/package-lock.json), builds what it needs,
# and runs tests/browser/e2e.test.mjs and demo.test.mjs (`panelcrypt demo`
# as a newcomer runs it) with node's test runner.
#
# It tests the decoder as shipped in panel-snippet/dist (run
# scripts/build-decoder.sh after changing wasm-decoder/ or the loader).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: need root (or sudo) to run: $*" >&2; exit 1; fi
}

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

# npm ci only when the lockfile changed since the last install.
if ! cmp -s tests/browser/package-lock.json tests/browser/node_modules/.installed-from-lock 2>/dev/null; then
  step "npm ci (tests/browser)"
  (cd tests/browser && npm ci --no-audit --no-fund --silent && cp package-lock.json node_modules/.installed-from-lock)
fi

[ -z "${PANELCRYPT_SETUP_ONLY:-}" ] || exit 0

step "building the Grafana double, the fixture sealer, the key service and the snippet renderer"
cargo build --locked -p panelcrypt-e2e --bin grafana-double --bin browser-fixtures
cargo build --locked -p panelcrypt-keyservice --bin panelcrypt-keyservice
cargo build --locked -p panelcrypt-snippet --example snippet-json
cargo build --locked -p panelcrypt --bin panelcrypt
# The real key service; PANELCRYPT_KEYSERVICE=stub runs the Node stand-in.
export PANELCRYPT_KEYSERVICE=${PANELCRYPT_KEYSERVICE:-real}

step "browser tests (tests/browser/e2e.test.mjs, demo.test.mjs)"
cd tests/browser
exec node --test --test-concurrency=1 --test-timeout=300000 e2e.test.mjs demo.test.mjs
