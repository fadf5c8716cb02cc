// The Winsock, namespace and network checks against real Windows hives (../shared/realdata/hives,
// used by path and copied only into temporary folders).
#include "formats/hive.h"
#include "formats/regf.h"
#include "platform/offline_view.h"
#include "support/hive_tree.h"
#include "platform/targets.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtEndian>
#include <catch2/catch.hpp>

// Offline volumes are read with our own hive engine: these run in the Linux and the Windows build.

using namespace wd;

namespace {

// A temporary volume whose Windows\System32\config\SYSTEM is a copy of the real hive NAME
// (plus the given log files, renamed to SYSTEM.LOG1/.LOG2).
QString makeVolume(const QTemporaryDir &dir, const QString &name, const QStringList &logs = {})
{
    const QString hives = test::realDataDir() + QStringLiteral("/hives/");
    const QString config = dir.path() + QStringLiteral("/Windows/System32/config/");
    REQUIRE(QDir().mkpath(config));
    REQUIRE(QFile::copy(hives + name, config + QStringLiteral("SYSTEM")));
    for (int i = 0; i < logs.size(); ++i)
        REQUIRE(QFile::copy(hives + logs[i], config + QStringLiteral("SYSTEM.LOG%1").arg(i + 1)));
    return dir.path();
}

ScanResult scan(const QString &root)
{
    auto spec = TargetSpec::parse(QStringLiteral("offline:") + root);
    REQUIRE(spec.ok());
    auto target = openTarget(*spec);
    REQUIRE(target.ok());
    CancelToken cancel;
    return scanTarget(*target, ScanOptions{}, cancel);
}

QJsonArray catalog(const ScanResult &r, const QString &name)
{
    for (const QJsonValue &c : r.winsock.value(QStringLiteral("catalogs")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == name)
            return c.toObject().value(QStringLiteral("protocols")).toArray();
    return {};
}

int namespaces(const ScanResult &r, const QString &name)
{
    int n = 0;
    for (const QJsonValue &v : r.winsock.value(QStringLiteral("namespaces")).toArray())
        n += v.toObject().value(QStringLiteral("catalog")).toString() == name;
    return n;
}

bool hasFinding(const ScanResult &r, const QString &id)
{
    for (const Finding &f : r.findings)
        if (f.id == id)
            return true;
    return false;
}

void noLayering(const ScanResult &r)
{
    for (const char *id : {"winsock.lsp.present", "winsock.chain.present", "winsock.chain.dangling", "winsock.entry.truncated",
                           "winsock.entry.unreadable", "winsock.catalog.count-mismatch", "winsock.catalog.mismatch-32-64",
                           "winsock.catalog.duplicate-id", "winsock.catalog.next-id", "namespace.provider.third-party"})
        CHECK_FALSE(hasFinding(r, QLatin1String(id)));
}

} // namespace

TEST_CASE("Real Windows 7 x86 SYSTEM hive: 24 base providers incl. VMware vsocklib, no LSP", "[winsock][namespaces][realdata]")
{
    if (!test::haveRealData())
        return;
    QTemporaryDir dir;
    const ScanResult r = scan(makeVolume(dir, QStringLiteral("SYSTEM")));
    CHECK(r.target.windows.arch == QStringLiteral("x86"));
    const QJsonArray p = catalog(r, QStringLiteral("Catalog_Entries"));
    REQUIRE(p.size() == 24);
    CHECK(catalog(r, QStringLiteral("Catalog_Entries64")).isEmpty());
    int mswsock = 0, vsock = 0;
    QStringList vsockNames;
    for (const QJsonValue &v : p) {
        const QJsonObject o = v.toObject();
        CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("base"));
        CHECK(o.value(QStringLiteral("chain_len")).toInt() == 1);
        CHECK(o.value(QStringLiteral("size")).toInt() == 888);
        const QString dll = o.value(QStringLiteral("dll")).toString();
        if (dll.compare(QStringLiteral("%SystemRoot%\\system32\\mswsock.dll"), Qt::CaseInsensitive) == 0)
            ++mswsock;
        if (dll == QStringLiteral("C:\\Program Files\\VMware\\VMware Tools\\VSock SDK\\bin\\win32\\vsocklib.dll")) {
            ++vsock;
            vsockNames << o.value(QStringLiteral("protocol")).toString();
        }
    }
    CHECK(mswsock == 22);
    CHECK(vsock == 2);
    vsockNames.sort();
    CHECK(vsockNames == QStringList{QStringLiteral("VMCI sockets DGRAM"), QStringLiteral("VMCI sockets STREAM")});
    CHECK(p[1].toObject().value(QStringLiteral("protocol_display")).toString() == QStringLiteral("MSAFD Tcpip [UDP/IP]"));
    CHECK(namespaces(r, QStringLiteral("Catalog_Entries")) == 6);
    noLayering(r);
    CHECK_FALSE(hasFinding(r, QStringLiteral("winsock.catalog64.missing")));
    CHECK(r.winsock.value(QStringLiteral("Num_Catalog_Entries")).toInt() == 24);
}

TEST_CASE("Real Windows 8.1 x64 SYSTEM_2 hive: 10/10 providers, 6/6 namespaces", "[winsock][namespaces][realdata]")
{
    if (!test::haveRealData())
        return;
    QTemporaryDir dir;
    const ScanResult r = scan(makeVolume(dir, QStringLiteral("SYSTEM_2")));
    CHECK(r.target.windows.arch == QStringLiteral("x64"));
    CHECK(catalog(r, QStringLiteral("Catalog_Entries")).size() == 10);
    CHECK(catalog(r, QStringLiteral("Catalog_Entries64")).size() == 10);
    CHECK(namespaces(r, QStringLiteral("Catalog_Entries")) == 6);
    CHECK(namespaces(r, QStringLiteral("Catalog_Entries64")) == 6);
    noLayering(r);
    // Its sequence numbers differ and no logs came with it: the report says the data may be stale.
    CHECK(hasFinding(r, QStringLiteral("target.hive.stale")));
}

TEST_CASE("Real Windows 10 SYSTEM_B hive is read after replaying LOG1 and LOG2", "[winsock][namespaces][hivelog][realdata]")
{
    if (!test::haveRealData())
        return;
    QTemporaryDir dir;
    const QString root = makeVolume(dir, QStringLiteral("SYSTEM_B"), {QStringLiteral("SYSTEM_B.LOG1"), QStringLiteral("SYSTEM_B.LOG2")});
    const QString primary = root + QStringLiteral("/Windows/System32/config/SYSTEM");
    const QByteArray before = test::readFile(primary);
    const ScanResult r = scan(root);
    CHECK(test::readFile(primary) == before);
    CHECK(hasFinding(r, QStringLiteral("target.hive.replayed")));
    CHECK_FALSE(hasFinding(r, QStringLiteral("target.hive.stale")));
    const QJsonArray p64 = catalog(r, QStringLiteral("Catalog_Entries64"));
    CHECK(catalog(r, QStringLiteral("Catalog_Entries")).size() == 13);
    CHECK(p64.size() == 13);
    CHECK(namespaces(r, QStringLiteral("Catalog_Entries")) == 7);
    CHECK(namespaces(r, QStringLiteral("Catalog_Entries64")) == 7);
    bool bth = false;
    for (const QJsonValue &v : r.winsock.value(QStringLiteral("namespaces")).toArray())
        bth |= v.toObject().value(QStringLiteral("dll")).toString().endsWith(QStringLiteral("wshbth.dll"), Qt::CaseInsensitive);
    CHECK(bth);
    for (const QJsonValue &v : p64)
        CHECK(v.toObject().value(QStringLiteral("dll")).toString().endsWith(QStringLiteral("mswsock.dll"), Qt::CaseInsensitive));
    noLayering(r);
}

TEST_CASE("Real SYSTEM_B without its logs is flagged as possibly stale", "[hivelog][realdata]")
{
    if (!test::haveRealData())
        return;
    QTemporaryDir dir;
    const ScanResult r = scan(makeVolume(dir, QStringLiteral("SYSTEM_B")));
    CHECK(hasFinding(r, QStringLiteral("target.hive.stale")));
    CHECK_FALSE(hasFinding(r, QStringLiteral("target.hive.replayed")));
}

TEST_CASE("The corrupted XP hive gives exit 3 and names the file, never a healthy catalog", "[winsock][hivelog][realdata]")
{
    if (!test::haveRealData())
        return;
    QTemporaryDir dir;
    const QString root = makeVolume(dir, QStringLiteral("corrupted_system_hive"));
    const test::RunResult rr = test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("offline:") + root,
                                             QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(rr.exitCode == 3);
    CHECK(rr.err.contains("Windows/System32/config/SYSTEM"));
    CHECK(rr.err.contains("corrupt"));
    CHECK_FALSE(rr.out.contains("\"catalogs\""));
    auto target = openTarget(*TargetSpec::parse(QStringLiteral("offline:") + root));
    REQUIRE_FALSE(target.ok());
    CHECK(target.error().kind == ErrorKind::Corrupt);
}



namespace {
// Layers a made-up LSP over the first TCP provider of a real catalog, with our hive engine: a copy
// of entry 000000000001 whose DLL path and catalog id are new and whose ChainLen is 0.
void injectLsp(const QString &systemHive)
{
    auto h = Hive::open(systemHive, Hive::Mode::Write);
    REQUIRE(h);
    const Hive::Node select = (*h)->find(QStringLiteral("Select"));
    auto sel = (*h)->values(select);
    REQUIRE(sel);
    quint32 current = 1;
    for (const RegValue &v : *sel)
        if (v.name == QStringLiteral("Current"))
            current = v.toDword().value_or(1);
    const QString cat = QStringLiteral("ControlSet%1\\Services\\WinSock2\\Parameters\\Protocol_Catalog9")
                            .arg(current, 3, 10, QLatin1Char('0'));
    const Hive::Node entries = (*h)->find(cat + QStringLiteral("\\Catalog_Entries"));
    REQUIRE(entries);
    const QStringList names = (*h)->childNames(entries);
    REQUIRE(!names.isEmpty());
    auto first = (*h)->values((*h)->child(entries, names.first()));
    REQUIRE(first);
    RegValue item;
    for (const RegValue &v : *first)
        if (v.name == QStringLiteral("PackedCatalogItem"))
            item = v;
    REQUIRE(item.data.size() >= 260 + 372);
    QByteArray data = item.data;
    data.replace(0, 260, QByteArray("C:\\ProgramData\\FastNet\\fnlsp.dll").leftJustified(260, '\0'));
    qToLittleEndian<quint32>(9001, data.data() + 260 + 36); // dwCatalogEntryId
    qToLittleEndian<quint32>(0, data.data() + 260 + 40);    // ProtocolChain.ChainLen = 0: layered
    const QString name = QStringLiteral("%1").arg(names.size() + 1, 12, 10, QLatin1Char('0'));
    auto lsp = (*h)->ensureKey(cat + QStringLiteral("\\Catalog_Entries\\") + name);
    REQUIRE(lsp);
    REQUIRE((*h)->setValues(*lsp, {RegValue::binary(QStringLiteral("PackedCatalogItem"), data)}));
    REQUIRE((*h)->setValue((*h)->find(cat), RegValue::dword(QStringLiteral("Num_Catalog_Entries"), quint32(names.size() + 1))));
    REQUIRE((*h)->commit());
}
} // namespace

TEST_CASE("A real Windows 7 hive with an LSP layered over it is repaired, verified and undone byte for byte", "[winsock][repair][realdata]")
{
    QTemporaryDir dir;
    const QString root = makeVolume(dir, QStringLiteral("SYSTEM"));
    const QString sys = root + QStringLiteral("/Windows/System32/config/SYSTEM");
    QFile::setPermissions(sys, QFile::ReadOwner | QFile::WriteOwner);
    injectLsp(sys);
    const QByteArray injected = test::readFile(sys);

    ScanResult before = scan(root);
    CHECK(hasFinding(before, QStringLiteral("winsock.lsp.present")));
    CHECK(catalog(before, QStringLiteral("Catalog_Entries")).size() == 25);

    const QString target = QStringLiteral("offline:") + root;
    auto yes = test::runApp({QStringLiteral("repair"), QStringLiteral("winsock.remove-lsp"), QStringLiteral("--target"), target,
                             QStringLiteral("--yes")});
    INFO(yes.out.toStdString() << yes.err.toStdString());
    REQUIRE(yes.exitCode == 0);
    CHECK(yes.out.contains("fnlsp.dll"));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Snapshot: (.+)\n")).match(QString::fromUtf8(yes.out));
    REQUIRE(m.hasMatch());

    ScanResult after = scan(root);
    CHECK_FALSE(hasFinding(after, QStringLiteral("winsock.lsp.present")));
    CHECK(catalog(after, QStringLiteral("Catalog_Entries")).size() == 24);
    noLayering(after);
    const regf::CheckReport rep = regf::checkHiveImage(test::readFile(sys));
    INFO(rep.summary().toStdString());
    CHECK(rep.ok());
#if WD_HAVE_HIVEX
    // The reference reads the repaired hive exactly as our engine does.
    const std::optional<test::HiveTree> ours = test::readTreeWithEngine(sys), ref = test::readTreeWithHivex(sys);
    REQUIRE(ours.has_value());
    REQUIRE(ref.has_value());
    CHECK(*ours == *ref);
    CHECK(ref->count(test::treeKeyOf(QStringLiteral("ControlSet001\\Services\\WinSock2\\Parameters\\Protocol_Catalog9\\Catalog_Entries\\000000000024"))) == 1);
    CHECK(ref->count(test::treeKeyOf(QStringLiteral("ControlSet001\\Services\\WinSock2\\Parameters\\Protocol_Catalog9\\Catalog_Entries\\000000000025"))) == 0);
#endif

    auto undo = test::runApp({QStringLiteral("undo"), m.captured(1).trimmed(), QStringLiteral("--target"), target, QStringLiteral("--yes")});
    CHECK(undo.exitCode == 0);
    CHECK(test::readFile(sys) == injected);
}

TEST_CASE("A repair on a hive the consistency check cannot prove sound exits 3 and writes nothing", "[winsock][repair][realdata]")
{
    QTemporaryDir dir;
    const QString root = makeVolume(dir, QStringLiteral("SYSTEM"));
    const QString sys = root + QStringLiteral("/Windows/System32/config/SYSTEM");
    QFile::setPermissions(sys, QFile::ReadOwner | QFile::WriteOwner);
    injectLsp(sys);
    // Swap the first two entries of the Catalog_Entries subkey list in the file: still readable,
    // but no longer sorted, which the kernel's load-time check refuses. (A node is the file offset
    // of its cell; the list offset is at 0x1C of the key record, relative to the first bin.)
    qint64 listAt = 0;
    {
        auto h = Hive::open(sys);
        REQUIRE(h);
        const Hive::Node sel = (*h)->find(QStringLiteral("ControlSet001\\Services\\WinSock2\\Parameters\\Protocol_Catalog9\\Catalog_Entries"));
        REQUIRE(sel);
        const QByteArray image = test::readFile(sys);
        listAt = 0x1000 + qFromLittleEndian<quint32>(image.constData() + sel + 4 + 0x1C);
    }
    QByteArray image = test::readFile(sys);
    REQUIRE(image.mid(int(listAt) + 4, 2) == QByteArray("lf").left(0) + image.mid(int(listAt) + 4, 2)); // a leaf
    const QByteArray first = image.mid(int(listAt) + 8, 8), second = image.mid(int(listAt) + 16, 8);
    image.replace(int(listAt) + 8, 8, second);
    image.replace(int(listAt) + 16, 8, first);
    {
        QFile f(sys);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(image) == image.size());
    }
    CHECK(regf::checkHiveImage(image).summary().contains(QStringLiteral("not sorted")));

    ScanResult before = scan(root); // reading does not need sorted lists
    CHECK(hasFinding(before, QStringLiteral("winsock.lsp.present")));
    auto r = test::runApp({QStringLiteral("repair"), QStringLiteral("winsock.remove-lsp"), QStringLiteral("--target"),
                           QStringLiteral("offline:") + root, QStringLiteral("--yes")});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains("consistency check"));
    CHECK(test::readFile(sys) == image);
}
