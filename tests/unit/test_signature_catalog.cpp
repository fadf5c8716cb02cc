// Security catalogs: generated .cat files (CTL signed with OpenSSL), indexing and catalog-signed files.
#include "fixtures/signing_fixtures.h"
#include "formats/catalog.h"
#include "formats/der.h"
#include "formats/pe.h"
#include "test_signature_support.h"
#include <QCryptographicHash>
#include <QFileInfo>
#include <algorithm>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

using namespace wd;
using namespace wd::test::sigt;
using wd::sig::Status;

namespace {

sig::FileDigests digestsOf(const QByteArray &bytes)
{
    Expected<pe::Image> img = pe::parse(bytes);
    return sig::computeDigests(bytes, img ? &*img : nullptr);
}

QString writeCat(const QTemporaryDir &dir, const QString &name, const QByteArray &der)
{
    const QString p = dir.filePath(name);
    QFile f(p);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(der);
    return p;
}

} // namespace

TEST_CASE("catalog generator output parses back", "[catalog]")
{
    const auto &pki = fx::TestPki::instance();
    const QByteArray pe = basePe();
    const sig::FileDigests d = digestsOf(pe);
    Expected<QByteArray> cat = fx::makeCatalog({{d.authSha256, true, QStringLiteral("version.dll")},
                                                {d.authSha1, true, QStringLiteral("version.dll")}},
                                               pki.signer);
    REQUIRE(cat.ok());
    Expected<sig::Catalog> parsed = sig::parseCatalog(*cat, QStringLiteral("x.cat"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->members.size() == 2);
    CHECK(parsed->members[0].digestAlgorithm == QLatin1String("sha256"));
    CHECK(parsed->members[0].digest == d.authSha256);
    CHECK(parsed->members[0].tag == QString::fromLatin1(d.authSha256.toHex().toUpper()));
    CHECK(parsed->members[1].digestAlgorithm == QLatin1String("sha1"));
    // Its own signature verifies against the test root.
    auto trust = testTrust();
    const sig::SignatureInfo s = sig::verifySignedData(*cat, sig::kOidCtl, {trust.get(), kAt()});
    INFO(s.reason.toStdString());
    CHECK(s.status == Status::Valid);
    CHECK(s.signer.commonName == QLatin1String("WD Test Code Signing"));
    // A PE signature is not a catalog.
    Expected<QByteArray> p7 = fx::extractSignature(signedPe());
    REQUIRE(p7.ok());
    CHECK_FALSE(sig::parseCatalog(*p7).ok());
    CHECK_FALSE(sig::parseCatalog(QByteArray("garbage")).ok());
    CHECK_FALSE(sig::parseCatalog(cat->left(cat->size() / 2)).ok());
}

TEST_CASE("valid via catalog (SHA-256 and SHA-1 members, flat hash for non-PE)", "[catalog][signature]")
{
    const auto &pki = fx::TestPki::instance();
    QTemporaryDir dir;
    const QByteArray pe = basePe();
    const QByteArray text("; an INF file\r\n[Version]\r\nSignature=\"$Windows NT$\"\r\n");
    const QByteArray other = fx::winePeDll(QStringLiteral("mswsock.dll"));
    REQUIRE(!other.isEmpty());
    Expected<QByteArray> c1 = fx::makeCatalog({{digestsOf(pe).authSha256, true, QStringLiteral("version.dll")}}, pki.signer);
    Expected<QByteArray> c2 = fx::makeCatalog({{digestsOf(other).authSha1, true, QStringLiteral("mswsock.dll")},
                                               {digestsOf(text).flatSha256, false, QStringLiteral("net.inf")}},
                                              pki.signer);
    REQUIRE((c1.ok() && c2.ok()));
    writeCat(dir, QStringLiteral("a.cat"), *c1);
    writeCat(dir, QStringLiteral("b.cat"), *c2);
    writeCat(dir, QStringLiteral("broken.cat"), QByteArray("not a catalog"));
    auto index = std::make_shared<sig::CatalogIndex>();
    Expected<int> n = index->addDirectory(dir.path());
    REQUIRE(n.ok());
    CHECK(*n == 2);
    CHECK(index->failed() == 1);
    CHECK(index->memberCount() == 3);

    const VerifiedFile v = verifyBytes(pe, kAt(), testTrust(), index, QStringLiteral("version.dll"));
    INFO(v.signature.reason.toStdString());
    CHECK(v.signature.status == Status::Valid);
    CHECK(v.source == QLatin1String("catalog"));
    CHECK(v.catalog.endsWith(QStringLiteral("a.cat")));
    CHECK(v.signature.digestAlgorithm == QLatin1String("sha256"));
    checkGolden(QStringLiteral("verify_valid_catalog.json"), v);

    const VerifiedFile w = verifyBytes(other, kAt(), testTrust(), index, QStringLiteral("mswsock.dll"));
    CHECK(w.signature.status == Status::Valid);
    CHECK(w.signature.digestAlgorithm == QLatin1String("sha1"));
    CHECK(w.catalog.endsWith(QStringLiteral("b.cat")));

    const VerifiedFile t = verifyBytes(text, kAt(), testTrust(), index, QStringLiteral("net.inf"));
    CHECK(t.signature.status == Status::Valid);
    CHECK(t.source == QLatin1String("catalog"));

    // One changed byte: no longer a member.
    QByteArray patched = pe;
    patched[0x500] = char(patched[0x500] ^ 1);
    CHECK(verifyBytes(patched, kAt(), testTrust(), index).signature.status == Status::Unsigned);
    // The catalog signer is not trusted: the member is not valid either.
    const VerifiedFile u = verifyBytes(pe, kAt(), testTrust(false), index, QStringLiteral("version.dll"));
    CHECK(u.signature.status == Status::UntrustedRoot);
    CHECK(u.source == QLatin1String("catalog"));
    // After the signer expired (catalog without a timestamp) it is not valid.
    auto index2 = std::make_shared<sig::CatalogIndex>();
    REQUIRE(index2->addDirectory(dir.path()).ok());
    CHECK(verifyBytes(pe, utc(2026, 1, 1), testTrust(), index2).signature.status == Status::InvalidChain);
}

TEST_CASE("catalog index of many catalogs", "[catalog]")
{
    const auto &pki = fx::TestPki::instance();
    QTemporaryDir dir;
    QList<QByteArray> digests;
    for (int i = 0; i < 20; ++i) {
        QList<fx::CatalogEntry> members;
        for (int j = 0; j < 10; ++j) {
            const QByteArray dgst = QCryptographicHash::hash(QByteArray::number(i * 100 + j), QCryptographicHash::Sha256);
            members.append({dgst, true, QStringLiteral("f%1.dll").arg(j)});
            digests.append(dgst);
        }
        Expected<QByteArray> c = fx::makeCatalog(members, pki.signer);
        REQUIRE(c.ok());
        writeCat(dir, QStringLiteral("c%1.cat").arg(i), *c);
    }
    sig::CatalogIndex index;
    REQUIRE(index.addDirectory(dir.path()).valueOr(0) == 20);
    CHECK(index.memberCount() == 200);
    sig::FileDigests fd;
    fd.isPe = true;
    fd.authSha256 = digests.at(137);
    auto m = index.find(fd);
    REQUIRE(m.has_value());
    CHECK(m->path.endsWith(QStringLiteral("c13.cat")));
}

TEST_CASE("a hash listed by several catalogs is named by the first in name order, whatever the threads", "[catalog]")
{
    const auto &pki = fx::TestPki::instance();
    const auto sha256 = [](const char *seed) { return QCryptographicHash::hash(seed, QCryptographicHash::Sha256); };
    const QByteArray x = sha256("x"), y = sha256("y"), z = sha256("z");
    // A SHA-256 digest whose last 12 bytes are zero and the SHA-1 digest of its first 20 bytes: two
    // different members although the index stores a SHA-1 digest zero-padded to 32 bytes.
    const QByteArray padded = sha256("p").left(20) + QByteArray(12, '\0');
    const QByteArray sha1 = padded.left(20);
    QTemporaryDir dir;
    const auto cat = [&](const QString &name, const QList<QByteArray> &digests) {
        QList<fx::CatalogEntry> members;
        for (const QByteArray &d : digests)
            members.append({d, true, name});
        Expected<QByteArray> c = fx::makeCatalog(members, pki.signer);
        REQUIRE(c.ok());
        return writeCat(dir, name, *c);
    };
    // Written out of name order; many filler catalogs so that several threads take part.
    cat(QStringLiteral("m.cat"), {y, z, padded});
    cat(QStringLiteral("b.cat"), {x, y, sha1});
    cat(QStringLiteral("k.cat"), {x});
    for (int i = 0; i < 40; ++i)
        cat(QStringLiteral("f%1.cat").arg(i, 2, 10, QLatin1Char('0')), {sha256(QByteArray::number(i).constData()), x});
    const auto lookUp = [](const sig::CatalogIndex &index, const QByteArray &digest) {
        sig::FileDigests d;
        d.isPe = true;
        (digest.size() == 20 ? d.authSha1 : d.authSha256) = digest;
        const std::optional<sig::CatalogIndex::Match> m = index.find(d);
        return m ? QFileInfo(m->path).fileName() + QLatin1Char('/') + m->digestAlgorithm : QString();
    };
    for (int threads : {1, 2, 3, 8}) {
        INFO("threads " << threads);
        sig::CatalogIndex index;
        REQUIRE(index.addDirectory(dir.path(), threads).valueOr(0) == 43);
        CHECK(index.memberCount() == 4 + 40 + 1); // x, y, z, padded, 40 fillers, sha1
        CHECK(lookUp(index, x) == QStringLiteral("b.cat/sha256"));
        CHECK(lookUp(index, y) == QStringLiteral("b.cat/sha256"));
        CHECK(lookUp(index, z) == QStringLiteral("m.cat/sha256"));
        CHECK(lookUp(index, padded) == QStringLiteral("m.cat/sha256"));
        CHECK(lookUp(index, sha1) == QStringLiteral("b.cat/sha1"));
        CHECK(lookUp(index, sha256("absent")).isEmpty());
        CHECK(lookUp(index, sha256("absent").left(20)).isEmpty());
        CHECK((index.hasSha1Members() && index.hasSha256Members()));
    }
    // One by one (add): the catalog added first names a hash.
    sig::CatalogIndex index;
    for (const QString &name : {QStringLiteral("m.cat"), QStringLiteral("k.cat"), QStringLiteral("b.cat")}) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        REQUIRE(index.add(f.fileName(), f.readAll()));
    }
    CHECK(index.memberCount() == 5); // y, z, padded, x, sha1
    CHECK(lookUp(index, x) == QStringLiteral("k.cat/sha256"));
    CHECK(lookUp(index, y) == QStringLiteral("m.cat/sha256"));
    CHECK(lookUp(index, sha1) == QStringLiteral("b.cat/sha1"));
}

TEST_CASE("PKCS #7 decoding with shared certificates gives what OpenSSL decodes by itself", "[catalog][signature]")
{
    const auto &pki = fx::TestPki::instance();
    const sig::FileDigests d = digestsOf(basePe());
    Expected<QByteArray> cat = fx::makeCatalog({{d.authSha256, true, QStringLiteral("version.dll")}}, pki.signer);
    Expected<QByteArray> emb = fx::extractSignature(signedPe());
    REQUIRE((cat.ok() && emb.ok()));
    auto certDers = [](PKCS7 *p7) {
        QList<QByteArray> l;
        STACK_OF(X509) *certs = p7 && PKCS7_type_is_signed(p7) ? p7->d.sign->cert : nullptr;
        for (int i = 0; i < sk_X509_num(certs); ++i) {
            unsigned char *buf = nullptr;
            const int n = i2d_X509(sk_X509_value(certs, i), &buf);
            l << QByteArray(reinterpret_cast<const char *>(buf), n);
            OPENSSL_free(buf);
        }
        std::sort(l.begin(), l.end());
        return l;
    };
    for (const QByteArray &der : {*cat, *emb}) {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
        PKCS7 *plain = d2i_PKCS7(nullptr, &p, long(der.size()));
        PKCS7 *shared1 = sig::decodePkcs7(der);
        PKCS7 *shared2 = sig::decodePkcs7(der);
        PKCS7 *bare = sig::decodePkcs7(der, false);
        REQUIRE((plain && shared1 && shared2 && bare));
        const QList<QByteArray> want = certDers(plain);
        CHECK(want.size() >= 1);
        CHECK(certDers(shared1) == want);
        CHECK(certDers(bare).isEmpty());
        // The second decode shares the first one's certificate objects.
        CHECK(sk_X509_value(shared1->d.sign->cert, 0) == sk_X509_value(shared2->d.sign->cert, 0));
        // Everything but the certificates is what OpenSSL decoded from the original.
        auto signedContent = [](PKCS7 *p7) {
            unsigned char *buf = nullptr;
            const int n = i2d_PKCS7_SIGNER_INFO(sk_PKCS7_SIGNER_INFO_value(p7->d.sign->signer_info, 0), &buf);
            QByteArray out(reinterpret_cast<const char *>(buf), n);
            OPENSSL_free(buf);
            return out;
        };
        CHECK(signedContent(shared1) == signedContent(plain));
        CHECK(signedContent(bare) == signedContent(plain));
        PKCS7_free(plain);
        PKCS7_free(shared1);
        PKCS7_free(shared2);
        PKCS7_free(bare);
    }
    // Truncated input: no crash, nothing decoded (or OpenSSL's own verdict).
    const QByteArray cut = cat->left(cat->size() / 2);
    PKCS7 *t = sig::decodePkcs7(cut);
    CHECK(t == nullptr);
    PKCS7_free(t);
    CHECK(sig::decodePkcs7(QByteArray()) == nullptr);
}

TEST_CASE("certificate sets with attribute certificates decode (OpenSSL's PKCS7 alone rejects them)", "[catalog][signature]")
{
    const auto &pki = fx::TestPki::instance();
    const sig::FileDigests d = digestsOf(basePe());
    Expected<QByteArray> cat = fx::makeCatalog({{d.authSha256, true, QStringLiteral("version.dll")}}, pki.signer);
    REQUIRE(cat.ok());
    // Insert a v1 attribute certificate choice ([1], as Microsoft's timestamp tokens carry one) into
    // SignedData.certificates and re-encode the enclosing lengths.
    ByteReader r(*cat);
    const der::Tlv ci = der::readTlv(r, 0);
    const QList<der::Tlv> ciKids = der::children(r, ci);
    REQUIRE(ciKids.size() == 2);
    const der::Tlv sd = der::children(r, ciKids[1]).value(0);
    QByteArray sdContent;
    bool inserted = false;
    for (const der::Tlv &k : der::children(r, sd)) {
        if (k.tag == 0xA0) {
            QByteArray certs = der::content(r, k);
            certs.append(der::encode(0xA1, der::seq(der::encode(0x02, QByteArray(1, '\x01')) + der::octets("attribute certificate"))));
            sdContent.append(der::encode(0xA0, certs));
            inserted = true;
        } else {
            sdContent.append(der::whole(r, k));
        }
    }
    REQUIRE(inserted);
    const QByteArray withAttr = der::seq(der::whole(r, ciKids[0]) + der::encode(0xA0, der::seq(sdContent)));
    const unsigned char *p = reinterpret_cast<const unsigned char *>(withAttr.constData());
    PKCS7 *plain = d2i_PKCS7(nullptr, &p, long(withAttr.size()));
    CHECK(plain == nullptr);
    PKCS7_free(plain);
    auto trust = testTrust();
    const sig::SignatureInfo s = sig::verifySignedData(withAttr, sig::kOidCtl, {trust.get(), kAt()});
    INFO(s.reason.toStdString());
    CHECK(s.status == Status::Valid);
    CHECK(s.signer.commonName == QLatin1String("WD Test Code Signing"));
    Expected<sig::Catalog> parsed = sig::parseCatalog(withAttr, QStringLiteral("attr.cat"));
    REQUIRE(parsed.ok());
    CHECK(parsed->members.size() == 1);
}
