#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60) each with libFuzzer.
# cargo-fuzz needs nightly features; on a stable toolchain RUSTC_BOOTSTRAP=1
# enables them. Install once: `cargo install cargo-fuzz`.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-60}"
export RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
for t in $(cargo fuzz list); do
  echo "== $t (${secs}s)"
  cargo fuzz run -O "$t" -- -max_total_time="$secs" -rss_limit_mb=2048 2>&1 | grep -E "^#[0-9]+ +DONE|ERROR|panicked|SUMMARY" || true
done
