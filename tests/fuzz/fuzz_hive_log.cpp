// Dirty hives and their transaction logs (diagnostics/formats/hive_log).
#include "formats/hive_log.h"
#include "formats/regf.h"
#include "fuzz_targets.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace wd::fuzz {
namespace {

QByteArray part(const uint8_t *&p, size_t &n)
{
    if (n < 3) {
        p += n;
        n = 0;
        return {};
    }
    const size_t len = std::min<size_t>(n - 3, size_t(p[0]) | size_t(p[1]) << 8 | size_t(p[2]) << 16);
    QByteArray out(reinterpret_cast<const char *>(p + 3), qsizetype(len));
    p += 3 + len;
    n -= 3 + len;
    return out;
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    if (bytes.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        brokenProperty("hive_log", "cannot write the input files", path);
}

} // namespace

// Input: [u24 length][primary][u24 length][LOG1][rest: LOG2, or the legacy .LOG when the first
// byte of the primary's length is odd].
int hiveLogReplay(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        brokenProperty("hive_log", "no temporary folder");
    const bool legacy = size > 0 && (data[0] & 1);
    const uint8_t *p = data;
    size_t n = size;
    const QByteArray primary = part(p, n);
    const QByteArray log1 = part(p, n);
    const QByteArray log2(reinterpret_cast<const char *>(p), qsizetype(n));
    const QString base = dir.filePath(QStringLiteral("SYSTEM"));
    put(base, primary.isEmpty() ? QByteArray("x") : primary);
    put(base + QStringLiteral(".LOG1"), log1);
    put(base + QStringLiteral(".LOG2"), legacy ? QByteArray() : log2);
    put(base + QStringLiteral(".LOG"), legacy ? log2 : QByteArray());
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir(out).removeRecursively();
    QDir().mkpath(out);
    Expected<PreparedHive> h = prepareHiveForReading(base, out);
    QFile pf(base);
    if (!pf.open(QIODevice::ReadOnly) || pf.readAll() != (primary.isEmpty() ? QByteArray("x") : primary))
        brokenProperty("hive_log", "the original hive was modified");
    if (!h)
        return 0;
    if (h->replayed) {
        if (!h->path.startsWith(out))
            brokenProperty("hive_log", "the replayed copy is not in the temporary folder", h->path);
        QFile rf(h->path);
        if (!rf.open(QIODevice::ReadOnly))
            brokenProperty("hive_log", "the replayed copy cannot be read", h->path);
        const QByteArray image = rf.readAll();
        (void)regf::checkHiveImage(image);
        Expected<std::unique_ptr<regf::RegfFile>> f = regf::RegfFile::load(image, QStringLiteral("fuzz"));
        if (f)
            (void)(*f)->subkeys((*f)->rootCell());
    }
    return 0;
}

} // namespace wd::fuzz
