// DER, PKCS #7 SignedData and security catalogs (diagnostics/formats/der, catalog, authenticode).
#include "formats/catalog.h"
#include "formats/der.h"
#include "fuzz_targets.h"
#include <openssl/pkcs7.h>

namespace wd::fuzz {
namespace {

// Walks every TLV (bounded depth and count); children must lie inside their parent.
void walkDer(const ByteReader &r, const der::Tlv &t, int depth, int &budget)
{
    if (depth > 64 || --budget < 0 || !(t.tag & 0x20))
        return;
    bool ok = true;
    for (const der::Tlv &c : der::children(r, t, &ok)) {
        if (c.offset < t.contentOffset() || c.end() > t.end())
            brokenProperty("pkcs7", "a DER child lies outside its parent");
        if (c.tag == 0x06)
            (void)der::oidText(r, c);
        walkDer(r, c, depth + 1, budget);
    }
}

} // namespace

int pkcs7Catalog(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ByteReader r(bytes);
    int budget = 20000;
    for (qint64 off = 0; off < r.size() && budget > 0;) {
        const der::Tlv t = der::readTlv(r, off);
        if (!t.valid)
            break;
        if (t.end() > r.size() || t.end() <= off)
            brokenProperty("pkcs7", "a DER element lies outside the input");
        (void)der::content(r, t);
        walkDer(r, t, 0, budget);
        off = t.end();
    }
    Expected<sig::Catalog> cat = sig::parseCatalog(bytes, QStringLiteral("fuzz.cat"));
    if (cat) {
        sig::CatalogIndex index;
        if (!index.add(QStringLiteral("fuzz.cat"), bytes))
            brokenProperty("pkcs7", "a catalog that parses is not indexed");
        for (const sig::CatalogMember &m : cat->members) {
            sig::FileDigests d;
            d.isPe = true; // looked up by the image digests
            (m.digestAlgorithm == QLatin1String("sha1") ? d.authSha1 : d.authSha256) = m.digest;
            // Every SHA-1 or SHA-256 sized member is found again (the index keeps no other sizes).
            if (!index.find(d) && (m.digest.size() == 20 || m.digest.size() == 32))
                brokenProperty("pkcs7", "a member of an indexed catalog is not found by its digest");
        }
        if (index.memberCount() > cat->members.size())
            brokenProperty("pkcs7", "the index holds more members than the catalog lists");
    }
    QString oid;
    QByteArray digest;
    (void)sig::parseIndirectData(bytes, &oid, &digest);
    (void)sig::certificateFromStoreBlob(bytes);
    if (PKCS7 *p = sig::decodePkcs7(bytes))
        PKCS7_free(p);
    sig::TrustStore trust;
    sig::VerifyParams params;
    params.trust = &trust;
    params.at = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const sig::SignatureInfo info = sig::verifySignedData(bytes, sig::kOidCtl, params);
    if (info.status == sig::Status::Valid)
        brokenProperty("pkcs7", "SignedData is valid without any trust anchor");
    (void)info.toJson();
    return 0;
}

} // namespace wd::fuzz
