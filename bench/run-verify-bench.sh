#!/usr/bin/env bash
# Runs the verification benchmark (bench/README.md). Usage: bench/run-verify-bench.sh [BUILD_DIR] [extra args]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
shift || true
cmake --build "$BUILD" --target bench_verify
exec "$BUILD/bin/bench_verify" "$@"
