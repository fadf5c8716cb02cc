// Shared helpers of the signature tests: generated PEs, catalogs and golden JSON.
#pragma once
#include "checks/file_verifier.h"
#include "fixtures/signing_fixtures.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace wd::test::sigt {

inline QDateTime utc(int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC); }
// Inside the test signer's validity (2024).
inline QDateTime kAt() { return utc(2024, 6, 1); }

inline QByteArray basePe()
{
    const QByteArray pe = wd::fx::winePeDll(QStringLiteral("version.dll"));
    REQUIRE(!pe.isEmpty());
    return pe;
}

inline QByteArray signedPe(const wd::fx::KeyPair *signer = nullptr, const QString &hash = QStringLiteral("sha256"))
{
    const auto &pki = wd::fx::TestPki::instance();
    Expected<QByteArray> s = wd::fx::signPe(basePe(), signer ? *signer : pki.signer, hash);
    INFO((s ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
    return *s;
}

inline std::shared_ptr<wd::sig::TrustStore> testTrust(bool withRoot = true)
{
    auto t = std::make_shared<wd::sig::TrustStore>();
    if (withRoot)
        REQUIRE(t->addDer(wd::fx::TestPki::instance().root.certDer()));
    return t;
}

struct Verified {
    VerifiedFile file;
};

inline VerifiedFile verifyBytes(const QByteArray &bytes, const QDateTime &at = kAt(),
                                std::shared_ptr<wd::sig::TrustStore> trust = {},
                                std::shared_ptr<wd::sig::CatalogIndex> catalogs = {}, const QString &name = QStringLiteral("file.dll"))
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    FileVerifier v(trust ? trust : testTrust(), catalogs, at);
    VerifiedFile r = v.verifyHostFile(path, QStringLiteral("C:\\Test\\") + name, QStringLiteral("provider"));
    return r;
}

// Volatile parts of a file object (hashes, serials, thumbprints, random-key dependent values).
inline QJsonObject normalized(QJsonObject o)
{
    const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{16,}$"));
    std::function<QJsonValue(const QJsonValue &)> walk = [&](const QJsonValue &v) -> QJsonValue {
        if (v.isObject()) {
            QJsonObject obj = v.toObject();
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                const QString k = it.key();
                if (k == QLatin1String("sha256") || k == QLatin1String("sha1") || k == QLatin1String("serial"))
                    it.value() = QStringLiteral("<%1>").arg(k);
                else if (k == QLatin1String("catalog") && !it.value().toString().isEmpty())
                    it.value() = QStringLiteral("<catalog>");
                else
                    it.value() = walk(it.value());
            }
            return obj;
        }
        if (v.isArray()) {
            QJsonArray a;
            for (const QJsonValue &x : v.toArray())
                a.append(walk(x));
            return a;
        }
        if (v.isString() && hex.match(v.toString()).hasMatch())
            return QStringLiteral("<hex>");
        return v;
    };
    return walk(o).toObject();
}

// Compares with tests/golden/NAME (WD_UPDATE_GOLDEN=1 rewrites it).
inline void checkGolden(const QString &name, const VerifiedFile &v)
{
    const QJsonObject doc{{QStringLiteral("schema"), QStringLiteral("winsock-doctor/verify/1")},
                          {QStringLiteral("files"), QJsonArray{normalized(v.toJson())}}};
    const QByteArray actual = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    const QString path = wd::test::sourceDir() + QStringLiteral("/tests/golden/") + name;
    if (qEnvironmentVariableIsSet("WD_UPDATE_GOLDEN")) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(actual);
        return;
    }
    const QByteArray expected = wd::test::readFile(path);
    INFO("golden " << name.toStdString());
    REQUIRE(!expected.isEmpty());
    CHECK(QString::fromUtf8(actual) == QString::fromUtf8(expected));
}

} // namespace wd::test::sigt
