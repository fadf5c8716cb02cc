// The generated Windows volume opens as an offline target; hives round-trip through hivex.
#include "fixtures/windows_image.h"
#include "platform/offline_view.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace wd;

TEST_CASE("A blank hive written by Hive::createEmpty opens in hivex and takes keys and values", "[hive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("TEST"));
    REQUIRE(Hive::createEmpty(path, QStringLiteral("ROOT")).ok());
    auto hdr = Hive::readHeader(path);
    REQUIRE(hdr.ok());
    CHECK(hdr->checksumOk);
    CHECK_FALSE(hdr->dirty());
    {
        fx::HiveBuilder b(path, QStringLiteral("ROOT"));
        b.set(QStringLiteral("A\\B"), RegValue::sz(QStringLiteral("Name"), QStringLiteral("Wert ä 中")));
        b.set(QStringLiteral("A\\B"), RegValue::dword(QStringLiteral("Count"), 42));
        b.set(QStringLiteral("A\\C"), RegValue::multiSz(QStringLiteral("List"), {QStringLiteral("x"), QStringLiteral("y")}));
        b.commit();
    }
    auto h = Hive::open(path);
    REQUIRE(h.ok());
    Hive::Node n = (*h)->find(QStringLiteral("a\\b"));
    REQUIRE(n != 0);
    auto vals = (*h)->values(n);
    REQUIRE(vals.ok());
    REQUIRE(vals->size() == 2);
    CHECK((*vals)[0].toString() == QStringLiteral("Wert ä 中"));
    CHECK((*vals)[1].toDword() == 42u);
    auto c = (*h)->values((*h)->find(QStringLiteral("A\\C")));
    REQUIRE(c.ok());
    CHECK(c->first().toStringList() == QStringList{QStringLiteral("x"), QStringLiteral("y")});
    CHECK((*h)->childNames((*h)->find(QStringLiteral("A"))) == QStringList{QStringLiteral("B"), QStringLiteral("C")});
}

TEST_CASE("Garbage and truncated hives give a clear error", "[hive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("BAD"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("regf");
    f.close();
    auto h = Hive::open(path);
    REQUIRE_FALSE(h.ok());
    CHECK(h.error().kind == ErrorKind::Corrupt);
    CHECK(h.error().message.contains(path));
}

TEST_CASE("OfflineView maps CurrentControlSet, the WOW64 view and Windows paths", "[offline]")
{
    QTemporaryDir dir;
    fx::ImageOptions opt;
    opt.controlSet = 2;
    {
        fx::WindowsImage img(dir.path(), opt);
        img.setCcs(QStringLiteral("Services\\Test"), RegValue::dword(QStringLiteral("Start"), 3));
        img.software().set(QStringLiteral("Wow6432Node\\Vendor"), RegValue::sz(QStringLiteral("V"), QStringLiteral("32")));
        img.software().set(QStringLiteral("Vendor"), RegValue::sz(QStringLiteral("V"), QStringLiteral("64")));
        img.writeFile(QStringLiteral("Windows\\System32\\Drivers\\etc\\hosts"), "127.0.0.1 localhost\n");
        img.commit();
    }
    // NTFS mounted on Linux is case-sensitive: names must be found whatever their case.
    REQUIRE(QDir(dir.path()).rename(QStringLiteral("Windows"), QStringLiteral("WINDOWS")));
    auto v = OfflineView::open(dir.path());
    REQUIRE(v.ok());
    OfflineView &o = **v;
    CHECK(o.controlSet() == QStringLiteral("ControlSet002"));
    CHECK(o.info().windows.arch == QStringLiteral("x64"));
    CHECK(o.info().windows.build == QStringLiteral("19045"));
    auto start = o.value(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Test"), QStringLiteral("Start"));
    REQUIRE(start.ok());
    REQUIRE(start->has_value());
    CHECK((*start)->toDword() == 3u);
    auto v64 = o.value(QStringLiteral("HKLM\\SOFTWARE\\Vendor"), QStringLiteral("V"), RegView::View64);
    auto v32 = o.value(QStringLiteral("HKLM\\SOFTWARE\\Vendor"), QStringLiteral("V"), RegView::View32);
    REQUIRE((v64.ok() && v64->has_value() && v32.ok() && v32->has_value()));
    CHECK((*v64)->toString() == QStringLiteral("64"));
    CHECK((*v32)->toString() == QStringLiteral("32"));
    CHECK(o.expandPath(QStringLiteral("%SystemRoot%\\system32\\mswsock.dll")) == QStringLiteral("C:\\Windows\\system32\\mswsock.dll"));
    CHECK(o.expandPath(QStringLiteral("\\SystemRoot\\System32\\drivers\\x.sys")) == QStringLiteral("C:\\Windows\\System32\\drivers\\x.sys"));
    CHECK(o.expandPath(QStringLiteral("System32\\drivers\\x.sys")) == QStringLiteral("C:\\Windows\\System32\\drivers\\x.sys"));
    CHECK(o.fileExists(QStringLiteral("c:\\windows\\SYSTEM32\\drivers\\ETC\\HOSTS")));
    CHECK_FALSE(o.fileExists(QStringLiteral("C:\\Windows\\System32\\nothere.dll")));
    CHECK_FALSE(o.fileExists(QStringLiteral("D:\\Windows\\System32\\drivers\\etc\\hosts")));
    auto up = o.hostPath(QStringLiteral("C:\\..\\..\\etc\\passwd"));
    REQUIRE_FALSE(up.ok());
    CHECK(up.error().kind == ErrorKind::OutsideRoot);
}

TEST_CASE("OfflineView refuses symlinks that leave the volume", "[offline]")
{
    QTemporaryDir dir, outside;
    {
        fx::WindowsImage img(dir.path());
        img.commit();
    }
    QFile secret(outside.filePath(QStringLiteral("secret.dll")));
    REQUIRE(secret.open(QIODevice::WriteOnly));
    secret.write("MZ");
    secret.close();
    REQUIRE(QFile::link(outside.path(), dir.path() + QStringLiteral("/Windows/System32/escape")));
    auto v = OfflineView::open(dir.path());
    REQUIRE(v.ok());
    auto p = (*v)->hostPath(QStringLiteral("C:\\Windows\\System32\\escape\\secret.dll"));
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().kind == ErrorKind::OutsideRoot);
    CHECK_FALSE((*v)->fileExists(QStringLiteral("C:\\Windows\\System32\\escape\\secret.dll")));
}

// resolveInsideRoot keeps the folders it resolved and takes the entries' types from the folder's
// listing: a link must still be caught when its folder was resolved before (a deep scan's thousands
// of files), whatever the spelling, for a file link as for a folder link.
TEST_CASE("OfflineView catches links in folders it has already resolved", "[offline]")
{
    QTemporaryDir dir, outside;
    {
        fx::WindowsImage img(dir.path());
        img.writeFile(QStringLiteral("Windows\\System32\\plain.dll"), QByteArray("MZ plain"));
        img.writeFile(QStringLiteral("Windows\\System32\\inside-target.dll"), QByteArray("MZ inside"));
        img.commit();
    }
    QFile secret(outside.filePath(QStringLiteral("secret.dll")));
    REQUIRE(secret.open(QIODevice::WriteOnly));
    secret.write("MZ secret");
    secret.close();
    const QString s32 = dir.path() + QStringLiteral("/Windows/System32/");
    REQUIRE(QFile::link(secret.fileName(), s32 + QStringLiteral("Escape.dll")));           // file link out
    REQUIRE(QFile::link(outside.path(), s32 + QStringLiteral("EscapeDir")));              // folder link out
    REQUIRE(QFile::link(s32 + QStringLiteral("inside-target.dll"), s32 + QStringLiteral("inside.dll"))); // link in
    auto v = OfflineView::open(dir.path());
    REQUIRE(v.ok());
    // The folder is resolved (and kept) first through an ordinary file.
    for (int round = 0; round < 2; ++round) {
        auto plain = (*v)->hostPath(QStringLiteral("C:\\Windows\\System32\\plain.dll"));
        REQUIRE(plain.ok());
        CHECK(QFileInfo(*plain).fileName() == QStringLiteral("plain.dll"));
        for (const QString &p : {QStringLiteral("C:\\Windows\\System32\\escape.dll"), QStringLiteral("C:\\WINDOWS\\system32\\ESCAPE.DLL"),
                                 QStringLiteral("C:\\Windows\\System32\\escapedir\\secret.dll")}) {
            auto r = (*v)->hostPath(p);
            INFO(p.toStdString());
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().kind == ErrorKind::OutsideRoot);
        }
        auto in = (*v)->hostPath(QStringLiteral("C:\\Windows\\System32\\INSIDE.dll"));
        REQUIRE(in.ok());
        CHECK(QFileInfo(*in).fileName() == QStringLiteral("inside-target.dll"));
    }
}

// listDirBounded of the offline view lists a folder from the index it resolves names with: the same
// names (sorted, by pattern, any case) and the same limits as a pass over the folder.
TEST_CASE("OfflineView lists a folder from its index with the patterns and limits of a bounded listing", "[offline]")
{
    QTemporaryDir dir;
    {
        fx::WindowsImage img(dir.path());
        for (int i = 0; i < 30; ++i)
            img.writeFile(QStringLiteral("Windows\\System32\\lib%1.DLL").arg(i, 2, 10, QLatin1Char('0')), QByteArray("MZ"));
        for (int i = 0; i < 5; ++i)
            img.writeFile(QStringLiteral("Windows\\System32\\tool%1.exe").arg(i), QByteArray("MZ"));
        img.writeFile(QStringLiteral("Windows\\System32\\readme.txt"), QByteArray("text"));
        img.commit();
    }
    // Links among the entries: one to a file of the folder, one out of the volume.
    QTemporaryDir outside;
    QFile::link(dir.path() + QStringLiteral("/Windows/System32/lib00.DLL"), dir.path() + QStringLiteral("/Windows/System32/linked.dll"));
    QFile::link(outside.path(), dir.path() + QStringLiteral("/Windows/System32/away.dll"));
    auto v = OfflineView::open(dir.path());
    REQUIRE(v.ok());
    const QString s32 = QStringLiteral("C:\\Windows\\System32");
    const QStringList all = QDir(dir.path() + QStringLiteral("/Windows/System32")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    // Before and after a file of the folder was resolved (the index made by the listing or by the look-up).
    for (int round = 0; round < 2; ++round) {
        INFO("round " << round);
        Expected<DirListing> l = (*v)->listDirBounded(s32, {QStringLiteral("*.dll"), QStringLiteral("*.exe")}, 1000, 1000);
        REQUIRE(l.ok());
        CHECK(l->complete);
        CHECK(l->entries == all.size());
        QStringList expected;
        for (const QString &n : all)
            if (n.endsWith(QLatin1String(".dll"), Qt::CaseInsensitive) || n.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive))
                expected << n;
        std::sort(expected.begin(), expected.end());
        CHECK(l->names == expected);
        CHECK(l->names.contains(QStringLiteral("lib07.DLL")));
        // The host path the listing knows for an entry is the one hostPath() resolves; none for links
        // (hostPath() checks where they lead: inside the volume, its target; outside, refused).
        REQUIRE(l->plain.size() == l->names.size());
        for (qsizetype i = 0; i < l->names.size(); ++i) {
            INFO(l->names.at(i).toStdString());
            const Expected<QString> resolved = (*v)->hostPath(s32 + QLatin1Char('\\') + l->names.at(i));
            const bool link = l->names.at(i) == QLatin1String("linked.dll") || l->names.at(i) == QLatin1String("away.dll");
            CHECK(l->plain.at(i) == !link);
            if (link) {
                CHECK(l->knownHostPath(i).isEmpty());
                CHECK(resolved.ok() == (l->names.at(i) == QLatin1String("linked.dll")));
            } else {
                REQUIRE(resolved.ok());
                CHECK(l->knownHostPath(i) == *resolved);
            }
        }
        // At most 10 names, at most 12 entries looked at: stopped, with what it found.
        Expected<DirListing> few = (*v)->listDirBounded(s32, {QStringLiteral("*.dll")}, 10, 1000);
        REQUIRE(few.ok());
        CHECK_FALSE(few->complete);
        CHECK(few->names.size() == 10);
        Expected<DirListing> looked = (*v)->listDirBounded(s32, {QStringLiteral("*")}, 1000, 12);
        REQUIRE(looked.ok());
        CHECK_FALSE(looked->complete);
        CHECK(looked->entries == 12);
        CHECK(looked->names.size() == 12);
        CHECK(std::is_sorted(looked->names.begin(), looked->names.end()));
        REQUIRE((*v)->hostPath(s32 + QStringLiteral("\\LIB03.dll")).ok());
    }
    CHECK_FALSE((*v)->listDirBounded(s32 + QStringLiteral("\\nothing"), {QStringLiteral("*")}, 10, 10).ok());
}

TEST_CASE("A folder without Windows hives is refused with a clear message", "[offline]")
{
    QTemporaryDir dir;
    auto v = OfflineView::open(dir.path());
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().kind == ErrorKind::NotFound);
    CHECK(v.error().message.contains(QStringLiteral("SYSTEM")));
}
