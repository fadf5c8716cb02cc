// Crash-dump analysis shared by the `dumps` check and the `dump` command.
//
// JSON of one dump (element of ScanResult::dumps and of {schema:"winsock-doctor/dump/1", dumps:[...]}):
//   path          Windows path on the target (scan) or the file name given (dump command)
//   kind          kernel_small | kernel_summary | kernel_full | user
//   format        PAGEDU64 | PAGEDUMP | MDMP
//   arch          x86 | x64 | arm | arm64 | ""        os_build  number (0 when unknown)
//   bugcheck      "0x000000D1", or null when the dump records no bug check (user dumps, code 0)
//   name          documented bug check name, "" when unknown
//   params        four strings "0x..." (16 hex digits for 64-bit dumps, 8 for 32-bit), [] for user dumps
//   suspect       base name of the suspect driver/module, "" when unknown
//   suspect_reason parameter | stack | exception_address | ""
//   time          ISO 8601 UTC, "" when not recorded
//   explanation   translated plain-language meaning and next step
//   modules       number of modules listed in the dump
//   exception     {code:"0x80000003", address:"0x...", module:"x.dll"} (present when recorded)
//   warnings[]    translated notes about unreadable parts (only when non-empty)
//   error         translated message when the file could not be parsed (then only path and kind "unreadable")
#pragma once
#include "core/error.h"
#include "formats/minidump.h"
#include <QJsonObject>

namespace wd {

QJsonObject dumpToJson(const DumpInfo &d, const QString &path);
QJsonObject dumpErrorToJson(const Error &e, const QString &path);

} // namespace wd
