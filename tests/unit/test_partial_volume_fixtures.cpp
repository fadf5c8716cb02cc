// Partial volumes on generated volumes (issue 16 item 7): a volume without System32\drivers and CatRoot
// gives scan.partial-volume instead of the filter driver's "file missing"; a complete one is unchanged.
#include "fixtures/repair_fixtures.h"
#include "platform/targets.h"
#include <QDir>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

ScanResult scan(const QString &root)
{
    auto spec = TargetSpec::parse(QStringLiteral("offline:") + root);
    REQUIRE(spec.ok());
    auto target = openTarget(*spec);
    REQUIRE(target.ok());
    CancelToken cancel;
    return scanTarget(*target, ScanOptions{}, cancel);
}

QList<Finding> findingsOf(const ScanResult &r, const QString &id)
{
    QList<Finding> out;
    for (const Finding &f : r.findings)
        if (f.id == id)
            out << f;
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << (x.isObject() ? x.toObject().value(QStringLiteral("folder")).toString() : x.toString());
    return out;
}

} // namespace

TEST_CASE("A volume without System32\\drivers and CatRoot: filter drivers not reported missing, complete volume unchanged",
          "[partial]")
{
    QTemporaryDir full;
    fx::buildRepairImage(full.path());
    const ScanResult before = scan(full.path());
    CHECK(findingsOf(before, QStringLiteral("scan.partial-volume")).isEmpty());
    CHECK(findingsOf(before, QStringLiteral("devices.filter.missing-file")).size() == 1); // badfilt.sys really is missing

    QTemporaryDir part;
    fx::buildRepairImage(part.path());
    REQUIRE(QDir(part.path() + QStringLiteral("/Windows/System32/drivers")).removeRecursively());
    REQUIRE(QDir(part.path() + QStringLiteral("/Windows/System32/CatRoot")).removeRecursively());
    const ScanResult r = scan(part.path());
    CHECK(findingsOf(r, QStringLiteral("devices.filter.missing-file")).isEmpty());
    const QList<Finding> p = findingsOf(r, QStringLiteral("scan.partial-volume"));
    REQUIRE(p.size() == 1);
    CHECK(strings(p[0].evidence.value(QStringLiteral("absent"))) ==
          QStringList{QStringLiteral("C:\\Windows\\System32\\drivers"), QStringLiteral("C:\\Windows\\System32\\CatRoot")});
    CHECK(strings(p[0].evidence.value(QStringLiteral("not_checked"))).contains(QStringLiteral("C:\\Windows\\System32\\drivers\\badfilt.sys"),
                                                                             Qt::CaseInsensitive));
    // The registry findings are the same as on the complete volume.
    CHECK(findingsOf(r, QStringLiteral("winsock.lsp.present")).size() == findingsOf(before, QStringLiteral("winsock.lsp.present")).size());
    CHECK(findingsOf(r, QStringLiteral("appinit.dlls.active")).size() == findingsOf(before, QStringLiteral("appinit.dlls.active")).size());
}
