// A genuine Microsoft-signed, RFC 3161-timestamped PE (vsce-sign.exe from the npm package
// @vscode/vsce-sign-win32-x64 2.0.6, fetched by tools/fetch-ms-signed.sh into .cache/, never committed)
// verified against the Microsoft roots of ../shared/realdata/roots. Microsoft's timestamp tokens carry
// a v1 attribute certificate next to the TSA certificates, which OpenSSL's PKCS7 decoder rejects;
// without handling that, every genuine Microsoft file would lose its timestamp and fail once its
// signing certificate expired.
#include "checks/file_verifier.h"
#include "formats/authenticode.h"
#include "support/test_util.h"
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace wd;
using wd::sig::Status;

namespace {

QString msSignedPe()
{
    QString p = qEnvironmentVariable("WD_MS_SIGNED_PE");
    if (p.isEmpty())
        p = QStringLiteral(WD_SOURCE_DIR "/.cache/ms-signed/vsce-sign.exe");
    if (QFile::exists(p))
        return p;
    // The test script fetched the file: then its absence is a failure, not a skip.
    REQUIRE(qEnvironmentVariable("WD_REQUIRE_MS_SIGNED") != QLatin1String("1"));
    return {};
}

std::shared_ptr<sig::TrustStore> microsoftRoots()
{
    auto t = std::make_shared<sig::TrustStore>();
    Expected<int> n = t->addPemDir(test::realDataDir() + QStringLiteral("/roots"));
    REQUIRE(n.ok());
    REQUIRE(*n >= 10);
    return t;
}

QDateTime utc(int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC); }

} // namespace

TEST_CASE("a genuine Microsoft-signed PE verifies valid through its RFC 3161 timestamp", "[signature][realdata]")
{
    const QString path = msSignedPe();
    if (path.isEmpty()) {
        WARN("no Microsoft-signed PE (run tools/fetch-ms-signed.sh)");
        return;
    }
    auto roots = microsoftRoots();
    // 2030: the signing certificate has long expired; the timestamp (2025-09-22) carries the signature.
    const VerifiedFile v = FileVerifier(roots, nullptr, utc(2030, 1, 1)).verifyHostFile(path);
    INFO(v.signature.reason.toStdString());
    CHECK(v.signature.status == Status::Valid);
    CHECK(v.source == QLatin1String("embedded"));
    CHECK(v.sha256 == QLatin1String("7eb5f35f7e99baf3ae5475692aad47edee19906dad920c4cf4d08bd68aded02e"));
    CHECK(v.signature.signer.commonName == QLatin1String("Microsoft Corporation"));
    CHECK(v.signature.chainsToMicrosoft);
    REQUIRE(v.signature.chain.size() == 3);
    CHECK(v.signature.chain.last().commonName == QLatin1String("Microsoft Root Certificate Authority 2011"));
    REQUIRE(v.signature.timestamp.has_value());
    CHECK(v.signature.timestamp->kind == QLatin1String("rfc3161"));
    CHECK(v.signature.timestamp->valid);
    CHECK(v.signature.timestamp->signer == QLatin1String("Microsoft Time-Stamp Service"));
    CHECK(v.signature.timestamp->time == QDateTime(QDate(2025, 9, 22), QTime(16, 45, 2), Qt::UTC));
    CHECK(v.signature.digestAlgorithm == QLatin1String("sha256"));
    CHECK(v.version.companyName == QLatin1String("Microsoft Corporation"));
    CHECK(v.version.fileVersion == QLatin1String("2.0.6"));
    CHECK(v.machine == QLatin1String("x64"));

    // Without Microsoft's roots the same file is not trusted.
    const VerifiedFile noRoots =
        FileVerifier(std::make_shared<sig::TrustStore>(), nullptr, utc(2030, 1, 1)).verifyHostFile(path);
    CHECK(noRoots.signature.status == Status::UntrustedRoot);

    // One byte changed inside the image: the Authenticode digest no longer matches.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    bytes[0x400] = char(bytes[0x400] ^ 0x01);
    QTemporaryDir dir;
    const QString patched = dir.filePath(QStringLiteral("patched.exe"));
    QFile out(patched);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(bytes) == bytes.size());
    out.close();
    const VerifiedFile bad = FileVerifier(roots, nullptr, utc(2030, 1, 1)).verifyHostFile(patched);
    CHECK(bad.signature.status == Status::HashMismatch);
}
