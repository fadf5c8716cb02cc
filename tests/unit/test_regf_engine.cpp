// Our regf engine (diagnostics/formats/regf) against hivex, the reference: every real hive reads
// the same, the consistency check accepts what Windows wrote and refuses what is broken, and
// seeded random edit sequences on copies of real hives re-open in hivex with exactly the tree a
// model of the edits predicts (and hivexregedit exports the whole hive).
#include "formats/hive.h"
#include "formats/regf.h"
#include "support/hive_tree.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>
#include <random>

using namespace wd;
using namespace wd::test;

namespace {

QString hivePath(const QString &rel) { return realDataDir() + QStringLiteral("/hives/") + rel; }

// Real hives that hivex reads completely, with their number of keys.
const QList<QPair<QString, int>> &readableHives()
{
    static const QList<QPair<QString, int>> list = {
        {QStringLiteral("SYSTEM"), -1}, {QStringLiteral("SYSTEM_2"), -1}, {QStringLiteral("SYSTEM_B"), -1},
        {QStringLiteral("nt4_system.reg"), -1}, {QStringLiteral("nt4_software.reg"), -1},
        {QStringLiteral("edge/UnicodeHive"), 3}, {QStringLiteral("edge/ExtendedASCIIHive"), 2},
        {QStringLiteral("edge/BigDataHive"), 2}, {QStringLiteral("edge/ManySubkeysHive"), 5003},
        {QStringLiteral("edge/MultiSzHive"), 2}, {QStringLiteral("edge/StringValuesHive"), 2},
        {QStringLiteral("edge/CompHive"), 4}, {QStringLiteral("edge/NewFlagsHive"), 3},
        {QStringLiteral("edge/EmptyHive"), 1}, {QStringLiteral("edge/WrongOrderHive"), 11},
        {QStringLiteral("edge/hivex/minimal"), 1}, {QStringLiteral("edge/hivex/special"), 4},
        {QStringLiteral("edge/OldDirtyHive/OldDirtyHive"), 5003},
        {QStringLiteral("edge/OldDirtyHive/RecoveredHive_Windows7"), 5003},
    };
    return list;
}

QString describe(const HiveTree &a, const HiveTree &b)
{
    for (const auto &[k, v] : a) {
        auto it = b.find(k);
        if (it == b.end())
            return QStringLiteral("only in first: ") + v.path;
        if (!(it->second == v)) {
            QString why = QStringLiteral("differs: ") + v.path;
            const TreeKey &w = it->second;
            if (w.path != v.path)
                return why + QStringLiteral(" (spelled ") + w.path + QLatin1Char(')');
            if (w.values.size() != v.values.size())
                return why + QStringLiteral(" (%1 / %2 values)").arg(v.values.size()).arg(w.values.size());
            for (qsizetype i = 0; i < v.values.size(); ++i)
                if (!(v.values[i] == w.values[i]))
                    return why + QStringLiteral(" (value %1 \"%2\" type %3 size %4 / \"%5\" type %6 size %7)")
                                     .arg(i).arg(v.values[i].name).arg(v.values[i].type).arg(v.values[i].data.size())
                                     .arg(w.values[i].name).arg(w.values[i].type).arg(w.values[i].data.size());
            return why;
        }
    }
    for (const auto &[k, v] : b)
        if (!a.count(k))
            return QStringLiteral("only in second: ") + v.path;
    return {};
}

} // namespace

TEST_CASE("The regf engine reads every real hive like the reference", "[regf][realdata]")
{
    REQUIRE(haveRealData());
    for (const auto &[rel, keys] : readableHives()) {
        INFO(rel.toStdString());
        QString err;
        const std::optional<HiveTree> ours = readTreeWithEngine(hivePath(rel), &err);
        INFO(err.toStdString());
        REQUIRE(ours.has_value());
        if (keys > 0)
            CHECK(int(ours->size()) == keys);
#if WD_HAVE_HIVEX
        const std::optional<HiveTree> ref = readTreeWithHivex(hivePath(rel));
        REQUIRE(ref.has_value());
        CHECK(describe(*ours, *ref) == QString());
#endif
    }
}

TEST_CASE("The regf engine decodes names and data as the edge hives require", "[regf][realdata]")
{
    REQUIRE(haveRealData());
    {
        auto h = Hive::open(hivePath(QStringLiteral("edge/UnicodeHive")));
        REQUIRE(h);
        const Hive::Node k = (*h)->find(QStringLiteral("ПриВет\\КлюЧ"));
        REQUIRE(k);
        CHECK((*h)->name(k) == QStringLiteral("Ключ"));
        CHECK((*h)->name((*h)->parent(k)) == QStringLiteral("Привет"));
        CHECK((*h)->find(QStringLiteral("привеТ")) != 0);
    }
    {
        auto h = Hive::open(hivePath(QStringLiteral("edge/ExtendedASCIIHive")));
        REQUIRE(h);
        const Hive::Node k = (*h)->find(QString::fromUtf8("ëigenaardig"));
        REQUIRE(k);
        auto vals = (*h)->values(k);
        REQUIRE(vals);
        REQUIRE(vals->size() == 1);
        CHECK(vals->at(0).name == QString::fromUtf8("ëigenaardig"));
        CHECK(vals->at(0).data == utf16z(QString::fromUtf8("ëigenaardig")));
    }
    {
        auto h = Hive::open(hivePath(QStringLiteral("edge/BigDataHive")));
        REQUIRE(h);
        const Hive::Node k = (*h)->find(QStringLiteral("key_with_bigdata"));
        REQUIRE(k);
        auto vals = (*h)->values(k);
        REQUIRE(vals);
        REQUIRE(vals->size() == 2);
        for (const RegValue &v : *vals) {
            if (v.name.isEmpty())
                CHECK(v.data == QByteArray(16345, '1'));
            else
                CHECK(v.data == QByteArray(81725, '2'));
        }
    }
    {
        auto h = Hive::open(hivePath(QStringLiteral("edge/ManySubkeysHive")));
        REQUIRE(h);
        CHECK((*h)->children((*h)->find(QStringLiteral("key_with_many_subkeys"))).size() == 5000);
        CHECK((*h)->find(QStringLiteral("key_with_MAny_subkeys\\2119\\find_me")) != 0);
        CHECK((*h)->find(QStringLiteral("key_with_many_subkeys\\2119\\not_there")) == 0);
    }
    {
        auto h = Hive::open(hivePath(QStringLiteral("edge/hivex/special")));
        REQUIRE(h);
        const QStringList names = (*h)->childNames((*h)->root());
        CHECK(names.contains(QStringLiteral("zero") + QChar(0) + QStringLiteral("key")));
        CHECK(names.contains(QString::fromUtf8("abcd_äöüß")));
        CHECK(names.contains(QString::fromUtf8("weird™")));
    }
    {
        auto h = Hive::open(hivePath(QStringLiteral("edge/CompHive")));
        REQUIRE(h);
        const QStringList names = (*h)->childNames((*h)->root());
        CHECK(names.contains(QString(QChar(0x9F))));
        CHECK(names.contains(QString(QChar(0x178))));
    }
}

TEST_CASE("Broken hives and logs are refused with a clear error", "[regf][realdata]")
{
    REQUIRE(haveRealData());
    const QList<QPair<QString, QString>> broken = {
        {QStringLiteral("edge/TruncatedHive"), QStringLiteral("truncated")},
        {QStringLiteral("edge/GarbageHive"), QStringLiteral("checksum")},
        {QStringLiteral("edge/BadBaseBlockHive/BadBaseBlockHive"), QStringLiteral("version")},
        {QStringLiteral("corrupted_system_hive"), QStringLiteral("no hive bin")},
        {QStringLiteral("edge/OldDirtyHive/OldDirtyHive.LOG1"), QStringLiteral("log")},
        {QStringLiteral("SYSTEM_B.LOG1"), QStringLiteral("log")},
    };
    for (const auto &[rel, word] : broken) {
        INFO(rel.toStdString());
        Expected<std::unique_ptr<Hive>> h = Hive::open(hivePath(rel));
        REQUIRE(!h);
        CHECK(h.error().kind == ErrorKind::Corrupt);
        CHECK(h.error().message.contains(word, Qt::CaseInsensitive));
    }
}

TEST_CASE("The consistency check accepts the hives Windows wrote and names what is wrong", "[regf][realdata]")
{
    REQUIRE(haveRealData());
    for (const QString &rel : {QStringLiteral("SYSTEM"), QStringLiteral("nt4_system.reg"),
                               QStringLiteral("nt4_software.reg"), QStringLiteral("edge/UnicodeHive"),
                               QStringLiteral("edge/BigDataHive"), QStringLiteral("edge/ManySubkeysHive"),
                               QStringLiteral("edge/hivex/special"), QStringLiteral("edge/hivex/minimal"),
                               QStringLiteral("edge/OldDirtyHive/RecoveredHive_Windows7")}) {
        INFO(rel.toStdString());
        const regf::CheckReport rep = regf::checkHiveImage(readFile(hivePath(rel)));
        INFO(rep.summary().toStdString());
        CHECK(rep.ok());
        CHECK(rep.keys > 0);
    }
    const regf::CheckReport wrong = regf::checkHiveImage(readFile(hivePath(QStringLiteral("edge/WrongOrderHive"))));
    CHECK(!wrong.ok());
    CHECK(wrong.summary().contains(QStringLiteral("not sorted")));
    // SYSTEM_2 and SYSTEM_B were saved dirty (sequence numbers differ); that is all that is wrong with SYSTEM_2.
    const regf::CheckReport dirty2 = regf::checkHiveImage(readFile(hivePath(QStringLiteral("SYSTEM_2"))));
    CHECK(dirty2.problemCount == 1);
    CHECK(dirty2.summary().contains(QStringLiteral("dirty")));
    CHECK(dirty2.keys > 10000);
    const regf::CheckReport dirty = regf::checkHiveImage(readFile(hivePath(QStringLiteral("SYSTEM_B"))));
    CHECK(dirty.summary().contains(QStringLiteral("dirty")));

    // A hive the check refuses is never opened for writing.
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("wrong"));
    REQUIRE(QFile::copy(hivePath(QStringLiteral("edge/WrongOrderHive")), copy));
    Expected<std::unique_ptr<Hive>> w = Hive::open(copy, Hive::Mode::Write);
    REQUIRE(!w);
    CHECK(w.error().exitCode() == ExitCode::Unreadable);
}

namespace {

// A model of the edits: what the tree must look like afterwards.
struct EditModel {
    HiveTree tree;

    static QString join(const QString &parent, const QString &name) { return parent.isEmpty() ? name : parent + QLatin1Char('\\') + name; }
    void setValue(const QString &key, const RegValue &v)
    {
        QList<RegValue> &vals = tree[treeKeyOf(key)].values;
        for (RegValue &x : vals)
            if (x.name.compare(v.name, Qt::CaseInsensitive) == 0) {
                x = v;
                return;
            }
        vals.append(v);
    }
    void deleteValue(const QString &key, const QString &name)
    {
        QList<RegValue> &vals = tree[treeKeyOf(key)].values;
        for (qsizetype i = 0; i < vals.size(); ++i)
            if (vals[i].name.compare(name, Qt::CaseInsensitive) == 0) {
                vals.removeAt(i);
                return;
            }
    }
    // Returns the path as stored (an existing key keeps its spelling).
    QString addKey(const QString &parent, const QString &name)
    {
        const QString path = join(parent, name);
        auto it = tree.find(treeKeyOf(path));
        if (it != tree.end())
            return it->second.path;
        tree[treeKeyOf(path)] = TreeKey{join(tree[treeKeyOf(parent)].path, name), {}};
        return tree[treeKeyOf(path)].path;
    }
    void deleteTree(const QString &key)
    {
        const QString up = treeKeyOf(key);
        tree.erase(up);
        const QString prefix = up + QLatin1Char('\\');
        for (auto it = tree.lower_bound(prefix); it != tree.end() && it->first.startsWith(prefix);)
            it = tree.erase(it);
    }
    int descendants(const QString &key, int cap) const
    {
        const QString prefix = treeKeyOf(key) + QLatin1Char('\\');
        int n = 0;
        for (auto it = tree.lower_bound(prefix); it != tree.end() && it->first.startsWith(prefix) && n <= cap; ++it)
            ++n;
        return n;
    }
};

QString randomName(std::mt19937 &rng)
{
    static const QStringList extra = {QStringLiteral("Ключ"), QString::fromUtf8("测试"), QString::fromUtf8("straße"),
                                      QStringLiteral("Catalog_Entries"), QStringLiteral("000000000001")};
    if (rng() % 6 == 0)
        return extra.at(int(rng() % extra.size())) + QString::number(rng() % 4);
    static const char alphabet[] = "abcdefXYZ0123_- .";
    QString s;
    const int len = 1 + int(rng() % 12);
    for (int i = 0; i < len; ++i)
        s += QLatin1Char(alphabet[rng() % (sizeof(alphabet) - 1)]);
    return s.trimmed().isEmpty() ? QStringLiteral("k") : s;
}

RegValue randomValue(std::mt19937 &rng, const QString &name)
{
    static const int sizes[] = {0, 2, 4, 5, 8, 100, 888, 3000, 16344, 16345, 40000};
    RegValue v;
    v.name = name;
    v.type = quint32(rng() % 12);
    const int size = sizes[rng() % (sizeof(sizes) / sizeof(sizes[0]))];
    v.data.resize(size);
    for (int i = 0; i < size; ++i)
        v.data[i] = char(rng() & 0xFF);
    return v;
}

// Copies SOURCE to FILE; a dirty copy is marked clean (as if its logs had been replayed).
void copyClean(const QString &source, const QString &file)
{
    QByteArray image = readFile(source);
    REQUIRE(image.size() > 4096);
    if (image.mid(4, 4) != image.mid(8, 4)) {
        image.replace(8, 4, image.mid(4, 4));
        quint32 sum = 0;
        for (int i = 0; i < 127; ++i)
            sum ^= qFromLittleEndian<quint32>(image.constData() + i * 4);
        qToLittleEndian<quint32>(sum, image.data() + 0x1FC);
    }
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(image) == image.size());
}

void runRandomEdits(const QString &source, quint32 seed, int operations)
{
    INFO("hive " << source.toStdString() << " seed " << seed);
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("hive"));
    copyClean(source, file);
    std::optional<HiveTree> start = readTreeWithEngine(file);
    REQUIRE(start.has_value());
    EditModel model{*start};
    std::mt19937 rng(seed);

    const bool small = qEnvironmentVariableIsSet("WD_REGF_CHECK_EACH") || QFileInfo(file).size() < 1'000'000;
    auto h = Hive::open(file, Hive::Mode::Write);
    REQUIRE(h);
    for (int op = 0; op < operations; ++op) {
        auto pick = model.tree.begin();
        std::advance(pick, rng() % model.tree.size());
        const QString key = pick->second.path;
        const Hive::Node n = (*h)->find(key);
        REQUIRE(n);
        const quint32 kind = rng() % 10;
        switch (kind) {
        case 0: case 1: case 2: { // set a value (sometimes an existing name in another case)
            QString name = randomName(rng);
            if (!pick->second.values.isEmpty() && rng() % 2)
                name = pick->second.values.at(int(rng() % pick->second.values.size())).name.toUpper();
            if (rng() % 10 == 0)
                name.clear(); // the default value
            const RegValue v = randomValue(rng, name);
            REQUIRE((*h)->setValue(n, v));
            model.setValue(key, v);
            break;
        }
        case 3: { // delete a value
            if (pick->second.values.isEmpty())
                break;
            const QString name = pick->second.values.at(int(rng() % pick->second.values.size())).name;
            REQUIRE((*h)->deleteValue(n, name));
            model.deleteValue(key, name);
            break;
        }
        case 4: case 5: case 6: { // add keys (a short path)
            QString parent = key;
            const int depth = 1 + int(rng() % 3);
            for (int d = 0; d < depth; ++d) {
                const QString name = randomName(rng);
                Expected<Hive::Node> c = (*h)->ensureKey(EditModel::join(parent, name));
                REQUIRE(c);
                parent = model.addKey(parent, name);
                CHECK((*h)->name(*c) == parent.section(QLatin1Char('\\'), -1));
            }
            if (rng() % 2) {
                const RegValue v = randomValue(rng, QStringLiteral("v"));
                REQUIRE((*h)->setValue((*h)->find(parent), v));
                model.setValue(parent, v);
            }
            break;
        }
        case 7: { // delete a small key tree
            if (key.isEmpty() || model.descendants(key, 40) > 40)
                break;
            REQUIRE((*h)->deleteKey(n));
            model.deleteTree(key);
            break;
        }
        case 8: { // replace all values
            QList<RegValue> vals;
            const int count = int(rng() % 4);
            for (int i = 0; i < count; ++i)
                vals.append(randomValue(rng, QStringLiteral("r%1").arg(i)));
            REQUIRE((*h)->setValues(n, vals));
            model.tree[treeKeyOf(key)].values = vals;
            break;
        }
        default: { // commit and re-open, as separate repair runs do
            Expected<void> c = (*h)->commit();
            INFO((c ? QString() : c.error().toString()).toStdString());
            REQUIRE(c);
            h = Hive::open(file, Hive::Mode::Write);
            REQUIRE(h);
            break;
        }
        }
        // The image stays sound between edits (every edit on small hives, every 25th on large ones).
        if (small || op % 25 == 0) {
            const regf::CheckReport rep = (*h)->check();
            INFO("after operation " << op << " of kind " << kind << " on " << key.toStdString() << ": " << rep.summary().toStdString());
            REQUIRE(rep.ok());
        }
    }
    Expected<void> c = (*h)->commit();
    INFO((c ? QString() : c.error().toString()).toStdString());
    REQUIRE(c);
    h->reset();

    const regf::CheckReport rep = regf::checkHiveImage(readFile(file));
    INFO(rep.summary().toStdString());
    CHECK(rep.ok());
    const std::optional<HiveTree> ours = readTreeWithEngine(file);
    REQUIRE(ours.has_value());
    CHECK(describe(*ours, model.tree) == QString());
#if WD_HAVE_HIVEX
    const std::optional<HiveTree> ref = readTreeWithHivex(file);
    REQUIRE(ref.has_value());
    CHECK(describe(*ref, model.tree) == QString());
    const QString regedit = QStandardPaths::findExecutable(QStringLiteral("hivexregedit"));
    if (!regedit.isEmpty()) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(regedit, {QStringLiteral("--export"), file, QStringLiteral("\\")});
        REQUIRE(p.waitForFinished(120000));
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 0);
    } else {
        WARN("hivexregedit is not installed (libwin-hivex-perl): export check skipped");
    }
#endif
}

} // namespace

TEST_CASE("Seeded random edit sequences on copies of real hives re-open in the reference as modelled", "[regf][realdata][random]")
{
    REQUIRE(haveRealData());
    runRandomEdits(hivePath(QStringLiteral("SYSTEM_2")), 1, 400);
    runRandomEdits(hivePath(QStringLiteral("SYSTEM")), 2, 300);
    runRandomEdits(hivePath(QStringLiteral("nt4_system.reg")), 3, 300);   // format 1.3: lf lists, no big data
    runRandomEdits(hivePath(QStringLiteral("edge/ManySubkeysHive")), 4, 300); // ri index lists
    runRandomEdits(hivePath(QStringLiteral("edge/BigDataHive")), 5, 200);
    runRandomEdits(hivePath(QStringLiteral("edge/UnicodeHive")), 6, 200);
}

TEST_CASE("A hive built from nothing by the engine is sound and reads the same in the reference", "[regf]")
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("NEW"));
    REQUIRE(Hive::createEmpty(file, QStringLiteral("ROOT")));
    {
        auto h = Hive::open(file, Hive::Mode::Write);
        REQUIRE(h);
        // More subkeys than one leaf holds, so the list becomes an ri index.
        for (int i = 0; i < 2500; ++i) {
            Expected<Hive::Node> k = (*h)->ensureKey(QStringLiteral("Many\\%1").arg(i, 4, 10, QLatin1Char('0')));
            REQUIRE(k);
        }
        REQUIRE((*h)->setValue((*h)->find(QStringLiteral("Many\\0042")), RegValue::binary(QStringLiteral("big"), QByteArray(50000, 'x'))));
        REQUIRE((*h)->deleteKey((*h)->find(QStringLiteral("Many\\1000"))));
        REQUIRE((*h)->commit());
    }
    const regf::CheckReport rep = regf::checkHiveImage(readFile(file));
    INFO(rep.summary().toStdString());
    CHECK(rep.ok());
    const QByteArray image = readFile(file);
    CHECK(image.mid(4, 4) == image.mid(8, 4)); // equal sequence numbers
    auto h = Hive::open(file);
    REQUIRE(h);
    CHECK((*h)->children((*h)->find(QStringLiteral("Many"))).size() == 2499);
    CHECK((*h)->find(QStringLiteral("many\\1000")) == 0);
    auto vals = (*h)->values((*h)->find(QStringLiteral("MANY\\0042")));
    REQUIRE(vals);
    REQUIRE(vals->size() == 1);
    CHECK(vals->at(0).data == QByteArray(50000, 'x'));
#if WD_HAVE_HIVEX
    const std::optional<HiveTree> ours = readTreeWithEngine(file);
    const std::optional<HiveTree> ref = readTreeWithHivex(file);
    REQUIRE(ours.has_value());
    REQUIRE(ref.has_value());
    CHECK(describe(*ours, *ref) == QString());
#endif
}

TEST_CASE("Subkeys added in one step are sound and every key is found by its name", "[regf]")
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("BULK"));
    REQUIRE(Hive::createEmpty(file, QStringLiteral("ROOT")));
    QStringList names;
    for (int i = 2999; i >= 0; --i) // out of order, more than two leaves: an ri index
        names << QStringLiteral("%1").arg((i * 7919) % 3000, 4, 10, QLatin1Char('0'));
    names << QStringLiteral("0005") << QStringLiteral("abc") << QStringLiteral("ABC") << QStringLiteral("\u00e9t\u00e9");
    {
        auto h = Hive::open(file, Hive::Mode::Write);
        REQUIRE(h);
        const Expected<Hive::Node> existing = (*h)->ensureKey(QStringLiteral("Bulk\\0005"));
        REQUIRE(existing);
        const Hive::Node bulk = (*h)->find(QStringLiteral("Bulk"));
        Expected<QList<Hive::Node>> nodes = (*h)->addKeys(bulk, names);
        REQUIRE(nodes);
        REQUIRE(nodes->size() == names.size());
        CHECK(nodes->at(names.indexOf(QStringLiteral("0005"))) == *existing); // present before: kept
        CHECK(nodes->at(names.size() - 2) == nodes->at(names.size() - 3));    // "ABC" is "abc"
        REQUIRE((*h)->setValue(nodes->at(0), RegValue::dword(QStringLiteral("v"), 7)));
        CHECK_FALSE((*h)->addKeys(bulk, {QStringLiteral("a\\b")}).ok());
        REQUIRE((*h)->commit());
    }
    const regf::CheckReport rep = regf::checkHiveImage(readFile(file));
    INFO(rep.summary().toStdString());
    CHECK(rep.ok());
    auto h = Hive::open(file);
    REQUIRE(h);
    const Hive::Node bulk = (*h)->find(QStringLiteral("Bulk"));
    CHECK((*h)->children(bulk).size() == 3002);
    for (const QString &n : names)
        CHECK((*h)->child(bulk, n.toLower()) != 0);
    CHECK((*h)->child(bulk, QStringLiteral("3000")) == 0);
    CHECK((*h)->child(bulk, QStringLiteral("ab")) == 0);
#if WD_HAVE_HIVEX
    const std::optional<HiveTree> ours = readTreeWithEngine(file);
    const std::optional<HiveTree> ref = readTreeWithHivex(file);
    REQUIRE(ours.has_value());
    REQUIRE(ref.has_value());
    CHECK(describe(*ours, *ref) == QString());
#endif
    // A list out of order (written by a faulty tool): the binary search misses, the scan still finds.
    if (!haveRealData())
        return;
    auto wrong = Hive::open(hivePath(QStringLiteral("edge/WrongOrderHive")));
    REQUIRE(wrong);
    QList<Hive::Node> todo{(*wrong)->root()};
    int found = 0;
    while (!todo.isEmpty()) {
        const Hive::Node n = todo.takeLast();
        for (const Hive::Node c : (*wrong)->children(n)) {
            found += (*wrong)->child(n, (*wrong)->name(c)) == c;
            todo.append(c);
        }
    }
    CHECK(found == 10);
}

TEST_CASE("The hand-made hostile hives of the fuzz regressions: the sound one is sound, every broken one is refused", "[regf][fuzz]")
{
    const QString dir = sourceDir() + QStringLiteral("/tests/fuzz/regressions/hive_reader/");
    const QByteArray sound = readFile(dir + QStringLiteral("sound-minimal"));
    REQUIRE(sound.size() == 8192);
    const regf::CheckReport ok = regf::checkHiveImage(sound);
    INFO(ok.summary().toStdString());
    CHECK(ok.ok());
    CHECK(ok.keys == 2);
    CHECK(ok.values == 1);
    for (const QString &name : {QStringLiteral("subkey-loop"), QStringLiteral("list-into-middle-of-cell"), QStringLiteral("value-length-huge"),
                                QStringLiteral("inline-value-too-long"), QStringLiteral("subkey-count-lies"),
                                QStringLiteral("value-count-lies"), QStringLiteral("name-longer-than-cell"), QStringLiteral("list-count-lies")}) {
        INFO(name.toStdString());
        CHECK_FALSE(regf::checkHiveImage(readFile(dir + name)).ok());
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("h"));
        REQUIRE(QFile::copy(dir + name, copy));
        Expected<std::unique_ptr<Hive>> w = Hive::open(copy, Hive::Mode::Write);
        CHECK_FALSE(w.ok()); // never opened for writing
    }
}
