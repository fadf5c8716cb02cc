#include "fuzz_hive.h"
#include "formats/hive.h"
#include "formats/regf.h"
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace wd::fuzz {
namespace {

[[noreturn]] void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "hive fuzz property broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

constexpr size_t kMaxKeys = 200000;

// Upper case as the engine compares key names (one UTF-16 unit at a time).
QString upperKey(const QString &s)
{
    QString out = s;
    for (QChar &c : out)
        c = c.toUpper();
    return out;
}

// Walks the whole tree (bounded, loop-safe); returns keys as path -> values.
std::map<QString, QList<RegValue>> walk(const regf::RegfFile &f)
{
    std::map<QString, QList<RegValue>> out;
    std::set<quint32> seen;
    QList<QPair<quint32, QString>> todo{{f.rootCell(), QString()}};
    while (!todo.isEmpty() && out.size() < kMaxKeys) {
        const auto [cell, path] = todo.takeLast();
        if (!seen.insert(cell).second)
            continue; // a loop in a hostile hive
        (void)f.keyLastWritten(cell);
        (void)f.keyClass(cell);
        (void)f.keyParent(cell);
        Expected<QList<RegValue>> vals = f.values(cell);
        out[upperKey(path)] = vals ? *vals : QList<RegValue>();
        Expected<std::vector<quint32>> kids = f.subkeys(cell);
        if (!kids)
            continue;
        for (quint32 c : *kids)
            todo.append({c, path + QLatin1Char('\\') + f.keyName(c)});
    }
    return out;
}

// True when every key of F can be named by a path: no '\\' in a name.
bool addressableByPath(const regf::RegfFile &f)
{
    std::set<quint32> seen;
    QList<quint32> todo{f.rootCell()};
    while (!todo.isEmpty() && seen.size() < kMaxKeys) {
        const quint32 cell = todo.takeLast();
        if (!seen.insert(cell).second)
            continue;
        Expected<std::vector<quint32>> kids = f.subkeys(cell);
        if (!kids)
            continue;
        for (quint32 c : *kids) {
            const QString n = f.keyName(c);
            if (n.contains(QLatin1Char('\\')))
                return false;
            todo.append(c);
        }
    }
    return true;
}

QByteArray emptyHive()
{
    static QByteArray image = [] {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("h"));
        if (!Hive::createEmpty(p, QStringLiteral("ROOT")))
            broken("createEmpty");
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            broken("read empty hive");
        return f.readAll();
    }();
    return image;
}

// Bytes -> operations.
struct Stream {
    const uint8_t *p;
    size_t n;
    uint8_t byte() { return n ? (--n, *p++) : 0; }
    bool done() const { return n == 0; }
    QString name()
    {
        static const char16_t alphabet[] = u"aBc01_ .Ж測";
        const int len = byte() % 8;
        QString s;
        for (int i = 0; i < len; ++i)
            s += QChar(alphabet[byte() % (sizeof(alphabet) / sizeof(alphabet[0]) - 1)]);
        return s;
    }
    QByteArray data()
    {
        static const int sizes[] = {0, 1, 4, 5, 64, 16344, 16345, 40000};
        const int size = sizes[byte() % 8];
        QByteArray d(size, char(byte()));
        return d;
    }
};

void editAndCheck(regf::RegfFile &f, Stream &s, bool keepModel)
{
    std::map<QString, QList<RegValue>> model = walk(f);
    for (int op = 0; op < 64 && !s.done(); ++op) {
        // A key to work on: one of the first keys of the model.
        auto it = model.begin();
        std::advance(it, s.byte() % model.size());
        const QString path = it->first;
        // "\\A\\B" names root > A > B; "\\" alone names a key with an empty name (a stranger's hive may
        // have one), never the root, whose path is "".
        quint32 cell = f.rootCell();
        QStringList parts = path.split(QLatin1Char('\\'));
        parts.removeFirst();
        for (const QString &part : parts)
            if (cell != regf::kNoCell)
                cell = f.findSubkey(cell, part);
        if (cell == regf::kNoCell) {
            if (keepModel)
                broken("a modelled key is missing", path);
            continue; // a name with '\\' in a hive kept for soundness checks only
        }
        switch (s.byte() % 5) {
        case 0: {
            const QString n = s.name();
            Expected<quint32> k = f.addSubkey(cell, n);
            if (k && !model.count(path + QLatin1Char('\\') + upperKey(n)))
                model[path + QLatin1Char('\\') + upperKey(n)] = {};
            break;
        }
        case 1: {
            RegValue v{s.name(), quint32(s.byte() % 12), s.data()};
            if (f.setValue(cell, v)) {
                QList<RegValue> &vals = model[path];
                bool replaced = false;
                for (RegValue &x : vals)
                    if (!replaced && x.name.compare(v.name, Qt::CaseInsensitive) == 0) { x = v; replaced = true; }
                if (!replaced) vals.append(v);
            }
            break;
        }
        case 2: {
            QList<RegValue> &vals = model[path];
            if (vals.isEmpty()) break;
            const QString n = vals.at(s.byte() % vals.size()).name;
            if (f.deleteValue(cell, n))
                for (qsizetype i = 0; i < vals.size(); ++i)
                    if (vals[i].name.compare(n, Qt::CaseInsensitive) == 0) { vals.removeAt(i); break; }
            break;
        }
        case 3: {
            if (path.isEmpty()) break;
            if (f.deleteKeyTree(cell)) {
                model.erase(path);
                const QString prefix = path + QLatin1Char('\\');
                for (auto m = model.lower_bound(prefix); m != model.end() && m->first.startsWith(prefix);)
                    m = model.erase(m);
            }
            break;
        }
        default: {
            QList<RegValue> vals;
            for (int i = 0, c = s.byte() % 3; i < c; ++i)
                vals.append(RegValue{QStringLiteral("r%1").arg(i), quint32(s.byte() % 12), s.data()});
            if (f.setValues(cell, vals))
                model[path] = vals;
            break;
        }
        }
    }
    const QByteArray image = f.image(1);
    const regf::CheckReport rep = regf::checkHiveImage(image);
    if (!rep.ok())
        broken("the edited hive is not sound", rep.summary());
    Expected<std::unique_ptr<regf::RegfFile>> again = regf::RegfFile::load(image, QStringLiteral("fuzz"));
    if (!again)
        broken("the edited hive does not re-open", again.error().toString());
    if (keepModel && walk(**again) != model)
        broken("the re-opened tree differs from the model");
}

} // namespace

int hiveReader(const uint8_t *data, size_t size)
{
    const QByteArray image(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)regf::checkHiveImage(image);
    Expected<std::unique_ptr<regf::RegfFile>> f = regf::RegfFile::load(image, QStringLiteral("fuzz"));
    if (f)
        (void)walk(**f);
    return 0;
}

int hiveWriter(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // First byte: 0 = edits on a fresh hive; otherwise the input is split into a hive (a sound
    // one is edited; an unsound one must be refused by the check, as Hive::open(Write) does).
    Stream s{data + 1, size - 1};
    if (data[0] % 2 == 0) {
        Expected<std::unique_ptr<regf::RegfFile>> f = regf::RegfFile::load(emptyHive(), QStringLiteral("fuzz"));
        if (!f)
            broken("the empty hive does not open");
        editAndCheck(**f, s, true);
        return 0;
    }
    const size_t hiveLen = std::min<size_t>(size - 1, size_t(data[0]) * 4096);
    const QByteArray image(reinterpret_cast<const char *>(data + 1), qsizetype(hiveLen));
    if (!regf::checkHiveImage(image).ok())
        return 0;
    Expected<std::unique_ptr<regf::RegfFile>> f = regf::RegfFile::load(image, QStringLiteral("fuzz"));
    if (!f)
        broken("a hive the check accepts does not open", f.error().toString());
    Stream rest{data + 1 + hiveLen, size - 1 - hiveLen};
    // The model addresses keys by path: a hive with '\\' in a key name (a hostile one the check accepts)
    // has keys no path names, so it is edited and checked for soundness only.
    editAndCheck(**f, rest, addressableByPath(**f));
    return 0;
}

} // namespace wd::fuzz
