// Fuzz harnesses for the hive engine (diagnostics/formats/regf). Each takes untrusted bytes and
// must never crash, hang or leave an unsound hive behind; a broken property calls abort().
// Built as libFuzzer targets (tools/fuzz.sh, clang) and, without libFuzzer, as a driver that
// replays tests/fuzz/regressions/ under ctest in the normal build.
#pragma once
#include <cstddef>
#include <cstdint>

namespace wd::fuzz {
// Reader: open the bytes as a hive, walk every key and value, run the consistency check.
int hiveReader(const uint8_t *data, size_t size);
// Writer: a sequence of edits decoded from the bytes, applied to a fresh hive and, when the input
// starts with a sound hive, to that hive; afterwards the image passes the consistency check and
// re-opens with exactly the tree a model of the edits predicts.
int hiveWriter(const uint8_t *data, size_t size);
} // namespace wd::fuzz
