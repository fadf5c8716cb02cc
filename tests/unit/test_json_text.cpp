// core/json_text: objects assembled as text and parsed by QJson are the objects QJsonObject::insert
// makes (the reference), whatever the strings hold; the verification's report entries made that way
// are those the DESIGN.md "file" object describes, member for member.
#include "checks/file_verifier.h"
#include "core/json_text.h"
#include "platform/targets.h"
#include "support/test_util.h"
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

// Strings JSON must escape or that encode specially, and plain ones.
QList<QString> awkwardStrings()
{
    QList<QString> s{QString(),
                     QStringLiteral("plain ASCII text"),
                     QStringLiteral("C:\\Windows\\System32\\ws2_32.dll"),
                     QStringLiteral("say \"hi\" / bye"),
                     QStringLiteral("网络组件 ws2_32.dll（微软）"),
                     QStringLiteral("tab\tnew line\nreturn\r"),
                     QString(QChar(0x7F)) + QChar(0x80) + QChar(0xFFFF) + QChar(0xFEFF),
                     QString::fromUcs4(U"emoji \U0001F600 and \U00010000"),
                     QString(QChar(0xD800)) + QStringLiteral("lone high"),
                     QStringLiteral("lone low") + QChar(0xDC00),
                     QString(QChar(0xDC00)) + QChar(0xD800), // a pair the wrong way round
                     QString(QChar(0xDBFF))};
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    s.append(controls);
    return s;
}

QString randomString(QRandomGenerator &rng)
{
    QString s;
    const int n = rng.bounded(0, 24);
    for (int i = 0; i < n; ++i) {
        switch (rng.bounded(0, 5)) {
        case 0: s += QChar(char16_t(rng.bounded(0, 0x20))); break;           // controls
        case 1: s += QChar(char16_t(rng.bounded(0x20, 0x80))); break;        // ASCII with quotes and backslashes
        case 2: s += QChar(char16_t(rng.bounded(0xD800, 0xE000))); break;    // surrogates, paired or not
        case 3: s += QChar(char16_t(rng.bounded(0x80, 0x10000))); break;     // anything of the BMP
        default: s += QChar(u'"'); s += QChar(u'\\'); break;
        }
    }
    return s;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// A VerifiedFile's report entry made with QJsonObject::insert, as DESIGN.md describes it: the reference.
QJsonObject timestampByInsert(const sig::Timestamp &t)
{
    QJsonObject o{{QStringLiteral("kind"), t.kind}, {QStringLiteral("time"), isoUtc(t.time)},
                  {QStringLiteral("valid"), t.valid}, {QStringLiteral("signer"), t.signer}};
    if (!t.reason.isEmpty())
        o.insert(QStringLiteral("reason"), t.reason.toSourceString());
    return o;
}

QJsonObject signatureByInsert(const sig::SignatureInfo &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), sig::statusToString(s.status));
    o.insert(QStringLiteral("signer"), s.signer.commonName.isEmpty() ? s.signer.subject : s.signer.commonName);
    QJsonArray chain;
    for (const sig::CertInfo &c : s.chain)
        chain.append(c.subject);
    o.insert(QStringLiteral("chain"), chain);
    o.insert(QStringLiteral("digest_algorithm"), s.digestAlgorithm);
    o.insert(QStringLiteral("timestamp"), s.timestamp ? QJsonValue(timestampByInsert(*s.timestamp)) : QJsonValue());
    o.insert(QStringLiteral("reason"), s.reason.toSourceString());
    o.insert(QStringLiteral("microsoft"), s.chainsToMicrosoft);
    if (!s.nested.isEmpty()) {
        QJsonArray n;
        for (const sig::SignatureInfo &x : s.nested)
            n.append(signatureByInsert(x));
        o.insert(QStringLiteral("nested"), n);
    }
    return o;
}

QJsonObject entryByInsert(const VerifiedFile &v)
{
    QJsonObject o{{QStringLiteral("path"), v.path},
                  {QStringLiteral("role"), v.role},
                  {QStringLiteral("exists"), v.exists},
                  {QStringLiteral("sha256"), v.sha256},
                  {QStringLiteral("version"), v.version.fileVersion},
                  {QStringLiteral("version_info"),
                   QJsonObject{{QStringLiteral("file_version"), v.version.fileVersion},
                               {QStringLiteral("product_version"), v.version.productVersion},
                               {QStringLiteral("company"), v.version.companyName},
                               {QStringLiteral("product"), v.version.productName},
                               {QStringLiteral("description"), v.version.fileDescription},
                               {QStringLiteral("original_filename"), v.version.originalFilename}}}};
    if (!v.machine.isEmpty())
        o.insert(QStringLiteral("machine"), v.machine);
    QJsonObject s = signatureByInsert(v.signature);
    s.insert(QStringLiteral("source"), v.source);
    s.insert(QStringLiteral("catalog"), v.catalog);
    if (!v.exists || v.unreadable)
        s = QJsonObject{{QStringLiteral("status"), QStringLiteral("malformed")}, {QStringLiteral("source"), QStringLiteral("none")},
                        {QStringLiteral("signer"), QString()}, {QStringLiteral("chain"), QJsonArray()},
                        {QStringLiteral("catalog"), QString()}, {QStringLiteral("timestamp"), QJsonValue()},
                        {QStringLiteral("reason"), v.error}};
    o.insert(QStringLiteral("signature"), s);
    return o;
}

} // namespace

TEST_CASE("JSON text parsed by QJson gives the object QJsonObject::insert makes, whatever the strings hold", "[json]")
{
    QList<QString> strings = awkwardStrings();
    QRandomGenerator rng(20261201);
    for (int i = 0; i < 3000; ++i)
        strings.append(randomString(rng));
    for (const QString &s : std::as_const(strings)) {
        JsonText t;
        t.beginObject().member(QLatin1String("s"), s).member(QLatin1String("yes"), true).member(QLatin1String("no"), false);
        t.key(QLatin1String("nothing")).null();
        t.key(QLatin1String("list")).beginArray().string(s).beginObject().member(QLatin1String("inner"), s).endObject();
        t.beginArray().endArray().boolean(true).null().endArray();
        t.key(QLatin1String("empty")).beginObject().endObject();
        t.endObject();
        const QJsonObject expected{{QStringLiteral("s"), s},
                                   {QStringLiteral("yes"), true},
                                   {QStringLiteral("no"), false},
                                   {QStringLiteral("nothing"), QJsonValue()},
                                   {QStringLiteral("list"), QJsonArray{s, QJsonObject{{QStringLiteral("inner"), s}}, QJsonArray(), true, QJsonValue()}},
                                   {QStringLiteral("empty"), QJsonObject()}};
        const QJsonObject made = t.object();
        INFO(t.text().toStdString());
        REQUIRE(made == expected);
        // The string itself, unit for unit (QJsonValue comparison is of the UTF-16 text too).
        CHECK(made.value(QLatin1String("s")).toString() == s);
        // The report's output bytes are the same as for the reference object.
        CHECK(QJsonDocument(made).toJson() == QJsonDocument(expected).toJson());
    }
}

TEST_CASE("report entries of verified files are the DESIGN.md file objects, member for member", "[json]")
{
    if (!demoImageAvailable())
        return;
    QTemporaryDir dir;
    REQUIRE(extractDemoImage(dir.path()).ok());
    const std::unique_ptr<FileVerifier> demo = test::demoVolumeVerifier(dir.path());
    const FileVerifier &verifier = *demo;
    QDirIterator it(dir.path() + QStringLiteral("/Windows"), QDir::Files, QDirIterator::Subdirectories);
    int n = 0, signedFiles = 0, timestamped = 0;
    QRandomGenerator rng(7);
    while (it.hasNext()) {
        const QString path = it.next();
        VerifiedFile v = verifier.verifyHostFile(path, QStringLiteral("C:\\x\\") + it.fileName(), QStringLiteral("system"), n % 2 == 0);
        ++n;
        signedFiles += v.signature.status == sig::Status::Valid ? 1 : 0;
        timestamped += v.signature.timestamp ? 1 : 0;
        INFO(path.toStdString());
        CHECK(v.toJson() == entryByInsert(v));
        CHECK(v.signatureEntry() == entryByInsert(v).value(QLatin1String("signature")).toObject());
        CHECK(v.signature.toJson() == signatureByInsert(v.signature));
        // Awkward texts in every string the entry holds.
        v.path = randomString(rng);
        v.version.companyName = randomString(rng);
        v.version.fileDescription = QString(QChar(0xD800)) + randomString(rng);
        v.signature.signer.commonName = randomString(rng);
        v.signature.reason = Text(randomString(rng));
        CHECK(v.toJson() == entryByInsert(v));
    }
    // A file that is missing or unreadable: the fixed "malformed" signature object with its reason.
    VerifiedFile missing = verifier.verifyHostFile(dir.path() + QStringLiteral("/no-such.dll"), QStringLiteral("C:\\no-such.dll"),
                                                   QStringLiteral("system"));
    REQUIRE_FALSE(missing.exists);
    CHECK(missing.toJson() == entryByInsert(missing));
    CHECK(n > 10);
    CHECK(signedFiles > 0);
    CHECK(timestamped > 0);
}
