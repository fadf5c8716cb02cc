// Finding Windows installations: /proc/self/mountinfo parsing, what is read from each volume, the
// targets command and --target offline:auto.
#include "formats/hive.h"
#include "platform/installations.h"
#include "platform/system_view.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

struct VolumeSpec {
    QString product;
    QString build;
    std::optional<quint32> ubr;
    QString displayVersion;
    QString buildLabEx;
    bool oddCase = false; // WINDOWS\system32\CONFIG\system, as a case-sensitive NTFS mount may show it
};

// A minimal Windows volume written through the Hive API: SYSTEM (Select, ControlSet001) and SOFTWARE.
[[maybe_unused]] void makeVolume(const QString &root, const VolumeSpec &v)
{
    const QString cfg = root + (v.oddCase ? QStringLiteral("/WINDOWS/system32/CONFIG") : QStringLiteral("/Windows/System32/config"));
    REQUIRE(QDir().mkpath(cfg));
    const QString sys = cfg + (v.oddCase ? QStringLiteral("/system") : QStringLiteral("/SYSTEM"));
    REQUIRE(Hive::createEmpty(sys, QStringLiteral("SYSTEM")).ok());
    {
        auto h = Hive::open(sys, Hive::Mode::Write);
        REQUIRE(h.ok());
        auto select = (*h)->ensureKey(QStringLiteral("Select"));
        REQUIRE(select.ok());
        REQUIRE((*h)->setValue(*select, RegValue::dword(QStringLiteral("Current"), 1)).ok());
        auto ws = (*h)->ensureKey(QStringLiteral("ControlSet001\\Services\\WinSock2\\Parameters"));
        REQUIRE(ws.ok());
        REQUIRE((*h)->setValue(*ws, RegValue::sz(QStringLiteral("Marker"), root)).ok());
        REQUIRE((*h)->commit().ok());
    }
    const QString sw = cfg + QStringLiteral("/SOFTWARE");
    REQUIRE(Hive::createEmpty(sw, QStringLiteral("SOFTWARE")).ok());
    auto h = Hive::open(sw, Hive::Mode::Write);
    REQUIRE(h.ok());
    auto cv = (*h)->ensureKey(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"));
    REQUIRE(cv.ok());
    QList<RegValue> vals{RegValue::sz(QStringLiteral("ProductName"), v.product), RegValue::sz(QStringLiteral("CurrentBuild"), v.build),
                         RegValue::sz(QStringLiteral("CurrentBuildNumber"), v.build)};
    if (v.ubr)
        vals << RegValue::dword(QStringLiteral("UBR"), *v.ubr);
    if (!v.displayVersion.isEmpty())
        vals << RegValue::sz(QStringLiteral("DisplayVersion"), v.displayVersion);
    if (!v.buildLabEx.isEmpty())
        vals << RegValue::sz(QStringLiteral("BuildLabEx"), v.buildLabEx);
    REQUIRE((*h)->setValues(*cv, vals).ok());
    REQUIRE((*h)->commit().ok());
}

QString escapeMount(QString p)
{
    return p.replace(QLatin1Char('\\'), QStringLiteral("\\134")).replace(QLatin1Char(' '), QStringLiteral("\\040"));
}

[[maybe_unused]] QString mountLine(int id, const QString &dev, const QString &mountPoint, const QString &fsType, const QString &source)
{
    return QStringLiteral("%1 22 %2 / %3 rw,relatime shared:%1 - %4 %5 rw\n").arg(id).arg(dev, escapeMount(mountPoint), fsType, source);
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

} // namespace

TEST_CASE("mountinfo lines are parsed with their escapes and NTFS mounts recognised", "[installations]")
{
    const QString text = QStringLiteral(
        "22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw,errors=remount-ro\n"
        "25 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw\n"
        "40 22 8:17 / /media/user/My\\040Windows rw,nosuid,nodev,relatime shared:20 - ntfs3 /dev/sdb1 rw,uid=1000,iocharset=utf8\n"
        "41 22 8:18 / /mnt/data rw,relatime shared:21 master:3 - fuseblk /dev/sdb2 rw,user_id=0,group_id=0,allow_other\n"
        "42 22 8:19 / /mnt/old rw,relatime - ntfs /dev/sdb3 rw\n"
        "43 22 0:50 / /tmp/x rw - tmpfs tmpfs rw\n"
        "this line is not a mount\n"
        "44 22 8:20 /sub /mnt/tab\\011name\\134x rw - ntfs-3g /dev/sdb4 rw\n"
        "45 22 0:51 / /mnt/c rw - 9p drvfs rw\n");
    const QList<MountEntry> m = parseMountInfo(text);
    REQUIRE(m.size() == 8);
    CHECK(m[2].mountPoint == QStringLiteral("/media/user/My Windows"));
    CHECK(m[2].fsType == QStringLiteral("ntfs3"));
    CHECK(m[2].source == QStringLiteral("/dev/sdb1"));
    CHECK(m[2].device == QStringLiteral("8:17"));
    CHECK(m[3].fsType == QStringLiteral("fuseblk")); // optional fields before the "-" are skipped
    CHECK(m[6].fsRoot == QStringLiteral("/sub"));
    CHECK(m[6].mountPoint == QStringLiteral("/mnt/tab\tname\\x"));
    QStringList ntfs;
    for (const MountEntry &e : m)
        if (isNtfsMount(e))
            ntfs << e.mountPoint;
    CHECK(ntfs == QStringList{QStringLiteral("/media/user/My Windows"), QStringLiteral("/mnt/data"), QStringLiteral("/mnt/old"),
                              QStringLiteral("/mnt/tab\tname\\x")});
    CHECK(parseMountInfo(QString()).isEmpty());
}

// Mount tables are Linux; the Windows drive scan runs under wine in tests/wine/run-wine-offline-tests.sh.
#ifndef Q_OS_WIN
TEST_CASE("Windows installations on mounted NTFS volumes: product, build, last write", "[installations]")
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/wd inst XXXXXX"));
    REQUIRE(dir.isValid());
    const QString one = dir.filePath(QStringLiteral("vol one")), two = dir.filePath(QStringLiteral("vol2")),
                  plain = dir.filePath(QStringLiteral("data"));
    makeVolume(one, {QStringLiteral("Windows 10 Pro"), QStringLiteral("22631"), 3447u, QStringLiteral("23H2"),
                     QStringLiteral("22621.1.amd64fre.ni_release.220506-1250"), true});
    makeVolume(two, {QStringLiteral("Windows 10 Home"), QStringLiteral("19045"), std::nullopt, QString(),
                     QStringLiteral("19041.1.x86fre.vb_release.191206-1406"), false});
    REQUIRE(QDir().mkpath(plain + QStringLiteral("/Users")));

    const QString text = mountLine(30, QStringLiteral("8:1"), QStringLiteral("/"), QStringLiteral("ext4"), QStringLiteral("/dev/sda1"))
                         + mountLine(40, QStringLiteral("8:17"), one, QStringLiteral("ntfs3"), QStringLiteral("/dev/sdb1"))
                         + mountLine(41, QStringLiteral("8:18"), plain, QStringLiteral("ntfs3"), QStringLiteral("/dev/sdb2"))
                         + mountLine(42, QStringLiteral("8:33"), two, QStringLiteral("fuseblk"), QStringLiteral("/dev/sdc1"))
                         + mountLine(43, QStringLiteral("8:17"), dir.filePath(QStringLiteral("again")), QStringLiteral("ntfs3"),
                                     QStringLiteral("/dev/sdb1"))
                         + mountLine(44, QStringLiteral("8:17"), one, QStringLiteral("ntfs3"), QStringLiteral("/dev/sdb1"));
    const QList<WindowsInstallation> found = installationsFromMountInfo(text);
    REQUIRE(found.size() == 2);
    const WindowsInstallation &a = found[0], &b = found[1];
    CHECK(a.root == one);
    CHECK(a.source == QStringLiteral("/dev/sdb1"));
    CHECK(a.product == QStringLiteral("Windows 10 Pro"));
    CHECK(a.build == QStringLiteral("22631.3447"));
    CHECK(a.version == QStringLiteral("23H2"));
    CHECK(a.arch == QStringLiteral("x64"));
    CHECK(a.problem.isEmpty());
    REQUIRE(a.systemWritten.isValid());
    CHECK(qAbs(a.systemWritten.secsTo(QDateTime::currentDateTimeUtc())) < 24 * 3600);
    CHECK(a.targetSpec() == QStringLiteral("offline:") + one);
    CHECK(a.summary() == QStringLiteral("Windows 10 Pro 23H2, build 22631.3447, x64"));
    CHECK(b.root == two);
    CHECK(b.build == QStringLiteral("19045"));
    CHECK(b.arch == QStringLiteral("x86"));
    CHECK(b.source == QStringLiteral("/dev/sdc1"));

    // A volume without SOFTWARE is still listed, with the reason.
    QFile::remove(two + QStringLiteral("/Windows/System32/config/SOFTWARE"));
    auto bare = inspectInstallation(two);
    REQUIRE(bare);
    CHECK(bare->product.isEmpty());
    CHECK(bare->problem.contains(QStringLiteral("SOFTWARE")));
    CHECK_FALSE(inspectInstallation(plain));
}
#endif

TEST_CASE("The SYSTEM hive's last write comes from the base block", "[installations]")
{
    QTemporaryDir dir;
    const QDateTime when(QDate(2024, 5, 1), QTime(10, 22, 13), Qt::UTC);
    QByteArray block(4096, '\0');
    block.replace(0, 4, "regf");
    const quint64 ft = quint64(when.toMSecsSinceEpoch()) * 10000ull + 116444736000000000ull;
    qToLittleEndian(ft, block.data() + 0x0C);
    const QString path = dir.filePath(QStringLiteral("SYSTEM"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(block);
    f.close();
    CHECK(hiveLastWritten(path) == when);
    qToLittleEndian(quint64(0), block.data() + 0x0C);
    const QString zero = dir.filePath(QStringLiteral("ZERO"));
    QFile z(zero);
    REQUIRE(z.open(QIODevice::WriteOnly));
    z.write(block);
    z.close();
    CHECK_FALSE(hiveLastWritten(zero));
    CHECK_FALSE(hiveLastWritten(dir.filePath(QStringLiteral("missing"))));
    const QString text = dir.filePath(QStringLiteral("text"));
    REQUIRE(writeText(text, QStringLiteral("not a hive at all")));
    CHECK_FALSE(hiveLastWritten(text));
}

TEST_CASE("offline:auto picks the one installation, or lists the candidates", "[installations][cli]")
{
    WindowsInstallation a, b;
    a.root = QStringLiteral("/media/a");
    a.product = QStringLiteral("Windows 10 Pro");
    b.root = QStringLiteral("/media/b");
    b.product = QStringLiteral("Windows 11 Home");
    auto none = pickSingleInstallation({});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == ErrorKind::Usage);
    CHECK(none.error().message.contains(QStringLiteral("no Windows installation")));
    auto single = pickSingleInstallation({a});
    REQUIRE(single.ok());
    CHECK(single->root == a.root);
    auto two = pickSingleInstallation({a, b});
    REQUIRE_FALSE(two.ok());
    CHECK(two.error().exitCode() == ExitCode::Usage);
    CHECK(two.error().message.contains(a.targetSpec()));
    CHECK(two.error().message.contains(b.targetSpec()));
    CHECK(two.error().message.contains(QStringLiteral("Windows 11 Home")));

    // A drive letter alone means the root of that drive; a drive root keeps its colon.
    auto drive = TargetSpec::parse(QStringLiteral("offline:D:"));
    REQUIRE(drive.ok());
    CHECK(drive->path == QStringLiteral("D:\\"));
    auto root = TargetSpec::parse(QStringLiteral("offline:C:\\"));
    REQUIRE(root.ok());
    CHECK(root->kind == TargetSpec::Offline);
    CHECK(root->path == QStringLiteral("C:\\"));
    CHECK(TargetSpec::parse(QStringLiteral("offline:C:\\Mount\\Win"))->path == QStringLiteral("C:\\Mount\\Win"));
}

#ifndef Q_OS_WIN
TEST_CASE("targets lists the installations: --target offline:auto opens the only one", "[installations][cli]")
{
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("one")), two = dir.filePath(QStringLiteral("two"));
    makeVolume(one, {QStringLiteral("Windows 10 Pro"), QStringLiteral("19045"), 4291u, QStringLiteral("22H2"), QString(), false});
    makeVolume(two, {QStringLiteral("Windows 11 Pro"), QStringLiteral("22631"), std::nullopt, QString(), QString(), true});
    const QString single = dir.filePath(QStringLiteral("single.txt")), both = dir.filePath(QStringLiteral("both.txt")),
                  empty = dir.filePath(QStringLiteral("empty.txt"));
    REQUIRE(writeText(single, mountLine(40, QStringLiteral("8:17"), one, QStringLiteral("ntfs3"), QStringLiteral("/dev/sdb1"))));
    REQUIRE(writeText(both, mountLine(40, QStringLiteral("8:17"), one, QStringLiteral("ntfs3"), QStringLiteral("/dev/sdb1"))
                                + mountLine(41, QStringLiteral("8:18"), two, QStringLiteral("ntfs"), QStringLiteral("/dev/sdb2"))));
    REQUIRE(writeText(empty, mountLine(30, QStringLiteral("8:1"), QStringLiteral("/"), QStringLiteral("ext4"), QStringLiteral("/dev/sda1"))));
    auto env = [](const QString &file) { return QStringList{QStringLiteral("WD_TEST_MOUNTINFO=") + file}; };

    auto text = test::runApp({QStringLiteral("targets")}, {}, env(both));
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains("Windows installations found: 2"));
    CHECK(text.out.contains((QStringLiteral("--target offline:") + one).toUtf8()));
    CHECK(text.out.contains("Windows 10 Pro 22H2, build 19045.4291"));
    CHECK(text.out.contains("Windows 11 Pro, build 22631"));
    CHECK(text.out.contains("System registry last written: "));

    auto json = test::runApp({QStringLiteral("targets"), QStringLiteral("--format"), QStringLiteral("json")}, {}, env(both));
    CHECK(json.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    CHECK(doc.value(QStringLiteral("schema")).toString() == QStringLiteral("winsock-doctor/targets/1"));
    const QJsonArray list = doc.value(QStringLiteral("installations")).toArray();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value(QStringLiteral("target")).toString() == QStringLiteral("offline:") + one);
    CHECK(list[1].toObject().value(QStringLiteral("product")).toString() == QStringLiteral("Windows 11 Pro"));
    CHECK(list[0].toObject().value(QStringLiteral("build")).toString() == QStringLiteral("19045.4291"));
    CHECK(list[0].toObject().value(QStringLiteral("system_hive_written")).toString().endsWith(QLatin1Char('Z')));

    auto none = test::runApp({QStringLiteral("targets")}, {}, env(empty));
    CHECK(none.exitCode == 0);
    CHECK(none.out.contains("No Windows installation was found"));
    auto noneJson = test::runApp({QStringLiteral("targets"), QStringLiteral("--format"), QStringLiteral("json")}, {}, env(empty));
    CHECK(noneJson.exitCode == 0);
    CHECK(QJsonDocument::fromJson(noneJson.out).object().value(QStringLiteral("installations")).toArray().isEmpty());

    // offline:auto: exactly one opens it, several or none are usage errors that name the candidates.
    auto opened = test::runApp({QStringLiteral("export"), QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters"),
                                QStringLiteral("--target"), QStringLiteral("offline:auto"), QStringLiteral("--format"), QStringLiteral("json")},
                               {}, env(single));
    INFO(opened.err.toStdString());
    CHECK(opened.exitCode == 0);
    CHECK(opened.out.contains(utf16z(one).toHex())); // the marker value of that volume
    auto several = test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("offline:auto")}, {}, env(both));
    CHECK(several.exitCode == 2);
    CHECK(several.err.contains((QStringLiteral("offline:") + one).toUtf8()));
    CHECK(several.err.contains((QStringLiteral("offline:") + two).toUtf8()));
    auto zero = test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("offline:auto")}, {}, env(empty));
    CHECK(zero.exitCode == 2);
    CHECK(zero.err.contains("no Windows installation"));
}
#endif
