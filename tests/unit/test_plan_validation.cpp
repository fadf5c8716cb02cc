// Hostile request ("plan") files for the elevated copy (repairs/plan_validation.h): every one is
// refused with a clear error before a target is opened, and nothing is written.
#include "fixtures/repair_fixtures.h"
#include "repairs/elevated_handoff.h"
#include "repairs/plan_validation.h"
#include "support/test_util.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

const QString kSha(64, QLatin1Char('a'));

QJsonObject goodRequest(const QString &target)
{
    handoff::RepairRequest r;
    r.target = target;
    r.actions = {QStringLiteral("winsock.remove-lsp"), QStringLiteral("appinit.disable")};
    Finding f;
    f.id = QStringLiteral("winsock.lsp");
    f.check = QStringLiteral("winsock");
    r.findings = {f};
    r.previewSha256 = kSha;
    return r.toJson();
}

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QString refusal(const QByteArray &bytes, const QString &planDir = QDir::tempPath())
{
    Expected<handoff::RepairRequest> r = handoff::parseRequest(bytes, planDir);
    return r ? QString() : r.error().message;
}

void write(const QString &path, const QByteArray &b)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(b) == b.size());
}

} // namespace

TEST_CASE("plan validation: the wizard's own request passes", "[elevation][plan]")
{
    Expected<handoff::RepairRequest> r = handoff::parseRequest(json(goodRequest(QStringLiteral("live"))), QDir::tempPath());
    REQUIRE(r.ok());
    CHECK(r->actions == QStringList{QStringLiteral("winsock.remove-lsp"), QStringLiteral("appinit.disable")});
    CHECK(r->previewSha256 == kSha);
    CHECK(r->findings.size() == 1);
    CHECK(handoff::parseRequest(json(goodRequest(QDir::rootPath().prepend(QStringLiteral("offline:")) + QStringLiteral("mnt/win"))), QDir::tempPath()).ok());
}

TEST_CASE("plan validation: hostile request texts are refused with a clear reason", "[elevation][plan]")
{
    auto with = [](const QString &key, const QJsonValue &v) {
        QJsonObject o = goodRequest(QStringLiteral("live"));
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
        return json(o);
    };
    CHECK(refusal(with(QStringLiteral("actions"), QJsonArray{QStringLiteral("format.c")})).contains(QStringLiteral("unknown repair action \"format.c\"")));
    CHECK(refusal(with(QStringLiteral("actions"), QJsonArray{})).contains(QStringLiteral("no repair actions")));
    CHECK(refusal(with(QStringLiteral("actions"), QJsonArray{QStringLiteral("appinit.disable"), QStringLiteral("appinit.disable")})).contains(QStringLiteral("twice")));
    CHECK(refusal(with(QStringLiteral("actions"), QStringLiteral("appinit.disable"))).contains(QStringLiteral("must be a list")));
    CHECK(refusal(with(QStringLiteral("actions"), QJsonArray{42})).contains(QStringLiteral("must be a list")));
    QJsonArray many;
    for (int i = 0; i < 1000; ++i)
        many.append(QStringLiteral("appinit.disable"));
    CHECK(refusal(with(QStringLiteral("actions"), many)).contains(QStringLiteral("at most")));
    // Targets other than live or an absolute offline volume.
    for (const QString &t : {QStringLiteral("demo"), QStringLiteral("report:/tmp/r.json"), QStringLiteral("offline:relative/dir"),
                             QStringLiteral("offline:/mnt/../etc"), QStringLiteral("offline:"), QStringLiteral("LIVE"), QString()})
        CHECK(refusal(with(QStringLiteral("target"), t)).contains(QStringLiteral("neither the running Windows")));
    CHECK(refusal(with(QStringLiteral("target"), 1)).contains(QStringLiteral("\"target\" must be text")));
    CHECK(refusal(with(QStringLiteral("target"), QJsonValue::Undefined)).contains(QStringLiteral("\"target\" must be text")));
    // Wrong types, missing or malformed preview digest, unknown keys, another schema.
    CHECK(refusal(with(QStringLiteral("preview_sha256"), QString())).contains(QStringLiteral("SHA-256")));
    CHECK(refusal(with(QStringLiteral("preview_sha256"), QStringLiteral("zz"))).contains(QStringLiteral("SHA-256")));
    CHECK(refusal(with(QStringLiteral("preview_sha256"), QJsonValue::Undefined)).contains(QStringLiteral("must be text")));
    CHECK(refusal(with(QStringLiteral("file"), QJsonArray{})).contains(QStringLiteral("\"file\" must be text")));
    CHECK(refusal(with(QStringLiteral("findings"), QJsonObject{})).contains(QStringLiteral("not a list")));
    CHECK(refusal(with(QStringLiteral("findings"), QJsonArray{1})).contains(QStringLiteral("finding")));
    CHECK(refusal(with(QStringLiteral("snapshot_dir"), QStringLiteral("/tmp/x"))).contains(QStringLiteral("unknown key \"snapshot_dir\"")));
    CHECK(refusal(with(QStringLiteral("trust_roots"), QStringLiteral("/tmp/evil"))).contains(QStringLiteral("unknown key")));
    CHECK(refusal(with(QStringLiteral("schema"), QStringLiteral("winsock-doctor/elevated-request/2"))).contains(QStringLiteral("schema")));
    CHECK(refusal(with(QStringLiteral("services"), QJsonArray{QStringLiteral("..\\..\\evil")})).contains(QStringLiteral("not a plain name")));
    CHECK(refusal(with(QStringLiteral("drivers"), QJsonArray{QStringLiteral("C:\\evil.sys")})).contains(QStringLiteral("not a plain name")));
    CHECK(refusal(with(QStringLiteral("devices"), QJsonArray{QStringLiteral("PCI\\VEN_8086&DEV_1234\\3&11583659&0&C8")})).isEmpty());
    // Duplicate keys (Qt would silently keep one), also spelled with an escape; truncated and trailing text.
    const QByteArray good = json(goodRequest(QStringLiteral("live")));
    QByteArray dup = good;
    dup.insert(1, R"("target":"offline:/mnt/other",)");
    CHECK(refusal(dup).contains(QStringLiteral("\"target\" appears twice")));
    dup = good;
    dup.insert(1, R"("t\u0061rget":"live",)");
    CHECK(refusal(dup).contains(QStringLiteral("appears twice")));
    CHECK(refusal(good.left(good.size() / 2)).contains(QStringLiteral("not valid JSON")));
    CHECK(refusal(good + "{}").contains(QStringLiteral("more after")));
    CHECK(refusal(QByteArray(100, '[') + QByteArray(100, ']')).contains(QStringLiteral("nested too deeply")));
    CHECK(refusal("[]").contains(QStringLiteral("not a JSON object")));
    CHECK(refusal(QByteArray()).contains(QStringLiteral("not valid JSON")));
    // Every refusal names the elevated request and says nothing was changed.
    CHECK(refusal("nope").contains(QStringLiteral("nothing was changed")));
}

TEST_CASE("plan validation: restore files only inside the request's folder, plan files only regular", "[elevation][plan]")
{
    QTemporaryDir dir, other;
    const QString planDir = dir.path();
    const QString inside = dir.filePath(QStringLiteral("backup.reg"));
    write(inside, "REGEDIT4\r\n");
    write(other.filePath(QStringLiteral("evil.reg")), "REGEDIT4\r\n");
    auto withFile = [&](const QString &file) {
        QJsonObject o = goodRequest(QStringLiteral("live"));
        o.insert(QStringLiteral("file"), file);
        return refusal(json(o), planDir);
    };
    CHECK(withFile(inside).isEmpty());
    CHECK(withFile(QString()).isEmpty());
    CHECK(withFile(other.filePath(QStringLiteral("evil.reg"))).contains(QStringLiteral("not inside the request's folder")));
    CHECK(withFile(planDir + QStringLiteral("/../") + QFileInfo(other.path()).fileName() + QStringLiteral("/evil.reg")).contains(QStringLiteral("not inside")));
    CHECK(withFile(QStringLiteral("backup.reg")).contains(QStringLiteral("not inside")));
    CHECK(withFile(planDir + QStringLiteral("x/backup.reg")).contains(QStringLiteral("not inside"))); // a sibling folder with the same prefix
    CHECK(withFile(dir.filePath(QStringLiteral("missing.reg"))).contains(QStringLiteral("not a regular file")));
    CHECK(withFile(planDir).contains(QStringLiteral("not inside")));
#ifndef Q_OS_WIN
    REQUIRE(QFile::link(other.filePath(QStringLiteral("evil.reg")), dir.filePath(QStringLiteral("link.reg"))));
    CHECK(withFile(dir.filePath(QStringLiteral("link.reg"))).contains(QStringLiteral("not a regular file")));
#endif
    // The plan file itself: a link, a folder, a huge (sparse) file.
    const QString plan = dir.filePath(QStringLiteral("request.json"));
    write(plan, json(goodRequest(QStringLiteral("live"))));
    CHECK(handoff::loadRequest(plan).ok());
#ifndef Q_OS_WIN
    const QString linked = dir.filePath(QStringLiteral("linked.json"));
    REQUIRE(QFile::link(plan, linked));
    Expected<handoff::RepairRequest> l = handoff::loadRequest(linked);
    REQUIRE_FALSE(l.ok());
    CHECK(l.error().message.contains(QStringLiteral("is a link")));
#endif
    Expected<handoff::RepairRequest> d = handoff::loadRequest(planDir);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().message.contains(QStringLiteral("not a regular file")));
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile f(huge);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(3ll * 1024 * 1024 * 1024)); // sparse: no disk space used
    }
    Expected<handoff::RepairRequest> h = handoff::loadRequest(huge);
    REQUIRE_FALSE(h.ok());
    CHECK(h.error().message.contains(QStringLiteral("larger than 4 MiB")));
}

TEST_CASE("the elevated copy refuses hostile plan files and writes nothing", "[elevation][plan][cli]")
{
    QTemporaryDir vol, tmp;
    fx::buildRepairImage(vol.path());
    const QString sys = vol.path() + QStringLiteral("/Windows/System32/config/SYSTEM");
    const QString soft = vol.path() + QStringLiteral("/Windows/System32/config/SOFTWARE");
    const QByteArray sysBefore = test::readFile(sys), softBefore = test::readFile(soft);
    const QString target = QStringLiteral("offline:") + vol.path();
    const QString plan = tmp.filePath(QStringLiteral("request.json")), result = tmp.filePath(QStringLiteral("result.json"));
    auto run = [&](const QByteArray &content, const QStringList &extra = {}) {
        write(plan, content);
        QFile::remove(result);
        test::RunResult r = test::runApp(QStringList{QStringLiteral("repair"), QStringLiteral("--plan"), plan, QStringLiteral("--result"), result,
                                                     QStringLiteral("--yes")} + extra);
        CHECK(r.exitCode != 0);
        Expected<QJsonObject> j = handoff::load(result, handoff::kResultSchema);
        REQUIRE(j.ok());
        Expected<handoff::Result> res = handoff::Result::fromJson(*j);
        REQUIRE(res.ok());
        CHECK_FALSE(res->ok);
        CHECK(res->exitCode == r.exitCode);
        CHECK(test::readFile(sys) == sysBefore);
        CHECK(test::readFile(soft) == softBefore);
        CHECK_FALSE(QDir(vol.path() + QStringLiteral("/ProgramData/WinsockDoctor/snapshots")).exists());
        return *res;
    };
    QJsonObject o = goodRequest(target);
    o.insert(QStringLiteral("actions"), QJsonArray{QStringLiteral("winsock.remove-lsp"), QStringLiteral("rm-rf")});
    handoff::Result r = run(json(o));
    CHECK(r.errorKind == QStringLiteral("corrupt"));
    CHECK(r.error.contains(QStringLiteral("unknown repair action \"rm-rf\"")));
    QByteArray dup = json(goodRequest(target));
    dup.insert(1, R"("actions":["appinit.disable"],)");
    CHECK(run(dup).error.contains(QStringLiteral("appears twice")));
    o = goodRequest(target);
    o.insert(QStringLiteral("file"), QStringLiteral("/etc/passwd"));
    CHECK(run(json(o)).error.contains(QStringLiteral("not inside the request's folder")));
    // A well-formed request whose confirmed preview is not what this volume needs: refused as changed.
    r = run(json(goodRequest(target)));
    CHECK(r.errorKind == QStringLiteral("plan-changed"));
    // Options that would change what the request says are refused next to --plan.
    r = run(json(goodRequest(target)), {QStringLiteral("--snapshot-dir"), tmp.filePath(QStringLiteral("snaps"))});
    CHECK(r.errorKind == QStringLiteral("usage"));
    CHECK(r.error.contains(QStringLiteral("--snapshot-dir")));
    CHECK_FALSE(QDir(tmp.filePath(QStringLiteral("snaps"))).exists());
    r = run(json(goodRequest(target)), {QStringLiteral("appinit.disable")});
    CHECK(r.errorKind == QStringLiteral("usage"));
}
