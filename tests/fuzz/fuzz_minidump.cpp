// Kernel and user-mode crash dumps (diagnostics/formats/minidump).
#include "formats/minidump.h"
#include "fuzz_targets.h"

namespace wd::fuzz {

int minidump(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Complete in memory, and as the beginning of a much larger file (large kernel dumps are read
    // header-first).
    for (qint64 fileSize : {qint64(-1), qint64(size) + 4ll * 1024 * 1024 * 1024}) {
        Expected<DumpInfo> d = parseDump(bytes, QStringLiteral("fuzz.dmp"), fileSize);
        if (!d)
            continue;
        (void)d->kindString();
        (void)d->archString();
        (void)machineName(d->machine);
        for (const DumpModule &m : d->modules) {
            (void)m.contains(d->exceptionAddress);
            (void)isMicrosoftModule(m.name);
        }
        if (d->modules.size() > 100000)
            brokenProperty("minidump", "an unbounded module list");
    }
    return 0;
}

} // namespace wd::fuzz
