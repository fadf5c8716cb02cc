// Crash dumps: Windows kernel dumps (64-bit "PAGEDU64", 32-bit "PAGEDUMP") and user-mode
// minidumps ("MDMP"). Everything is read through ByteReader; hostile or truncated files give
// ErrorKind::Corrupt, never a read past the end.
//
// Kernel dump header (DUMP_HEADER64, 0x2000 bytes): 0x08 MajorVersion, 0x0C MinorVersion (= build),
// 0x30 MachineImageType, 0x34 NumberProcessors, 0x38 BugCheckCode, 0x40..0x58 four 64-bit
// parameters, 0xF00 EXCEPTION_RECORD64, 0xF98 DumpType, 0xFA0 RequiredDumpSpace, 0xFA8 SystemTime.
// DUMP_HEADER32 (0x1000 bytes): 0x20 MachineImageType, 0x24 NumberProcessors, 0x28 BugCheckCode,
// 0x2C..0x38 four 32-bit parameters, 0x7D0 EXCEPTION_RECORD32, 0xF88 DumpType, 0xFA0
// RequiredDumpSpace, 0xFC0 SystemTime.
// Small (triage, DumpType 4) kernel dumps continue with TRIAGE_DUMP right after the header:
// +0x04 SizeOfDump, +0x08 ValidOffset ("TRGD" marker), +0x28 CallStackOffset, +0x2C SizeOfCallStack,
// +0x30 DriverListOffset, +0x34 DriverCount, +0x48 TopOfStack. Driver entries are 0x90 bytes
// (64-bit: name offset, base at +0x38, size at +0x48, timestamp at +0x88) or 0x4C bytes (32-bit:
// base +0x1C, size +0x24, timestamp +0x48); names are counted UTF-16 strings (length in chars).
#pragma once
#include "core/error.h"
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QString>
#include <array>

namespace wd {

struct DumpModule {
    QString name;      // base name, "tcpip.sys"
    QString path;      // as recorded, "\SystemRoot\system32\drivers\tcpip.sys"
    quint64 base = 0;
    quint64 size = 0;
    quint32 timestamp = 0;
    bool contains(quint64 addr) const { return size != 0 && addr >= base && addr - base < size; }
};

struct DumpInfo {
    enum class Kind { KernelSmall, KernelSummary, KernelFull, User };
    Kind kind = Kind::KernelSmall;
    QString format;            // "PAGEDU64" | "PAGEDUMP" | "MDMP"
    quint32 machine = 0;       // IMAGE_FILE_MACHINE_* (kernel) / converted from the processor architecture (user)
    quint32 majorVersion = 0;  // 0xF free build, 0xC checked (kernel); OS major (user)
    quint32 build = 0;         // OS build number
    quint32 dumpType = 0;      // kernel DumpType
    quint32 processors = 0;
    bool hasBugcheck = false;  // kernel dump with a non-zero bug check code
    quint32 bugcheck = 0;
    std::array<quint64, 4> params{};
    QDateTime time;            // UTC; invalid when not recorded
    quint32 exceptionCode = 0;
    quint64 exceptionAddress = 0;
    QString exceptionModule;   // user dumps: module containing the exception address
    QList<DumpModule> modules; // loaded drivers (small kernel dumps) / modules (user dumps)
    QString suspect;           // base name of the suspect driver, empty when unknown
    QString suspectReason;     // "parameter" | "stack" | "exception_address" | ""
    QStringList warnings;      // translated: parts of the dump that could not be read

    QString kindString() const; // kernel_small | kernel_summary | kernel_full | user
    QString archString() const; // x86 | x64 | arm | arm64 | ""
    bool isKernel() const { return kind != Kind::User; }
};

// Parses a dump held in memory (a complete small dump, or at least the header of a large one:
// FILESIZE is the size of the whole file when DATA holds only its beginning).
Expected<DumpInfo> parseDump(const QByteArray &data, const QString &pathForMessages, qint64 fileSize = -1);
// Reads and parses a dump file; reads at most 64 MiB (large kernel dumps: the header only).
Expected<DumpInfo> readDumpFile(const QString &hostPath, const QString &displayPath = {});

// True when NAME (a driver base name) is a module shipped with Windows (heuristic list).
bool isMicrosoftModule(const QString &name);
QString machineName(quint32 machine);

} // namespace wd
