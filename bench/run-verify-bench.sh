#!/usr/bin/env bash
# Runs the verification benchmark (bench/README.md). Usage: bench/run-verify-bench.sh [BUILD_DIR] [extra args]
# e.g. bench/run-verify-bench.sh build --repeat 3
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
shift || true
cmake --build "$BUILD" --target bench_verify winsock-doctor
exec "$BUILD/bin/bench_verify" "$@"
