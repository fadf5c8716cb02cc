#include "formats/hive.h"
#include "formats/byte_reader.h"
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <filesystem>

#if WD_HAVE_HIVEX
#include <hivex.h>
#include <fcntl.h>
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

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit())
        return Error(ErrorKind::Io, translate("wd::Hive", "Cannot write the hive %1: %2").arg(path, out.errorString()), path);
    return {};
}

#if WD_HAVE_HIVEX

Hive::~Hive()
{
    if (m_h)
        hivex_close(m_h);
}

Error Hive::hivexError(const QString &what) const
{
    const int e = errno;
    return Error(ErrorKind::Corrupt, translate("wd::Hive", "%1 failed on the registry hive %2: %3")
                                         .arg(what, m_path, QString::fromLocal8Bit(std::strerror(e))), m_path);
}

Expected<std::unique_ptr<Hive>> Hive::open(const QString &path, Mode mode)
{
    Expected<HiveHeaderInfo> hdr = readHeader(path);
    if (!hdr)
        return hdr.error();
    errno = 0;
    const QByteArray native = QFile::encodeName(path);
    hive_h *h = hivex_open(native.constData(), mode == Mode::Write ? HIVEX_OPEN_WRITE : 0);
    if (!h) {
        const int e = errno;
        return Error(ErrorKind::Corrupt,
                     translate("wd::Hive", "The registry hive %1 is corrupted and cannot be read (%2).")
                         .arg(path, QString::fromLocal8Bit(std::strerror(e ? e : EINVAL))), path);
    }
    std::unique_ptr<Hive> hive(new Hive);
    hive->m_h = h;
    hive->m_path = path;
    hive->m_mode = mode;
    return hive;
}

Hive::Node Hive::root() const
{
    QMutexLocker l(&m_mutex);
    return hivex_root(m_h);
}

Hive::Node Hive::child(Node parent, const QString &name) const
{
    if (!parent)
        return 0;
    QMutexLocker l(&m_mutex);
    errno = 0;
    return hivex_node_get_child(m_h, parent, name.toUtf8().constData());
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

QList<Hive::Node> Hive::children(Node n) const
{
    QList<Node> out;
    if (!n)
        return out;
    QMutexLocker l(&m_mutex);
    hive_node_h *kids = hivex_node_children(m_h, n);
    if (!kids)
        return out;
    for (hive_node_h *k = kids; *k; ++k)
        out.append(*k);
    free(kids);
    return out;
}

QString Hive::name(Node n) const
{
    QMutexLocker l(&m_mutex);
    char *s = hivex_node_name(m_h, n);
    if (!s)
        return {};
    QString out = QString::fromUtf8(s);
    free(s);
    return out;
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
    QMutexLocker l(&m_mutex);
    return hivex_node_parent(m_h, n);
}

Expected<QList<RegValue>> Hive::values(Node n) const
{
    QList<RegValue> out;
    QMutexLocker l(&m_mutex);
    errno = 0;
    hive_value_h *vals = hivex_node_values(m_h, n);
    if (!vals)
        return hivexError(translate("wd::Hive", "Reading values"));
    for (hive_value_h *v = vals; *v; ++v) {
        RegValue rv;
        char *key = hivex_value_key(m_h, *v);
        if (key) {
            rv.name = QString::fromUtf8(key);
            free(key);
        }
        hive_type t = hive_t_none;
        size_t len = 0;
        char *data = hivex_value_value(m_h, *v, &t, &len);
        if (!data) {
            free(vals);
            return hivexError(translate("wd::Hive", "Reading the value \"%1\"").arg(rv.name));
        }
        rv.type = quint32(t);
        rv.data = QByteArray(data, qsizetype(len));
        free(data);
        out.append(rv);
    }
    free(vals);
    return out;
}

Expected<Hive::Node> Hive::ensureKey(const QString &relPath)
{
    if (m_mode != Mode::Write)
        return Error(ErrorKind::Internal, translate("wd::Hive", "The hive %1 was opened read-only.").arg(m_path), m_path);
    Node n = root();
    for (const QString &part : relPath.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
        Node c = child(n, part);
        if (!c) {
            QMutexLocker l(&m_mutex);
            errno = 0;
            c = hivex_node_add_child(m_h, n, part.toUtf8().constData());
            if (!c)
                return hivexError(translate("wd::Hive", "Creating the key \"%1\"").arg(part));
        }
        n = c;
    }
    return n;
}

Expected<void> Hive::setValues(Node n, const QList<RegValue> &values)
{
    if (m_mode != Mode::Write)
        return Error(ErrorKind::Internal, translate("wd::Hive", "The hive %1 was opened read-only.").arg(m_path), m_path);
    std::vector<QByteArray> names, datas;
    std::vector<hive_set_value> set;
    names.reserve(size_t(values.size()));
    datas.reserve(size_t(values.size()));
    for (const RegValue &v : values) {
        names.push_back(v.name.toUtf8());
        datas.push_back(v.data);
    }
    for (size_t i = 0; i < names.size(); ++i) {
        hive_set_value sv;
        sv.key = names[i].data();
        sv.t = hive_type(values[qsizetype(i)].type);
        sv.len = size_t(datas[i].size());
        sv.value = datas[i].data();
        set.push_back(sv);
    }
    QMutexLocker l(&m_mutex);
    errno = 0;
    if (hivex_node_set_values(m_h, n, set.size(), set.data(), 0) != 0)
        return hivexError(translate("wd::Hive", "Writing values"));
    return {};
}

Expected<void> Hive::setValue(Node n, const RegValue &v)
{
    Expected<QList<RegValue>> cur = values(n);
    if (!cur)
        return cur.error();
    QList<RegValue> next = *cur;
    bool replaced = false;
    for (RegValue &x : next)
        if (x.name.compare(v.name, Qt::CaseInsensitive) == 0) {
            x = v;
            replaced = true;
        }
    if (!replaced)
        next.append(v);
    return setValues(n, next);
}

Expected<void> Hive::deleteValue(Node n, const QString &valueName)
{
    Expected<QList<RegValue>> cur = values(n);
    if (!cur)
        return cur.error();
    QList<RegValue> next;
    for (const RegValue &x : *cur)
        if (x.name.compare(valueName, Qt::CaseInsensitive) != 0)
            next.append(x);
    return setValues(n, next);
}

Expected<void> Hive::deleteKey(Node n)
{
    if (m_mode != Mode::Write)
        return Error(ErrorKind::Internal, translate("wd::Hive", "The hive %1 was opened read-only.").arg(m_path), m_path);
    QMutexLocker l(&m_mutex);
    errno = 0;
    if (hivex_node_delete_child(m_h, n) != 0)
        return hivexError(translate("wd::Hive", "Deleting a key"));
    return {};
}

Expected<void> Hive::commit(const QString &outPath)
{
    const QString target = outPath.isEmpty() ? m_path : outPath;
    const QString tmp = target + QStringLiteral(".wd-tmp");
    {
        QMutexLocker l(&m_mutex);
        errno = 0;
        if (hivex_commit(m_h, QFile::encodeName(tmp).constData(), 0) != 0) {
            QFile::remove(tmp);
            return hivexError(translate("wd::Hive", "Saving"));
        }
    }
    {
        const int fd = ::open(QFile::encodeName(tmp).constData(), O_RDONLY);
        if (fd < 0 || ::fsync(fd) != 0) {
            if (fd >= 0) ::close(fd);
            QFile::remove(tmp);
            return Error(ErrorKind::Io, translate("wd::Hive", "Cannot flush the new hive %1 to disk.").arg(tmp), tmp);
        }
        ::close(fd);
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(tmp).toStdString(), QFile::encodeName(target).toStdString(), ec);
    if (ec) {
        QFile::remove(tmp);
        return Error(ErrorKind::Io, translate("wd::Hive", "Cannot replace the hive %1: %2")
                                        .arg(target, QString::fromLocal8Bit(ec.message().c_str())), target);
    }
    return {};
}

#else // no hivex in this build

Hive::~Hive() = default;
Error Hive::hivexError(const QString &) const { return {}; }
Expected<std::unique_ptr<Hive>> Hive::open(const QString &path, Mode)
{
    return Error(ErrorKind::Unsupported,
                 translate("wd::Hive", "This build cannot read registry hive files (%1); use the Linux build for offline volumes.").arg(path),
                 path);
}
Hive::Node Hive::root() const { return 0; }
Hive::Node Hive::child(Node, const QString &) const { return 0; }
Hive::Node Hive::find(const QString &) const { return 0; }
QList<Hive::Node> Hive::children(Node) const { return {}; }
QStringList Hive::childNames(Node) const { return {}; }
QString Hive::name(Node) const { return {}; }
Hive::Node Hive::parent(Node) const { return 0; }
Expected<QList<RegValue>> Hive::values(Node) const { return QList<RegValue>(); }
Expected<Hive::Node> Hive::ensureKey(const QString &) { return Error(ErrorKind::Unsupported, QString()); }
Expected<void> Hive::setValues(Node, const QList<RegValue> &) { return Error(ErrorKind::Unsupported, QString()); }
Expected<void> Hive::setValue(Node, const RegValue &) { return Error(ErrorKind::Unsupported, QString()); }
Expected<void> Hive::deleteValue(Node, const QString &) { return Error(ErrorKind::Unsupported, QString()); }
Expected<void> Hive::deleteKey(Node) { return Error(ErrorKind::Unsupported, QString()); }
Expected<void> Hive::commit(const QString &) { return Error(ErrorKind::Unsupported, QString()); }

#endif

} // namespace wd
