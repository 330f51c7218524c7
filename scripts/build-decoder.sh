#!/usr/bin/env bash
# Builds the browser decoder into panel-snippet/dist/ (committed):
#
#   panelcrypt.js            ES-module loader with the glue (served at
#                            /panelcrypt/decoder/; loads the .wasm beside it)
#   panelcrypt_wasm.js       wasm-bindgen glue (--target web) on its own
#   panelcrypt_wasm_bg.wasm  the decoder, wasm-opt -Oz
#   panelcrypt.inline.js     loader + glue + base64 wasm as one expression,
#                            embedded by `panelcrypt snippet --inline`
#   build-info.txt           tool versions
#
# Deterministic: CI runs it and then `git diff --exit-code panel-snippet/dist`
# to prove the shipped decoder is built from the current source.
#
# Installs what is missing: the wasm32 target, wasm-bindgen-cli at exactly
# the version in Cargo.lock, and wasm-opt from npm's binaryen pinned in
# wasm-decoder/tools/package-lock.json (Debian bookworm's binaryen 108
# points wasm-bindgen's externref table export at the funcref table, which
# breaks instantiation; and a pinned version keeps the output reproducible).
#
#   scripts/build-decoder.sh            build panel-snippet/dist
#   scripts/build-decoder.sh --bench    also build the benchmark variant
#                                       (feature `bench`) into target/bench-decoder
#   scripts/build-decoder.sh --check    build, then fail if dist/ changed
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

BENCH=0
CHECK=0
for a in "$@"; do
  case "$a" in
    --bench) BENCH=1 ;;
    --check) CHECK=1 ;;
    *) echo "usage: $0 [--bench] [--check]" >&2; exit 2 ;;
  esac
done

step() { printf '==> %s\n' "$*" >&2; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: need root (or sudo) to run: $*" >&2; exit 1; fi
}

# ---- toolchain -------------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WB_VERSION" ]; then
  echo "error: wasm-bindgen not found in Cargo.lock" >&2; exit 1
fi
if ! command -v wasm-bindgen >/dev/null || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$WB_VERSION" ]; then
  step "installing wasm-bindgen-cli $WB_VERSION (about 3 minutes)"
  # Not --locked: one of its locked dependencies is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi
if ! command -v npm >/dev/null; then
  step "installing Node.js and npm (Debian) for the pinned wasm-opt"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
fi
TOOLS=wasm-decoder/tools
WASM_OPT="$ROOT/$TOOLS/node_modules/.bin/wasm-opt"
want_binaryen=$(sed -n 's/.*"binaryen": "\(.*\)".*/\1/p' "$TOOLS/package.json")
have_binaryen=$(sed -n 's/^  "version": "\(.*\)".*/\1/p' "$TOOLS/node_modules/binaryen/package.json" 2>/dev/null || true)
if [ ! -x "$WASM_OPT" ] || [ "$want_binaryen" != "$have_binaryen" ]; then
  step "installing wasm-opt (npm binaryen $want_binaryen, from $TOOLS/package-lock.json)"
  (cd "$TOOLS" && npm ci --no-audit --no-fund --silent)
fi

# ---- build -----------------------------------------------------------------
CARGO_HOME_DIR=${CARGO_HOME:-$HOME/.cargo}
# Paths end up in panic messages: make them independent of where the
# checkout and the cargo registry live.
export RUSTFLAGS="--remap-path-prefix=$CARGO_HOME_DIR/registry/src/=/cargo/ --remap-path-prefix=$ROOT/=/panelcrypt/"

build_one() { # features out_dir
  local features=$1 out=$2 tmp
  tmp=$(mktemp -d)
  step "cargo build -p panelcrypt-wasm (wasm32, profile wasm-release${features:+, features $features})"
  cargo build -p panelcrypt-wasm --target wasm32-unknown-unknown --locked \
    --config wasm-decoder/profile.toml --profile wasm-release ${features:+--features "$features"} >&2
  local wasm=${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/panelcrypt_wasm.wasm
  step "wasm-bindgen --target web"
  wasm-bindgen --target web --no-typescript --out-dir "$tmp" "$wasm"
  step "wasm-opt -Oz"
  mkdir -p "$out"
  "$WASM_OPT" -Oz --strip-debug --strip-producers "$tmp/panelcrypt_wasm_bg.wasm" -o "$out/panelcrypt_wasm_bg.wasm"
  cp "$tmp/panelcrypt_wasm.js" "$out/panelcrypt_wasm.js"
  rm -rf "$tmp"
  compose "$out"
}

# The ES module and the inline expression, from panel-snippet/src/loader.js.
compose() {
  local out=$1 loader=panel-snippet/src/loader.js glue exports
  glue="$out/panelcrypt_wasm.js"
  # wasm-bindgen's ES module as a plain function body: drop `export`, the
  # default-URL branch (the loader always passes what to instantiate) and
  # the one template literal (dollar signs are Grafana variables).
  exports=$(sed -n -E 's/^export (async )?(class|function) ([A-Za-z_][A-Za-z0-9_]*).*/\3/p' "$glue" | sort | tr '\n' ' ')
  glue_body() {
    echo "const wasmGlue = (function () {"
    sed -E \
      -e 's/^export (async )?(class|function) /\1\2 /' \
      -e '/^export \{ *initSync, *__wbg_init as default *\};?$/d' \
      -e 's/^( *)module_or_path = new URL\(.*import\.meta\.url\);$/\1throw new Error("panelcrypt: no wasm given");/' \
      -e 's/^( *)throw new Error\(`failed to fetch Wasm: .*$/\1throw new Error("failed to fetch Wasm");/' \
      "$glue"
    printf 'return { default: __wbg_init, initSync: initSync'
    for e in $exports; do printf ', %s: %s' "$e" "$e"; done
    printf ' };\n'
    echo "})();"
  }

  # The served loader carries the glue itself: one request fewer before
  # the wasm download starts (panelcrypt_wasm.js stays for other users).
  {
    echo "// panelcrypt decoder loader. Generated by scripts/build-decoder.sh from"
    echo "// panel-snippet/src/loader.js and wasm-bindgen's glue; do not edit. Usage:"
    echo "//   const pc = await import('/panelcrypt/decoder/panelcrypt.js');"
    echo "//   await pc.init(); await pc.render(element, { bundle, images });"
    glue_body
    echo "function wasmSource() { return new URL('./panelcrypt_wasm_bg.wasm', import.meta.url); }"
    cat "$loader"
    echo "export { VERSION, init, render, stats, describe };"
    echo "export default api;"
  } > "$out/panelcrypt.js"

  {
    echo "(function () {"
    echo "'use strict';"
    glue_body
    printf "const WASM_BASE64 = '"
    base64 -w0 "$out/panelcrypt_wasm_bg.wasm"
    printf "';\n"
    echo "function wasmSource() { return b64decode(WASM_BASE64); }"
    cat "$loader"
    echo "return api;"
    echo "})()"
  } > "$out/panelcrypt.inline.js"

  # Panel code must survive Grafana's variable substitution untouched.
  # And inside a Text panel's <script>, nothing may end or escape the script.
  if grep -n -i -E '\$|\[\[|import\.meta|^export |^import |</script|<!--' "$out/panelcrypt.inline.js" | cut -c1-200 >&2; then
    echo "error: $out/panelcrypt.inline.js contains a dollar sign, [[, import/export, </script or <!-- (see above)" >&2
    exit 1
  fi
  if grep -n -E '\$|\[\[' "$loader" >&2; then
    echo "error: $loader contains a dollar sign or [[" >&2; exit 1
  fi
}

DIST=panel-snippet/dist
build_one "" "$DIST"
{
  echo "# Tools that built this decoder (scripts/build-decoder.sh)"
  echo "rustc: $(rustc --version)"
  echo "wasm-bindgen: $(wasm-bindgen --version)"
  echo "wasm-opt: $("$WASM_OPT" --version) (npm binaryen)"
} > "$DIST/build-info.txt"

raw=$(wc -c < "$DIST/panelcrypt_wasm_bg.wasm")
# What a browser downloads: the loader (with the glue) and the wasm.
gz=$(( $(gzip -9 -n -c "$DIST/panelcrypt.js" | wc -c) + $(gzip -9 -n -c "$DIST/panelcrypt_wasm_bg.wasm" | wc -c) ))
step "decoder: wasm $raw bytes; download (panelcrypt.js + wasm) gzipped: $gz bytes"
if [ "$gz" -ge 153600 ]; then
  echo "error: decoder download is $gz bytes gzipped, the budget is 150 KB" >&2; exit 1
fi

if [ "$BENCH" = 1 ]; then
  build_one "bench" "${CARGO_TARGET_DIR:-target}/bench-decoder"
  # The bench build replaced the artifact; the next plain build relinks.
fi

if [ "$CHECK" = 1 ]; then
  step "checking that $DIST matches the committed decoder"
  git diff --exit-code -- "$DIST"
  if [ -n "$(git status --porcelain -- "$DIST")" ]; then
    git status --porcelain -- "$DIST" >&2
    echo "error: $DIST has untracked files" >&2; exit 1
  fi
fi
