// Authenticode verification end to end on generated PEs (Wine PE DLL, test CA, osslsigncode).
#include "fixtures/signing_fixtures.h"
#include "formats/pe.h"
#include "test_signature_support.h"
#include <QtEndian>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace wd;
using namespace wd::test::sigt;
using wd::sig::Status;

TEST_CASE("valid embedded signature", "[signature]")
{
    const VerifiedFile v = verifyBytes(signedPe());
    INFO(v.signature.reason.toStdString());
    REQUIRE(v.signature.status == Status::Valid);
    CHECK(v.source == QLatin1String("embedded"));
    CHECK(v.signature.signer.commonName == QLatin1String("WD Test Code Signing"));
    CHECK(v.signature.digestAlgorithm == QLatin1String("sha256"));
    REQUIRE(v.signature.chain.size() == 2);
    CHECK(v.signature.chain.at(1).commonName == QLatin1String("WD Test Root CA"));
    CHECK_FALSE(v.signature.chainsToMicrosoft);
    CHECK(v.sha256.size() == 64);
    checkGolden(QStringLiteral("verify_valid_embedded.json"), v);
}

TEST_CASE("unsigned PE", "[signature]")
{
    const VerifiedFile v = verifyBytes(basePe());
    CHECK(v.signature.status == Status::Unsigned);
    CHECK(v.source == QLatin1String("none"));
    checkGolden(QStringLiteral("verify_unsigned.json"), v);
}

TEST_CASE("one-byte patch after signing is a hash mismatch", "[signature]")
{
    QByteArray pe = signedPe();
    Expected<pe::Image> img = pe::parse(pe);
    REQUIRE(img.ok());
    // Flip one byte in the first section's raw data.
    const qint64 at = img->sections.first().rawPointer + 0x40;
    pe[at] = char(pe[at] ^ 0x5a);
    const VerifiedFile v = verifyBytes(pe);
    CHECK(v.signature.status == Status::HashMismatch);
    checkGolden(QStringLiteral("verify_patched.json"), v);
}

TEST_CASE("checksum field is outside the image digest", "[signature]")
{
    QByteArray pe = signedPe();
    Expected<pe::Image> img = pe::parse(pe);
    REQUIRE(img.ok());
    qToLittleEndian<quint32>(0x12345678u, pe.data() + img->checksumOffset);
    CHECK(verifyBytes(pe).signature.status == Status::Valid);
}

TEST_CASE("data appended after the signature is never valid", "[signature]")
{
    const QByteArray pe = signedPe() + QByteArray(64, 'A');
    const VerifiedFile v = verifyBytes(pe);
    CHECK(v.signature.status == Status::HashMismatch);
    CHECK(v.signature.reason.contains(QStringLiteral("appended")));
    checkGolden(QStringLiteral("verify_appended.json"), v);
}

TEST_CASE("signer without the code-signing EKU is not valid", "[signature]")
{
    const auto &pki = fx::TestPki::instance();
    const fx::KeyPair server = fx::makeCertificate({QStringLiteral("WD Test Server"), QString(), utc(2024, 1, 1), utc(2025, 1, 1),
                                                    false, "serverAuth", false},
                                                   &pki.root);
    const VerifiedFile v = verifyBytes(signedPe(&server));
    CHECK(v.signature.status == Status::InvalidChain);
    CHECK(v.signature.reason.contains(QStringLiteral("code signing")));
    checkGolden(QStringLiteral("verify_wrong_eku.json"), v);
}

TEST_CASE("expired signer without a timestamp is not valid", "[signature]")
{
    const VerifiedFile v = verifyBytes(signedPe(), utc(2026, 1, 1));
    CHECK(v.signature.status == Status::InvalidChain);
    CHECK_FALSE(v.signature.timestamp.has_value());
    checkGolden(QStringLiteral("verify_expired_no_timestamp.json"), v);
}

TEST_CASE("expired signer with a timestamp is valid (chain checked at the timestamp)", "[signature]")
{
    const auto &pki = fx::TestPki::instance();
    for (auto kind : {fx::TimestampKind::Legacy, fx::TimestampKind::Rfc3161}) {
        Expected<QByteArray> ts = fx::addTimestamp(signedPe(), pki.tsa, utc(2024, 6, 1), kind);
        REQUIRE(ts.ok());
        const VerifiedFile v = verifyBytes(*ts, utc(2026, 1, 1));
        INFO(v.signature.reason.toStdString());
        REQUIRE(v.signature.status == Status::Valid);
        REQUIRE(v.signature.timestamp.has_value());
        CHECK(v.signature.timestamp->valid);
        CHECK(v.signature.timestamp->time == utc(2024, 6, 1));
        CHECK(v.signature.timestamp->kind == (kind == fx::TimestampKind::Legacy ? QLatin1String("pkcs9") : QLatin1String("rfc3161")));
        CHECK(v.signature.verifiedAt == utc(2024, 6, 1));
        checkGolden(kind == fx::TimestampKind::Legacy ? QStringLiteral("verify_expired_timestamp_pkcs9.json")
                                                      : QStringLiteral("verify_expired_timestamp_rfc3161.json"),
                    v);
    }
}

TEST_CASE("a timestamp made after the signer expired does not help", "[signature]")
{
    const auto &pki = fx::TestPki::instance();
    Expected<QByteArray> ts = fx::addTimestamp(signedPe(), pki.tsa, utc(2025, 6, 1), fx::TimestampKind::Rfc3161);
    REQUIRE(ts.ok());
    CHECK(verifyBytes(*ts, utc(2026, 1, 1)).signature.status == Status::InvalidChain);
}

TEST_CASE("a timestamp by an untrusted TSA is ignored", "[signature]")
{
    const fx::KeyPair rogueRoot = fx::makeCertificate({QStringLiteral("Rogue Root"), QString(), utc(2020, 1, 1), utc(2040, 1, 1), true, nullptr, false});
    const fx::KeyPair rogueTsa = fx::makeCertificate({QStringLiteral("Rogue TSA"), QString(), utc(2020, 1, 1), utc(2040, 1, 1), false,
                                                      "timeStamping", false},
                                                     &rogueRoot);
    Expected<QByteArray> ts = fx::addTimestamp(signedPe(), rogueTsa, utc(2024, 6, 1), fx::TimestampKind::Legacy);
    REQUIRE(ts.ok());
    const VerifiedFile v = verifyBytes(*ts, utc(2026, 1, 1));
    CHECK(v.signature.status == Status::InvalidChain);
    REQUIRE(v.signature.timestamp.has_value());
    CHECK_FALSE(v.signature.timestamp->valid);
}

TEST_CASE("signature from an untrusted root", "[signature]")
{
    const VerifiedFile v = verifyBytes(signedPe(), kAt(), testTrust(false));
    CHECK(v.signature.status == Status::UntrustedRoot);
    checkGolden(QStringLiteral("verify_untrusted_root.json"), v);
}

TEST_CASE("dual signature (SHA-1 + nested SHA-256)", "[signature]")
{
    const auto &pki = fx::TestPki::instance();
    const QByteArray sha1 = signedPe(nullptr, QStringLiteral("sha1"));
    Expected<QByteArray> dual = fx::signPe(sha1, pki.signer, QStringLiteral("sha256"), true);
    REQUIRE(dual.ok());
    const VerifiedFile v = verifyBytes(*dual);
    INFO(v.signature.reason.toStdString());
    CHECK(v.signature.status == Status::Valid);
    CHECK(v.signature.digestAlgorithm == QLatin1String("sha1"));
    REQUIRE(v.signature.nested.size() == 1);
    CHECK(v.signature.nested.first().status == Status::Valid);
    CHECK(v.signature.nested.first().digestAlgorithm == QLatin1String("sha256"));
    checkGolden(QStringLiteral("verify_dual.json"), v);
    // Patching the file breaks both.
    QByteArray patched = *dual;
    patched[0x400] = char(patched[0x400] ^ 1);
    const VerifiedFile p = verifyBytes(patched);
    CHECK(p.signature.status == Status::HashMismatch);
    REQUIRE(p.signature.nested.size() == 1);
    CHECK(p.signature.nested.first().status == Status::HashMismatch);
}

TEST_CASE("truncated certificate table is malformed", "[signature][pe]")
{
    const QByteArray pe = signedPe();
    Expected<pe::Image> img = pe::parse(pe);
    REQUIRE(img.ok());
    REQUIRE(img->hasCertTable());
    const QByteArray cut = pe.left(img->certTableOffset + img->certTableSize / 2);
    const VerifiedFile v = verifyBytes(cut);
    CHECK(v.signature.status == Status::Malformed);
    checkGolden(QStringLiteral("verify_truncated_cert_table.json"), v);
    // A corrupted PKCS #7 inside an intact table is malformed too.
    QByteArray bad = pe;
    for (qint64 i = 0; i < 64; ++i)
        bad[img->certTableOffset + 8 + i] = char(0xff);
    CHECK(verifyBytes(bad).signature.status == Status::Malformed);
}

TEST_CASE("garbage PE is malformed, not a crash", "[signature][pe]")
{
    QByteArray garbage("MZ");
    garbage += QByteArray(0x3a, '\x11');
    garbage += QByteArray::fromHex("40000000"); // e_lfanew = 0x40
    garbage += QByteArray("PE\0\0", 4);
    garbage += QByteArray(200, '\xee');
    const VerifiedFile v = verifyBytes(garbage);
    CHECK(v.signature.status == Status::Malformed);
    checkGolden(QStringLiteral("verify_garbage.json"), v);
    // Random truncations of a real signed PE never crash and never pass.
    const QByteArray pe = signedPe();
    for (qint64 len : {qint64(0), qint64(1), qint64(64), qint64(0x3c), qint64(0x200), pe.size() / 2, pe.size() - 1}) {
        const VerifiedFile t = verifyBytes(pe.left(len));
        CHECK(t.signature.status != Status::Valid);
    }
}

TEST_CASE("explicit-curve CA (CVE-2020-0601) is never valid", "[signature]")
{
    const fx::KeyPair evilRoot = fx::makeCertificate({QStringLiteral("Curve Root"), QString(), utc(2020, 1, 1), utc(2040, 1, 1), true,
                                                      nullptr, true});
    const fx::KeyPair signer = fx::makeCertificate({QStringLiteral("Curve Signer"), QString(), utc(2024, 1, 1), utc(2025, 1, 1), false,
                                                    "codeSigning", false},
                                                   &evilRoot);
    auto trust = std::make_shared<sig::TrustStore>();
    REQUIRE(trust->addDer(evilRoot.certDer()));
    const VerifiedFile v = verifyBytes(signedPe(&signer), kAt(), trust);
    CHECK(v.signature.status != Status::Valid);
    CHECK(v.signature.reason.contains(QStringLiteral("CVE-2020-0601")));
}

TEST_CASE("Microsoft roots are recognised by thumbprint", "[signature]")
{
    CHECK_FALSE(sig::TrustStore::isMicrosoftRoot(fx::TestPki::instance().root.cert.get()));
    if (!wd::test::haveRealData())
        return;
    const QDir roots(wd::test::realDataDir() + QStringLiteral("/roots"));
    int seen = 0;
    for (const QString &name : roots.entryList({QStringLiteral("microsoft_*.pem")}, QDir::Files)) {
        if (name.contains(QStringLiteral("bundle")))
            continue;
        const QByteArray pem = wd::test::readFile(roots.filePath(name));
        BIO *b = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509 *c = PEM_read_bio_X509(b, nullptr, nullptr, nullptr);
        BIO_free(b);
        REQUIRE(c != nullptr);
        INFO(name.toStdString());
        CHECK(sig::TrustStore::isMicrosoftRoot(c));
        X509_free(c);
        ++seen;
    }
    CHECK(seen >= 8);
}

TEST_CASE("serialized certificate store blob", "[signature]")
{
    const QByteArray der = fx::TestPki::instance().root.certDer();
    QByteArray blob;
    auto prop = [&](quint32 id, const QByteArray &data) {
        QByteArray h(12, '\0');
        qToLittleEndian<quint32>(id, h.data());
        qToLittleEndian<quint32>(1, h.data() + 4);
        qToLittleEndian<quint32>(quint32(data.size()), h.data() + 8);
        blob += h + data;
    };
    prop(3, QByteArray(20, 'x'));  // SHA-1 hash property
    prop(11, QByteArray("F\0r\0i\0e\0n\0d\0", 12));
    prop(32, der);
    CHECK(sig::certificateFromStoreBlob(blob) == der);
    CHECK(sig::certificateFromStoreBlob(blob.left(blob.size() - 5)).isEmpty());
    CHECK(sig::certificateFromStoreBlob(QByteArray()).isEmpty());
}
