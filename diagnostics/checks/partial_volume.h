// Partial volumes: an offline copy that holds the registry hives but lacks whole Windows folders
// (System32 with nothing but config, no System32\drivers, no CatRoot, no Program Files). The
// partial-volume check (runs first) finds those folders and adds one info finding,
// scan.partial-volume; the checks that would report a file as missing ask notCheckable() first, so
// that a copy without files gives that one finding instead of dozens of "file missing" errors.
#pragma once
#include "core/check.h"

namespace wd::partial {

// True when WINDOWSPATH (expanded) lies in a folder the volume lacks as a whole. The path is then
// recorded in the scan.partial-volume finding as not checked, and the caller reports nothing about it.
bool notCheckable(ScanContext &ctx, const QString &windowsPath);
// True when the volume has no security catalogs (System32\CatRoot absent): a file without an embedded
// signature cannot be called unsigned. Records WINDOWSPATH as not checked like notCheckable().
bool catalogsAbsent(ScanContext &ctx, const QString &windowsPath);
// Whether the volume has no security catalogs at all (what catalogsAbsent() asks first; records nothing).
bool volumeLacksCatalogs(const ScanContext &ctx);

} // namespace wd::partial
