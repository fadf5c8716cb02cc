// Hashing once (issue #18): every file is read once and hashed once with only the digests its
// verification needs (HashStats tells which ran), flat hashes only when asked, and the parallel
// verifier (scan --deep, verify) gives the serial results in input order.
#include "checks/checks.h"
#include "fixtures/signing_fixtures.h"
#include "fixtures/windows_image.h"
#include "formats/byte_reader.h"
#include "formats/catalog.h"
#include "formats/der.h"
#include "formats/pe.h"
#include "platform/targets.h"
#include "test_signature_support.h"
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>

using namespace wd;
using namespace wd::test::sigt;
using wd::sig::Status;

namespace {

QString writeBytes(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

VerifiedFile verifyWith(const QByteArray &bytes, std::shared_ptr<sig::CatalogIndex> catalogs, bool flatHash,
                        std::shared_ptr<sig::TrustStore> trust = {})
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeBytes(dir, QStringLiteral("file.dll"), bytes);
    return FileVerifier(trust ? trust : testTrust(), std::move(catalogs), kAt()).verifyHostFile(path, {}, {}, flatHash);
}

// The bytes the Authenticode digest covers (all but the checksum, the security entry and the certificate table).
qint64 imageDigestBytes(const QByteArray &bytes)
{
    Expected<pe::Image> img = pe::parse(bytes);
    REQUIRE(img.ok());
    return sig::computeDigests(bytes, &*img, sig::NeedAuthSha256).hashed.authSha256;
}

std::shared_ptr<sig::CatalogIndex> indexOf(const QList<fx::CatalogEntry> &members)
{
    Expected<QByteArray> cat = fx::makeCatalog(members, fx::TestPki::instance().signer);
    REQUIRE(cat.ok());
    // The index reads a catalog again to verify its signature: the file stays for the whole run.
    static QTemporaryDir dir;
    static int n = 0;
    REQUIRE(dir.isValid());
    const QString path = writeBytes(dir, QStringLiteral("c%1.cat").arg(++n), *cat);
    auto index = std::make_shared<sig::CatalogIndex>();
    REQUIRE(index->add(path, *cat));
    return index;
}

sig::FileDigests allDigests(const QByteArray &bytes)
{
    Expected<pe::Image> img = pe::parse(bytes);
    return sig::computeDigests(bytes, img ? &*img : nullptr, sig::NeedAll);
}

QByteArray filler(int i, QCryptographicHash::Algorithm a)
{
    return QCryptographicHash::hash(QByteArray("filler ") + QByteArray::number(i), a);
}

// The signature fixtures and extra1.dll (a file only a deep scan verifies) as an offline volume in DIR.
OpenedTarget openFixtureVolume(const QTemporaryDir &dir)
{
    {
        fx::WindowsImage img(dir.path());
        fx::addSignatureFixtures(img);
        img.writeFile(QStringLiteral("Windows\\System32\\extra1.dll"), basePe());
        img.commit();
    }
    Expected<TargetSpec> spec = TargetSpec::parse(QStringLiteral("offline:") + dir.path());
    REQUIRE(spec.ok());
    Expected<OpenedTarget> t = openTarget(*spec);
    REQUIRE(t.ok());
    return std::move(*t);
}

} // namespace

TEST_CASE("an embedded SHA-256 signature is verified with only the SHA-256 image digest", "[signature][hashing]")
{
    const QByteArray pe = signedPe();
    // Catalogs with SHA-1 members do not matter: a valid embedded signature needs no catalog lookup.
    const auto index = indexOf({{filler(1, QCryptographicHash::Sha1), true, QStringLiteral("x.dll")}});
    REQUIRE(index->hasSha1Members());
    const VerifiedFile v = verifyWith(pe, index, false);
    INFO(v.signature.reason.toStdString());
    CHECK(v.signature.status == Status::Valid);
    CHECK(v.source == QLatin1String("embedded"));
    CHECK(v.hashing.files == 1);
    CHECK(v.hashing.bytesRead == pe.size());
    CHECK(v.hashing.authSha256 == imageDigestBytes(pe));
    CHECK(v.hashing.authSha256 < pe.size()); // the certificate table is not hashed
    CHECK(v.hashing.authSha1 == 0);
    CHECK(v.hashing.flatSha1 == 0);
    CHECK(v.hashing.flatSha256 == 0);
    CHECK(v.sha256.isEmpty()); // not computed, and the file says nothing about it
}

TEST_CASE("an embedded SHA-1 signature computes SHA-1 only and a dual signature both in one pass", "[signature][hashing]")
{
    const auto &pki = fx::TestPki::instance();
    const QByteArray sha1 = signedPe(nullptr, QStringLiteral("sha1"));
    // SHA-256 catalog members do not matter either.
    const auto index = indexOf({{filler(2, QCryptographicHash::Sha256), true, QStringLiteral("x.dll")}});
    const VerifiedFile v = verifyWith(sha1, index, false);
    CHECK(v.signature.status == Status::Valid);
    CHECK(v.signature.digestAlgorithm == QLatin1String("sha1"));
    CHECK(v.hashing.authSha1 == imageDigestBytes(sha1));
    CHECK(v.hashing.authSha256 == 0);

    Expected<QByteArray> dual = fx::signPe(sha1, pki.signer, QStringLiteral("sha256"), true);
    REQUIRE(dual.ok());
    const VerifiedFile d = verifyWith(*dual, index, false);
    CHECK(d.signature.status == Status::Valid);
    REQUIRE(d.signature.nested.size() == 1);
    CHECK(d.signature.nested.first().status == Status::Valid);
    // Each digest fed once: no second pass.
    CHECK(d.hashing.authSha1 == imageDigestBytes(*dual));
    CHECK(d.hashing.authSha256 == imageDigestBytes(*dual));
    CHECK(d.hashing.bytesHashed() == 2 * imageDigestBytes(*dual));
}

TEST_CASE("a file whose signature is not valid is looked up in the catalogs in the same pass", "[signature][catalog][hashing]")
{
    // Signed (SHA-1) by a certificate that may not sign code, and listed in a catalog by its SHA-256
    // image digest: the chain is checked before hashing, so both digests come from the first pass.
    const auto &pki = fx::TestPki::instance();
    const fx::KeyPair server = fx::makeCertificate({QStringLiteral("WD Test Server"), QString(), utc(2024, 1, 1), utc(2025, 1, 1),
                                                    false, "serverAuth", false},
                                                   &pki.root);
    const QByteArray pe = signedPe(&server, QStringLiteral("sha1"));
    const auto index = indexOf({{allDigests(pe).authSha256, true, QStringLiteral("file.dll")}});
    const VerifiedFile v = verifyWith(pe, index, false);
    INFO(v.signature.reason.toStdString());
    CHECK(v.signature.status == Status::Valid);
    CHECK(v.source == QLatin1String("catalog"));
    CHECK(v.hashing.authSha1 == imageDigestBytes(pe));
    CHECK(v.hashing.authSha256 == imageDigestBytes(pe)); // once
    CHECK(v.hashing.bytesHashed() == 2 * imageDigestBytes(pe));
}

TEST_CASE("a changed file whose SHA-1 signature no longer matches is looked up by SHA-256 afterwards", "[signature][catalog][hashing]")
{
    // The chain is good, so the first pass computes only the SHA-1 the signature names; the digest does
    // not match, so the catalog lookup adds SHA-256 in a second pass over the bytes already read.
    QByteArray pe = signedPe(nullptr, QStringLiteral("sha1"));
    pe[0x600] = char(pe[0x600] ^ 1);
    const auto index = indexOf({{allDigests(pe).authSha256, true, QStringLiteral("file.dll")}});
    const VerifiedFile v = verifyWith(pe, index, false);
    INFO(v.signature.reason.toStdString());
    CHECK(v.signature.status == Status::Valid);
    CHECK(v.source == QLatin1String("catalog"));
    CHECK(v.hashing.authSha1 == imageDigestBytes(pe));
    CHECK(v.hashing.authSha256 == imageDigestBytes(pe));
    CHECK(v.hashing.bytesRead == pe.size());
    // Not listed: the signature's own verdict stays.
    const VerifiedFile u = verifyWith(pe, indexOf({{filler(5, QCryptographicHash::Sha256), true, QStringLiteral("x.dll")}}), false);
    CHECK(u.signature.status == Status::HashMismatch);
    CHECK(u.source == QLatin1String("embedded"));
}

TEST_CASE("a catalog-listed file is found by the catalogs' member hash type", "[catalog][hashing]")
{
    const QByteArray pe = basePe();
    const sig::FileDigests all = allDigests(pe);
    const qint64 covered = imageDigestBytes(pe);

    SECTION("catalogs with SHA-1 members only: SHA-1 only")
    {
        const auto index = indexOf({{all.authSha1, true, QStringLiteral("version.dll")}});
        REQUIRE(index->hasSha1Members());
        REQUIRE_FALSE(index->hasSha256Members());
        const VerifiedFile v = verifyWith(pe, index, false);
        INFO(v.signature.reason.toStdString());
        CHECK(v.signature.status == Status::Valid);
        CHECK(v.source == QLatin1String("catalog"));
        CHECK(v.signature.digestAlgorithm == QLatin1String("sha1"));
        CHECK(v.hashing.authSha1 == covered);
        CHECK(v.hashing.authSha256 == 0);
    }
    SECTION("catalogs with both member types, the file listed by SHA-256: no SHA-1")
    {
        const auto index = indexOf({{all.authSha256, true, QStringLiteral("version.dll")},
                                    {filler(3, QCryptographicHash::Sha1), true, QStringLiteral("old.dll")}});
        REQUIRE((index->hasSha1Members() && index->hasSha256Members()));
        const VerifiedFile v = verifyWith(pe, index, false);
        CHECK(v.signature.status == Status::Valid);
        CHECK(v.signature.digestAlgorithm == QLatin1String("sha256"));
        CHECK(v.hashing.authSha256 == covered);
        CHECK(v.hashing.authSha1 == 0);
    }
    SECTION("catalogs with both member types, the file listed by SHA-1: SHA-1 after SHA-256 found nothing")
    {
        const auto index = indexOf({{all.authSha1, true, QStringLiteral("version.dll")},
                                    {filler(4, QCryptographicHash::Sha256), true, QStringLiteral("new.dll")}});
        const VerifiedFile v = verifyWith(pe, index, false);
        CHECK(v.signature.status == Status::Valid);
        CHECK(v.signature.digestAlgorithm == QLatin1String("sha1"));
        CHECK(v.hashing.authSha256 == covered);
        CHECK(v.hashing.authSha1 == covered);
        CHECK(v.hashing.bytesRead == pe.size()); // still read once
    }
    SECTION("no catalogs: an unsigned file is not hashed at all")
    {
        const VerifiedFile v = verifyWith(pe, std::make_shared<sig::CatalogIndex>(), false);
        CHECK(v.signature.status == Status::Unsigned);
        CHECK(v.hashing.bytesRead == pe.size());
        CHECK(v.hashing.bytesHashed() == 0);
    }
}

TEST_CASE("the flat SHA-256 is computed only when asked", "[signature][hashing]")
{
    const QByteArray pe = signedPe();
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(pe, QCryptographicHash::Sha256).toHex());
    const VerifiedFile without = verifyWith(pe, nullptr, false);
    CHECK(without.sha256.isEmpty());
    CHECK(without.hashing.flatSha256 == 0);
    CHECK(without.toJson().value(QStringLiteral("sha256")).toString().isEmpty());
    const VerifiedFile with = verifyWith(pe, nullptr, true);
    CHECK(with.sha256 == expected);
    CHECK(with.hashing.flatSha256 == pe.size());
    CHECK(with.hashing.authSha256 == imageDigestBytes(pe));
    CHECK(with.hashing.bytesRead == pe.size()); // both digests from one read
    CHECK(with.signature.status == without.signature.status);
    // A file that is not a PE, in SHA-256 catalogs: its flat SHA-256 is what the lookup needs (and is shown).
    const QByteArray inf("[Version]\r\nSignature=\"$Windows NT$\"\r\n");
    const auto index = indexOf({{allDigests(inf).flatSha256, false, QStringLiteral("net.inf")}});
    const VerifiedFile t = verifyWith(inf, index, false);
    CHECK(t.signature.status == Status::Valid);
    CHECK(t.sha256 == QString::fromLatin1(QCryptographicHash::hash(inf, QCryptographicHash::Sha256).toHex()));
    CHECK(t.hashing.flatSha1 == 0);
}

TEST_CASE("verifyFiles gives the serial results in input order with 1 and 4 threads", "[signature][hashing]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray good = signedPe();
    const QByteArray sha1 = signedPe(nullptr, QStringLiteral("sha1"));
    QByteArray patched = good;
    patched[0x600] = char(patched[0x600] ^ 1);
    const QByteArray base = basePe();
    // Listed in a catalog: every third unsigned copy (its own bytes in the DOS stub).
    QList<fx::CatalogEntry> members;
    QList<VerifyJob> jobs;
    for (int i = 0; i < 48; ++i) {
        QByteArray b;
        switch (i % 6) {
        case 0: b = good; break;
        case 1: b = sha1; break;
        case 2: b = patched; break;
        case 3: b = QByteArray("not a PE ") + QByteArray::number(i); break;
        default: {
            b = base;
            const QByteArray tag = QByteArray::number(i).rightJustified(8, '0');
            for (int k = 0; k < tag.size(); ++k)
                b[0x4e + k] = tag[k];
            if (i % 3 == 1)
                members.append({allDigests(b).authSha256, true, QStringLiteral("f%1.dll").arg(i)});
        }
        }
        const QString name = QStringLiteral("f%1.dll").arg(i);
        if (i % 13 != 7) // a few missing files
            writeBytes(dir, name, b);
        jobs.append({dir.filePath(name), QStringLiteral("system"), i % 5 == 0, QString()});
    }
    REQUIRE(!members.isEmpty());
    Expected<QByteArray> cat = fx::makeCatalog(members, fx::TestPki::instance().signer);
    REQUIRE(cat.ok());
    auto index = std::make_shared<sig::CatalogIndex>();
    REQUIRE(index->add(writeBytes(dir, QStringLiteral("c.cat"), *cat), *cat));
    const FileVerifier verifier(testTrust(), index, kAt());

    QList<QJsonObject> serial;
    sig::HashStats serialStats;
    for (const VerifyJob &j : jobs) {
        const VerifiedFile v = verifier.verifyHostFile(j.path, j.path, j.role, j.flatHash);
        serial.append(v.toJson());
        serialStats += v.hashing;
    }
    QSet<QString> statuses;
    for (const QJsonObject &o : serial)
        statuses.insert(o.value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString()
                        + o.value(QStringLiteral("signature")).toObject().value(QStringLiteral("source")).toString());
    CHECK(statuses.size() >= 5); // a real mix: embedded valid, catalog valid, mismatch, unsigned, missing

    for (int threads : {1, 4}) {
        INFO("threads " << threads);
        sig::HashStats stats;
        VerifyRun run;
        run.threads = threads;
        qint64 progress = 0;
        run.progress = [&](qint64 done, qint64 total, const QString &) {
            CHECK(total == jobs.size());
            progress = qMax(progress, done);
        };
        const QList<VerifiedFile> results = verifyFiles(verifier, jobs, run, &stats);
        REQUIRE(results.size() == serial.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            INFO("file " << i);
            CHECK(results.at(i).toJson() == serial.at(i));
        }
        CHECK(progress == jobs.size());
        CHECK(stats.files == serialStats.files);
        CHECK(stats.bytesRead == serialStats.bytesRead);
        CHECK(stats.bytesHashed() == serialStats.bytesHashed());

        // Delivered one by one in input order.
        QList<qsizetype> order;
        QList<QJsonObject> streamed;
        run.result = [&](qsizetype i, VerifiedFile &&v) {
            order.append(i);
            streamed.append(v.toJson());
        };
        CHECK(verifyFiles(verifier, jobs, run).isEmpty());
        REQUIRE(order.size() == jobs.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            CHECK(order.at(i) == i);
        CHECK(streamed == serial);
    }

    // Cancelled before the start: no file is verified.
    CancelToken cancel;
    cancel.cancel();
    VerifyRun run;
    run.threads = 4;
    run.cancel = &cancel;
    int delivered = 0;
    run.result = [&](qsizetype, VerifiedFile &&) { ++delivered; };
    sig::HashStats none;
    verifyFiles(verifier, jobs, run, &none);
    CHECK(delivered == 0);
    CHECK(none.files == 0);
}

TEST_CASE("verify command: --files-from, --hashes and input order", "[signature][cli][hashing]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray good = signedPe();
    QByteArray patched = good;
    patched[0x600] = char(patched[0x600] ^ 1);
    const QString roots = dir.filePath(QStringLiteral("roots"));
    QDir().mkpath(roots);
    writeBytes(dir, QStringLiteral("roots/root.pem"), fx::TestPki::instance().root.certPem());
    QStringList files;
    QByteArray list;
    for (int i = 0; i < 24; ++i) {
        const QString path = writeBytes(dir, QStringLiteral("z%1.dll").arg(23 - i), i % 4 == 3 ? patched : good);
        files << path;
        list += path.toUtf8() + (i % 2 ? "\r\n" : "\n\n"); // CRLF and blank lines are fine
    }
    const QString listPath = writeBytes(dir, QStringLiteral("list.txt"), list);
    const QStringList common{QStringLiteral("verify"), QStringLiteral("--trust-roots"), roots, QStringLiteral("--at"),
                             QStringLiteral("2024-06-01T00:00:00Z"), QStringLiteral("--format"), QStringLiteral("json")};
    auto r = wd::test::runApp(common + QStringList{QStringLiteral("--files-from"), listPath});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1); // the patched ones
    // Written file by file, byte for byte what QJsonDocument writes for the whole document.
    CHECK(QJsonDocument::fromJson(r.out).toJson(QJsonDocument::Indented) == r.out);
    QJsonArray out = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("files")).toArray();
    REQUIRE(out.size() == files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject o = out.at(i).toObject();
        CHECK(o.value(QStringLiteral("path")).toString() == files.at(i));
        CHECK(o.value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString()
              == (i % 4 == 3 ? QLatin1String("hash_mismatch") : QLatin1String("valid")));
        CHECK(o.value(QStringLiteral("sha256")).toString().isEmpty()); // not asked for
    }
    // Positional files first, then the list; --hashes fills "sha256".
    r = wd::test::runApp(common + QStringList{QStringLiteral("--hashes"), files.first(), QStringLiteral("--files-from"), listPath});
    out = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("files")).toArray();
    REQUIRE(out.size() == files.size() + 1);
    CHECK(out.at(0).toObject().value(QStringLiteral("path")).toString() == files.first());
    CHECK(out.at(1).toObject().value(QStringLiteral("path")).toString() == files.first());
    CHECK(out.at(0).toObject().value(QStringLiteral("sha256")).toString()
          == QString::fromLatin1(QCryptographicHash::hash(good, QCryptographicHash::Sha256).toHex()));
    // From standard input.
    r = wd::test::runApp(common + QStringList{QStringLiteral("--files-from"), QStringLiteral("-")}, files.mid(0, 3).join(QLatin1Char('\n')).toUtf8());
    CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("files")).toArray().size() == 3);
    // One file, and one that does not exist (its own object layout).
    r = wd::test::runApp(common + QStringList{dir.filePath(QStringLiteral("none.dll"))});
    CHECK(r.exitCode == 3);
    CHECK(QJsonDocument::fromJson(r.out).toJson(QJsonDocument::Indented) == r.out);
    CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("files")).toArray().size() == 1);
    // Text: the SHA256 line only with --hashes.
    const QStringList text{QStringLiteral("verify"), QStringLiteral("--trust-roots"), roots, QStringLiteral("--at"),
                           QStringLiteral("2024-06-01T00:00:00Z"), files.first()};
    r = wd::test::runApp(text);
    CHECK(r.exitCode == 0);
    CHECK_FALSE(r.out.contains("SHA256:"));
    r = wd::test::runApp(text + QStringList{QStringLiteral("--hashes")});
    CHECK(r.out.contains("SHA256:\t" + QCryptographicHash::hash(good, QCryptographicHash::Sha256).toHex()));
    // A list that cannot be read: unreadable input.
    r = wd::test::runApp(common + QStringList{QStringLiteral("--files-from"), dir.filePath(QStringLiteral("missing.txt"))});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains("missing.txt"));
}

#ifdef Q_OS_LINUX
TEST_CASE("a report that cannot be written to stdout is an error, not a silent loss", "[cli]")
{
    QTemporaryDir dir;
    {
        fx::WindowsImage img(dir.path());
        fx::addSignatureFixtures(img);
        img.commit();
    }
    for (const QStringList &args :
         {QStringList{QStringLiteral("scan"), QStringLiteral("--no-cache"), QStringLiteral("--target"), QStringLiteral("offline:") + dir.path(),
                      QStringLiteral("--format"), QStringLiteral("json")},
          QStringList{QStringLiteral("verify"), QStringLiteral("--no-cache"), QStringLiteral("--target"), QStringLiteral("offline:") + dir.path(),
                      QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("C:\\Windows\\System32\\ws2_32.dll")}}) {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full")); // every write: "No space left on device"
        p.start(QStringLiteral(WD_APP_PATH), args);
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(args.first().toStdString() << ": " << err.toStdString());
        CHECK(p.exitCode() == int(ExitCode::Unreadable));
        CHECK(err.contains(QStringLiteral("Cannot write the output")));
    }
}
#endif

TEST_CASE("scan --deep hashes flat only the listed files unless --hashes", "[signature][hashing]")
{
    QTemporaryDir dir;
    OpenedTarget t = openFixtureVolume(dir);
    ScanOptions opts;
    opts.verificationTime = utc(2026, 11, 25);
    opts.deep = true;
    CancelToken cancel;
    auto sha256Of = [](const ScanResult &r, const QString &suffix) -> std::optional<QString> {
        for (const QJsonValue &v : r.files)
            if (v.toObject().value(QStringLiteral("path")).toString().endsWith(suffix, Qt::CaseInsensitive))
                return v.toObject().value(QStringLiteral("sha256")).toString();
        return std::nullopt;
    };
    const ScanResult plain = scanTarget(t, opts, cancel);
    const std::optional<QString> ws2 = sha256Of(plain, QStringLiteral("System32\\ws2_32.dll"));
    REQUIRE(ws2.has_value());
    CHECK(ws2->size() == 64); // listed by the Winsock check: the report shows its hash
    const std::optional<QString> extra = sha256Of(plain, QStringLiteral("System32\\extra1.dll"));
    REQUIRE(extra.has_value());
    CHECK(extra->isEmpty()); // deep-only: not hashed flat
    opts.hashes = true;
    const ScanResult hashed = scanTarget(t, opts, cancel);
    CHECK(sha256Of(hashed, QStringLiteral("System32\\extra1.dll")).value_or(QString())
          == QString::fromLatin1(QCryptographicHash::hash(basePe(), QCryptographicHash::Sha256).toHex()));
    CHECK(hashed.files.size() == plain.files.size());
}

TEST_CASE("a report written in parts on several cores is byte for byte the one written at once", "[report][json]")
{
    QTemporaryDir dir;
    OpenedTarget t = openFixtureVolume(dir);
    ScanOptions opts;
    opts.verificationTime = utc(2026, 11, 25);
    opts.deep = true;
    CancelToken cancel;
    ScanResult r = scanTarget(t, opts, cancel);
    REQUIRE(r.files.size() >= 5);
    // Long enough to be split: the scan's own entries again and again under other names, with text
    // that looks like the layout the parts are cut at (inside strings it is escaped).
    const QJsonArray real = r.files;
    for (int i = 0; r.files.size() < 1500; ++i) {
        QJsonObject e = real.at(i % real.size()).toObject();
        e.insert(QStringLiteral("path"), QStringLiteral("C:\\Windows\\System32\\copy%1-\u4e2d\u6587.dll").arg(i));
        if (i % 97 == 0)
            e.insert(QStringLiteral("note"), QStringLiteral("\n    \"files\": \"list\"\n    ]\n}\n"));
        if (i % 131 == 0)
            e.insert(QStringLiteral("empty"), QJsonArray());
        r.files.append(e);
    }
    r.extra.insert(QStringLiteral("zz_after"), QJsonObject{{QStringLiteral("files"), QStringLiteral("list")}});
    const QByteArray plain = QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented);
    for (int parts : {1, 2, 3, 5})
        CHECK(r.toJsonBytes(parts) == plain);
    CHECK(QJsonDocument::fromJson(r.toJsonBytes(2)).object() == r.toJson());
    // Too short to split (and an empty list): written at once.
    r.files = QJsonArray{real.at(0)};
    CHECK(r.toJsonBytes(4) == QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
    r.files = QJsonArray();
    CHECK(r.toJsonBytes(4) == QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
}

TEST_CASE("catalog members are the same whether the trust list is found by the DER walk or by OpenSSL", "[catalog]")
{
    const QByteArray pe = basePe();
    Expected<QByteArray> cat = fx::makeCatalog({{allDigests(pe).authSha256, true, QStringLiteral("version.dll")},
                                                {filler(6, QCryptographicHash::Sha1), true, QStringLiteral("old.dll")}},
                                               fx::TestPki::instance().signer);
    REQUIRE(cat.ok());
    // The same catalog with its outer SEQUENCE in BER indefinite length: the DER walk refuses it and
    // OpenSSL decodes it.
    ByteReader r(*cat);
    const der::Tlv outer = der::readTlv(r, 0);
    REQUIRE(outer.valid);
    const QByteArray ber = QByteArray("\x30\x80", 2) + der::content(r, outer) + QByteArray(2, '\0');
    Expected<sig::Catalog> a = sig::parseCatalog(*cat);
    Expected<sig::Catalog> b = sig::parseCatalog(ber);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a->members.size() == 2);
    REQUIRE(b->members.size() == a->members.size());
    for (qsizetype i = 0; i < a->members.size(); ++i) {
        CHECK(a->members[i].digest == b->members[i].digest);
        CHECK(a->members[i].tag == b->members[i].tag);
        CHECK(a->members[i].digestAlgorithm == b->members[i].digestAlgorithm);
    }
    // A SignedData whose content is not a trust list is refused either way.
    QByteArray notCtl = *cat;
    const qsizetype at = notCtl.indexOf(der::oid(sig::kOidCtl));
    REQUIRE(at > 0);
    notCtl[at + der::oid(sig::kOidCtl).size() - 1] = char(notCtl[at + der::oid(sig::kOidCtl).size() - 1] ^ 0x02);
    CHECK_FALSE(sig::parseCatalog(notCtl).ok());
}
