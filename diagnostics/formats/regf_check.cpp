// The hive consistency check, modelled on what the kernel verifies when it loads a hive: the base
// block, the bins, the cell chain of every bin, and then the key tree from the root, where every
// allocated cell must be used exactly once (security cells once per referencing key, as counted
// in their reference count) and every cell that is not used must be free.
#include "formats/regf.h"
#include "formats/byte_reader.h"
#include "formats/hive_log.h"
#include "core/i18n.h"
#include <QSet>
#include <unordered_map>
#include <vector>

namespace wd::regf {

namespace {
constexpr quint32 kBinHeader = 0x20;
constexpr int kMaxListed = 20;
constexpr int kMaxDepth = 512; // the kernel refuses deeper key trees

class Checker {
public:
    explicit Checker(const QByteArray &image) : m_img(image), m_r(image) {}

    CheckReport run()
    {
        if (!baseBlock() || !bins())
            return m_rep;
        tree();
        security();
        unreferenced();
        return m_rep;
    }

private:
    enum State : quint8 { None = 0, Allocated = 1, Used = 2 };

    void problem(const QString &s)
    {
        if (m_rep.problemCount++ < kMaxListed)
            m_rep.problems.append(s);
    }
    void problemAt(const char *what, quint32 cell)
    {
        problem(translate("wd::Regf", "%1 (cell 0x%2)").arg(translate("wd::Regf", what), QString::number(cell, 16)));
    }

    bool baseBlock()
    {
        if (m_img.size() < qsizetype(kBaseBlockSize) || !m_r.equalsAt(0, "regf", 4)) {
            problem(translate("wd::Regf", "no \"regf\" base block"));
            return false;
        }
        if (m_r.u32At(4) != m_r.u32At(8))
            problem(translate("wd::Regf", "the sequence numbers of the base block differ (the hive is dirty)"));
        if (baseBlockChecksum(m_img.left(512)) != m_r.u32At(0x1FC))
            problem(translate("wd::Regf", "the base block checksum is wrong"));
        m_minor = m_r.u32At(0x18);
        if (m_r.u32At(0x14) != 1 || m_minor < 3 || m_minor > 6)
            problem(translate("wd::Regf", "unsupported format version"));
        if (m_r.u32At(0x1C) != 0 || m_r.u32At(0x20) != 1)
            problem(translate("wd::Regf", "the base block does not describe a primary hive file"));
        m_size = m_r.u32At(0x28);
        if (m_size == 0 || m_size % 0x1000 != 0 || qint64(m_img.size()) < qint64(kBaseBlockSize) + m_size) {
            problem(translate("wd::Regf", "the hive length in the base block does not match the file"));
            return false;
        }
        m_state.assign(m_size / 8, None);
        return true;
    }

    bool bins()
    {
        quint32 pos = 0;
        while (pos < m_size) {
            const qint64 at = qint64(kBaseBlockSize) + pos;
            const quint32 off = m_r.u32At(at + 4), size = m_r.u32At(at + 8);
            if (!m_r.equalsAt(at, "hbin", 4) || off != pos || size < 0x1000 || size % 0x1000 != 0 || size > m_size - pos) {
                problem(translate("wd::Regf", "invalid hive bin at offset 0x%1").arg(pos, 0, 16));
                return false;
            }
            ++m_rep.bins;
            quint32 c = pos + kBinHeader;
            while (c < pos + size) {
                const qint32 raw = qint32(m_r.u32At(qint64(kBaseBlockSize) + c));
                const quint32 cs = raw < 0 ? quint32(-qint64(raw)) : quint32(raw);
                if (cs < 8 || cs % 8 != 0 || cs > pos + size - c) {
                    problem(translate("wd::Regf", "invalid cell size at offset 0x%1").arg(c, 0, 16));
                    return false;
                }
                if (raw < 0) {
                    m_state[c / 8] = Allocated;
                    ++m_rep.allocatedCells;
                } else {
                    ++m_rep.freeCells;
                }
                c += cs;
            }
            pos += size;
        }
        return true;
    }

    quint32 dataSize(quint32 cell) const
    {
        if (cell % 8 != 0 || cell >= m_size || m_state[cell / 8] == None)
            return 0;
        return quint32(-qint64(qint32(m_r.u32At(qint64(kBaseBlockSize) + cell)))) - 4;
    }
    qint64 dp(quint32 cell) const { return qint64(kBaseBlockSize) + cell + 4; }
    quint16 u16(quint32 c, quint32 o) const { return m_r.u16At(dp(c) + o); }
    quint32 u32(quint32 c, quint32 o) const { return m_r.u32At(dp(c) + o); }
    bool sig(quint32 c, const char *s) const { return dataSize(c) >= 2 && m_r.equalsAt(dp(c), s, 2); }

    // Marks CELL used; false (with a problem) when it is not an allocated cell or already used.
    bool use(quint32 cell, const char *what)
    {
        if (dataSize(cell) == 0) {
            problemAt(what, cell);
            return false;
        }
        if (m_state[cell / 8] == Used) {
            problem(translate("wd::Regf", "a cell is used twice: %1 (cell 0x%2)").arg(translate("wd::Regf", what), QString::number(cell, 16)));
            return false;
        }
        m_state[cell / 8] = Used;
        return true;
    }

    QString name(quint32 cell, quint32 off, quint32 len, bool comp) const
    {
        const QByteArray raw = m_r.bytesAt(dp(cell) + off, len);
        if (comp)
            return QString::fromLatin1(raw);
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(raw.constData()), raw.size() / 2);
    }

    struct Entry { quint32 cell; quint32 hint; };

    bool leaf(quint32 l, std::vector<Entry> &out, QByteArray &kind)
    {
        if (!use(l, QT_TRANSLATE_NOOP("wd::Regf", "a subkey list is not an allocated cell")))
            return false;
        const quint32 size = dataSize(l), n = u16(l, 2);
        const bool li = sig(l, "li"), hashed = sig(l, "lf") || sig(l, "lh");
        if (!li && !hashed) {
            problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a subkey list has an unknown signature"), l);
            return false;
        }
        kind = m_r.bytesAt(dp(l), 2);
        const quint32 step = li ? 4 : 8;
        if (4 + quint64(n) * step > size) {
            problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a subkey list is larger than its cell"), l);
            return false;
        }
        if (n == 0)
            problemAt(QT_TRANSLATE_NOOP("wd::Regf", "an empty subkey list"), l);
        for (quint32 i = 0; i < n; ++i)
            out.push_back({u32(l, 4 + i * step), li ? 0 : u32(l, 8 + i * step)});
        return true;
    }

    void tree()
    {
        const quint32 root = m_r.u32At(0x24);
        struct Item { quint32 cell; quint32 parent; int depth; };
        std::vector<Item> stack{{root, kNoCell, 0}};
        while (!stack.empty()) {
            const Item it = stack.back();
            stack.pop_back();
            const quint32 k = it.cell;
            if (!use(k, QT_TRANSLATE_NOOP("wd::Regf", "a key is not an allocated cell")))
                continue;
            const quint32 size = dataSize(k);
            if (size < 0x4C || !sig(k, "nk") || 0x4C + quint32(u16(k, 0x48)) > size) {
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a key record is invalid"), k);
                continue;
            }
            ++m_rep.keys;
            if (it.depth > kMaxDepth) {
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "the key tree is nested too deeply"), k);
                continue;
            }
            const quint16 flags = u16(k, 2);
            if (it.parent == kNoCell) {
                if (!(flags & 0x0004))
                    problemAt(QT_TRANSLATE_NOOP("wd::Regf", "the root key is not marked as the hive's entry"), k);
            } else if (u32(k, 0x10) != it.parent) {
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a key does not point back to its parent"), k);
            }
            // Security.
            const quint32 sk = u32(k, 0x2C);
            if (!sig(sk, "sk") || dataSize(sk) < 0x14 || 0x14 + quint64(u32(sk, 0x10)) > dataSize(sk))
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a key has no valid security cell"), k);
            else
                ++m_skRefs[sk];
            // Class name.
            if (u16(k, 0x4A) > 0) {
                const quint32 cls = u32(k, 0x30);
                if (use(cls, QT_TRANSLATE_NOOP("wd::Regf", "a class name is not an allocated cell")) && dataSize(cls) < u16(k, 0x4A))
                    problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a class name is larger than its cell"), cls);
            }
            values(k);
            // Subkeys.
            const quint32 count = u32(k, 0x14);
            if (count == 0)
                continue;
            const quint32 list = u32(k, 0x1C);
            std::vector<Entry> entries;
            QByteArray kind;
            if (sig(list, "ri")) {
                if (!use(list, QT_TRANSLATE_NOOP("wd::Regf", "a subkey index is not an allocated cell")))
                    continue;
                const quint32 n = u16(list, 2);
                if (4 + quint64(n) * 4 > dataSize(list)) {
                    problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a subkey index is larger than its cell"), list);
                    continue;
                }
                bool ok = true;
                for (quint32 i = 0; i < n && ok; ++i) {
                    const quint32 l = u32(list, 4 + i * 4);
                    if (sig(l, "ri")) {
                        problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a subkey index points to another index"), l);
                        ok = false;
                    } else {
                        ok = leaf(l, entries, kind);
                    }
                }
                if (!ok)
                    continue;
            } else if (!leaf(list, entries, kind)) {
                continue;
            }
            if (entries.size() != count) {
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a key's subkey count does not match its list"), k);
                continue;
            }
            QString prev;
            for (size_t i = 0; i < entries.size(); ++i) {
                const quint32 c = entries[i].cell;
                const quint32 cs = dataSize(c);
                if (cs < 0x4C || !sig(c, "nk") || 0x4C + quint32(u16(c, 0x48)) > cs) {
                    problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a subkey list points to something that is not a key"), c);
                    continue;
                }
                const QString n = name(c, 0x4C, u16(c, 0x48), u16(c, 2) & 0x20);
                if (i > 0 && compareKeyNames(prev, n) >= 0)
                    problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a subkey list is not sorted"), list);
                prev = n;
                if (kind == "lh" && entries[i].hint != lhHash(n)) {
                    bool ascii = true;
                    for (QChar ch : n) ascii = ascii && ch.unicode() < 0x80;
                    if (ascii) // the kernel's upper-case table may differ from ours outside ASCII
                        problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a subkey hash is wrong"), list);
                }
                stack.push_back({c, k, it.depth + 1});
            }
        }
    }

    void values(quint32 k)
    {
        const quint32 count = u32(k, 0x24);
        if (count == 0)
            return;
        const quint32 list = u32(k, 0x28);
        if (!use(list, QT_TRANSLATE_NOOP("wd::Regf", "a value list is not an allocated cell")))
            return;
        if (quint64(count) * 4 > dataSize(list)) {
            problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a value list is larger than its cell"), list);
            return;
        }
        for (quint32 i = 0; i < count; ++i) {
            const quint32 vk = u32(list, i * 4);
            if (!use(vk, QT_TRANSLATE_NOOP("wd::Regf", "a value is not an allocated cell")))
                continue;
            if (dataSize(vk) < 0x14 || !sig(vk, "vk") || 0x14 + quint32(u16(vk, 2)) > dataSize(vk)) {
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a value record is invalid"), vk);
                continue;
            }
            ++m_rep.values;
            const quint32 rawLen = u32(vk, 4), off = u32(vk, 8);
            if (rawLen & 0x80000000u) {
                if ((rawLen & 0x7FFFFFFFu) > 4)
                    problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a value stored in its own record is longer than 4 bytes"), vk);
                continue;
            }
            if (rawLen == 0)
                continue;
            if (!use(off, QT_TRANSLATE_NOOP("wd::Regf", "the data of a value is not an allocated cell")))
                continue;
            if (rawLen <= dataSize(off))
                continue;
            if (!sig(off, "db") || dataSize(off) < 8 || m_minor < 4) {
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "the data of a value is longer than its cell"), off);
                continue;
            }
            const quint32 segs = u16(off, 2), segList = u32(off, 4);
            if (!use(segList, QT_TRANSLATE_NOOP("wd::Regf", "a big-data segment list is not an allocated cell")))
                continue;
            if (quint64(segs) * 4 > dataSize(segList)) {
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a big-data segment list is larger than its cell"), segList);
                continue;
            }
            quint64 have = 0;
            for (quint32 s = 0; s < segs; ++s) {
                const quint32 seg = u32(segList, s * 4);
                if (use(seg, QT_TRANSLATE_NOOP("wd::Regf", "a big-data segment is not an allocated cell")))
                    have += std::min(dataSize(seg), kBigDataSegment);
            }
            if (have < rawLen)
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "the big-data segments of a value are shorter than its length"), off);
        }
    }

    void security()
    {
        for (const auto &[sk, refs] : m_skRefs) {
            ++m_rep.securityCells;
            if (dataSize(sk) == 0)
                continue;
            if (m_state[sk / 8] == Used) {
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "a security cell is also used as something else"), sk);
                continue;
            }
            m_state[sk / 8] = Used;
            if (u32(sk, 0x0C) != quint32(refs))
                problem(translate("wd::Regf", "a security cell's reference count is %1 but %2 keys use it (cell 0x%3)")
                            .arg(u32(sk, 0x0C)).arg(refs).arg(QString::number(sk, 16)));
            const quint32 flink = u32(sk, 4), blink = u32(sk, 8);
            if (!m_skRefs.count(flink) || !m_skRefs.count(blink) || u32(flink, 8) != sk || u32(blink, 4) != sk)
                problemAt(QT_TRANSLATE_NOOP("wd::Regf", "the list of security cells is broken"), sk);
        }
    }

    void unreferenced()
    {
        int leaked = 0;
        quint32 first = 0;
        for (size_t i = 0; i < m_state.size(); ++i)
            if (m_state[i] == Allocated && leaked++ == 0)
                first = quint32(i * 8);
        if (leaked) {
            const QByteArray sig = m_r.bytesAt(dp(first), 2);
            const bool printable = sig.size() == 2 && sig.at(0) >= 'a' && sig.at(0) <= 'z' && sig.at(1) >= 'a' && sig.at(1) <= 'z';
            problem(translate("wd::Regf", "%1 allocated cells are not reachable from the root key (first at 0x%2%3)")
                        .arg(leaked).arg(QString::number(first, 16), printable ? QStringLiteral(", \"%1\"").arg(QString::fromLatin1(sig)) : QString()));
        }
    }

    const QByteArray &m_img;
    ByteReader m_r;
    quint32 m_size = 0, m_minor = 0;
    std::vector<quint8> m_state;
    std::unordered_map<quint32, int> m_skRefs;
    CheckReport m_rep;
};
} // namespace

CheckReport checkHiveImage(const QByteArray &image)
{
    return Checker(image).run();
}

} // namespace wd::regf
