// The "signatures" check on a generated offline volume and the verify command line.
#include "checks/checks.h"
#include "fixtures/signing_fixtures.h"
#include "fixtures/windows_image.h"
#include "platform/targets.h"
#include "test_signature_support.h"
#include <QJsonDocument>

using namespace wd;
using namespace wd::test::sigt;

namespace {

bool hasFinding(const ScanResult &r, const QString &id)
{
    for (const Finding &f : r.findings)
        if (f.id == id)
            return true;
    return false;
}

QJsonObject fileEntry(const ScanResult &r, const QString &suffix)
{
    for (const QJsonValue &v : r.files)
        if (v.toObject().value(QStringLiteral("path")).toString().endsWith(suffix, Qt::CaseInsensitive))
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("signatures check on an offline volume", "[signature]")
{
    QTemporaryDir dir;
    {
        fx::WindowsImage img(dir.path());
        fx::addSignatureFixtures(img);
        img.commit();
    }
    Expected<TargetSpec> spec = TargetSpec::parse(QStringLiteral("offline:") + dir.path());
    REQUIRE(spec.ok());
    Expected<OpenedTarget> t = openTarget(*spec);
    REQUIRE(t.ok());
    ScanOptions opts;
    opts.verificationTime = utc(2026, 11, 25);
    CancelToken cancel;
    qint64 progressCalls = 0;
    const ScanResult r = scanTarget(*t, opts, cancel, [&](const QString &id, qint64, qint64, const QString &) {
        if (id == QLatin1String("signatures"))
            ++progressCalls;
    });
    CHECK(progressCalls > 0);
    // ws2_32.dll: signed, timestamped, then patched.
    const QJsonObject ws2 = fileEntry(r, QStringLiteral("System32\\ws2_32.dll"));
    REQUIRE(!ws2.isEmpty());
    CHECK(ws2.value(QStringLiteral("role")).toString() == QLatin1String("ws2_32"));
    CHECK(ws2.value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString() == QLatin1String("hash_mismatch"));
    CHECK(hasFinding(r, QStringLiteral("signature.ws2_32.invalid")));
    // mswsock.dll: valid through the catalog (root from the target's own ROOT store) but not Microsoft's.
    const QJsonObject msw = fileEntry(r, QStringLiteral("System32\\mswsock.dll"));
    REQUIRE(!msw.isEmpty());
    const QJsonObject mswSig = msw.value(QStringLiteral("signature")).toObject();
    CHECK(mswSig.value(QStringLiteral("status")).toString() == QLatin1String("valid"));
    CHECK(mswSig.value(QStringLiteral("source")).toString() == QLatin1String("catalog"));
    CHECK(hasFinding(r, QStringLiteral("signature.not-microsoft")));

    // Deep mode adds every DLL of System32 (the unsigned provider is not there); cancel stops it.
    opts.deep = true;
    CancelToken cancelled;
    cancelled.cancel();
    const ScanResult c = scanTarget(*t, opts, cancelled);
    CHECK(c.files.isEmpty());
}

TEST_CASE("verify command: text, json and exit codes", "[signature]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.dll"));
    const QString bad = dir.filePath(QStringLiteral("bad.dll"));
    const QString roots = dir.filePath(QStringLiteral("roots"));
    QDir().mkpath(roots);
    const QByteArray signedBytes = signedPe();
    QByteArray patched = signedBytes;
    patched[0x600] = char(patched[0x600] ^ 1);
    for (auto [path, data] : {std::pair{good, signedBytes}, std::pair{bad, patched},
                              std::pair{roots + QStringLiteral("/root.pem"), fx::TestPki::instance().root.certPem()}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    const QStringList common{QStringLiteral("--trust-roots"), roots, QStringLiteral("--at"), QStringLiteral("2024-06-01T00:00:00Z")};
    auto r = wd::test::runApp(QStringList{QStringLiteral("verify")} + common + QStringList{good});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("Verified:\tSigned"));
    CHECK(r.out.contains("Publisher:\tWD Test Code Signing"));
    CHECK(r.out.contains("Company:\tMicrosoft Corporation"));
    CHECK_FALSE(r.out.contains("SHA256:")); // the flat hash only with --hashes (issue #18)

    r = wd::test::runApp(QStringList{QStringLiteral("verify"), QStringLiteral("--format"), QStringLiteral("json")} + common
                         + QStringList{good, bad});
    CHECK(r.exitCode == 1);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    CHECK(doc.value(QStringLiteral("schema")).toString() == QLatin1String("winsock-doctor/verify/1"));
    const QJsonArray files = doc.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 2);
    CHECK(files[0].toObject().value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString() == QLatin1String("valid"));
    CHECK(files[1].toObject().value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString()
          == QLatin1String("hash_mismatch"));

    // Expired signer without timestamp when checked today-ish.
    r = wd::test::runApp({QStringLiteral("verify"), QStringLiteral("--trust-roots"), roots, QStringLiteral("--at"),
                          QStringLiteral("2026-06-01T00:00:00Z"), good});
    CHECK(r.exitCode == 1);
    r = wd::test::runApp({QStringLiteral("verify"), dir.filePath(QStringLiteral("missing.dll"))});
    CHECK(r.exitCode == 3);
    r = wd::test::runApp({QStringLiteral("verify")});
    CHECK(r.exitCode == 2);
    r = wd::test::runApp({QStringLiteral("verify"), QStringLiteral("--at"), QStringLiteral("yesterday"), good});
    CHECK(r.exitCode == 2);
}

TEST_CASE("the demo's test root stands in for Microsoft on the demo target only", "[signature][demo]")
{
    if (!demoImageAvailable())
        return;
    ScanOptions opts;
    opts.verificationTime = utc(2026, 11, 25);
    CancelToken cancel;
    Expected<TargetSpec> demo = TargetSpec::parse(QStringLiteral("demo"));
    REQUIRE(demo.ok());
    Expected<OpenedTarget> t = openTarget(*demo);
    REQUIRE(t.ok());
    const ScanResult r = scanTarget(*t, opts, cancel);
    CHECK(hasFinding(r, QStringLiteral("signature.demo.stand-in")));
    CHECK_FALSE(hasFinding(r, QStringLiteral("signature.not-microsoft")));
    CHECK(hasFinding(r, QStringLiteral("signature.ws2_32.invalid"))); // the patched ws2_32.dll stays a finding
    const QJsonObject msw = fileEntry(r, QStringLiteral("System32\\mswsock.dll"));
    CHECK(msw.value(QStringLiteral("signature")).toObject().value(QStringLiteral("microsoft")).toBool());

    // The same files as an ordinary offline volume: the marker file is not honoured there.
    QTemporaryDir dir;
    REQUIRE(extractDemoImage(dir.path()).ok());
    Expected<TargetSpec> off = TargetSpec::parse(QStringLiteral("offline:") + dir.path());
    REQUIRE(off.ok());
    Expected<OpenedTarget> o = openTarget(*off);
    REQUIRE(o.ok());
    const ScanResult ro = scanTarget(*o, opts, cancel);
    CHECK_FALSE(hasFinding(ro, QStringLiteral("signature.demo.stand-in")));
    CHECK(hasFinding(ro, QStringLiteral("signature.not-microsoft")));
}
