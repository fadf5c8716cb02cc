// The fuzz harnesses of every parser that reads untrusted bytes (besides the hive engine's, in
// fuzz_hive.h). Each takes any bytes and must never crash, hang, read out of bounds or break the
// property it states; a broken property calls broken(), which aborts. Built as libFuzzer targets by
// tools/fuzz.sh (clang, ASan + UBSan) and, without libFuzzer, into wd_fuzz_regressions, which ctest
// runs over tests/fuzz/regressions/<target>/.
#pragma once
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace wd::fuzz {

[[noreturn]] inline void brokenProperty(const char *target, const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s fuzz property broken: %s %s\n", target, what, qPrintable(detail));
    std::abort();
}

// PE headers, sections, version resource, certificate table, Authenticode and flat digests (all
// requested at once equal each requested alone), the embedded signature verified (no trust anchors).
int peAuthenticode(const uint8_t *data, size_t size);
// DER / PKCS #7 SignedData / security catalogs: the catalog parser, the generic DER walker,
// SpcIndirectDataContent, a certificate-store blob, signature verification with a CTL content type;
// every member of a catalog that parses is found in its index by its digest.
int pkcs7Catalog(const uint8_t *data, size_t size);
// One PackedCatalogItem value: decoded; re-encoding what was decoded and decoding again is stable.
int packedCatalogItem(const uint8_t *data, size_t size);
// A kernel or user-mode dump (complete, and as the header of a larger file).
int minidump(const uint8_t *data, size_t size);
// A .reg file: parsed; what parses is written out and parses again to the same keys and values.
int regFile(const uint8_t *data, size_t size);
// A saved scan report (report FILE, --target report:FILE): imported, rendered as text and HTML,
// exported to JSON and imported again to the same JSON; its support code encoded and decoded.
int reportImport(const uint8_t *data, size_t size);
// A support code typed by a person: decoded; a decoded code decodes the same in its canonical form.
int supportCode(const uint8_t *data, size_t size);
// The verification cache: the bytes as one cached verdict (decoded alone and through the shared
// signature memo alike; re-encoded stably) and as a cache file's payload behind a sound header and
// checksum (loaded or refused with a reason; what loads is written and loads again).
int verificationCache(const uint8_t *data, size_t size);
// A dirty hive and its .LOG1/.LOG2 (input: three parts with 24-bit length prefixes), replayed into
// a copy; the original is never modified; a replayed copy opens or is refused, never crashes.
int hiveLogReplay(const uint8_t *data, size_t size);

// Writes generated seed inputs for every target to DIR/<target>/ (tools/fuzz.sh; real files from
// ../shared/realdata are linked by the script, never copied into the project). Returns the count.
int writeGeneratedSeeds(const QString &dir);
// Writes the PKCS #7 signatures embedded in PEFILES to DIR/pkcs7_catalog/.
int writePkcs7Seeds(const QString &dir, const QStringList &peFiles);

} // namespace wd::fuzz
