#include "formats/hive.h"
#include "formats/byte_reader.h"
#include "formats/hive_image.h"
#include "formats/hive_log.h"
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "formats/regf.h"
#include <QDir>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace wd {


Expected<HiveHeaderInfo> Hive::readHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, translate("wd::Hive", "Cannot open the registry hive %1: %2").arg(path, f.errorString()), path);
    const QByteArray block = f.read(4096);
    ByteReader r(block);
    if (block.size() < 4096 || !r.equalsAt(0, "regf", 4))
        return Error(ErrorKind::Corrupt, translate("wd::Hive", "%1 is not a registry hive (no \"regf\" base block).").arg(path), path);
    HiveHeaderInfo h;
    h.primarySeq = r.u32At(4);
    h.secondarySeq = r.u32At(8);
    h.major = r.u32At(0x14);
    h.minor = r.u32At(0x18);
    h.fileType = r.u32At(0x1C);
    h.rootCell = r.u32At(0x24);
    h.hbinsSize = r.u32At(0x28);
    h.lastWritten = r.u64At(0x0C);
    quint32 sum = 0;
    for (int i = 0; i < 127; ++i)
        sum ^= r.u32At(i * 4);
    if (sum == 0xFFFFFFFFu) sum = 0xFFFFFFFEu;
    if (sum == 0) sum = 1;
    h.checksumOk = sum == r.u32At(0x1FC);
    if (h.major != 1)
        return Error(ErrorKind::Corrupt, translate("wd::Hive", "The registry hive %1 has an unsupported format version %2.%3.")
                                             .arg(path).arg(h.major).arg(h.minor), path);
    return h;
}

// --- Blank hive --------------------------------------------------------------------------
namespace {
void put16(QByteArray &b, int off, quint16 v) { qToLittleEndian(v, b.data() + off); }
void put32(QByteArray &b, int off, quint32 v) { qToLittleEndian(v, b.data() + off); }
void put64(QByteArray &b, int off, quint64 v) { qToLittleEndian(v, b.data() + off); }
quint64 nowFiletime()
{
    return quint64(QDateTime::currentMSecsSinceEpoch()) * 10000ull + 116444736000000000ull;
}
} // namespace

Expected<void> Hive::createEmpty(const QString &path, const QString &rootName)
{
    const QByteArray name = rootName.toLatin1();
    if (name.isEmpty() || name.size() > 255)
        return Error(ErrorKind::Usage, translate("wd::Hive", "Invalid root key name for a new hive."), path);
    const quint64 ft = nowFiletime();
    QByteArray file(8192, '\0');
    // hbin header at 0x1000.
    const int hb = 0x1000;
    std::memcpy(file.data() + hb, "hbin", 4);
    put32(file, hb + 4, 0);      // offset of this bin from the first bin
    put32(file, hb + 8, 0x1000); // size
    put64(file, hb + 0x14, ft);
    // Security cell at relative 0x20: a self-relative descriptor with no DACL (full access).
    int cell = 0x20;
    const int skSize = 8 * ((4 + 0x14 + 20 + 7) / 8);
    {
        const int o = hb + cell;
        put32(file, o, quint32(-skSize));
        std::memcpy(file.data() + o + 4, "sk", 2);
        put32(file, o + 8, quint32(cell));  // flink -> itself
        put32(file, o + 12, quint32(cell)); // blink -> itself
        put32(file, o + 16, 1);             // reference count
        put32(file, o + 20, 20);            // descriptor size
        file[o + 24] = 1;                   // revision
        put16(file, o + 26, 0x8000);        // SE_SELF_RELATIVE
    }
    const int skCell = cell;
    cell += skSize;
    // Root nk cell.
    const int nkHeader = 0x4C;
    const int nkSize = 8 * ((4 + nkHeader + int(name.size()) + 7) / 8);
    const int rootCell = cell;
    {
        const int o = hb + cell;
        put32(file, o, quint32(-nkSize));
        const int n = o + 4;
        std::memcpy(file.data() + n, "nk", 2);
        put16(file, n + 2, 0x2C);           // KEY_HIVE_ENTRY | KEY_NO_DELETE | KEY_COMP_NAME
        put64(file, n + 4, ft);
        put32(file, n + 0x10, 0xFFFFFFFFu); // parent (none for the root)
        put32(file, n + 0x14, 0);           // subkeys
        put32(file, n + 0x18, 0);           // volatile subkeys
        put32(file, n + 0x1C, 0xFFFFFFFFu); // subkey list
        put32(file, n + 0x20, 0xFFFFFFFFu); // volatile subkey list
        put32(file, n + 0x24, 0);           // values
        put32(file, n + 0x28, 0xFFFFFFFFu); // value list
        put32(file, n + 0x2C, quint32(skCell));
        put32(file, n + 0x30, 0xFFFFFFFFu); // class name
        put16(file, n + 0x48, quint16(name.size()));
        std::memcpy(file.data() + n + nkHeader, name.constData(), size_t(name.size()));
    }
    cell += nkSize;
    put32(file, hb + cell, quint32(0x1000 - cell)); // the rest of the bin is one free cell
    // Base block.
    std::memcpy(file.data(), "regf", 4);
    put32(file, 4, 1);
    put32(file, 8, 1);
    put64(file, 0x0C, ft);
    put32(file, 0x14, 1);
    put32(file, 0x18, 5);
    put32(file, 0x1C, 0);
    put32(file, 0x20, 1);
    put32(file, 0x24, quint32(rootCell));
    put32(file, 0x28, 0x1000);
    put32(file, 0x2C, 1);
    const QString fname = rootName.left(31);
    for (int i = 0; i < fname.size(); ++i)
        put16(file, 0x30 + 2 * i, fname.at(i).unicode());
    quint32 sum = 0;
    ByteReader r(file);
    for (int i = 0; i < 127; ++i)
        sum ^= r.u32At(i * 4);
    if (sum == 0xFFFFFFFFu) sum = 0xFFFFFFFEu;
    if (sum == 0) sum = 1;
    put32(file, 0x1FC, sum);
    const regf::CheckReport rep = regf::checkHiveImage(file);
    if (!rep.ok())
        return Error(ErrorKind::Internal, translate("wd::Hive", "The new hive %1 did not pass the consistency check: %2")
                                              .arg(path, rep.summary()), path);

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit())
        return Error(ErrorKind::Io, translate("wd::Hive", "Cannot write the hive %1: %2").arg(path, out.errorString()), path);
    return {};
}

Hive::Hive() = default;
Hive::~Hive() = default;

namespace {
constexpr qint64 kMaxHiveFile = qint64(2) * 1024 * 1024 * 1024;
quint64 toCell(Hive::Node n) { return n >= regf::kBaseBlockSize ? n - regf::kBaseBlockSize : regf::kNoCell; }
Hive::Node toNode(quint32 cell) { return cell == regf::kNoCell ? 0 : Hive::Node(cell) + regf::kBaseBlockSize; }
} // namespace

Expected<QByteArray> readHiveImage(QFile &f, quint32 hbinsSize, const QString &path)
{
    // Read bin by bin, each header checked before its bytes are read: a file of zeros (sparse) or
    // garbage after the base block stops at the first page instead of filling memory, and bytes
    // after the announced bins (not hive data) are never read. A damaged base block or a file that
    // ends early is returned as read: RegfFile::load names the problem.
    QByteArray image = f.read(4096);
    const ByteReader b(image);
    const quint32 minor = b.u32At(0x18);
    if (image.size() < 4096 || b.u32At(0x14) != 1 || minor < 3 || minor > 6 || b.u32At(0x1C) != 0
        || baseBlockChecksum(image.left(512)) != b.u32At(0x1FC) || hbinsSize == 0 || hbinsSize % 4096 != 0)
        return image;
    const qint64 wanted = std::min<qint64>(f.size(), 4096 + qint64(hbinsSize));
    while (image.size() < wanted) {
        const QByteArray head = f.read(32);
        const ByteReader h(head);
        const quint32 pos = quint32(image.size() - 4096), size = h.u32At(8);
        if (head.size() < 32) {
            image += head;
            break;
        }
        if (!h.equalsAt(0, "hbin", 4) || h.u32At(4) != pos || size < 4096 || size % 4096 != 0 || size > hbinsSize - pos)
            return Error(ErrorKind::Corrupt, translate("wd::Regf", "The registry hive %1 cannot be read: %2")
                                                 .arg(path, translate("wd::Regf", "no hive bin at offset 0x%1").arg(pos, 0, 16)), path);
        const QByteArray rest = f.read(std::min<qint64>(size - 32, wanted - image.size() - 32));
        image += head;
        image += rest;
        if (rest.size() < qsizetype(size - 32))
            break; // the file ends inside this bin
    }
    return image;
}

Expected<std::unique_ptr<Hive>> Hive::open(const QString &path, Mode mode)
{
    Expected<HiveHeaderInfo> hdr = readHeader(path);
    if (!hdr)
        return hdr.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, translate("wd::Hive", "Cannot open the registry hive %1: %2").arg(path, f.errorString()), path);
    if (f.size() > kMaxHiveFile)
        return Error(ErrorKind::Corrupt, translate("wd::Hive", "The registry hive %1 is larger than 2 GiB.").arg(path), path);
    Expected<QByteArray> read = readHiveImage(f, hdr->hbinsSize, path);
    if (!read)
        return read.error();
    QByteArray image = std::move(*read);
    if (mode == Mode::Write && hdr->dirty())
        return Error(ErrorKind::Corrupt,
                     translate("wd::Hive", "The registry hive %1 was not cleanly saved (its transaction logs hold newer data); "
                                           "it is not changed.").arg(path), path);
    Expected<std::unique_ptr<regf::RegfFile>> rf = regf::RegfFile::load(std::move(image), path);
    if (!rf)
        return rf.error();
    std::unique_ptr<Hive> hive(new Hive);
    hive->m_f = std::move(*rf);
    hive->m_path = path;
    hive->m_mode = mode;
    if (mode == Mode::Write) {
        const regf::CheckReport rep = regf::checkHiveImage((*hive->m_f).rawImage());
        if (!rep.ok())
            return Error(ErrorKind::Corrupt,
                         translate("wd::Hive", "The registry hive %1 is not consistent, so it is not changed: %2")
                             .arg(path, rep.summary()), path);
    }
    return hive;
}

#define WD_HIVE_LOCK QMutexLocker<QMutex> lock(m_mode == Mode::Write ? &m_mutex : nullptr)

Hive::Node Hive::root() const
{
    return toNode(m_f->rootCell());
}

Hive::Node Hive::child(Node parent, const QString &name) const
{
    if (!parent)
        return 0;
    WD_HIVE_LOCK;
    return toNode(m_f->findSubkey(quint32(toCell(parent)), name));
}

Hive::Node Hive::find(const QString &relPath) const
{
    Node n = root();
    for (const QString &part : relPath.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
        n = child(n, part);
        if (!n)
            return 0;
    }
    return n;
}

Expected<QList<Hive::Node>> Hive::childrenChecked(Node n) const
{
    QList<Node> out;
    if (!n)
        return out;
    WD_HIVE_LOCK;
    Expected<std::vector<quint32>> kids = m_f->subkeys(quint32(toCell(n)));
    if (!kids)
        return kids.error();
    out.reserve(qsizetype(kids->size()));
    for (quint32 c : *kids)
        out.append(toNode(c));
    return out;
}

QList<Hive::Node> Hive::children(Node n) const
{
    Expected<QList<Node>> kids = childrenChecked(n);
    return kids ? *kids : QList<Node>();
}

QString Hive::name(Node n) const
{
    WD_HIVE_LOCK;
    return m_f->keyName(quint32(toCell(n)));
}

QStringList Hive::childNames(Node n) const
{
    QStringList out;
    for (Node c : children(n))
        out.append(name(c));
    return out;
}

Hive::Node Hive::parent(Node n) const
{
    WD_HIVE_LOCK;
    return toNode(m_f->keyParent(quint32(toCell(n))));
}

quint64 Hive::lastWritten(Node n) const
{
    WD_HIVE_LOCK;
    return m_f->keyLastWritten(quint32(toCell(n)));
}

QString Hive::className(Node n) const
{
    WD_HIVE_LOCK;
    return m_f->keyClass(quint32(toCell(n)));
}

Expected<QList<RegValue>> Hive::values(Node n) const
{
    WD_HIVE_LOCK;
    return m_f->values(quint32(toCell(n)));
}

regf::CheckReport Hive::check() const
{
    WD_HIVE_LOCK;
    return regf::checkHiveImage(m_f->rawImage());
}

Expected<void> Hive::writable() const
{
    if (m_mode != Mode::Write)
        return Error(ErrorKind::Internal, translate("wd::Hive", "The hive %1 was opened read-only.").arg(m_path), m_path);
    return {};
}

Expected<Hive::Node> Hive::ensureKey(const QString &relPath)
{
    if (Expected<void> w = writable(); !w)
        return w.error();
    Node n = root();
    for (const QString &part : relPath.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
        WD_HIVE_LOCK;
        Expected<quint32> c = m_f->addSubkey(quint32(toCell(n)), part); // returns the existing key when present
        if (!c)
            return c.error();
        n = toNode(*c);
    }
    return n;
}

Expected<QList<Hive::Node>> Hive::addKeys(Node n, const QStringList &names)
{
    if (Expected<void> w = writable(); !w)
        return w.error();
    WD_HIVE_LOCK;
    Expected<std::vector<quint32>> cells = m_f->addSubkeys(quint32(toCell(n)), names);
    if (!cells)
        return cells.error();
    QList<Node> out;
    out.reserve(qsizetype(cells->size()));
    for (quint32 c : *cells)
        out.append(toNode(c));
    return out;
}

Expected<void> Hive::setValues(Node n, const QList<RegValue> &values)
{
    if (Expected<void> w = writable(); !w)
        return w;
    WD_HIVE_LOCK;
    return m_f->setValues(quint32(toCell(n)), values);
}

Expected<void> Hive::setValue(Node n, const RegValue &v)
{
    if (Expected<void> w = writable(); !w)
        return w;
    WD_HIVE_LOCK;
    return m_f->setValue(quint32(toCell(n)), v);
}

Expected<void> Hive::deleteValue(Node n, const QString &valueName)
{
    if (Expected<void> w = writable(); !w)
        return w;
    WD_HIVE_LOCK;
    return m_f->deleteValue(quint32(toCell(n)), valueName);
}

Expected<void> Hive::deleteKey(Node n)
{
    if (Expected<void> w = writable(); !w)
        return w;
    WD_HIVE_LOCK;
    return m_f->deleteKeyTree(quint32(toCell(n)));
}

Expected<void> Hive::commit(const QString &outPath)
{
    if (Expected<void> w = writable(); !w)
        return w;
    const QString target = outPath.isEmpty() ? m_path : outPath;
    const QString tmp = target + QStringLiteral(".wd-tmp");
    QByteArray image;
    {
        WD_HIVE_LOCK;
        image = m_f->image(nowFiletime());
    }
    const regf::CheckReport rep = regf::checkHiveImage(image);
    if (!rep.ok())
        return Error(ErrorKind::Corrupt,
                     translate("wd::Hive", "The changed registry hive %1 did not pass the consistency check, so nothing was written: %2")
                         .arg(target, rep.summary()), target);
    {
        QFile out(tmp);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(image) != image.size() || !out.flush()) {
            const QString why = out.errorString();
            out.close();
            QFile::remove(tmp);
            return Error(ErrorKind::Io, translate("wd::Hive", "Cannot write the new hive %1: %2").arg(tmp, why), tmp);
        }
#ifdef Q_OS_WIN
        const bool synced = _commit(out.handle()) == 0;
#else
        const bool synced = ::fsync(out.handle()) == 0;
#endif
        out.close();
        if (!synced) {
            QFile::remove(tmp);
            return Error(ErrorKind::Io, translate("wd::Hive", "Cannot flush the new hive %1 to disk.").arg(tmp), tmp);
        }
    }
#ifdef Q_OS_WIN
    const bool moved = MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(tmp).utf16()),
                                   reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(target).utf16()),
                                   MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    const QString moveError = moved ? QString() : QString::number(GetLastError());
#else
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(tmp).toStdString(), QFile::encodeName(target).toStdString(), ec);
    const bool moved = !ec;
    const QString moveError = moved ? QString() : QString::fromLocal8Bit(ec.message().c_str());
#endif
    if (!moved) {
        QFile::remove(tmp);
        return Error(ErrorKind::Io, translate("wd::Hive", "Cannot replace the hive %1: %2").arg(target, moveError), target);
    }
    return {};
}

} // namespace wd
