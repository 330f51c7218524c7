#!/usr/bin/env bash
# Seal benchmark: `panelcrypt seal` against `age` on the same folder of
# real-size JPEG and PNG images, in one run. Rerun with:
#
#   bash cli/bench/seal.sh
#
# Environment: BENCH_MB (input size, default 200), BENCH_REPS (repetitions
# of each timed run, median reported, default 3), BENCH_DIR (scratch,
# default /tmp/panelcrypt-bench), BENCH_REPORT (default docs/BENCHMARKS.md;
# its "## seal" section is replaced, the rest kept).
#
# Installs what it needs: Debian packages `age` and `time` (GNU time, for
# peak RSS), then builds panelcrypt and the image generator in release mode.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MB=${BENCH_MB:-200}
REPS=${BENCH_REPS:-3}
WORK=${BENCH_DIR:-/tmp/panelcrypt-bench}
REPORT=${BENCH_REPORT:-$ROOT/docs/BENCHMARKS.md}

missing=()
command -v age >/dev/null || missing+=(age)
command -v age-keygen >/dev/null || missing+=(age)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "building (release)..." >&2
(cd "$ROOT" && cargo build --release -q -p panelcrypt --bin panelcrypt --example gen_images)
PC=$ROOT/target/release/panelcrypt
GEN=$ROOT/target/release/examples/gen_images

mkdir -p "$WORK"
IMG=$WORK/images
if [ ! -f "$WORK/images-$MB.done" ]; then
  echo "generating ${MB} MB of images in $IMG..." >&2
  rm -rf "$IMG"
  "$GEN" "$IMG" "$MB" >&2
  touch "$WORK/images-$MB.done"
fi
mapfile -t FILES < <(find "$IMG" -maxdepth 1 -type f ! -name '.*' | sort)
N=${#FILES[@]}
BYTES=$(cat "${FILES[@]}" | wc -c)
NJPEG=$(printf '%s\n' "${FILES[@]}" | grep -c '\.jpg$' || true)
NPNG=$(printf '%s\n' "${FILES[@]}" | grep -c '\.png$' || true)

# Keys: a panelcrypt master key and an age identity (both X25519 recipients,
# so that both tools do the same public-key work: one X25519 key agreement).
rm -f "$WORK/master.key" "$WORK/age.key"
"$PC" keygen -o "$WORK/master.key" 2>/dev/null
PC_X25519=$("$PC" recipients --key-file "$WORK/master.key" --suite x25519 team:bench | cut -d' ' -f1)
PC_XWING=$("$PC" recipients --key-file "$WORK/master.key" team:bench | cut -d' ' -f1)
age-keygen -o "$WORK/age.key" 2>/dev/null
AGE_R=$(age-keygen -y "$WORK/age.key")

# Warm the page cache so that every run reads from memory.
cat "${FILES[@]}" >/dev/null

# measure NAME COMMAND...: runs REPS times, keeps the median wall time and its peak RSS.
declare -A WALL RSS
measure() {
  local name=$1
  shift
  local walls=() rsss=() i
  for ((i = 0; i < REPS; i++)); do
    rm -rf "$WORK/out" "$WORK"/.out.panelcrypt-tmp-* "$WORK/age-out"
    mkdir -p "$WORK/age-out"
    sync
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || {
      local rc=$?
      # panelcrypt exits 1 when files were skipped: that must not happen here.
      echo "$name failed (exit $rc):" >&2
      cat "$WORK/stderr.txt" >&2
      exit 1
    }
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s}' "$WORK/time.txt")")
    rsss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")")
  done
  local mid=$((REPS / 2))
  local sorted
  sorted=$(for i in "${!walls[@]}"; do echo "${walls[$i]} ${rsss[$i]}"; done | sort -n | sed -n "$((mid + 1))p")
  WALL[$name]=${sorted% *}
  RSS[$name]=${sorted#* }
  echo "$name: ${WALL[$name]} s, peak RSS ${RSS[$name]} KiB" >&2
}

LOAD=$(cut -d" " -f1-3 /proc/loadavg)
cd "$WORK"
measure pc_novar_x25519 "$PC" seal "$IMG" -o out --to "$PC_X25519" --no-variants --quiet
measure pc_novar_nofsync "$PC" seal "$IMG" -o out --to "$PC_X25519" --no-variants --no-fsync --quiet
measure pc_novar_nofsync_1job "$PC" seal "$IMG" -o out --to "$PC_X25519" --no-variants --no-fsync --quiet --jobs 1
measure pc_novar_xwing "$PC" seal "$IMG" -o out --to "$PC_XWING" --no-variants --no-fsync --quiet
cat >"$WORK/age-seq.sh" <<'EOF'
r=$1; shift
for f in "$@"; do age -r "$r" -o "age-out/${f##*/}.age" "$f"; done
EOF
cat >"$WORK/age-p2.sh" <<'EOF'
r=$1; shift
printf '%s\0' "$@" | xargs -0 -P2 -n1 sh -c 'age -r "$0" -o "age-out/${1##*/}.age" "$1"' "$r"
EOF
measure age_seq bash "$WORK/age-seq.sh" "$AGE_R" "${FILES[@]}"
measure age_p2 bash "$WORK/age-p2.sh" "$AGE_R" "${FILES[@]}"
measure pc_novar_full "$PC" seal "$IMG" -o out --to "$PC_X25519" --no-variants --validate full --quiet

# With variants (default widths 480, 960, 1920 and a placeholder): once, with
# the JSON summary for the per-stage times.
rm -rf out
sync
/usr/bin/time -v -o "$WORK/time.txt" "$PC" seal "$IMG" -o out --to "$PC_X25519" --quiet --json >"$WORK/variants.json"
VAR_WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s}' "$WORK/time.txt")
VAR_RSS=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
"$PC" verify out --as team:bench --key-file master.key >/dev/null
# Top-level keys are indented by 2 spaces in the pretty JSON, timing_ms keys by 4.
j() { sed -n "s/^ *\"$1\": \([0-9.]*\),\{0,1\}$/\1/p" "$WORK/variants.json" | head -1; }
VAR_N=$(j variants)
T_PROBE=$(j probe); T_DECODE=$(j decode); T_RESIZE=$(j resize); T_ENCODE=$(j encode); T_ENC=$(j encrypt_write)
T_WORK=$(j wall_workers)

mbs() { awk -v b="$BYTES" -v s="$1" 'BEGIN { printf "%.0f", b / 1e6 / s }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
pct() { awk -v a="$1" -v t="$2" 'BEGIN { printf "%.0f%%", 100 * a / t }'; }
T_SUM=$((T_PROBE + T_DECODE + T_RESIZE + T_ENCODE + T_ENC))

CPU=$(lscpu | awk -F': *' '/Model name/ {print $2; exit}')
RAM=$(free -g | awk '/Mem:/ {print $2 " GiB"}')
AGE_V="age $(age --version 2>&1 | head -1)"
PC_V=$("$PC" --version)
row() { printf '| %s | %s | %s | %s |\n' "$1" "${WALL[$2]}" "$(mbs "${WALL[$2]}")" "$(mib "${RSS[$2]}")"; }

SECTION=$(cat <<EOF
## seal

Sealing a folder of real-size images, side by side with \`age\` encrypting
the same files to an X25519 recipient. Rerun: \`bash cli/bench/seal.sh\`
(installs \`age\` and GNU \`time\` from Debian if missing, builds in release
mode, generates the images deterministically with
\`cli/examples/gen_images.rs\`).

- Machine: $(nproc) CPUs ($CPU), $RAM RAM; $(date -u +%Y-%m-%d); $PC_V, $AGE_V.
- Input: $N files, $((BYTES / 1000000)) MB: $NJPEG JPEG (4000x3000, quality 90)
  and $NPNG PNG (2400x1600), in the page cache. Wall time is the median of
  $REPS runs, peak RSS from \`/usr/bin/time -v\` of that run.
- panelcrypt runs one worker per CPU unless \`--jobs\` says otherwise. By
  default it fsyncs every object before swapping the bundle in (so the swap
  survives a power cut); \`--no-fsync\` skips that, which is what age does.
- Load average when the runs started: $LOAD (other builds shared the
  machine; numbers vary by tens of percent from run to run).

### Originals only (\`--no-variants\`)

| command | wall s | MB/s | peak RSS MiB |
| --- | ---: | ---: | ---: |
$(row "\`panelcrypt seal images -o out --to pcx1... --no-variants\` (default: fsync)" pc_novar_x25519)
$(row "same, \`--no-fsync\` (age does not fsync either)" pc_novar_nofsync)
$(row "same, \`--no-fsync --jobs 1\`" pc_novar_nofsync_1job)
$(row "same, \`--no-fsync\`, X-Wing recipient (\`--to pcpq1...\`)" pc_novar_xwing)
$(row "\`age -r age1... -o f.age f\`, one file after another" age_seq)
$(row "same, \`xargs -P2\` (two at a time)" age_p2)
$(row "\`panelcrypt seal ... --no-variants --validate full\` (decodes every image)" pc_novar_full)

\`--no-variants\` checks every header (format, dimensions, decode memory)
and streams the bytes through Cobblestone-256 (AES-256-GCM) in 256 KiB
reads, so memory does not grow with the input. \`--validate full\` also decodes
every image completely, which is what costs the time.

### With variants (default: 480, 960, 1920 px wide, and a placeholder)

\`panelcrypt seal images -o out --to pcx1... --json\`: $N images and $VAR_N
variants in $VAR_WALL s, $(awk -v n="$N" -v s="$VAR_WALL" 'BEGIN { printf "%.1f", n / s }') images/s, $(mbs "$VAR_WALL") MB/s of originals, peak RSS $(mib "$VAR_RSS") MiB.

Where the time goes (CPU time summed over the workers, from the \`--json\`
summary's \`timing_ms\`; the workers ran for $T_WORK ms of wall time):

| stage | ms | share |
| --- | ---: | ---: |
| probe (open, sniff, read header) | $T_PROBE | $(pct "$T_PROBE" "$T_SUM") |
| decode (full image) | $T_DECODE | $(pct "$T_DECODE" "$T_SUM") |
| resize (3 variants + placeholder) | $T_RESIZE | $(pct "$T_RESIZE" "$T_SUM") |
| encode variants (JPEG q82 / PNG) | $T_ENCODE | $(pct "$T_ENCODE" "$T_SUM") |
| encrypt + write (original and variants) | $T_ENC | $(pct "$T_ENC" "$T_SUM") |
EOF
)

mkdir -p "$(dirname "$REPORT")"
if [ -f "$REPORT" ] && grep -q '^## seal$' "$REPORT"; then
  awk -v section="$SECTION" '
    /^## seal$/ { print section; skip = 1; next }
    skip && /^## / { skip = 0 }
    !skip { print }
  ' "$REPORT" >"$REPORT.tmp" && mv "$REPORT.tmp" "$REPORT"
elif [ -f "$REPORT" ]; then
  printf '\n%s\n' "$SECTION" >>"$REPORT"
else
  printf '# Benchmarks\n\n%s\n' "$SECTION" >"$REPORT"
fi
echo "wrote the seal section of $REPORT" >&2
printf '%s\n' "$SECTION"
