#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60) each with libFuzzer.
# cargo-fuzz needs nightly features; on a stable toolchain RUSTC_BOOTSTRAP=1
# enables them. Install once: `cargo install cargo-fuzz`.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-60}"
export RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
# Seed the corpora with the committed format vectors so the fuzzer starts
# from valid structures instead of having to guess the magic bytes.
v=../core/tests/data/bundle-v1
for t in header slots; do mkdir -p "corpus/$t"; cp "$v/header.pcb" "corpus/$t/seed-header"; done
mkdir -p corpus/object_stream corpus/text
for o in "$v"/o/*; do cp "$o" "corpus/object_stream/seed-$(basename "$o")"; done
cp "$v/master.key" corpus/text/seed-key
for t in $(cargo fuzz list); do
  echo "== $t (${secs}s)"
  cargo fuzz run -O "$t" -- -max_total_time="$secs" -rss_limit_mb=2048 2>&1 | grep -E "Done [0-9]+ runs|ERROR|panicked|SUMMARY|^error" || true
done
