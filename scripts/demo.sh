#!/usr/bin/env bash
# The panelcrypt demo, on embedded defaults: no setup, no network.
#
# 1. builds `panelcrypt`, creates a master key, derives public recipients;
# 2. seals a folder of sample images (generated here) to team:plant-ops with
#    public recipients only, as CI would;
# 3. shows what the public host sees (`inspect`);
# 4. runs the key service (`serve`, dev identity mode) twice — as a member of
#    team:plant-ops and as an outsider — and asks each for the bundle key,
#    exactly as the browser decoder does;
# 5. opens the bundle as the team and with the recovery passphrase, and
#    proves every image comes back byte for byte; an outsider is refused.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

command -v curl >/dev/null || { echo "installing curl"; apt-get update -qq && apt-get install -y -qq curl; }

say "building panelcrypt (first run compiles dependencies: a few minutes)"
cargo build -q -p panelcrypt --bin panelcrypt --example gen_images
pc="$root/target/debug/panelcrypt"
gen="$root/target/debug/examples/gen_images"

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cd "$work"

say "a master key (only the key service ever holds it)"
"$pc" keygen -o master.key
export PANELCRYPT_KEY_FILE="$work/master.key"

say "public recipients for the principals allowed to see the images"
"$pc" recipients team:plant-ops | tee recipients.txt | cut -c1-60
echo "   (X-Wing post-quantum recipients are long; this is all CI needs)"

say "sample images"
"$gen" images 6 >/dev/null
ls -l images

say "seal with public recipients only (plus a recovery passphrase slot)"
PANELCRYPT_KEY_FILE=/nonexistent PANELCRYPT_BUNDLE_PASSPHRASE="demo recovery passphrase" \
  "$pc" seal images -o bundle --to-file recipients.txt --passphrase-slot --variants 480,960
find bundle -type f | sort | head -20

say "what anyone on the internet can see of the bundle"
"$pc" inspect bundle

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
unlock() { # port -> prints HTTP status and body
  body=$(printf '{"slots":"%s"}' "$(base64 -w0 bundle/header.pcb)")
  curl -s -o resp.json -w '%{http_code}' -H 'Content-Type: application/json' \
    -H 'Sec-Fetch-Site: same-origin' --data "$body" "http://127.0.0.1:$1/api/unlock"
}
start_service() { # port user principal...
  local port=$1 user=$2; shift 2
  local args=()
  for p in "$@"; do args+=(--dev-principal "$p"); done
  "$pc" serve --identity dev --dev-user "$user" "${args[@]}" --listen "127.0.0.1:$port" \
    --grafana-origin "http://127.0.0.1:$port" 2>"service-$user.log" &
  pids+=($!)
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 0.1; done
  echo "the key service did not start:"; cat "service-$user.log"; exit 1
}

say "the key service, signed in as alice (member of team:plant-ops)"
p1=$(free_port); start_service "$p1" alice team:plant-ops
code=$(unlock "$p1"); echo "POST /api/unlock -> HTTP $code: $(head -c 60 resp.json)…"
[ "$code" = 200 ] || { echo "expected 200"; exit 1; }

say "the key service, signed in as mallory (no team)"
p2=$(free_port); start_service "$p2" mallory
code=$(unlock "$p2"); echo "POST /api/unlock -> HTTP $code: $(cat resp.json)"
[ "$code" = 403 ] || { echo "expected 403"; exit 1; }

say "open as team:plant-ops with the master key, and with the recovery passphrase"
"$pc" open bundle -o as-team --as team:plant-ops -q
PANELCRYPT_BUNDLE_PASSPHRASE="demo recovery passphrase" "$pc" open bundle -o by-passphrase --passphrase -q
diff -r images as-team && diff -r images by-passphrase
echo "every image came back byte for byte ($(ls images | wc -l) files)"

say "an outsider is refused"
if "$pc" open bundle -o nope --as user:mallory 2>err.txt; then echo "unexpected success"; exit 1; fi
cat err.txt

say "demo finished: sealed, inspected, unlocked for the team, refused for an outsider, recovered"
