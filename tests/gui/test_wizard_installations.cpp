// The welcome page lists the Windows installations found (Linux: the NTFS mounts of the mountinfo file
// named by WD_TEST_MOUNTINFO); --target offline:auto opens the only one or lets the user pick.
#include "formats/hive.h"
#include "support/test_util.h"
#include "ui/wizard.h"
#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace wd;
using namespace wd::ui;

#ifndef Q_OS_WIN
namespace {

void makeVolume(const QString &root, const QString &product)
{
    const QString cfg = root + QStringLiteral("/Windows/System32/config");
    REQUIRE(QDir().mkpath(cfg));
    REQUIRE(Hive::createEmpty(cfg + QStringLiteral("/SYSTEM"), QStringLiteral("SYSTEM")).ok());
    REQUIRE(Hive::createEmpty(cfg + QStringLiteral("/SOFTWARE"), QStringLiteral("SOFTWARE")).ok());
    auto h = Hive::open(cfg + QStringLiteral("/SOFTWARE"), Hive::Mode::Write);
    REQUIRE(h.ok());
    auto cv = (*h)->ensureKey(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"));
    REQUIRE(cv.ok());
    REQUIRE((*h)->setValues(*cv, {RegValue::sz(QStringLiteral("ProductName"), product),
                                  RegValue::sz(QStringLiteral("CurrentBuildNumber"), QStringLiteral("19045"))}).ok());
    REQUIRE((*h)->commit().ok());
}

struct MountInfoEnv {
    explicit MountInfoEnv(const QString &file) { qputenv("WD_TEST_MOUNTINFO", QFile::encodeName(file)); }
    ~MountInfoEnv() { qunsetenv("WD_TEST_MOUNTINFO"); }
};

} // namespace

TEST_CASE("The welcome page lists the Windows installations and offline:auto asks when there are several", "[gui][installations]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a")), b = dir.filePath(QStringLiteral("b"));
    makeVolume(a, QStringLiteral("Windows 10 Pro"));
    makeVolume(b, QStringLiteral("Windows 11 Home"));
    const QString info = dir.filePath(QStringLiteral("mountinfo"));
    QFile f(info);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("40 22 8:17 / %1 rw - ntfs3 /dev/sdb1 rw\n41 22 8:18 / %2 rw - ntfs3 /dev/sdb2 rw\n").arg(a, b).toUtf8());
    f.close();
    MountInfoEnv env(info);

    WizardWindow w(QStringLiteral("offline:auto"));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *list = w.findChild<QTreeWidget *>(QStringLiteral("installations"));
    REQUIRE(list);
    CHECK(w.installations().size() == 2);
    CHECK_FALSE(list->isHidden());
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(1)->text(0) == QStringLiteral("Windows 11 Home"));
    CHECK(list->topLevelItem(1)->text(1) == QStringLiteral("19045"));
    QCoreApplication::processEvents();
    CHECK(w.currentId() == WizardWindow::WelcomePage); // no scan starts: the user picks
    CHECK(w.targetSpec() == QStringLiteral("offline:"));
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());
    list->setCurrentItem(list->topLevelItem(1));
    emit list->itemClicked(list->topLevelItem(1), 0);
    CHECK(w.targetSpec() == QStringLiteral("offline:") + b);
    CHECK(w.button(QWizard::NextButton)->isEnabled());

    // A wizard started without a target finds them in the background.
    WizardWindow plain;
    REQUIRE(QTest::qWaitFor([&]() { return plain.installations().size() == 2; }, 10000));
    CHECK_FALSE(plain.findChild<QTreeWidget *>(QStringLiteral("installations"))->isHidden());
}

TEST_CASE("offline:auto with one installation starts on it", "[gui][installations]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a"));
    makeVolume(a, QStringLiteral("Windows 10 Pro"));
    const QString info = dir.filePath(QStringLiteral("mountinfo"));
    QFile f(info);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("40 22 8:17 / %1 rw - ntfs3 /dev/sdb1 rw\n").arg(a).toUtf8());
    f.close();
    MountInfoEnv env(info);
    WizardHooks hooks;
    QString scanned;
    hooks.scan = [&scanned](const QString &spec, const ScanOptions &, const CancelToken &, const ProgressFn &) -> Expected<ScanResult> {
        scanned = spec;
        return ScanResult();
    };
    WizardWindow w(QStringLiteral("offline:auto"), hooks);
    w.show();
    CHECK(w.targetSpec() == QStringLiteral("offline:") + a);
    REQUIRE(QTest::qWaitFor([&]() { return w.scanFinished(); }, 10000));
    CHECK(scanned == QStringLiteral("offline:") + a);
}
#endif
