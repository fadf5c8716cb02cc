// regedit .reg files (repairs/reg_file).
#include "fuzz_targets.h"
#include "repairs/reg_file.h"

namespace wd::fuzz {
namespace {

QString describe(const RegFile &f)
{
    QString s;
    for (const RegFileKey &k : f.keys) {
        s += (k.remove ? QStringLiteral("[-") : QStringLiteral("[")) + k.path + QStringLiteral("]\n");
        for (const RegFileValue &v : k.values)
            s += QStringLiteral("  \"%1\" %2 %3 %4\n").arg(v.value.name).arg(v.remove).arg(v.value.type).arg(QString::fromLatin1(v.value.data.toHex()));
    }
    return s;
}

} // namespace

int regFile(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    RegFileLimits limits;
    limits.maxKeys = 5000;
    Expected<RegFile> f = parseRegFile(bytes, QStringLiteral("fuzz.reg"), limits);
    if (!f) {
        if (f.error().message.isEmpty())
            brokenProperty("reg_file", "a refusal without a message");
        return 0;
    }
    if (f->keys.size() > limits.maxKeys)
        brokenProperty("reg_file", "more keys than the limit");
    // What parses is written out in regedit's layout and reads back to the same keys and values.
    const QByteArray out = writeRegFile(*f);
    Expected<RegFile> again = parseRegFile(out, QStringLiteral("rewritten.reg"));
    if (!again)
        brokenProperty("reg_file", "a written .reg file does not parse", again.error().message);
    if (describe(*again) != describe(*f))
        brokenProperty("reg_file", "the rewritten file holds other keys or values", describe(*f) + QStringLiteral("---\n") + describe(*again));
    if (writeRegFile(*again) != out)
        brokenProperty("reg_file", "writing is not stable");
    if (!f->keys.isEmpty())
        (void)treeFromRegFile(*f, fromRegFilePath(f->keys.first().path));
    return 0;
}

} // namespace wd::fuzz
