// Guarded repairs on generated offline volumes: plan -> snapshot -> apply -> verify -> undo, with
// byte-identical hive files after undo, rollback on injected faults, dirty hives refused.
#include "checks/tcp_defaults.h"
#include "fixtures/repair_fixtures.h"
#include "repairs/actions/actions.h"
#include "repairs/engine.h"
#include "repairs/reg_file.h"
#include "support/test_util.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

struct Volume {
    QTemporaryDir dir;
    QString root;
    QByteArray system, software;

    explicit Volume(const fx::BrokenOptions &o = {})
    {
        root = dir.path();
        fx::buildRepairImage(root, o);
        system = test::readFile(systemPath());
        software = test::readFile(softwarePath());
        QFile good(goodReg());
        if (!good.open(QIODevice::WriteOnly) || good.write(fx::cleanCatalogReg()) <= 0)
            FAIL("cannot write good.reg");
    }
    QString goodReg() const { return dir.filePath(QStringLiteral("good.reg")); }
    QString systemPath() const { return root + QStringLiteral("/Windows/System32/config/SYSTEM"); }
    QString softwarePath() const { return root + QStringLiteral("/Windows/System32/config/SOFTWARE"); }
    bool pristine() const { return test::readFile(systemPath()) == system && test::readFile(softwarePath()) == software; }
    void reset() const
    {
        for (const auto &[path, bytes] : {std::pair{systemPath(), system}, std::pair{softwarePath(), software}}) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            REQUIRE(f.write(bytes) == bytes.size());
        }
        QDir(root + QStringLiteral("/ProgramData/WinsockDoctor")).removeRecursively();
    }
    std::unique_ptr<SystemWriter> writer() const
    {
        auto w = openOfflineWriter(root);
        REQUIRE(w.ok());
        return std::move(*w);
    }
    bool strayTempFiles() const
    {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            if (it.next().endsWith(QLatin1String(".wd-tmp")))
                return true;
        return false;
    }
};

const QString kCcs = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet");

RepairOptions optionsFor(const QString &id, const Volume &vol)
{
    RepairOptions o;
    if (id == QLatin1String("driver.rollback"))
        o.services = {QStringLiteral("badfilt")};
    if (id == QLatin1String("winsock.reset") || id == QLatin1String("winsock.restore-backup"))
        o.regFile = vol.goodReg();
    return o;
}

QStringList offlineActions()
{
    return {QStringLiteral("winsock.remove-lsp"), QStringLiteral("appinit.disable"), QStringLiteral("tcp.restore-defaults"),
            QStringLiteral("driver.rollback"), QStringLiteral("winsock.reset"), QStringLiteral("winsock.restore-backup")};
}

quint32 dword(const SystemWriter &w, const QString &key, const QString &name, RegView view = RegView::Native)
{
    auto v = w.value(key, name, view);
    REQUIRE(v.ok());
    REQUIRE(v->has_value());
    return (*v)->toDword().value_or(0xdeadbeef);
}

bool hasValue(const SystemWriter &w, const QString &key, const QString &name, RegView view = RegView::Native)
{
    auto v = w.value(key, name, view);
    REQUIRE(v.ok());
    return v->has_value();
}

} // namespace

TEST_CASE("remove-lsp removes layered entries and chains from both catalogs, renumbers and undoes byte-identically", "[repair]")
{
    Volume vol;
    auto w = vol.writer();
    RepairEngine engine(*w);
    auto plans = engine.plan({QStringLiteral("winsock.remove-lsp")}, {});
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    const ActionPlan &p = plans->first();
    CHECK(p.needsReboot);
    CHECK(p.changes.size() == 4); // 2 catalogs rewritten, 2 counts, nothing for Next_Catalog_Entry_ID (1007 > 1003)
    const QString preview = RepairEngine::preview(*plans);
    CHECK(preview.contains(QStringLiteral("remove 000000000001: \"FastNet LSP\"")));
    CHECK(preview.contains(QStringLiteral("protocol chain")));
    CHECK(preview.contains(QStringLiteral("Num_Catalog_Entries64: dword 0x00000006 (6) -> dword 0x00000003 (3)")));
    CHECK(vol.pristine()); // planning never writes

    auto run = engine.run(*plans);
    REQUIRE(run.ok());
    CHECK(run->rebootRequired);
    REQUIRE(run->actions.size() == 1);
    CHECK(run->actions[0].applied);
    CHECK(run->runDir.startsWith(vol.root + QStringLiteral("/ProgramData/WinsockDoctor/snapshots/")));
    CHECK_FALSE(vol.pristine());

    for (const QString &cat : {QStringLiteral("Catalog_Entries"), QStringLiteral("Catalog_Entries64")}) {
        auto t = w->readTree(actions::protocolCatalog() + QLatin1Char('\\') + cat, RegView::Native);
        REQUIRE(t.ok());
        REQUIRE(t->has_value());
        REQUIRE((*t)->children.size() == 3);
        QStringList names, protos;
        for (const RegKeyTree &e : (*t)->children) {
            names << e.name;
            const actions::CatalogEntry ce = actions::parseCatalogEntry(e);
            CHECK(ce.chainLen == 1);
            protos << ce.protocol;
        }
        CHECK(names == QStringList{QStringLiteral("000000000001"), QStringLiteral("000000000002"), QStringLiteral("000000000003")});
        CHECK(protos == QStringList{QStringLiteral("MSAFD Tcpip [TCP/IP]"), QStringLiteral("MSAFD Tcpip [UDP/IP]"), QStringLiteral("MSAFD Tcpip [TCP/IPv6]")});
    }
    CHECK(dword(*w, actions::protocolCatalog(), QStringLiteral("Num_Catalog_Entries")) == 3);
    CHECK(dword(*w, actions::protocolCatalog(), QStringLiteral("Num_Catalog_Entries64")) == 3);
    CHECK(dword(*w, actions::protocolCatalog(), QStringLiteral("Next_Catalog_Entry_ID")) == 1007);
    CHECK(dword(*w, actions::protocolCatalog(), QStringLiteral("Serial_Access_Num")) == 9);

    // The snapshot holds a UTF-16 regedit export of the catalog and the original SYSTEM hive.
    const QString snap = run->actions[0].snapshotDir;
    auto manifest = snapshot::loadVerified(snap);
    REQUIRE(manifest.ok());
    CHECK(manifest->value(QStringLiteral("state")).toString() == QStringLiteral("applied"));
    CHECK(test::readFile(snap + QStringLiteral("/hives/SYSTEM")) == vol.system);
    const QByteArray reg = test::readFile(snap + QStringLiteral("/keys/01.reg"));
    CHECK(reg.startsWith(QByteArray("\xff\xfeW\0i\0n\0", 8)));
    auto parsed = parseRegFile(reg);
    REQUIRE(parsed.ok());
    CHECK(parsed->keys.size() == 1 + 2 + 12);

    auto listed = snapshot::list(w->snapshotRoot());
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].actions == QStringList{QStringLiteral("winsock.remove-lsp")});
    CHECK(listed[0].state == QStringLiteral("applied"));

    auto undone = engine.undo(run->runDir);
    REQUIRE(undone.ok());
    CHECK(undone->join(QString()).contains(QStringLiteral("byte for byte")));
    CHECK(vol.pristine());
    CHECK(snapshot::list(w->snapshotRoot())[0].state == QStringLiteral("undone"));
    // A second undo of the same run is refused.
    CHECK_FALSE(engine.undo(run->runDir).ok());
}

TEST_CASE("tcp.restore-defaults leaves values at the stack's built-in default, as the network check does", "[repair]")
{
    Volume vol;
    auto w = vol.writer();
    // TcpWindowSize written with exactly the built-in default, and a string-typed DefaultTTL of 128.
    REQUIRE(tcpdefaults::builtInDefault(QStringLiteral("TcpWindowSize")) == 64240u);
    REQUIRE(tcpdefaults::builtInDefault(QStringLiteral("defaultttl")) == 128u);
    REQUIRE(w->apply({RegChange::set(actions::tcpipParams(), RegView::Native, RegValue::dword(QStringLiteral("TcpWindowSize"), 64240), QString()),
                      RegChange::set(actions::tcpipParams(), RegView::Native, RegValue::sz(QStringLiteral("DefaultTTL"), QStringLiteral("128")), QString())})
                .ok());
    RepairEngine engine(*w);
    auto plans = engine.plan({QStringLiteral("tcp.restore-defaults")}, {});
    REQUIRE(plans.ok());
    const QString preview = RepairEngine::preview(*plans);
    CHECK_FALSE(preview.contains(QStringLiteral("TcpWindowSize")));
    CHECK_FALSE(preview.contains(QStringLiteral("DefaultTTL")));
    CHECK(preview.contains(QStringLiteral("Tcp1323Opts"))); // no built-in value: any value is a change
    // A value that differs from the built-in default is still restored.
    REQUIRE(w->apply({RegChange::set(actions::tcpipParams(), RegView::Native, RegValue::dword(QStringLiteral("TcpWindowSize"), 8192), QString())}).ok());
    plans = engine.plan({QStringLiteral("tcp.restore-defaults")}, {});
    REQUIRE(plans.ok());
    CHECK(RepairEngine::preview(*plans).contains(QStringLiteral("TcpWindowSize: dword 0x00002000 (8192) -> not set (Windows default)")));
}

TEST_CASE("appinit.disable, tcp.restore-defaults and driver.rollback change exactly what they preview", "[repair]")
{
    Volume vol;
    auto w = vol.writer();
    RepairEngine engine(*w);
    RepairOptions o;
    o.services = {QStringLiteral("badfilt")};
    auto plans = engine.plan({QStringLiteral("appinit.disable"), QStringLiteral("tcp.restore-defaults"), QStringLiteral("driver.rollback")}, o);
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 3);
    CHECK((*plans)[0].changes.size() == 4); // 2 values x 2 views
    CHECK((*plans)[1].changes.size() == 4); // TcpWindowSize, Tcp1323Opts, DefaultTTL removed; IPEnableRouter -> 0
    CHECK((*plans)[2].changes.size() == 3); // Start, class UpperFilters, device LowerFilters
    const QString preview = RepairEngine::preview(*plans);
    CHECK(preview.contains(QStringLiteral("AppInit_DLLs (32-bit programs): \"C:\\PROGRA~1\\FastNet\\fnhook.dll\" -> (empty text)")));
    CHECK(preview.contains(QStringLiteral("TcpWindowSize: dword 0x0000ffff (65535) -> not set (Windows default)")));
    CHECK(preview.contains(QStringLiteral("Service badfilt: Start dword 0x00000001 (1) -> dword 0x00000004 (4) (disabled)")));

    auto run = engine.run(*plans);
    REQUIRE(run.ok());
    for (RegView v : {RegView::View64, RegView::View32}) {
        CHECK(dword(*w, actions::appInitKey(), QStringLiteral("LoadAppInit_DLLs"), v) == 0);
        auto dlls = w->value(actions::appInitKey(), QStringLiteral("AppInit_DLLs"), v);
        REQUIRE(dlls.ok());
        CHECK((*dlls)->toString().isEmpty());
        CHECK(dword(*w, actions::appInitKey(), QStringLiteral("RequireSignedAppInit_DLLs"), v) == 1);
    }
    CHECK_FALSE(hasValue(*w, actions::tcpipParams(), QStringLiteral("TcpWindowSize")));
    CHECK_FALSE(hasValue(*w, actions::tcpipParams(), QStringLiteral("DefaultTTL")));
    CHECK(dword(*w, actions::tcpipParams(), QStringLiteral("IPEnableRouter")) == 0);
    CHECK(dword(*w, actions::tcpipParams(), QStringLiteral("EnableICMPRedirect")) == 0); // hardening kept
    CHECK(w->value(actions::tcpipParams(), QStringLiteral("Hostname"), RegView::Native)->value().toString() == QStringLiteral("DEMO-PC"));
    CHECK(dword(*w, kCcs + QStringLiteral("\\Services\\badfilt"), QStringLiteral("Start")) == 4);
    CHECK_FALSE(hasValue(*w, kCcs + QStringLiteral("\\Control\\Class\\{4d36e972-e325-11ce-bfc1-08002be10318}"), QStringLiteral("UpperFilters")));
    auto lower = w->value(kCcs + QStringLiteral("\\Enum\\PCI\\VEN_8086&DEV_15B8&SUBSYS_00008086&REV_00\\3&11583659&0&FE"),
                          QStringLiteral("LowerFilters"), RegView::Native);
    REQUIRE(lower.ok());
    CHECK((*lower)->toStringList() == QStringList{QStringLiteral("ndiscap")});

    // Undo from a new writer (as a later run of the program would).
    w.reset();
    auto w2 = vol.writer();
    RepairEngine engine2(*w2);
    auto undone = engine2.undo(run->runDir);
    REQUIRE(undone.ok());
    CHECK(undone->size() == 3);
    CHECK(vol.pristine());
}

TEST_CASE("Every offline action applies, verifies and undoes to identical hive files", "[repair]")
{
    for (const QString &id : offlineActions()) {
        DYNAMIC_SECTION(id.toStdString())
        {
            Volume vol;
            auto w = vol.writer();
            RepairEngine engine(*w);
            auto plans = engine.plan({id}, optionsFor(id, vol));
            REQUIRE(plans.ok());
            REQUIRE_FALSE(plans->first().nothingToDo());
            auto run = engine.run(*plans);
            REQUIRE(run.ok());
            // Re-planning on the repaired state finds nothing left to do.
            auto again = engine.plan({id}, optionsFor(id, vol));
            REQUIRE(again.ok());
            CHECK(again->first().nothingToDo());
            REQUIRE(engine.undo(run->runDir).ok());
            CHECK(vol.pristine());
            CHECK_FALSE(vol.strayTempFiles());
        }
    }
}

TEST_CASE("Fault injection: aborting after any step of any action leaves the hives untouched", "[repair]")
{
    Volume vol;
    for (const QString &id : offlineActions()) {
        QStringList steps;
        {
            vol.reset();
            auto w = vol.writer();
            RepairEngine engine(*w);
            auto plans = engine.plan({id}, optionsFor(id, vol));
            REQUIRE(plans.ok());
            RunOptions ro;
            ro.hook = [&](const QString &s) { steps << s; return false; };
            REQUIRE(engine.run(*plans, ro).ok());
        }
        INFO(id.toStdString() << ": " << steps.join(QStringLiteral(", ")).toStdString());
        REQUIRE(steps.size() >= 5);
        CHECK(steps.first() == QStringLiteral("snapshot"));
        CHECK(steps.contains(QStringLiteral("commit SYSTEM")) != steps.contains(QStringLiteral("commit SOFTWARE")));
        CHECK(steps.last() == QStringLiteral("recorded"));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            vol.reset();
            auto w = vol.writer();
            RepairEngine engine(*w);
            auto plans = engine.plan({id}, optionsFor(id, vol));
            REQUIRE(plans.ok());
            int seen = 0;
            RunOptions ro;
            ro.hook = [&](const QString &) { return seen++ == int(i); };
            auto r = engine.run(*plans, ro);
            INFO("abort after step " << steps[i].toStdString());
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == ErrorKind::RepairFailed);
            CHECK(r.error().exitCode() == ExitCode::RepairFailed);
            CHECK(r.error().message.contains(QStringLiteral("rolled back")));
            CHECK(vol.pristine());
            CHECK_FALSE(vol.strayTempFiles());
            auto listed = snapshot::list(w->snapshotRoot());
            REQUIRE(listed.size() == 1);
            CHECK(listed[0].state == QStringLiteral("rolled-back"));
        }
    }
}

TEST_CASE("A failure in a later action of a run rolls back the earlier ones too", "[repair]")
{
    Volume vol;
    auto w = vol.writer();
    RepairEngine engine(*w);
    auto plans = engine.plan({QStringLiteral("winsock.remove-lsp"), QStringLiteral("appinit.disable")}, {});
    REQUIRE(plans.ok());
    int snapshots = 0;
    RunOptions ro;
    ro.hook = [&](const QString &s) { return s == QLatin1String("snapshot") && ++snapshots == 2 ? false : s == QLatin1String("commit SOFTWARE"); };
    auto r = engine.run(*plans, ro);
    REQUIRE_FALSE(r.ok());
    CHECK(vol.pristine());
}

TEST_CASE("A dirty hive (unreplayed transaction logs) is never written", "[repair]")
{
    Volume vol;
    // Make SYSTEM dirty: secondary sequence != primary, checksum fixed up.
    QByteArray b = vol.system;
    qToLittleEndian(qFromLittleEndian<quint32>(b.constData() + 4) + 1, b.data() + 8);
    quint32 sum = 0;
    for (int i = 0; i < 127; ++i)
        sum ^= qFromLittleEndian<quint32>(b.constData() + 4 * i);
    qToLittleEndian(sum, b.data() + 508);
    {
        QFile f(vol.systemPath());
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(b);
    }
    auto hdr = Hive::readHeader(vol.systemPath());
    REQUIRE(hdr.ok());
    REQUIRE(hdr->dirty());
    auto w = vol.writer();
    RepairEngine engine(*w);
    auto plans = engine.plan({QStringLiteral("winsock.remove-lsp")}, {});
    REQUIRE_FALSE(plans.ok());
    CHECK(plans.error().message.contains(QStringLiteral("transaction logs")));
    // Writing directly is refused too.
    auto direct = w->apply({RegChange::set(actions::tcpipParams(), RegView::Native, RegValue::dword(QStringLiteral("X"), 1), QString())});
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().message.contains(QStringLiteral("transaction logs")));
    CHECK(test::readFile(vol.systemPath()) == b);
}

TEST_CASE("Undo after the hive changed again restores the saved keys from their .reg exports", "[repair]")
{
    Volume vol;
    auto w = vol.writer();
    RepairEngine engine(*w);
    auto before = w->readTree(actions::protocolCatalog(), RegView::Native);
    REQUIRE(before.ok());
    auto plans = engine.plan({QStringLiteral("winsock.remove-lsp")}, {});
    REQUIRE(plans.ok());
    auto run = engine.run(*plans);
    REQUIRE(run.ok());
    // Someone else changes an unrelated key after the repair.
    REQUIRE(w->apply({RegChange::set(kCcs + QStringLiteral("\\Services\\e1dexpress"), RegView::Native, RegValue::dword(QStringLiteral("Start"), 2), QString())}).ok());
    auto undone = engine.undo(run->runDir);
    REQUIRE(undone.ok());
    CHECK(undone->join(QString()).contains(QStringLiteral(".reg export")));
    // hivex re-lays out the hive on commit, so the file differs; the restored key and all its
    // subkeys and values are identical, and the later unrelated change survives.
    auto after = w->readTree(actions::protocolCatalog(), RegView::Native);
    REQUIRE(after.ok());
    REQUIRE(after->has_value());
    CHECK(**after == **before);
    CHECK(dword(*w, kCcs + QStringLiteral("\\Services\\e1dexpress"), QStringLiteral("Start")) == 2);
}

TEST_CASE("A snapshot whose parts were tampered with is refused by undo", "[repair]")
{
    Volume vol;
    auto w = vol.writer();
    RepairEngine engine(*w);
    auto plans = engine.plan({QStringLiteral("appinit.disable")}, {});
    REQUIRE(plans.ok());
    auto run = engine.run(*plans);
    REQUIRE(run.ok());
    const QString part = run->actions[0].snapshotDir + QStringLiteral("/hives/SOFTWARE");
    QFile f(part);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(5000);
    f.write("X");
    f.close();
    const QByteArray repaired = test::readFile(vol.softwarePath());
    auto undone = engine.undo(run->runDir);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message.contains(QStringLiteral("SHA-256")));
    CHECK(test::readFile(vol.softwarePath()) == repaired);
}

TEST_CASE("winsock.reset offline restores a known-good catalog from a .reg or a snapshot", "[repair]")
{
    Volume vol;
    const QString goodReg = vol.dir.filePath(QStringLiteral("good.reg"));
    {
        QFile f(goodReg);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(fx::cleanCatalogReg(QStringLiteral("ControlSet001")));
    }
    auto w = vol.writer();
    RepairEngine engine(*w);
    auto noFile = engine.plan({QStringLiteral("winsock.reset")}, {});
    REQUIRE_FALSE(noFile.ok());
    CHECK(noFile.error().kind == ErrorKind::Usage);

    RepairOptions o;
    o.regFile = goodReg;
    auto plans = engine.plan({QStringLiteral("winsock.reset")}, o);
    REQUIRE(plans.ok());
    REQUIRE(plans->first().changes.size() == 1);
    auto run = engine.run(*plans);
    REQUIRE(run.ok());
    auto cat = w->readTree(actions::protocolCatalog(), RegView::Native);
    REQUIRE(cat.ok());
    CHECK((*cat)->child(QStringLiteral("Catalog_Entries"))->children.size() == 3);
    CHECK((*cat)->value(QStringLiteral("Next_Catalog_Entry_ID"))->toDword() == 1004u);
    CHECK((*cat)->value(QStringLiteral("Serial_Access_Num")) == nullptr); // the file is authoritative

    // The snapshot of that run holds the broken catalog; "resetting" from it brings it back.
    RepairOptions fromSnap;
    fromSnap.regFile = run->actions[0].snapshotDir;
    auto back = engine.plan({QStringLiteral("winsock.reset")}, fromSnap);
    REQUIRE_FALSE(back.ok()); // the saved catalog holds LSPs: not a clean source
    CHECK(back.error().message.contains(QStringLiteral("not a clean one")));
    REQUIRE(engine.undo(run->runDir).ok());
    CHECK(vol.pristine());

    // A catalog from another build (DLL missing on this volume) is refused.
    QByteArray other = fx::cleanCatalogReg();
    const QByteArray from = QString(QStringLiteral("mswsock.dll")).toLatin1();
    QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(other.constData() + 2), (other.size() - 2) / 2);
    QByteArray hexFrom, hexTo;
    for (char c : QByteArray("mswsock.dll")) hexFrom += QByteArray::number(quint8(c), 16).rightJustified(2, '0') + ',';
    for (char c : QByteArray("msafd00.dll")) hexTo += QByteArray::number(quint8(c), 16).rightJustified(2, '0') + ',';
    text.replace(QString::fromLatin1(hexFrom), QString::fromLatin1(hexTo));
    const QString otherReg = vol.dir.filePath(QStringLiteral("other.reg"));
    {
        QFile f(otherReg);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xff\xfe", 2);
        f.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }
    RepairOptions bad;
    bad.regFile = otherReg;
    auto refused = engine.plan({QStringLiteral("winsock.reset")}, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("msafd00.dll")));
}

TEST_CASE("winsock.restore-backup applies an allow-listed .reg, shows the diff and refuses anything else", "[repair]")
{
    Volume vol;
    auto w = vol.writer();
    RepairEngine engine(*w);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString p = vol.dir.filePath(name);
        QFile f(p);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return p;
    };
    RepairOptions o;
    o.regFile = write(QStringLiteral("backup.reg"), fx::cleanCatalogReg());
    auto plans = engine.plan({QStringLiteral("winsock.restore-backup")}, o);
    REQUIRE(plans.ok());
    const QString preview = RepairEngine::preview(*plans);
    CHECK(preview.contains(QStringLiteral("Delete the catalog entry")));
    CHECK(preview.contains(QStringLiteral("000000000006 (not in the backup)")));
    auto run = engine.run(*plans);
    REQUIRE(run.ok());
    auto cat = w->readTree(actions::protocolCatalog() + QStringLiteral("\\Catalog_Entries64"), RegView::Native);
    REQUIRE(cat.ok());
    REQUIRE((*cat)->children.size() == 3);
    for (const RegKeyTree &e : (*cat)->children)
        CHECK(actions::parseCatalogEntry(e).chainLen == 1);
    REQUIRE(engine.undo(run->runDir).ok());
    CHECK(vol.pristine());

    auto refusedWith = [&](const QByteArray &utf8Body) {
        QString text = QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n") + QString::fromUtf8(utf8Body);
        QByteArray bytes("\xff\xfe", 2);
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        RepairOptions h;
        h.regFile = write(QStringLiteral("hostile.reg"), bytes);
        auto r = engine.plan({QStringLiteral("winsock.restore-backup")}, h);
        REQUIRE_FALSE(r.ok());
        CHECK(vol.pristine());
        return r.error();
    };
    Error e = refusedWith("[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters]\r\n\"X\"=dword:1\r\n\r\n"
                          "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run]\r\n\"evil\"=\"c:\\\\evil.exe\"\r\n");
    CHECK(e.kind == ErrorKind::PermissionDenied);
    CHECK(e.message.contains(QStringLiteral("refused and nothing was changed")));
    CHECK(e.message.contains(QStringLiteral("line 6: [HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run]")));
    e = refusedWith("[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows]\r\n\"Shell\"=\"evil.exe\"\r\n");
    CHECK(e.message.contains(QStringLiteral("value \"Shell\"")));
    e = refusedWith("[-HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters]\r\n");
    CHECK(e.message.contains(QStringLiteral("deleting the whole key")));
    e = refusedWith("[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\ParametersX]\r\n\"A\"=\"b\"\r\n");
    CHECK(e.kind == ErrorKind::PermissionDenied);
    e = refusedWith("[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows]\r\n\"AppInit_DLLs\"=\"x.dll\"\r\n");
    CHECK(e.kind == ErrorKind::PermissionDenied);
    e = refusedWith("[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\r\n");
    CHECK(e.kind == ErrorKind::Corrupt);
    CHECK(e.message.contains(QStringLiteral("line 3")));

    // The AppInit values themselves are allowed (both views).
    RepairOptions ok;
    ok.regFile = write(QStringLiteral("appinit.reg"),
                       QByteArray("REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Windows]\r\n"
                                  "\"AppInit_DLLs\"=\"\"\r\n\"LoadAppInit_DLLs\"=dword:00000000\r\n"));
    auto appinit = engine.plan({QStringLiteral("winsock.restore-backup")}, ok);
    REQUIRE(appinit.ok());
    CHECK(appinit->first().changes.size() == 2);
    REQUIRE(engine.run(*appinit).ok());
    CHECK(dword(*w, actions::appInitKey(), QStringLiteral("LoadAppInit_DLLs"), RegView::View32) == 0);
    CHECK(dword(*w, actions::appInitKey(), QStringLiteral("LoadAppInit_DLLs"), RegView::View64) == 1);
}

TEST_CASE("Plans are built from the repair ids of findings", "[repair]")
{
    Finding lsp;
    lsp.id = QStringLiteral("winsock.lsp.present");
    lsp.severity = Severity::Error;
    lsp.repairs = {QStringLiteral("winsock.reset"), QStringLiteral("winsock.remove-lsp")};
    Finding info;
    info.severity = Severity::Info;
    info.repairs = {QStringLiteral("tcp.restore-defaults")};
    Finding drv;
    drv.severity = Severity::Warning;
    drv.repairs = {QStringLiteral("driver.rollback")};
    drv.evidence[QStringLiteral("service")] = QStringLiteral("badfilt");
    CHECK(repairIdsFromFindings({lsp, info, drv})
          == QStringList{QStringLiteral("winsock.remove-lsp"), QStringLiteral("winsock.reset"), QStringLiteral("driver.rollback")});

    Volume vol;
    auto w = vol.writer();
    RepairEngine engine(*w);
    RepairOptions o;
    o.findings = {drv};
    auto plans = engine.plan({QStringLiteral("driver.rollback")}, o);
    REQUIRE(plans.ok());
    CHECK(plans->first().changes.size() == 3);
    auto unknown = engine.plan({QStringLiteral("winsock.frobnicate")}, {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::Usage);
    auto noService = engine.plan({QStringLiteral("driver.rollback")}, {});
    REQUIRE_FALSE(noService.ok());
    CHECK(noService.error().message.contains(QStringLiteral("--service")));
}
