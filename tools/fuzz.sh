#!/usr/bin/env bash
# Builds the libFuzzer targets of the hive engine with clang (ASan + UBSan) and runs each for a
# bounded time. Usage: tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 60 s, all targets)
# Seeds: the small real hives of ../shared/realdata/hives/edge (read in place, never copied into the
# project) and a fresh empty hive. A crash input is copied to tests/fuzz/regressions/TARGET/, which
# ctest replays in every build (wd_fuzz_regressions); commit it with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(hive_reader hive_writer)
OUT=${WD_FUZZ_DIR:-.cache/fuzz}
mkdir -p "$OUT"
command -v clang++ >/dev/null || { echo "clang++ is missing (apt-get install clang libfuzzer-14-dev)" >&2; exit 1; }
CXXFLAGS=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fPIC
          -Idiagnostics -Itests/fuzz $(pkg-config --cflags Qt6Core openssl))
LIBS=($(pkg-config --libs Qt6Core openssl))
SOURCES=(tests/fuzz/fuzz_hive.cpp diagnostics/formats/regf.cpp diagnostics/formats/regf_check.cpp
         diagnostics/formats/hive.cpp diagnostics/formats/byte_reader.cpp diagnostics/core/registry.cpp)
REAL=${WD_REALDATA_DIR:-../shared/realdata}
rc=0
for t in "${TARGETS[@]}"; do
  fn=$(echo "$t" | sed -E 's/_(.)/\U\1/g')   # hive_reader -> hiveReader
  bin=$OUT/fuzz_$t
  if [ ! -x "$bin" ] || [ -n "$(find "${SOURCES[@]}" tests/fuzz/fuzz_main.cpp -newer "$bin" 2>/dev/null)" ]; then
    echo "=== building fuzz_$t"
    clang++ "${CXXFLAGS[@]}" -DWD_FUZZ_TARGET="$fn" tests/fuzz/fuzz_main.cpp "${SOURCES[@]}" "${LIBS[@]}" -o "$bin"
  fi
  corpus=$OUT/corpus-$t
  mkdir -p "$corpus" "tests/fuzz/regressions/$t"
  seeds=$OUT/seeds-$t   # libFuzzer takes folders: the seeds are linked into one (in .cache, not the project)
  mkdir -p "$seeds"
  if [ -d "$REAL/hives/edge" ]; then
    for f in "$REAL"/hives/edge/*Hive "$REAL"/hives/edge/hivex/*; do
      [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 600000 ] && ln -sf "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$seeds/"
    done
  fi
  if [ "$t" = hive_writer ]; then # the writer reads "1 byte hive length in pages + hive + edits"
    for f in "$seeds"/*; do [ -L "$f" ] || continue; python3 -c 'import sys,os; d=open(sys.argv[1],"rb").read(); n=min(255,(len(d)+4095)//4096); open(sys.argv[2],"wb").write(bytes([n|1])+d[:n*4096]+os.urandom(64))' "$f" "$seeds/w-$(basename "$f")"; rm "$f"; done
  fi
  echo "=== fuzz_$t for ${SECS}s (corpus $corpus, $(ls "$seeds" | wc -l) seed files)"
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    "$bin" -max_total_time="$SECS" -max_len=600000 -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
    -artifact_prefix="tests/fuzz/regressions/$t/" "$corpus" "$seeds" 2>&1 | tail -25
  r=${PIPESTATUS[0]}
  set -e
  if [ "$r" != 0 ]; then echo "fuzz_$t found a problem (exit $r): see tests/fuzz/regressions/$t/"; rc=1; fi
done
exit $rc
