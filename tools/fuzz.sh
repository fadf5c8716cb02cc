#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang (AddressSanitizer + UBSan; every library
# compiled with -fsanitize=fuzzer-no-link) and runs each for a bounded time.
#
#   tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   default 60 s, every target
#   tools/fuzz.sh --ci                               CI: 30 s per target (11 targets, about 6.5 minutes with seeding)
#   tools/fuzz.sh 1800 pe_authenticode               the 30-minute run of docs/fuzzing.md
#
# Targets: hive_reader hive_writer pe_authenticode pkcs7_catalog packed_item minidump reg_file report
# support_code hive_log vcache (tests/fuzz/fuzz_targets.h says what each checks).
# Build folder: WD_FUZZ_BUILD (build-asan, the linux-asan preset); WD_FUZZ_NO_BUILD=1 runs what is built there. Corpora and seeds: WD_FUZZ_DIR (.cache/fuzz), never the
# project: seeds are generated (wd_fuzz_regressions --seeds) or linked from ../shared/realdata, Wine's
# PE DLLs and the demo volume of a normal build (WD_DEMO_VOLUME, default build/demo/volume).
# A crash input is written to tests/fuzz/regressions/TARGET/, which ctest replays in every build
# (fuzz_regressions); fix the product, then commit the input with the fix. Exit status 1 when any
# target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
ALL=(hive_reader hive_writer pe_authenticode pkcs7_catalog packed_item minidump reg_file report support_code hive_log vcache)
SECS=60
if [ "${1:-}" = --ci ]; then SECS=30; shift; elif [ $# -gt 0 ]; then SECS=$1; shift; fi
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=("${ALL[@]}")
BUILD=${WD_FUZZ_BUILD:-build-asan}
OUT=${WD_FUZZ_DIR:-.cache/fuzz}
REAL=${WD_REALDATA_DIR:-../shared/realdata}
DEMO=${WD_DEMO_VOLUME:-build/demo/volume}
command -v clang++ >/dev/null || { echo "clang++ is missing (apt-get install clang libfuzzer-14-dev)" >&2; exit 1; }
export CCACHE_DIR=${CCACHE_DIR:-$PWD/.cache/ccache} CCACHE_BASEDIR=$PWD
mkdir -p "$OUT"
t0=$(date +%s)

[ "${WD_FUZZ_NO_BUILD:-0}" = 1 ] || { # WD_FUZZ_NO_BUILD=1: run the binaries already in $BUILD
# The linux-asan preset: clang, every library with -fsanitize=fuzzer-no-link + ASan + UBSan, WD_FUZZ=ON.
# The same folder builds wd_tests for the suite's ASan + UBSan run (tools/test.sh), so the libraries
# compile once for both.
cmake --preset linux-asan -B "$BUILD" >/dev/null
cmake --build "$BUILD" -j"${WD_JOBS:-2}" --target wd_fuzz_regressions $(printf 'fuzz_%s ' "${TARGETS[@]}")
echo "=== built in $(( $(date +%s) - t0 ))s"
}

# Seeds (rebuilt every run; small).
SEEDS=$OUT/seeds
rm -rf "$SEEDS"
mkdir -p "$SEEDS"
link() { # link FILE... into SEEDS/TARGET, at most MAX bytes each
  local t=$1 max=$2; shift 2
  mkdir -p "$SEEDS/$t"
  local f
  for f in "$@"; do
    [ -f "$f" ] && [ "$(stat -L -c %s "$f")" -le "$max" ] && ln -sf "$(realpath "$f")" "$SEEDS/$t/$(basename "$(dirname "$f")")-$(basename "$f")"
  done
  return 0
}
signed=()
if [ -d "$DEMO" ]; then
  while IFS= read -r f; do signed+=("$f"); done < <(find "$DEMO" -iname '*.dll' | head -40)
fi
[ -n "${WD_MS_SIGNED_PE:-}" ] && [ -f "$WD_MS_SIGNED_PE" ] && signed+=("$WD_MS_SIGNED_PE")
"$BUILD/bin/wd_fuzz_regressions" --seeds "$SEEDS" ${signed[@]+"${signed[@]}"}
link hive_reader 600000 "$REAL"/hives/edge/*Hive "$REAL"/hives/edge/hivex/* "$REAL"/hives/nt4_software.reg
mkdir -p "$SEEDS/hive_writer"
for f in "$SEEDS"/hive_reader/*; do # the writer reads "1 byte: hive length in pages + hive + edits"
  python3 -c 'import sys,os; d=open(sys.argv[1],"rb").read(); n=min(255,(len(d)+4095)//4096); open(sys.argv[2],"wb").write(bytes([n|1])+d[:n*4096]+os.urandom(64))' \
    "$f" "$SEEDS/hive_writer/w-$(basename "$f")"
done
wine=/usr/lib/x86_64-linux-gnu/wine/x86_64-windows
link pe_authenticode 1100000 ${signed[@]+"${signed[@]}"} $(ls "$wine"/*.dll 2>/dev/null | head -25)
link pkcs7_catalog 300000 $(find "$DEMO" -iname '*.cat' 2>/dev/null | head -10)
link minidump 1100000 "$REAL"/dumps/*.dmp

rc=0
summary=()
for t in "${TARGETS[@]}"; do
  corpus=$OUT/corpus-$t
  reg=tests/fuzz/regressions/$t
  mkdir -p "$corpus" "$reg" "$SEEDS/$t"
  case $t in hive_*|minidump|pe_*) maxlen=1100000 ;; *) maxlen=300000 ;; esac
  echo "=== fuzz_$t for ${SECS}s (corpus $corpus: $(ls "$corpus" | wc -l) inputs; seeds $(ls "$SEEDS/$t" | wc -l); regressions $(ls "$reg" | wc -l))"
  log=$OUT/fuzz_$t.log
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$BUILD/bin/fuzz_$t" -max_total_time="$SECS" -max_len=$maxlen -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
    -artifact_prefix="$reg/" "$corpus" "$SEEDS/$t" "$reg" >"$log" 2>&1
  r=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
  line="$t: ${SECS}s, ${execs:-?} execs, ${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l), peak RSS ${rss:-?} MB"
  if [ "$r" != 0 ] && grep -q "LeakSanitizer: detected memory leaks" "$log"; then
    # A leak is a finding only when its input leaks again on its own. One that does not depends on what
    # earlier inputs left in the process-wide caches (decoded certificates are kept by design); it is
    # reported and kept in $OUT/leaks/, not in the regressions that CI replays.
    unit=$(sed -n "s/.*Test unit written to \(.*leak-[0-9a-f]*\).*/\1/p" "$log" | tail -1)
    if [ -n "$unit" ] && [ -f "$unit" ] && ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
         "$BUILD/bin/fuzz_$t" -runs=1 "$unit" >"$log.replay" 2>&1; then
      mkdir -p "$OUT/leaks"
      mv "$unit" "$OUT/leaks/$t-$(basename "$unit")"
      tail -12 "$log"
      line="$line -- leak report NOT reproducible by its input alone (state-dependent; kept in $OUT/leaks/, log $log)"
      r=0
    fi
  fi
  if [ "$r" != 0 ]; then
    tail -40 "$log"
    line="$line -- FOUND A PROBLEM (exit $r): input in $reg/, log $log"
    rc=1
  fi
  echo "$line"
  summary+=("$line")
done
echo "=== fuzz summary ($(( $(date +%s) - t0 ))s in all)"
printf '%s\n' "${summary[@]}"
exit $rc
