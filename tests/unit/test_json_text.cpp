// core/json_text: objects assembled as text and parsed by QJson are the objects QJsonObject::insert
// makes (the reference), whatever the strings hold; the verification's report entries made that way
// are those the DESIGN.md "file" object describes, member for member.
#include "checks/file_verifier.h"
#include "core/json_text.h"
#include "core/scan_result.h"
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

namespace {

// How QJsonDocument writes OBJECT as an element of a report's "files" list (the reference).
QByteArray qtListElement(const QJsonObject &object)
{
    return filesListElements(QJsonArray{object});
}

} // namespace

TEST_CASE("report entries written from their text are QJsonDocument's indentation of them, byte for byte", "[json]")
{
    QList<QString> strings = awkwardStrings();
    QRandomGenerator rng(20261202);
    for (int i = 0; i < 3000; ++i)
        strings.append(randomString(rng));
    for (const QString &s : std::as_const(strings)) {
        // Members out of key order, nested objects and arrays, empty ones, every literal.
        JsonText t;
        t.beginObject().member(QLatin1String("zeta"), s).member(QLatin1String("alpha"), true);
        t.key(QLatin1String("list")).beginArray().string(s).beginObject().member(QLatin1String("y"), s).member(QLatin1String("b"), false);
        t.key(QLatin1String("a")).beginArray().endArray().endObject().beginArray().beginArray().endArray().endArray().null().endArray();
        t.key(QLatin1String("empty")).beginObject().endObject().key(QLatin1String("Z")).null();
        t.key(QLatin1String("version_info")).beginObject().member(QLatin1String("v"), s).endObject();
        t.member(QLatin1String("version"), s);
        t.endObject();
        const QJsonObject object = t.object();
        INFO(t.text().toStdString());
        const QByteArray mine = filesListElement(t.text());
        REQUIRE_FALSE(mine.isEmpty());
        CHECK(mine == qtListElement(object));
        for (int depth : {0, 1, 5}) { // at other depths: Qt's whole document when at depth 0
            QByteArray out("x");
            REQUIRE(jsontext::appendIndented(t.text(), depth, &out));
            if (depth == 0)
                CHECK(out.mid(1) + '\n' == QJsonDocument(object).toJson(QJsonDocument::Indented));
        }
        // Members read from the text are those of the parsed object.
        const QLatin1String keys[] = {QLatin1String("zeta"), QLatin1String("version"), QLatin1String("absent"), QLatin1String("alpha")};
        QByteArrayView values[4];
        REQUIRE(jsontext::memberValues(t.text(), keys, 4, values));
        CHECK(jsontext::stringValue(values[0]) == std::optional<QString>(s));
        CHECK(jsontext::stringValue(values[1]) == std::optional<QString>(s));
        CHECK(values[2].isEmpty());
        CHECK(values[3] == QByteArrayView("true"));
        CHECK_FALSE(jsontext::stringValue(values[3]));
        CHECK(jsontext::memberValue(t.text(), QLatin1String("list")).startsWith("["));
        // A text read before is scanned, not checked again: the same members.
        QByteArrayView trusted[4];
        REQUIRE(jsontext::memberValues(t.text(), keys, 4, trusted, true));
        for (int k = 0; k < 4; ++k)
            CHECK(trusted[k] == values[k]);
    }
}

TEST_CASE("texts that are not compact report objects are refused by the text reader", "[json]")
{
    const QByteArray good = R"({"a":"x","b":[true,null,{}],"c":{"d":"\u0001\n"}})";
    QByteArray out("unchanged");
    REQUIRE(jsontext::appendIndented(good, 1, &out));
    const QList<QByteArray> bad{
        QByteArray(),
        "[]",
        "\"a\"",
        "{",
        good.chopped(1),
        good + " ",
        good + "{}",
        R"({ "a":"x"})",
        R"({"a": "x"})",
        R"({"a":1})",
        R"({"a":-0.5})",
        R"({"a":"x","a":"y"})",
        R"({"a":{"b":"1","b":"2"}})",
        R"({"a":"\/"})",
        R"({"a":"\x"})",
        R"({"a":"\u12G4"})",
        R"({"a":"\u12"})",
        QByteArray("{\"a\":\"tab\there\"}"),
        QByteArray("{\"a\":\"\xC0\xAF\"}"),         // overlong UTF-8
        QByteArray("{\"a\":\"\xED\xA0\x80\"}"),     // an encoded surrogate
        QByteArray("{\"a\":\"\xF4\x90\x80\x80\"}"), // above U+10FFFF
        QByteArray("{\"a\":\"\xE4\xB8\"}"),         // cut short
        QByteArray("{\"\xC3\xA9\":\"x\"}"),         // a key that is not ASCII
        R"({"a\"b":"x"})",                          // an escaped key
        R"({"a":tru})",
        R"({"a":nulll})",
        R"({"a":["x",]})",
        R"({"a":"x",})",
        R"({,"a":"x"})",
        R"({"a""x"})",
    };
    for (const QByteArray &b : bad) {
        INFO(b.toStdString());
        QByteArray o("unchanged");
        CHECK_FALSE(jsontext::appendIndented(b, 1, &o));
        CHECK(o == "unchanged");
        CHECK(filesListElement(b).isEmpty());
        CHECK(jsontext::memberValue(b, QLatin1String("a")).isEmpty());
        // Scanned as if it had been read before (a caller's mistake): it ends, and what it finds lies
        // inside the text.
        const QLatin1String keys[] = {QLatin1String("a"), QLatin1String("zz")};
        QByteArrayView found[2];
        jsontext::memberValues(b, keys, 2, found, true);
        for (const QByteArrayView &f : found)
            CHECK((f.isEmpty() || (f.data() >= b.data() && f.data() + f.size() <= b.data() + b.size())));
    }
    // Nesting: 33 levels (depths 0 to 32) are read, 34 are not.
    auto nested = [](int levels) { return QByteArray("{\"a\":").repeated(levels) + QByteArray("null") + QByteArray("}").repeated(levels); };
    QByteArray o;
    CHECK(jsontext::appendIndented(nested(33), 0, &o));
    CHECK(o + '\n' == QJsonDocument::fromJson(nested(33)).toJson(QJsonDocument::Indented));
    CHECK_FALSE(jsontext::appendIndented(nested(34), 0, &o));
    // Strings: escapes decoded as QJson decodes them.
    for (const QByteArray &raw : {QByteArray(R"("")"), QByteArray(R"("a\"b\\c\b\f\n\r\t")"), QByteArray(R"("\u0001\u00e9\ud83d\ude00\ud800x")"),
                                  QByteArray("\"\xE7\xBD\x91\xE7\xBB\x9C\"")}) {
        INFO(raw.toStdString());
        const QJsonArray a = QJsonDocument::fromJson("[" + raw + "]").array();
        REQUIRE(a.size() == 1);
        CHECK(jsontext::stringValue(raw) == std::optional<QString>(a.at(0).toString()));
    }
    CHECK_FALSE(jsontext::stringValue("\"a"));
    CHECK_FALSE(jsontext::stringValue("\"a\"b"));
    CHECK_FALSE(jsontext::stringValue("true"));
}

TEST_CASE("a scan's files list keeps its entries as text until they are read, in order, shared until changed", "[json]")
{
    QList<QJsonObject> objects;
    FileEntries list;
    QRandomGenerator rng(5);
    for (int i = 0; i < 700; ++i) {
        JsonText t;
        t.beginObject().member(QLatin1String("path"), QStringLiteral("C:\\f%1 ").arg(i) + randomString(rng));
        t.member(QLatin1String("exists"), i % 2 == 0).endObject();
        objects.append(t.object());
        list.appendText(t.text());
    }
    CHECK(list.size() == 700);
    CHECK(list.unparsedTexts() == 700);
    // Written from the texts: the elements QJsonDocument writes for the objects.
    QJsonArray reference;
    for (const QJsonObject &o : std::as_const(objects))
        reference.append(o);
    CHECK(list.listElements(0, 700) == filesListElements(reference));
    QJsonArray ten;
    for (int i = 10; i < 20; ++i)
        ten.append(reference.at(i));
    CHECK(list.listElements(10, 20) == filesListElements(ten));
    CHECK(list.unparsedTexts() == 700);
    // A report written from the texts is the one written from the objects.
    ScanResult r;
    r.files = list;
    const QByteArray fromTexts = r.toJsonBytes(2);
    CHECK(r.files.unparsedTexts() == 700);
    ScanResult same;
    same.files = reference;
    CHECK(fromTexts == same.toJsonBytes(2));
    CHECK(fromTexts == QJsonDocument(same.toJson()).toJson(QJsonDocument::Indented));
    // A copy shares them; appending to it leaves the original as it was.
    FileEntries copy = list;
    copy.appendText(R"({"path":"added"})");
    CHECK(copy.size() == 701);
    CHECK(list.size() == 700);
    // Read as objects: every entry, in order, once parsed (from every core).
    CHECK(list.array() == reference);
    CHECK(list.unparsedTexts() == 0);
    CHECK(copy.unparsedTexts() == 701); // its own texts
    CHECK(copy.at(700).toObject().value(QLatin1String("path")).toString() == QStringLiteral("added"));
    // Objects and texts mixed keep their order; a text that is not an object reads as an empty one.
    FileEntries mixed;
    mixed.appendText(R"({"n":"1"})");
    mixed.append(QJsonObject{{QStringLiteral("n"), QStringLiteral("2")}});
    mixed.appendText("not json");
    mixed.appendText(R"({"n":"4"})");
    REQUIRE(mixed.size() == 4);
    CHECK(mixed.at(0).toObject().value(QLatin1String("n")).toString() == QStringLiteral("1"));
    CHECK(mixed.at(1).toObject().value(QLatin1String("n")).toString() == QStringLiteral("2"));
    CHECK(mixed.at(2).toObject().isEmpty());
    CHECK(mixed.at(3).toObject().value(QLatin1String("n")).toString() == QStringLiteral("4"));
    // A report with a text that cannot be written as it is falls back to the objects.
    FileEntries withBad = list;
    withBad = QJsonArray();
    for (int i = 0; i < 300; ++i)
        withBad.appendText(i == 150 ? QByteArray("{\"x\": \"spaced\"}") : QByteArray(R"({"x":"y"})"));
    ScanResult rb;
    rb.files = withBad;
    CHECK(rb.toJsonBytes(2) == QJsonDocument(rb.toJson()).toJson(QJsonDocument::Indented));
}
