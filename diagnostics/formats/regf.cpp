#include "formats/regf.h"
#include "formats/byte_reader.h"
#include "formats/hive_log.h"
#include "core/i18n.h"
#include <QDateTime>
#include <QSysInfo>
#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace wd::regf {

namespace {
constexpr quint32 kBinHeader = 0x20;
constexpr quint16 kKeyCompName = 0x0020;
constexpr quint16 kValueCompName = 0x0001;
constexpr quint32 kNkHeader = 0x4C;
constexpr quint32 kVkHeader = 0x14;
constexpr quint32 kMaxLeafEntries = 1012;     // entries per lf/lh/li leaf before an ri index is used
constexpr quint32 kMaxCellData = 0x7FFFFFF0u; // hive cells are < 2 GiB


quint32 roundUp(quint64 v, quint32 to) { return quint32((v + to - 1) / to * to); }

bool fitsLatin1(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() > 0xFF)
            return false;
    return true;
}

char16_t upcase(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') ? char16_t(c - 32) : c;
    return QChar(c).toUpper().unicode();
}
} // namespace

int compareKeyNames(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = upcase(a.at(i).unicode()), y = upcase(b.at(i).unicode());
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

quint32 lhHash(const QString &name)
{
    quint32 h = 0;
    for (QChar c : name)
        h = h * 37u + upcase(c.unicode());
    return h;
}

QString CheckReport::summary() const
{
    QString s = translate("wd::Regf", "%n problem(s) found by the hive consistency check", nullptr, problemCount);
    if (!problems.isEmpty())
        s += QStringLiteral(": ") + problems.mid(0, 5).join(QStringLiteral("; "));
    return s + QLatin1Char('.');
}

// --- Loading ------------------------------------------------------------------------------------

Error RegfFile::corrupt(const QString &what, quint32 cell) const
{
    return Error(ErrorKind::Corrupt,
                 translate("wd::Regf", "The registry hive %1 is corrupted: %2 (cell at offset 0x%3).")
                     .arg(m_path, what, QString::number(cell, 16)),
                 m_path);
}

Expected<std::unique_ptr<RegfFile>> RegfFile::load(QByteArray image, const QString &path)
{
    auto fail = [&](const QString &why) {
        return Error(ErrorKind::Corrupt, translate("wd::Regf", "The registry hive %1 cannot be read: %2").arg(path, why), path);
    };
    ByteReader r(image);
    if (image.size() < qsizetype(kBaseBlockSize) || !r.equalsAt(0, "regf", 4))
        return fail(translate("wd::Regf", "it has no \"regf\" base block"));
    const quint32 major = r.u32At(0x14), minor = r.u32At(0x18);
    if (major != 1 || minor < 3 || minor > 6)
        return fail(translate("wd::Regf", "format version %1.%2 is not supported (1.3 to 1.6 are)").arg(major).arg(minor));
    if (r.u32At(0x1C) != 0)
        return fail(translate("wd::Regf", "it is a transaction log, not a primary hive file"));
    if (baseBlockChecksum(image.left(512)) != r.u32At(0x1FC))
        return fail(translate("wd::Regf", "the checksum of its base block is wrong"));
    const quint32 hbins = r.u32At(0x28);
    if (hbins == 0 || hbins % 0x1000 != 0 || hbins > kMaxCellData)
        return fail(translate("wd::Regf", "its header announces an invalid hive size (%1 bytes)").arg(hbins));
    if (qint64(image.size()) < qint64(kBaseBlockSize) + hbins)
        return fail(translate("wd::Regf", "the file is truncated: it has %1 bytes but its header announces %2")
                        .arg(image.size()).arg(qint64(kBaseBlockSize) + hbins));

    std::unique_ptr<RegfFile> f(new RegfFile);
    f->m_path = path;
    f->m_minor = minor;
    f->m_hbinsSize = hbins;
    image.truncate(qsizetype(kBaseBlockSize + hbins)); // unused space after the bins is not hive data
    f->m_data = std::move(image);
    f->m_allocBits.assign((hbins / 8 + 63) / 64, 0);
    ByteReader d(f->m_data);
    quint32 pos = 0;
    while (pos < hbins) {
        const qint64 at = qint64(kBaseBlockSize) + pos;
        if (!d.equalsAt(at, "hbin", 4))
            return fail(translate("wd::Regf", "no hive bin at offset 0x%1").arg(pos, 0, 16));
        const quint32 off = d.u32At(at + 4), size = d.u32At(at + 8);
        if (off != pos || size < 0x1000 || size % 0x1000 != 0 || size > hbins - pos)
            return fail(translate("wd::Regf", "the hive bin at offset 0x%1 has an invalid header").arg(pos, 0, 16));
        f->m_bins.push_back({pos, size});
        quint32 c = pos + kBinHeader;
        while (c < pos + size) {
            const qint32 raw = qint32(d.u32At(qint64(kBaseBlockSize) + c));
            const quint32 cs = raw < 0 ? quint32(-qint64(raw)) : quint32(raw);
            if (cs < 8 || cs % 8 != 0 || cs > pos + size - c)
                return fail(translate("wd::Regf", "the cell at offset 0x%1 has an invalid size").arg(c, 0, 16));
            if (raw < 0)
                f->markAllocated(c, true);
            else
                f->m_free.emplace(c, cs);
            c += cs;
        }
        pos += size;
    }
    f->m_now = quint64(QDateTime::currentMSecsSinceEpoch()) * 10000ull + 116444736000000000ull;
    f->m_root = r.u32At(0x24);
    if (!f->isKey(f->m_root))
        return fail(translate("wd::Regf", "its root key cell is invalid"));
    return f;
}

// --- Cell access --------------------------------------------------------------------------------

void RegfFile::markAllocated(quint32 cell, bool on)
{
    const quint32 bit = cell / 8;
    if (bit / 64 >= m_allocBits.size())
        m_allocBits.resize(bit / 64 + 1, 0);
    if (on)
        m_allocBits[bit / 64] |= quint64(1) << (bit % 64);
    else
        m_allocBits[bit / 64] &= ~(quint64(1) << (bit % 64));
}

bool RegfFile::cellAllocated(quint32 cell) const
{
    if (cell == kNoCell || cell % 8 != 0 || cell >= m_hbinsSize)
        return false;
    const quint32 bit = cell / 8;
    return bit / 64 < m_allocBits.size() && (m_allocBits[bit / 64] >> (bit % 64)) & 1;
}

quint32 RegfFile::cellDataSize(quint32 cell) const
{
    if (!cellAllocated(cell))
        return 0;
    ByteReader r(m_data);
    const qint32 raw = qint32(r.u32At(qint64(kBaseBlockSize) + cell));
    return raw < 0 ? quint32(-qint64(raw)) - 4 : 0;
}

quint16 RegfFile::u16(quint32 cell, quint32 off) const { return ByteReader(m_data).u16At(dataPos(cell) + off); }
quint32 RegfFile::u32(quint32 cell, quint32 off) const { return ByteReader(m_data).u32At(dataPos(cell) + off); }
quint64 RegfFile::u64(quint32 cell, quint32 off) const { return ByteReader(m_data).u64At(dataPos(cell) + off); }
void RegfFile::put16(quint32 cell, quint32 off, quint16 v)
{
    if (ByteReader(m_data).has(dataPos(cell) + off, 2)) qToLittleEndian(v, m_data.data() + dataPos(cell) + off);
}
void RegfFile::put32(quint32 cell, quint32 off, quint32 v)
{
    if (ByteReader(m_data).has(dataPos(cell) + off, 4)) qToLittleEndian(v, m_data.data() + dataPos(cell) + off);
}
void RegfFile::put64(quint32 cell, quint32 off, quint64 v)
{
    if (ByteReader(m_data).has(dataPos(cell) + off, 8)) qToLittleEndian(v, m_data.data() + dataPos(cell) + off);
}
bool RegfFile::sigIs(quint32 cell, const char *sig) const
{
    return cellDataSize(cell) >= 2 && ByteReader(m_data).equalsAt(dataPos(cell), sig, 2);
}

const RegfFile::Bin *RegfFile::binOf(quint32 cell) const
{
    auto it = std::upper_bound(m_bins.begin(), m_bins.end(), cell, [](quint32 c, const Bin &b) { return c < b.offset; });
    if (it == m_bins.begin())
        return nullptr;
    --it;
    return cell < it->offset + it->size ? &*it : nullptr;
}

QString RegfFile::decodeName(quint32 cell, quint32 nameOff, quint32 len, bool compressed) const
{
    const qint64 at = dataPos(cell) + nameOff;
    if (!ByteReader(m_data).has(at, len))
        return {};
    const char *p = m_data.constData() + at;
    if (compressed)
        return QString::fromLatin1(p, qsizetype(len));
    QString out(qsizetype(len / 2), Qt::Uninitialized);
    std::memcpy(out.data(), p, size_t(len / 2) * 2); // UTF-16LE on a little-endian host
    if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian)
        for (QChar &c : out) c = QChar(qFromLittleEndian(c.unicode()));
    return out;
}

// --- Reads --------------------------------------------------------------------------------------

bool RegfFile::isKey(quint32 cell) const
{
    const quint32 size = cellDataSize(cell);
    return size >= kNkHeader && sigIs(cell, "nk") && kNkHeader + u16(cell, 0x48) <= size;
}

QString RegfFile::keyName(quint32 cell) const
{
    if (!isKey(cell))
        return {};
    return decodeName(cell, kNkHeader, u16(cell, 0x48), u16(cell, 2) & kKeyCompName);
}

quint32 RegfFile::keyParent(quint32 cell) const
{
    if (!isKey(cell) || cell == m_root)
        return kNoCell;
    const quint32 p = u32(cell, 0x10);
    return isKey(p) ? p : kNoCell;
}

quint64 RegfFile::keyLastWritten(quint32 cell) const { return isKey(cell) ? u64(cell, 4) : 0; }

QString RegfFile::keyClass(quint32 cell) const
{
    if (!isKey(cell))
        return {};
    const quint32 cls = u32(cell, 0x30), len = u16(cell, 0x4A);
    if (cls == kNoCell || len == 0 || cellDataSize(cls) < len)
        return {};
    return decodeName(cls, 0, len, false);
}

Expected<std::vector<quint32>> RegfFile::subkeys(quint32 cell) const
{
    std::vector<quint32> out;
    if (!isKey(cell))
        return corrupt(translate("wd::Regf", "a key cell is invalid"), cell);
    const quint32 count = u32(cell, 0x14), list = u32(cell, 0x1C);
    if (count == 0)
        return out;
    auto leaf = [&](quint32 l) -> Expected<void> {
        const quint32 size = cellDataSize(l);
        if (size < 4)
            return corrupt(translate("wd::Regf", "a subkey list is not an allocated cell"), l);
        const quint32 n = u16(l, 2);
        if (sigIs(l, "li")) {
            if (4 + quint64(n) * 4 > size) return corrupt(translate("wd::Regf", "a subkey list is larger than its cell"), l);
            for (quint32 i = 0; i < n; ++i) out.push_back(u32(l, 4 + i * 4));
        } else if (sigIs(l, "lf") || sigIs(l, "lh")) {
            if (4 + quint64(n) * 8 > size) return corrupt(translate("wd::Regf", "a subkey list is larger than its cell"), l);
            for (quint32 i = 0; i < n; ++i) out.push_back(u32(l, 4 + i * 8));
        } else {
            return corrupt(translate("wd::Regf", "a subkey list has an unknown signature"), l);
        }
        return {};
    };
    if (sigIs(list, "ri")) {
        const quint32 size = cellDataSize(list), n = u16(list, 2);
        if (4 + quint64(n) * 4 > size)
            return corrupt(translate("wd::Regf", "a subkey index is larger than its cell"), list);
        for (quint32 i = 0; i < n; ++i) {
            const quint32 l = u32(list, 4 + i * 4);
            if (sigIs(l, "ri"))
                return corrupt(translate("wd::Regf", "a subkey index points to another index"), l);
            Expected<void> ok = leaf(l);
            if (!ok) return ok.error();
            if (out.size() > count) break;
        }
    } else {
        Expected<void> ok = leaf(list);
        if (!ok) return ok.error();
    }
    if (out.size() != count)
        return corrupt(translate("wd::Regf", "a key announces %1 subkeys but its list holds %2").arg(count).arg(out.size()), cell);
    for (quint32 c : out)
        if (!isKey(c))
            return corrupt(translate("wd::Regf", "a subkey list points to something that is not a key"), c);
    return out;
}

quint32 RegfFile::searchSortedSubkeys(quint32 cell, const QString &name) const
{
    if (!isKey(cell) || name.isEmpty())
        return kNoCell;
    const quint32 count = u32(cell, 0x14), list = u32(cell, 0x1C);
    if (count == 0)
        return kNoCell;
    struct Leaf { quint32 cell, n, stride; };
    std::vector<Leaf> leaves;
    auto addLeaf = [&](quint32 l) {
        const quint32 size = cellDataSize(l), n = u16(l, 2);
        const quint32 stride = sigIs(l, "li") ? 4 : ((sigIs(l, "lf") || sigIs(l, "lh")) ? 8 : 0);
        if (size < 4 || stride == 0 || 4 + quint64(n) * stride > size)
            return false;
        leaves.push_back({l, n, stride});
        return true;
    };
    if (sigIs(list, "ri")) {
        const quint32 size = cellDataSize(list), n = u16(list, 2);
        if (4 + quint64(n) * 4 > size)
            return kNoCell;
        for (quint32 i = 0; i < n; ++i)
            if (!addLeaf(u32(list, 4 + i * 4)))
                return kNoCell;
    } else if (!addLeaf(list)) {
        return kNoCell;
    }
    // Entry I of the concatenated leaves: STARTS[k] is the index of leaf k's first entry.
    std::vector<quint64> starts;
    quint64 total = 0;
    for (const Leaf &l : leaves) {
        starts.push_back(total);
        total += l.n;
    }
    if (total != count)
        return kNoCell;
    auto at = [&](quint64 i) {
        const size_t k = size_t(std::upper_bound(starts.begin(), starts.end(), i) - starts.begin()) - 1;
        const Leaf &l = leaves[k];
        return u32(l.cell, quint32(4 + (i - starts[k]) * l.stride));
    };
    quint64 lo = 0, hi = total;
    while (lo < hi) {
        const quint64 mid = lo + (hi - lo) / 2;
        const quint32 c = at(mid);
        const int cmp = compareKeyNames(keyName(c), name); // not a key: "", before every name
        if (cmp == 0)
            return isKey(c) ? c : kNoCell;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return kNoCell;
}

quint32 RegfFile::findSubkey(quint32 cell, const QString &name) const
{
    // Subkey lists are sorted (Windows keeps them so and binary-searches them, and so does our writer):
    // a binary search finds a key among 100,000 subkeys with 17 name reads, where a scan of the list
    // made reading every subkey of such a key quadratic. A miss is confirmed by the scan below,
    // because a list written by a faulty tool may be out of order.
    if (const quint32 hit = searchSortedSubkeys(cell, name); hit != kNoCell)
        return hit;
    Expected<std::vector<quint32>> kids = subkeys(cell);
    if (!kids)
        return kNoCell;
    for (quint32 c : *kids) {
        if (u16(c, 0x48) == 0 && !name.isEmpty())
            continue;
        if (compareKeyNames(keyName(c), name) == 0)
            return c;
    }
    return kNoCell;
}

Expected<std::vector<quint32>> RegfFile::valueList(quint32 key) const
{
    std::vector<quint32> out;
    if (!isKey(key))
        return corrupt(translate("wd::Regf", "a key cell is invalid"), key);
    const quint32 count = u32(key, 0x24), list = u32(key, 0x28);
    if (count == 0)
        return out;
    if (quint64(count) * 4 > cellDataSize(list))
        return corrupt(translate("wd::Regf", "a value list is larger than its cell"), list);
    out.reserve(count);
    for (quint32 i = 0; i < count; ++i)
        out.push_back(u32(list, i * 4));
    return out;
}

Expected<QByteArray> RegfFile::valueData(quint32 vk) const
{
    const quint32 rawLen = u32(vk, 4), off = u32(vk, 8);
    if (rawLen & 0x80000000u) { // stored in the offset field itself
        const quint32 len = rawLen & 0x7FFFFFFFu;
        if (len > 4)
            return corrupt(translate("wd::Regf", "a value stored in its own record is longer than 4 bytes"), vk);
        return ByteReader(m_data).bytesAt(dataPos(vk) + 8, len);
    }
    const quint32 len = rawLen;
    if (len == 0)
        return QByteArray();
    const quint32 size = cellDataSize(off);
    if (size == 0)
        return corrupt(translate("wd::Regf", "the data of a value is not an allocated cell"), off);
    if (len <= size)
        return ByteReader(m_data).bytesAt(dataPos(off), len);
    if (!sigIs(off, "db") || size < 8)
        return corrupt(translate("wd::Regf", "the data of a value is longer than its cell"), off);
    const quint32 segments = u16(off, 2), segList = u32(off, 4);
    if (quint64(segments) * 4 > cellDataSize(segList))
        return corrupt(translate("wd::Regf", "a big-data segment list is larger than its cell"), segList);
    QByteArray out;
    out.reserve(qsizetype(len));
    for (quint32 i = 0; i < segments && quint32(out.size()) < len; ++i) {
        const quint32 seg = u32(segList, i * 4);
        const quint32 segSize = cellDataSize(seg);
        if (segSize == 0)
            return corrupt(translate("wd::Regf", "a big-data segment is not an allocated cell"), seg);
        const quint32 take = std::min({len - quint32(out.size()), kBigDataSegment, segSize});
        out.append(ByteReader(m_data).bytesAt(dataPos(seg), take));
    }
    if (quint32(out.size()) != len)
        return corrupt(translate("wd::Regf", "the big-data segments of a value are shorter than its length"), off);
    return out;
}

Expected<QList<RegValue>> RegfFile::values(quint32 key) const
{
    Expected<std::vector<quint32>> list = valueList(key);
    if (!list)
        return list.error();
    QList<RegValue> out;
    out.reserve(qsizetype(list->size()));
    for (quint32 vk : *list) {
        const quint32 size = cellDataSize(vk);
        if (size < kVkHeader || !sigIs(vk, "vk") || kVkHeader + u16(vk, 2) > size)
            return corrupt(translate("wd::Regf", "a value record is invalid"), vk);
        RegValue v;
        v.name = decodeName(vk, kVkHeader, u16(vk, 2), u16(vk, 0x10) & kValueCompName);
        v.type = u32(vk, 0x0C);
        Expected<QByteArray> data = valueData(vk);
        if (!data)
            return data.error();
        v.data = std::move(*data);
        out.append(std::move(v));
    }
    return out;
}

// --- Allocation ---------------------------------------------------------------------------------

void RegfFile::appendBin(quint32 minCellSize)
{
    const quint32 size = roundUp(quint64(minCellSize) + kBinHeader, 0x1000);
    const quint32 off = m_hbinsSize;
    m_data.append(QByteArray(qsizetype(size), '\0'));
    char *b = m_data.data() + kBaseBlockSize + off;
    std::memcpy(b, "hbin", 4);
    qToLittleEndian<quint32>(off, b + 4);
    qToLittleEndian<quint32>(size, b + 8);
    qToLittleEndian<quint64>(m_now, b + 0x14);
    m_bins.push_back({off, size});
    m_hbinsSize += size;
    const quint32 cell = off + kBinHeader;
    qToLittleEndian<qint32>(qint32(size - kBinHeader), b + kBinHeader);
    m_free.emplace(cell, size - kBinHeader);
    if ((m_hbinsSize / 8 + 63) / 64 > m_allocBits.size())
        m_allocBits.resize((m_hbinsSize / 8 + 63) / 64, 0);
}

Expected<quint32> RegfFile::allocate(quint32 dataSize)
{
    if (dataSize > kMaxCellData - 8)
        return Error(ErrorKind::Unsupported, translate("wd::Regf", "A registry value or list is too large for a hive cell."), m_path);
    const quint32 need = roundUp(quint64(dataSize) + 4, 8);
    auto it = std::find_if(m_free.begin(), m_free.end(), [&](const auto &f) { return f.second >= need; });
    if (it == m_free.end()) {
        appendBin(need);
        it = std::prev(m_free.end());
        if (it->second < need)
            return Error(ErrorKind::Internal, translate("wd::Regf", "The hive cell allocator failed."), m_path);
    }
    const quint32 cell = it->first, have = it->second;
    m_free.erase(it);
    quint32 used = have;
    if (have - need >= 8) { // split: the rest stays a free cell
        used = need;
        const quint32 rest = cell + need;
        qToLittleEndian<qint32>(qint32(have - need), m_data.data() + kBaseBlockSize + rest);
        m_free.emplace(rest, have - need);
    }
    char *p = m_data.data() + kBaseBlockSize + cell;
    qToLittleEndian<qint32>(-qint32(used), p);
    std::memset(p + 4, 0, used - 4);
    markAllocated(cell, true);
    return cell;
}

void RegfFile::freeCell(quint32 cell)
{
    if (!cellAllocated(cell))
        return; // never free twice, never free what is not a cell
    const Bin *bin = binOf(cell);
    if (!bin)
        return;
    quint32 size = cellDataSize(cell) + 4;
    markAllocated(cell, false);
    std::memset(m_data.data() + kBaseBlockSize + cell + 4, 0, size - 4);
    quint32 start = cell;
    // Merge with the free cell that follows in the same bin.
    auto next = m_free.find(cell + size);
    if (next != m_free.end() && next->first < bin->offset + bin->size) {
        size += next->second;
        m_free.erase(next);
    }
    // Merge with the free cell that ends here.
    auto after = m_free.lower_bound(cell);
    if (after != m_free.begin()) {
        auto prev = std::prev(after);
        if (prev->first >= bin->offset && prev->first + prev->second == cell) {
            start = prev->first;
            size += prev->second;
            m_free.erase(prev);
        }
    }
    qToLittleEndian<qint32>(qint32(size), m_data.data() + kBaseBlockSize + start);
    if (start != cell)
        qToLittleEndian<quint32>(0, m_data.data() + kBaseBlockSize + cell);
    m_free.emplace(start, size);
}

// --- Writes -------------------------------------------------------------------------------------

void RegfFile::touch(quint32 key) { put64(key, 4, m_now); }

QByteArray RegfFile::leafSignatureFor(quint32 key) const
{
    const quint32 list = u32(key, 0x1C);
    if (u32(key, 0x14) > 0) {
        quint32 leaf = list;
        if (sigIs(list, "ri") && u16(list, 2) > 0)
            leaf = u32(list, 4);
        for (const char *s : {"lh", "lf", "li"})
            if (sigIs(leaf, s))
                return QByteArray(s);
    }
    return m_minor >= 5 ? QByteArrayLiteral("lh") : QByteArrayLiteral("lf");
}

// Frees KEY's subkey list cell and, for an ri index, its leaves (the subkeys themselves stay).
void RegfFile::freeSubkeyList(quint32 key)
{
    const quint32 list = u32(key, 0x1C);
    if (u32(key, 0x14) == 0 || !cellAllocated(list))
        return;
    if (sigIs(list, "ri")) {
        std::vector<quint32> leaves;
        for (quint32 i = 0, n = u16(list, 2); i < n; ++i)
            leaves.push_back(u32(list, 4 + i * 4));
        for (quint32 l : leaves)
            freeCell(l);
    }
    freeCell(list);
}

Expected<void> RegfFile::writeSubkeyList(quint32 key, const std::vector<quint32> &children, const QByteArray &leafSig)
{
    freeSubkeyList(key); // first, so the new list can reuse the space
    if (children.empty()) {
        put32(key, 0x14, 0);
        put32(key, 0x1C, kNoCell);
        return {};
    }
    const bool hashed = leafSig != "li";
    auto writeLeaf = [&](size_t from, size_t count) -> Expected<quint32> {
        Expected<quint32> l = allocate(quint32(4 + count * (hashed ? 8 : 4)));
        if (!l) return l.error();
        std::memcpy(m_data.data() + dataPos(*l), leafSig.constData(), 2);
        put16(*l, 2, quint16(count));
        for (size_t i = 0; i < count; ++i) {
            const quint32 c = children[from + i];
            if (!hashed) {
                put32(*l, quint32(4 + i * 4), c);
                continue;
            }
            put32(*l, quint32(4 + i * 8), c);
            quint32 hint = 0;
            if (leafSig == "lh") {
                hint = lhHash(keyName(c));
            } else { // lf: the first four characters of the name, NUL padded
                const QString n = keyName(c);
                char h[4] = {0, 0, 0, 0};
                for (int k = 0; k < 4 && k < n.size(); ++k) h[k] = char(n.at(k).unicode() & 0xFF);
                hint = qFromLittleEndian<quint32>(h);
            }
            put32(*l, quint32(8 + i * 8), hint);
        }
        return *l;
    };
    quint32 list = kNoCell;
    if (children.size() <= kMaxLeafEntries) {
        Expected<quint32> l = writeLeaf(0, children.size());
        if (!l) return l.error();
        list = *l;
    } else {
        const size_t leaves = (children.size() + kMaxLeafEntries - 1) / kMaxLeafEntries;
        const size_t per = (children.size() + leaves - 1) / leaves;
        std::vector<quint32> leafCells;
        for (size_t from = 0; from < children.size(); from += per) {
            Expected<quint32> l = writeLeaf(from, std::min(per, children.size() - from));
            if (!l) return l.error();
            leafCells.push_back(*l);
        }
        Expected<quint32> ri = allocate(quint32(4 + leafCells.size() * 4));
        if (!ri) return ri.error();
        std::memcpy(m_data.data() + dataPos(*ri), "ri", 2);
        put16(*ri, 2, quint16(leafCells.size()));
        for (size_t i = 0; i < leafCells.size(); ++i) put32(*ri, quint32(4 + i * 4), leafCells[i]);
        list = *ri;
    }
    put32(key, 0x14, quint32(children.size()));
    put32(key, 0x1C, list);
    return {};
}

Expected<quint32> RegfFile::addSubkey(quint32 parent, const QString &name)
{
    if (!isKey(parent))
        return corrupt(translate("wd::Regf", "a key cell is invalid"), parent);
    if (name.isEmpty() || name.size() > 255 || name.contains(QLatin1Char('\\')))
        return Error(ErrorKind::Usage, translate("wd::Regf", "\"%1\" is not a valid registry key name.").arg(name), m_path);
    Expected<std::vector<quint32>> kids = subkeys(parent);
    if (!kids)
        return kids.error();
    for (quint32 c : *kids)
        if (compareKeyNames(keyName(c), name) == 0)
            return c;
    const QByteArray leafSig = leafSignatureFor(parent);
    Expected<quint32> nk = newKeyCell(parent, name);
    if (!nk)
        return nk.error();
    const quint32 k = *nk;
    std::vector<quint32> next = *kids;
    auto pos = std::upper_bound(next.begin(), next.end(), name,
                                [&](const QString &n, quint32 c) { return compareKeyNames(n, keyName(c)) < 0; });
    next.insert(pos, k);
    Expected<void> ok = writeSubkeyList(parent, next, leafSig);
    if (!ok)
        return ok.error();
    touch(parent);
    return k;
}

Expected<std::vector<quint32>> RegfFile::addSubkeys(quint32 parent, const QStringList &names)
{
    if (!isKey(parent))
        return corrupt(translate("wd::Regf", "a key cell is invalid"), parent);
    for (const QString &name : names)
        if (name.isEmpty() || name.size() > 255 || name.contains(QLatin1Char('\\')))
            return Error(ErrorKind::Usage, translate("wd::Regf", "\"%1\" is not a valid registry key name.").arg(name), m_path);
    Expected<std::vector<quint32>> kids = subkeys(parent);
    if (!kids)
        return kids.error();
    // (name, cell) of every subkey, sorted; new keys are appended and the whole sorted again.
    std::vector<std::pair<QString, quint32>> all;
    all.reserve(kids->size() + size_t(names.size()));
    for (quint32 c : *kids)
        all.emplace_back(keyName(c), c);
    auto less = [](const std::pair<QString, quint32> &a, const std::pair<QString, quint32> &b) {
        return compareKeyNames(a.first, b.first) < 0;
    };
    std::stable_sort(all.begin(), all.end(), less);
    const size_t existing = all.size();
    auto lookup = [&](const QString &name, size_t end) -> quint32 {
        auto it = std::lower_bound(all.begin(), all.begin() + qsizetype(end), std::make_pair(name, quint32(0)), less);
        return it != all.begin() + qsizetype(end) && compareKeyNames(it->first, name) == 0 ? it->second : kNoCell;
    };
    const QByteArray leafSig = leafSignatureFor(parent);
    std::vector<quint32> out;
    out.reserve(size_t(names.size()));
    auto nameLess = [](const QString &a, const QString &b) { return compareKeyNames(a, b) < 0; };
    std::map<QString, quint32, decltype(nameLess)> added(nameLess); // a name given twice is one key
    for (const QString &name : names) {
        quint32 c = lookup(name, existing);
        if (c == kNoCell) {
            if (auto it = added.find(name); it != added.end()) {
                c = it->second;
            } else {
                Expected<quint32> nk = newKeyCell(parent, name);
                if (!nk)
                    return nk.error();
                c = *nk;
                added.emplace(name, c);
                all.emplace_back(name, c);
            }
        }
        out.push_back(c);
    }
    if (added.empty())
        return out;
    std::stable_sort(all.begin(), all.end(), less);
    std::vector<quint32> next;
    next.reserve(all.size());
    for (const auto &[n, c] : all)
        next.push_back(c);
    Expected<void> ok = writeSubkeyList(parent, next, leafSig);
    if (!ok)
        return ok.error();
    touch(parent);
    return out;
}

Expected<quint32> RegfFile::newKeyCell(quint32 parent, const QString &name)
{
    const bool comp = fitsLatin1(name);
    const QByteArray stored = comp ? name.toLatin1()
                                   : QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    Expected<quint32> nk = allocate(kNkHeader + quint32(stored.size()));
    if (!nk)
        return nk.error();
    const quint32 k = *nk;
    std::memcpy(m_data.data() + dataPos(k), "nk", 2);
    put16(k, 2, comp ? kKeyCompName : 0);
    put64(k, 4, m_now);
    put32(k, 0x10, parent);
    put32(k, 0x1C, kNoCell);
    put32(k, 0x20, kNoCell);
    put32(k, 0x28, kNoCell);
    put32(k, 0x30, kNoCell);
    put16(k, 0x48, quint16(stored.size()));
    std::memcpy(m_data.data() + dataPos(k) + kNkHeader, stored.constData(), size_t(stored.size()));
    // The new key shares its parent's security descriptor.
    const quint32 sk = u32(parent, 0x2C);
    if (sigIs(sk, "sk")) {
        put32(k, 0x2C, sk);
        put32(sk, 0x0C, u32(sk, 0x0C) + 1);
    } else {
        return corrupt(translate("wd::Regf", "the parent key has no valid security cell"), parent);
    }
    const quint32 maxName = u32(parent, 0x34);
    const quint32 nameBytes = quint32(name.size() * 2);
    if ((maxName & 0xFFFF) < nameBytes)
        put32(parent, 0x34, (maxName & 0xFFFF0000u) | nameBytes);
    return k;
}

Expected<quint32> RegfFile::writeValueCell(const RegValue &v)
{
    const bool comp = fitsLatin1(v.name);
    const QByteArray stored = comp ? v.name.toLatin1()
                                   : QByteArray(reinterpret_cast<const char *>(v.name.utf16()), v.name.size() * 2);
    if (stored.size() > 0xFFFF)
        return Error(ErrorKind::Usage, translate("wd::Regf", "A registry value name is too long."), m_path);
    const quint32 len = quint32(v.data.size());
    quint32 dataCell = kNoCell;
    quint32 rawLen = len;
    if (len <= 4) {
        rawLen = len | 0x80000000u;
    } else if (len > kBigDataSegment && m_minor >= 4) {
        const quint32 segments = (len + kBigDataSegment - 1) / kBigDataSegment;
        if (segments > 0xFFFF)
            return Error(ErrorKind::Unsupported, translate("wd::Regf", "A registry value is too large for a hive."), m_path);
        std::vector<quint32> segCells;
        for (quint32 i = 0; i < segments; ++i) {
            const quint32 take = std::min(kBigDataSegment, len - i * kBigDataSegment);
            // Every segment cell is full size (16344 bytes + 4 spare), as Windows writes them;
            // readers that take a segment's length from its cell rely on that.
            Expected<quint32> s = allocate(kBigDataSegment + 4);
            if (!s) return s.error();
            std::memcpy(m_data.data() + dataPos(*s), v.data.constData() + qsizetype(i) * kBigDataSegment, take);
            segCells.push_back(*s);
        }
        Expected<quint32> list = allocate(segments * 4);
        if (!list) return list.error();
        for (quint32 i = 0; i < segments; ++i) put32(*list, i * 4, segCells[i]);
        Expected<quint32> db = allocate(8);
        if (!db) return db.error();
        std::memcpy(m_data.data() + dataPos(*db), "db", 2);
        put16(*db, 2, quint16(segments));
        put32(*db, 4, *list);
        dataCell = *db;
    } else {
        Expected<quint32> c = allocate(len);
        if (!c) return c.error();
        std::memcpy(m_data.data() + dataPos(*c), v.data.constData(), len);
        dataCell = *c;
    }
    Expected<quint32> vk = allocate(kVkHeader + quint32(stored.size()));
    if (!vk)
        return vk.error();
    std::memcpy(m_data.data() + dataPos(*vk), "vk", 2);
    put16(*vk, 2, quint16(stored.size()));
    put32(*vk, 4, rawLen);
    if (len <= 4) {
        if (len)
            std::memcpy(m_data.data() + dataPos(*vk) + 8, v.data.constData(), len);
    } else {
        put32(*vk, 8, dataCell);
    }
    put32(*vk, 0x0C, v.type);
    put16(*vk, 0x10, comp ? kValueCompName : 0);
    std::memcpy(m_data.data() + dataPos(*vk) + kVkHeader, stored.constData(), size_t(stored.size()));
    return *vk;
}

void RegfFile::freeValueCell(quint32 vk)
{
    if (!sigIs(vk, "vk"))
        return;
    const quint32 rawLen = u32(vk, 4), off = u32(vk, 8);
    if (!(rawLen & 0x80000000u) && rawLen > 0 && cellAllocated(off)) {
        if (rawLen > cellDataSize(off) && sigIs(off, "db")) {
            const quint32 segments = u16(off, 2), list = u32(off, 4);
            if (quint64(segments) * 4 <= cellDataSize(list)) {
                std::vector<quint32> segs;
                for (quint32 i = 0; i < segments; ++i) segs.push_back(u32(list, i * 4));
                for (quint32 s : segs) freeCell(s);
            }
            freeCell(list);
        }
        freeCell(off);
    }
    freeCell(vk);
}

Expected<void> RegfFile::writeValueList(quint32 key, const std::vector<quint32> &vks)
{
    const quint32 old = u32(key, 0x28);
    if (u32(key, 0x24) > 0)
        freeCell(old);
    if (vks.empty()) {
        put32(key, 0x24, 0);
        put32(key, 0x28, kNoCell);
        return {};
    }
    Expected<quint32> list = allocate(quint32(vks.size() * 4));
    if (!list)
        return list.error();
    for (size_t i = 0; i < vks.size(); ++i)
        put32(*list, quint32(i * 4), vks[i]);
    put32(key, 0x24, quint32(vks.size()));
    put32(key, 0x28, *list);
    return {};
}

Expected<void> RegfFile::setValue(quint32 key, const RegValue &value)
{
    Expected<std::vector<quint32>> list = valueList(key);
    if (!list)
        return list.error();
    Expected<quint32> vk = writeValueCell(value);
    if (!vk)
        return vk.error();
    std::vector<quint32> next = *list;
    bool replaced = false;
    for (quint32 &old : next) {
        if (!sigIs(old, "vk"))
            continue;
        const QString n = decodeName(old, kVkHeader, u16(old, 2), u16(old, 0x10) & kValueCompName);
        if (n.compare(value.name, Qt::CaseInsensitive) == 0) {
            freeValueCell(old);
            old = *vk;
            replaced = true;
            break;
        }
    }
    if (replaced) {
        for (size_t i = 0; i < next.size(); ++i)
            put32(u32(key, 0x28), quint32(i * 4), next[i]);
    } else {
        next.push_back(*vk);
        Expected<void> ok = writeValueList(key, next);
        if (!ok)
            return ok;
    }
    const quint32 nameBytes = quint32(value.name.size() * 2);
    if (u32(key, 0x3C) < nameBytes) put32(key, 0x3C, nameBytes);
    if (u32(key, 0x40) < quint32(value.data.size())) put32(key, 0x40, quint32(value.data.size()));
    touch(key);
    return {};
}

Expected<void> RegfFile::deleteValue(quint32 key, const QString &name)
{
    Expected<std::vector<quint32>> list = valueList(key);
    if (!list)
        return list.error();
    std::vector<quint32> next;
    bool removed = false;
    for (quint32 vk : *list) {
        const QString n = sigIs(vk, "vk") ? decodeName(vk, kVkHeader, u16(vk, 2), u16(vk, 0x10) & kValueCompName) : QString();
        if (!removed && sigIs(vk, "vk") && n.compare(name, Qt::CaseInsensitive) == 0) {
            freeValueCell(vk);
            removed = true;
        } else {
            next.push_back(vk);
        }
    }
    if (!removed)
        return {};
    Expected<void> ok = writeValueList(key, next);
    if (ok)
        touch(key);
    return ok;
}

Expected<void> RegfFile::setValues(quint32 key, const QList<RegValue> &values)
{
    Expected<std::vector<quint32>> list = valueList(key);
    if (!list)
        return list.error();
    for (quint32 vk : *list)
        freeValueCell(vk);
    std::vector<quint32> next;
    quint32 maxName = 0, maxData = 0;
    for (const RegValue &v : values) {
        Expected<quint32> vk = writeValueCell(v);
        if (!vk)
            return vk.error();
        next.push_back(*vk);
        maxName = std::max(maxName, quint32(v.name.size() * 2));
        maxData = std::max(maxData, quint32(v.data.size()));
    }
    Expected<void> ok = writeValueList(key, next);
    if (!ok)
        return ok;
    put32(key, 0x3C, maxName);
    put32(key, 0x40, maxData);
    touch(key);
    return {};
}

void RegfFile::releaseSecurity(quint32 sk)
{
    if (!sigIs(sk, "sk"))
        return;
    const quint32 refs = u32(sk, 0x0C);
    if (refs > 1) {
        put32(sk, 0x0C, refs - 1);
        return;
    }
    // Last reference: unlink from the ring and free.
    const quint32 flink = u32(sk, 4), blink = u32(sk, 8);
    if (flink != sk && sigIs(flink, "sk") && sigIs(blink, "sk")) {
        put32(blink, 4, flink);
        put32(flink, 8, blink);
    }
    freeCell(sk);
}

Expected<void> RegfFile::deleteKeyTree(quint32 key)
{
    if (!isKey(key))
        return corrupt(translate("wd::Regf", "a key cell is invalid"), key);
    if (key == m_root)
        return Error(ErrorKind::Usage, translate("wd::Regf", "The root key of a hive cannot be deleted."), m_path);
    const quint32 parent = keyParent(key);
    if (parent == kNoCell)
        return corrupt(translate("wd::Regf", "a key has no valid parent"), key);
    // Collect the whole tree first (iteratively), so corruption is found before anything changes.
    std::vector<quint32> order{key};
    for (size_t i = 0; i < order.size(); ++i) {
        Expected<std::vector<quint32>> kids = subkeys(order[i]);
        if (!kids)
            return kids.error();
        if (order.size() + kids->size() > 10'000'000)
            return corrupt(translate("wd::Regf", "a key tree is too large"), key);
        order.insert(order.end(), kids->begin(), kids->end());
        Expected<std::vector<quint32>> vals = valueList(order[i]);
        if (!vals)
            return vals.error();
    }
    Expected<std::vector<quint32>> siblings = subkeys(parent);
    if (!siblings)
        return siblings.error();
    const QByteArray leafSig = leafSignatureFor(parent);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const quint32 k = *it;
        const Expected<std::vector<quint32>> vals = valueList(k); // checked above
        if (vals)
            for (quint32 vk : *vals)
                freeValueCell(vk);
        if (u32(k, 0x24) > 0) freeCell(u32(k, 0x28));
        freeSubkeyList(k);
        if (u16(k, 0x4A) > 0) freeCell(u32(k, 0x30));
        releaseSecurity(u32(k, 0x2C));
        freeCell(k);
    }
    std::vector<quint32> next;
    for (quint32 c : *siblings)
        if (c != key) next.push_back(c);
    Expected<void> ok = writeSubkeyList(parent, next, leafSig);
    if (ok)
        touch(parent);
    return ok;
}

void RegfFile::syncBaseBlock()
{
    char *b = m_data.data();
    qToLittleEndian<quint32>(m_hbinsSize, b + 0x28);
    qToLittleEndian<quint32>(baseBlockChecksum(m_data.left(512)), b + 0x1FC);
}

QByteArray RegfFile::image(quint64 nowFiletime)
{
    char *b = m_data.data();
    const quint32 seq = std::max(qFromLittleEndian<quint32>(b + 4), qFromLittleEndian<quint32>(b + 8)) + 1;
    qToLittleEndian<quint32>(seq, b + 4);
    qToLittleEndian<quint32>(seq, b + 8);
    qToLittleEndian<quint64>(nowFiletime, b + 0x0C);
    syncBaseBlock();
    return m_data;
}

} // namespace wd::regf
