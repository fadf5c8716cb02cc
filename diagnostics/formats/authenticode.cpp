#include "formats/authenticode.h"
#include "formats/byte_reader.h"
#include "formats/der.h"
#include <atomic>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QTimeZone>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/sha.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <array>
#include <map>
#include <optional>
#include <cstring>

namespace wd::sig {

namespace {

constexpr const char *kOidSpcIndirectData = "1.3.6.1.4.1.311.2.1.4";
constexpr const char *kOidNested = "1.3.6.1.4.1.311.2.4.1";
constexpr const char *kOidRfc3161 = "1.3.6.1.4.1.311.3.3.1";
constexpr const char *kOidCounterSig = "1.2.840.113549.1.9.6";
constexpr const char *kOidCodeSigning = "1.3.6.1.5.5.7.3.3";

template <class T, void (*F)(T *)>
struct Deleter { void operator()(T *p) const { if (p) F(p); } };
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using PKCS7Ptr = std::unique_ptr<PKCS7, Deleter<PKCS7, PKCS7_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using TstPtr = std::unique_ptr<TS_TST_INFO, Deleter<TS_TST_INFO, TS_TST_INFO_free>>;

QString objText(const ASN1_OBJECT *o)
{
    char buf[128];
    const int n = OBJ_obj2txt(buf, sizeof buf, o, 1);
    return n > 0 && n < int(sizeof buf) ? QString::fromLatin1(buf, n) : QString();
}

QDateTime asn1Time(const ASN1_TIME *t)
{
    if (!t)
        return {};
    struct tm tm {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     QTimeZone::utc());
}

QString nameEntry(const X509_NAME *n, int nid)
{
    const int idx = X509_NAME_get_index_by_NID(n, nid, -1);
    if (idx < 0)
        return {};
    const ASN1_STRING *s = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(n, idx));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

QString oneLine(const X509_NAME *n)
{
    BioPtr b(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(b.get(), n, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *p = nullptr;
    const long len = BIO_get_mem_data(b.get(), &p);
    return QString::fromUtf8(p, int(len));
}

QByteArray certDigest(X509 *c, const EVP_MD *md)
{
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(c, md, buf, &len) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf), int(len));
}

// Where a certificate decoded by CertCache (below) keeps its key: that cache has the DER at hand, and
// X509_digest would encode the certificate again at every use (once per catalog and signed file).
int certKeyIndex()
{
    static const int index = X509_get_ex_new_index(0, nullptr, nullptr, nullptr,
                                                   [](void *, void *ptr, CRYPTO_EX_DATA *, int, long, void *) {
                                                       delete static_cast<QByteArray *>(ptr);
                                                   });
    return index;
}

// The SHA-256 of a certificate's DER (the key of the caches below); empty when it cannot be encoded.
// (OpenSSL encodes a decoded certificate with its original to-be-signed bytes, so a key kept from the
// DER and one computed here name the same certificate alike.)
QByteArray certKey(X509 *c)
{
    if (c && certKeyIndex() >= 0)
        if (const auto *kept = static_cast<const QByteArray *>(X509_get_ex_data(c, certKeyIndex())))
            return *kept;
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr); // fetched once: no lock per use
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!c || !sha256 || X509_digest(c, sha256, md, &n) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), int(n));
}

CertInfo certInfoUncached(X509 *c);

// The same few certificates sign most files and catalogs: their descriptions are made once.
CertInfo certInfo(X509 *c)
{
    static QMutex mutex;
    static auto *cache = new QHash<QByteArray, CertInfo>; // never freed, like CertCache
    const QByteArray key = certKey(c);
    if (key.isEmpty())
        return certInfoUncached(c);
    {
        QMutexLocker lock(&mutex);
        auto it = cache->constFind(key);
        if (it != cache->constEnd())
            return *it;
    }
    const CertInfo i = certInfoUncached(c);
    QMutexLocker lock(&mutex);
    if (cache->size() >= 4096)
        cache->clear();
    cache->insert(key, i);
    return i;
}

CertInfo certInfoUncached(X509 *c)
{
    CertInfo i;
    if (!c)
        return i;
    i.subject = oneLine(X509_get_subject_name(c));
    i.issuer = oneLine(X509_get_issuer_name(c));
    i.commonName = nameEntry(X509_get_subject_name(c), NID_commonName);
    i.organization = nameEntry(X509_get_subject_name(c), NID_organizationName);
    if (BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(c), nullptr)) {
        char *hex = BN_bn2hex(bn);
        i.serial = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(bn);
    }
    i.sha1 = QString::fromLatin1(certDigest(c, EVP_sha1()).toHex().toUpper());
    i.notBefore = asn1Time(X509_get0_notBefore(c));
    i.notAfter = asn1Time(X509_get0_notAfter(c));
    return i;
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

bool hasCodeSigningEku(X509 *c)
{
    auto *eku = static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(c, NID_ext_key_usage, nullptr, nullptr));
    if (!eku)
        return false;
    bool found = false;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); ++i)
        if (objText(sk_ASN1_OBJECT_value(eku, i)) == QLatin1String(kOidCodeSigning))
            found = true;
    sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
    return found;
}

// CVE-2020-0601: an EC key with explicit (possibly spoofed) curve parameters.
bool hasExplicitCurve(X509 *c)
{
    EVP_PKEY *pk = X509_get0_pubkey(c);
    if (!pk || !EVP_PKEY_is_a(pk, "EC"))
        return false;
    int explicitParams = 0;
    if (EVP_PKEY_get_int_param(pk, OSSL_PKEY_PARAM_EC_DECODED_FROM_EXPLICIT_PARAMS, &explicitParams) == 1)
        return explicitParams != 0;
    char name[80];
    size_t len = 0;
    return EVP_PKEY_get_group_name(pk, name, sizeof name, &len) != 1;
}

QByteArray digestOf(const EVP_MD *md, const QByteArray &data)
{
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), buf, &len, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf), int(len));
}

// Values of an attribute (by dotted OID) in a signer info attribute stack.
QList<ASN1_TYPE *> attributeValues(STACK_OF(X509_ATTRIBUTE) *attrs, const char *oid)
{
    QList<ASN1_TYPE *> out;
    for (int i = 0; i < sk_X509_ATTRIBUTE_num(attrs); ++i) {
        X509_ATTRIBUTE *a = sk_X509_ATTRIBUTE_value(attrs, i);
        if (objText(X509_ATTRIBUTE_get0_object(a)) != QLatin1String(oid))
            continue;
        for (int j = 0; j < X509_ATTRIBUTE_count(a); ++j)
            out.append(X509_ATTRIBUTE_get0_type(a, j));
    }
    return out;
}

QByteArray typeDer(ASN1_TYPE *t)
{
    if (!t || t->type != V_ASN1_SEQUENCE || !t->value.sequence)
        return {};
    return QByteArray(reinterpret_cast<const char *>(t->value.sequence->data), t->value.sequence->length);
}

struct ChainOutcome {
    int error = X509_V_OK;
    bool ok = false;
    QList<CertInfo> chain;
    bool microsoft = false;
    bool explicitCurve = false;
};

// Chains are built for the same few signers over and over (every catalog of a CatRoot is signed by one
// of a handful of certificates, and checked at the same time when it has no timestamp): outcomes are
// kept per (trust store identity, time, SHA-256 of the leaf and of every other certificate given).
class ChainCache {
public:
    static ChainCache &instance()
    {
        static ChainCache *c = new ChainCache; // never freed, like CertCache
        return *c;
    }
    std::optional<ChainOutcome> get(const QByteArray &key)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_outcomes.find(key);
        return it == m_outcomes.end() ? std::nullopt : std::optional<ChainOutcome>(it->second);
    }
    void put(const QByteArray &key, const ChainOutcome &o)
    {
        QMutexLocker lock(&m_mutex);
        if (m_outcomes.size() >= kLimit)
            m_outcomes.clear();
        m_outcomes.emplace(key, o);
    }

private:
    static constexpr size_t kLimit = 4096;
    QMutex m_mutex;
    std::map<QByteArray, ChainOutcome> m_outcomes;
};

ChainOutcome buildChainUncached(X509 *leaf, STACK_OF(X509) *untrusted, const TrustStore *trust, const QDateTime &when);

ChainOutcome buildChain(X509 *leaf, STACK_OF(X509) *untrusted, const TrustStore *trust, const QDateTime &at)
{
    if (!trust || !trust->store()) {
        ChainOutcome out;
        out.error = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY;
        return out;
    }
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    QByteArray key;
    key.reserve(16 + 32 * (1 + sk_X509_num(untrusted)));
    const qint64 head[2] = {qint64(trust->identity()), when.toSecsSinceEpoch()};
    key.append(reinterpret_cast<const char *>(head), sizeof head);
    bool keyed = true;
    auto addCert = [&](X509 *c) {
        const QByteArray k = certKey(c);
        if (k.isEmpty())
            keyed = false;
        key.append(k);
    };
    addCert(leaf);
    for (int i = 0; i < sk_X509_num(untrusted); ++i)
        addCert(sk_X509_value(untrusted, i));
    if (keyed)
        if (std::optional<ChainOutcome> hit = ChainCache::instance().get(key))
            return *hit;
    const ChainOutcome out = buildChainUncached(leaf, untrusted, trust, when);
    if (keyed && out.error != X509_V_ERR_UNSPECIFIED) // not a passing failure (no memory)
        ChainCache::instance().put(key, out);
    return out;
}

ChainOutcome buildChainUncached(X509 *leaf, STACK_OF(X509) *untrusted, const TrustStore *trust, const QDateTime &when)
{
    ChainOutcome out;
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), trust->store(), leaf, untrusted) != 1) {
        out.error = X509_V_ERR_UNSPECIFIED;
        return out;
    }
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, time_t(when.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_USE_CHECK_TIME);
    out.ok = X509_verify_cert(ctx.get()) == 1;
    out.error = X509_STORE_CTX_get_error(ctx.get());
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
    for (int i = 0; i < sk_X509_num(chain); ++i) {
        X509 *c = sk_X509_value(chain, i);
        out.chain.append(certInfo(c));
        if (hasExplicitCurve(c))
            out.explicitCurve = true;
    }
    if (out.ok && sk_X509_num(chain) > 0)
        out.microsoft = trust->isPinnedRoot(sk_X509_value(chain, sk_X509_num(chain) - 1));
    for (int i = 0; i < sk_X509_num(untrusted); ++i)
        if (hasExplicitCurve(sk_X509_value(untrusted, i)))
            out.explicitCurve = true;
    if (hasExplicitCurve(leaf))
        out.explicitCurve = true;
    return out;
}

bool isUntrustedRootError(int e)
{
    return e == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT || e == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN
        || e == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY || e == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT
        || e == X509_V_ERR_CERT_UNTRUSTED;
}

QString chainReason(int e)
{
    return translate("wd::Signature", "The certificate chain is not valid: %1.")
        .arg(QString::fromUtf8(X509_verify_cert_error_string(e)));
}

X509 *signerCert(PKCS7 *p7, PKCS7_SIGNER_INFO *si)
{
    if (!si || !si->issuer_and_serial || !p7->d.sign->cert)
        return nullptr;
    return X509_find_by_issuer_and_serial(p7->d.sign->cert, si->issuer_and_serial->issuer, si->issuer_and_serial->serial);
}

// Verifies SI's signature over its authenticated attributes, whose messageDigest must be the digest
// of DATA (the signature value of the primary signer, for a countersignature).
bool verifySignerOverData(PKCS7 *p7, PKCS7_SIGNER_INFO *si, X509 *cert, const QByteArray &data)
{
    const EVP_MD *md = EVP_get_digestbyobj(si->digest_alg->algorithm);
    if (!md || !cert)
        return false;
    BioPtr chain(BIO_new(BIO_f_md()));
    BIO *sink = BIO_new(BIO_s_null());
    if (!chain || !sink) {
        BIO_free(sink);
        return false;
    }
    BIO_set_md(chain.get(), md);
    BIO_push(chain.get(), sink);
    if (BIO_write(chain.get(), data.constData(), int(data.size())) != int(data.size()))
        return false;
    return PKCS7_signatureVerify(chain.get(), p7, si, cert) == 1;
}

Timestamp verifyLegacyCountersig(PKCS7 *p7, PKCS7_SIGNER_INFO *si, ASN1_TYPE *value, const TrustStore *trust)
{
    Timestamp ts;
    ts.kind = QStringLiteral("pkcs9");
    const QByteArray der = typeDer(value);
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    PKCS7_SIGNER_INFO *csi = d2i_PKCS7_SIGNER_INFO(nullptr, &p, long(der.size()));
    if (!csi) {
        ts.reason = translate("wd::Signature", "The timestamp countersignature cannot be parsed.");
        return ts;
    }
    X509 *cert = signerCert(p7, csi);
    if (ASN1_TYPE *st = PKCS7_get_signed_attribute(csi, NID_pkcs9_signingTime))
        if (st->type == V_ASN1_UTCTIME || st->type == V_ASN1_GENERALIZEDTIME)
            ts.time = asn1Time(reinterpret_cast<const ASN1_TIME *>(st->value.asn1_string));
    if (cert)
        ts.signer = certInfo(cert).commonName;
    const QByteArray enc(reinterpret_cast<const char *>(si->enc_digest->data), si->enc_digest->length);
    if (!cert) {
        ts.reason = translate("wd::Signature", "The certificate of the timestamp authority is missing.");
    } else if (!ts.time.isValid()) {
        ts.reason = translate("wd::Signature", "The timestamp has no signing time.");
    } else if (!verifySignerOverData(p7, csi, cert, enc)) {
        ts.reason = translate("wd::Signature", "The timestamp countersignature does not match the signature.");
    } else {
        const ChainOutcome ch = buildChain(cert, p7->d.sign->cert, trust, ts.time);
        if (!ch.ok || ch.explicitCurve)
            ts.reason = translate("wd::Signature", "The timestamp authority is not trusted: %1.")
                            .arg(QString::fromUtf8(X509_verify_cert_error_string(ch.error)));
        else
            ts.valid = true;
    }
    PKCS7_SIGNER_INFO_free(csi);
    return ts;
}

Timestamp verifyRfc3161(PKCS7_SIGNER_INFO *si, ASN1_TYPE *value, const TrustStore *trust)
{
    Timestamp ts;
    ts.kind = QStringLiteral("rfc3161");
    const QByteArray der = typeDer(value);
    PKCS7Ptr token(decodePkcs7(der));
    if (!token || !PKCS7_type_is_signed(token.get())) {
        ts.reason = translate("wd::Signature", "The RFC 3161 timestamp cannot be parsed.");
        return ts;
    }
    TstPtr tst(PKCS7_to_TS_TST_INFO(token.get()));
    if (!tst) {
        ts.reason = translate("wd::Signature", "The RFC 3161 timestamp has no TSTInfo.");
        return ts;
    }
    ts.time = asn1Time(TS_TST_INFO_get_time(tst.get()));
    STACK_OF(PKCS7_SIGNER_INFO) *sis = PKCS7_get_signer_info(token.get());
    X509 *tsa = sk_PKCS7_SIGNER_INFO_num(sis) == 1 ? signerCert(token.get(), sk_PKCS7_SIGNER_INFO_value(sis, 0)) : nullptr;
    if (tsa)
        ts.signer = certInfo(tsa).commonName;
    TS_MSG_IMPRINT *imp = TS_TST_INFO_get_msg_imprint(tst.get());
    const EVP_MD *md = EVP_get_digestbyobj(TS_MSG_IMPRINT_get_algo(imp)->algorithm);
    const ASN1_OCTET_STRING *msg = TS_MSG_IMPRINT_get_msg(imp);
    const QByteArray enc(reinterpret_cast<const char *>(si->enc_digest->data), si->enc_digest->length);
    if (!md || digestOf(md, enc) != QByteArray(reinterpret_cast<const char *>(msg->data), msg->length)) {
        ts.reason = translate("wd::Signature", "The timestamp does not cover this signature.");
        return ts;
    }
    if (!tsa || PKCS7_verify(token.get(), nullptr, nullptr, nullptr, nullptr, PKCS7_NOVERIFY) != 1) {
        ts.reason = translate("wd::Signature", "The timestamp's own signature is not valid.");
        return ts;
    }
    const ChainOutcome ch = buildChain(tsa, token->d.sign->cert, trust, ts.time);
    if (!ch.ok || ch.explicitCurve) {
        ts.reason = translate("wd::Signature", "The timestamp authority is not trusted: %1.")
                        .arg(QString::fromUtf8(X509_verify_cert_error_string(ch.error)));
        return ts;
    }
    ts.valid = true;
    return ts;
}

// Pinned Microsoft root CAs (SHA-256 thumbprints, published).
constexpr std::array<const char *, 10> kMicrosoftRoots = {
    "F38406E540D7A9D90CB4A9479299640FFB6DF9E224ECC7A01C0D9558D8DAD77D", // Microsoft Root Authority (1997)
    "885DE64C340E3EA70658F01E1145F957FCDA27AABEEA1AB9FAA9FDB0102D4077", // Microsoft Root Certificate Authority (2001)
    "DF545BF919A2439C36983B54CDFC903DFA4F37D3996D8D84B4C31EEC6F3C163E", // Microsoft Root Certificate Authority 2010
    "847DF6A78497943F27FC72EB93F9A637320A02B561D0A91B09E87A7807ED7C61", // Microsoft Root Certificate Authority 2011
    "C741F70F4B2A8D88BF2E71C14122EF53EF10EBA0CFA5E64CFA20F418853073E0", // Microsoft RSA Root Certificate Authority 2017
    "358DF39D764AF9E1B766E9C972DF352EE15CFAC227AF6AD1D70E8E4A6EDCBA02", // Microsoft ECC Root Certificate Authority 2017
    "CACA93B9D23D2B6FA76E8B8471931E0DF3EC6F63AF3CDBB936C41954A1872326", // Microsoft ECC Product Root CA 2018
    "3FD4BE8BAAD2F26E1BDE06C7584BB720DD1A972D111F5A4999BC44B08FB4960D", // Microsoft ECC TS Root CA 2018
    "65AF95F4BE86847344634282F941B2E605063EF0C8542F014CA088D182109E4F", // Microsoft Time Stamp Root CA 2014
    "5367F20C7ADE0E2BCA790915056D086B720C33C1FA2A2661ACF787E3292E1270", // Microsoft Identity Verification Root CA 2020
};

} // namespace

// ---------------------------------------------------------------- digests

FileDigests computeDigests(const QByteArray &data, const pe::Image *img, unsigned needs)
{
    FileDigests d;
    d.isPe = img != nullptr;
    if (!img)
        needs &= NeedFlatSha1 | NeedFlatSha256;
    const bool wf1 = needs & NeedFlatSha1, wf256 = needs & NeedFlatSha256, wa1 = needs & NeedAuthSha1,
               wa256 = needs & NeedAuthSha256;
    MdCtxPtr f1(wf1 ? EVP_MD_CTX_new() : nullptr), f256(wf256 ? EVP_MD_CTX_new() : nullptr),
        a1(wa1 ? EVP_MD_CTX_new() : nullptr), a256(wa256 ? EVP_MD_CTX_new() : nullptr);
    // Explicitly fetched once: implicit fetches take a global lock on every init.
    static EVP_MD *const sha1 = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (wf1) EVP_DigestInit_ex(f1.get(), sha1, nullptr);
    if (wf256) EVP_DigestInit_ex(f256.get(), sha256, nullptr);
    if (wa1) EVP_DigestInit_ex(a1.get(), sha1, nullptr);
    if (wa256) EVP_DigestInit_ex(a256.get(), sha256, nullptr);
    // Ranges excluded from the image digest: CheckSum, the security directory entry, the certificate table.
    struct Range { qint64 b, e; };
    std::array<Range, 3> skip{};
    int nSkip = 0;
    if (img) {
        skip[nSkip++] = {img->checksumOffset, img->checksumOffset + 4};
        if (img->securityEntryOffset > 0)
            skip[nSkip++] = {img->securityEntryOffset, img->securityEntryOffset + 8};
        if (img->hasCertTable())
            skip[nSkip++] = {img->certTableOffset, img->certTableOffset + img->certTableSize};
    }
    const qint64 size = data.size();
    const char *base = data.constData();
    constexpr qint64 kChunk = 1 << 20;
    for (qint64 pos = 0; pos < size; pos += kChunk) {
        const qint64 end = qMin(size, pos + kChunk);
        if (wf1)
            EVP_DigestUpdate(f1.get(), base + pos, size_t(end - pos));
        if (wf256)
            EVP_DigestUpdate(f256.get(), base + pos, size_t(end - pos));
        if (!wa1 && !wa256)
            continue;
        qint64 cur = pos;
        while (cur < end) {
            qint64 next = end;
            bool skipping = false;
            for (int i = 0; i < nSkip; ++i) {
                if (cur >= skip[i].b && cur < skip[i].e) {
                    skipping = true;
                    next = qMin(end, skip[i].e);
                    break;
                }
                if (skip[i].b > cur)
                    next = qMin(next, skip[i].b);
            }
            if (!skipping) {
                if (wa1)
                    EVP_DigestUpdate(a1.get(), base + cur, size_t(next - cur));
                if (wa256)
                    EVP_DigestUpdate(a256.get(), base + cur, size_t(next - cur));
            }
            cur = next;
        }
    }
    if (wf1) d.hashed.flatSha1 = size;
    if (wf256) d.hashed.flatSha256 = size;
    if (wa1 || wa256) {
        qint64 covered = size;
        for (int i = 0; i < nSkip; ++i) // the ranges are disjoint
            covered -= qMax<qint64>(0, qMin(size, skip[i].e) - qMin(size, skip[i].b));
        if (wa1) d.hashed.authSha1 = covered;
        if (wa256) d.hashed.authSha256 = covered;
    }
    auto fin = [](EVP_MD_CTX *c) {
        unsigned char buf[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestFinal_ex(c, buf, &len);
        return QByteArray(reinterpret_cast<const char *>(buf), int(len));
    };
    if (wf1) d.flatSha1 = fin(f1.get());
    if (wf256) d.flatSha256 = fin(f256.get());
    if (wa1) d.authSha1 = fin(a1.get());
    if (wa256) d.authSha256 = fin(a256.get());
    return d;
}

void completeDigests(FileDigests &d, const QByteArray &data, const pe::Image *img, unsigned needs)
{
    unsigned missing = 0;
    if ((needs & NeedFlatSha1) && d.flatSha1.isEmpty()) missing |= NeedFlatSha1;
    if ((needs & NeedFlatSha256) && d.flatSha256.isEmpty()) missing |= NeedFlatSha256;
    if (img && (needs & NeedAuthSha1) && d.authSha1.isEmpty()) missing |= NeedAuthSha1;
    if (img && (needs & NeedAuthSha256) && d.authSha256.isEmpty()) missing |= NeedAuthSha256;
    if (!missing)
        return;
    const FileDigests more = computeDigests(data, img, missing);
    d.hashed += more.hashed;
    if (missing & NeedFlatSha1) d.flatSha1 = more.flatSha1;
    if (missing & NeedFlatSha256) d.flatSha256 = more.flatSha256;
    if (missing & NeedAuthSha1) d.authSha1 = more.authSha1;
    if (missing & NeedAuthSha256) d.authSha256 = more.authSha256;
}

// ---------------------------------------------------------------- trust store

TrustStore::TrustStore() : m_store(X509_STORE_new()) { changed(); }
TrustStore::~TrustStore() { X509_STORE_free(m_store); }

void TrustStore::changed()
{
    static std::atomic<quint64> next{1};
    m_identity = next.fetch_add(1);
}

bool TrustStore::addDer(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr c(d2i_X509(nullptr, &p, long(der.size())));
    if (!c)
        return false;
    if (X509_STORE_add_cert(m_store, c.get()) == 1) {
        ++m_count;
        changed();
    }
    return true;
}

int TrustStore::addPemFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray pem = f.read(16 * 1024 * 1024);
    BioPtr b(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    int n = 0;
    while (X509 *c = PEM_read_bio_X509(b.get(), nullptr, nullptr, nullptr)) {
        if (X509_STORE_add_cert(m_store, c) == 1) {
            ++n;
            ++m_count;
            changed();
        }
        X509_free(c);
    }
    return n;
}

Expected<int> TrustStore::addPemDir(const QString &dir)
{
    QDir d(dir);
    if (!d.exists())
        return Error(ErrorKind::NotFound, translate("wd::Signature", "The folder of trusted roots does not exist."), dir);
    int n = 0;
    const QStringList files = d.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        n += addPemFile(d.filePath(f));
    return n;
}

bool TrustStore::isMicrosoftRootThumbprint(const QByteArray &sha256)
{
    const QByteArray hex = sha256.toHex().toUpper();
    for (const char *t : kMicrosoftRoots) {
        QByteArray pinned(t);
        pinned.replace(' ', "");
        if (pinned == hex)
            return true;
    }
    return false;
}

bool TrustStore::isMicrosoftRoot(X509 *cert)
{
    return cert && isMicrosoftRootThumbprint(certDigest(cert, EVP_sha256()));
}

bool TrustStore::isPinnedRoot(X509 *cert) const
{
    if (!cert)
        return false;
    const QByteArray d = certDigest(cert, EVP_sha256());
    return isMicrosoftRootThumbprint(d) || m_standIns.contains(d);
}

QByteArray certificateFromStoreBlob(const QByteArray &blob)
{
    ByteReader r(blob);
    qint64 pos = 0;
    for (int guard = 0; guard < 256 && r.has(pos, 12); ++guard) {
        const quint32 id = r.u32At(pos);
        const quint32 len = r.u32At(pos + 8);
        if (!r.has(pos + 12, len))
            return {};
        if (id == 32)
            return r.bytesAt(pos + 12, len);
        pos += 12 + qint64(len);
    }
    return {};
}

// ---------------------------------------------------------------- results

QString statusToString(Status s)
{
    switch (s) {
    case Status::Valid: return QStringLiteral("valid");
    case Status::Unsigned: return QStringLiteral("unsigned");
    case Status::HashMismatch: return QStringLiteral("hash_mismatch");
    case Status::UntrustedRoot: return QStringLiteral("untrusted_root");
    case Status::InvalidChain: return QStringLiteral("invalid_chain");
    case Status::Malformed: return QStringLiteral("malformed");
    }
    return QStringLiteral("malformed");
}

Text statusDisplay(Status s)
{
    switch (s) {
    case Status::Valid: return translate("wd::Signature", "Signed");
    case Status::Unsigned: return translate("wd::Signature", "Unsigned");
    case Status::HashMismatch: return translate("wd::Signature", "The file was modified after signing (hash mismatch)");
    case Status::UntrustedRoot: return translate("wd::Signature", "Signed by an untrusted root");
    case Status::InvalidChain: return translate("wd::Signature", "The certificate chain is not valid");
    case Status::Malformed: return translate("wd::Signature", "Malformed file or signature");
    }
    return {};
}

QJsonObject CertInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("subject"), subject},
                       {QStringLiteral("issuer"), issuer},
                       {QStringLiteral("serial"), serial},
                       {QStringLiteral("sha1"), sha1},
                       {QStringLiteral("not_before"), isoUtc(notBefore)},
                       {QStringLiteral("not_after"), isoUtc(notAfter)}};
}

QJsonObject Timestamp::toJson() const
{
    JsonText t;
    writeJson(t);
    return t.object();
}

void Timestamp::writeJson(JsonText &t) const
{
    t.beginObject()
        .member(QLatin1String("kind"), kind)
        .member(QLatin1String("time"), isoUtc(time))
        .member(QLatin1String("valid"), valid)
        .member(QLatin1String("signer"), signer);
    if (!reason.isEmpty())
        t.member(QLatin1String("reason"), reason.toSourceString());
    t.endObject();
}

QJsonObject SignatureInfo::toJson() const
{
    JsonText t;
    t.beginObject();
    writeJsonMembers(t);
    t.endObject();
    return t.object();
}

void SignatureInfo::writeJsonMembers(JsonText &t) const
{
    t.member(QLatin1String("status"), statusToString(status))
        .member(QLatin1String("signer"), signer.commonName.isEmpty() ? signer.subject : signer.commonName);
    t.key(QLatin1String("chain")).beginArray();
    for (const CertInfo &c : chain)
        t.string(c.subject);
    t.endArray();
    t.member(QLatin1String("digest_algorithm"), digestAlgorithm);
    t.key(QLatin1String("timestamp"));
    if (timestamp)
        timestamp->writeJson(t);
    else
        t.null();
    t.member(QLatin1String("reason"), reason.toSourceString()).member(QLatin1String("microsoft"), chainsToMicrosoft);
    if (!nested.isEmpty()) {
        t.key(QLatin1String("nested")).beginArray();
        for (const SignatureInfo &n : nested) {
            t.beginObject();
            n.writeJsonMembers(t);
            t.endObject();
        }
        t.endArray();
    }
}

QString digestName(const QString &oid)
{
    if (oid == QLatin1String("1.3.14.3.2.26")) return QStringLiteral("sha1");
    if (oid == QLatin1String("2.16.840.1.101.3.4.2.1")) return QStringLiteral("sha256");
    if (oid == QLatin1String("2.16.840.1.101.3.4.2.2")) return QStringLiteral("sha384");
    if (oid == QLatin1String("2.16.840.1.101.3.4.2.3")) return QStringLiteral("sha512");
    if (oid == QLatin1String("1.2.840.113549.2.5")) return QStringLiteral("md5");
    return oid;
}

bool indirectDataDigest(const ByteReader &r, const der::Tlv &indirect, der::Tlv *digestOid, der::Tlv *digest)
{
    // SpcIndirectDataContent ::= SEQUENCE { data SpcAttributeTypeAndOptionalValue,
    //                                       messageDigest DigestInfo }
    if (!indirect.valid)
        return false;
    const qint64 end = indirect.end();
    const der::Tlv data = der::readTlv(r, indirect.contentOffset());
    if (!data.valid || data.tag != 0x30 || data.end() > end)
        return false;
    const der::Tlv di = der::readTlv(r, data.end());
    if (!di.valid || di.tag != 0x30 || di.end() > end)
        return false;
    const der::FirstChildren<2> parts = der::firstChildren<2>(r, di);
    if (parts.count != 2 || parts.tlv[0].tag != 0x30 || parts.tlv[1].tag != 0x04)
        return false;
    const der::FirstChildren<1> alg = der::firstChildren<1>(r, parts.tlv[0]);
    if (alg.count == 0 || der::oidText(r, alg.tlv[0]).isEmpty())
        return false;
    *digestOid = alg.tlv[0];
    *digest = parts.tlv[1];
    return true;
}

bool parseIndirectData(const QByteArray &content, QString *digestOid, QByteArray *digest)
{
    // CONTENT is the SEQUENCE's contents octets: read as the content of a TLV spanning all of it.
    const ByteReader r(content);
    der::Tlv whole;
    whole.tag = 0x30;
    whole.length = content.size();
    whole.valid = true;
    der::Tlv oid, dg;
    if (!indirectDataDigest(r, whole, &oid, &dg))
        return false;
    *digestOid = der::oidText(r, oid);
    *digest = der::content(r, dg);
    return true;
}

// ---------------------------------------------------------------- PKCS #7 decoding

namespace {

// Process-wide cache of decoded certificates, keyed by their DER. Never freed (OpenSSL's own exit
// cleanup may run before static destructors). Bounded: past the limit certificates are decoded
// per use, as without the cache.
class CertCache {
public:
    static CertCache &instance()
    {
        static CertCache *c = new CertCache;
        return *c;
    }
    // A new reference to the decoded certificate (X509_free it), or nullptr when DER is not one.
    X509 *get(const QByteArray &der)
    {
        {
            QMutexLocker lock(&m_mutex);
            if (X509 *x = m_certs.value(der)) {
                X509_up_ref(x);
                return x;
            }
        }
        const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
        X509 *x = d2i_X509(nullptr, &p, long(der.size()));
        if (!x || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
            X509_free(x);
            return nullptr;
        }
        // Its key, from the DER (no other thread sees X yet).
        unsigned char md[SHA256_DIGEST_LENGTH];
        if (certKeyIndex() >= 0 && SHA256(reinterpret_cast<const unsigned char *>(der.constData()), size_t(der.size()), md)) {
            auto *key = new QByteArray(reinterpret_cast<const char *>(md), SHA256_DIGEST_LENGTH);
            if (X509_set_ex_data(x, certKeyIndex(), key) != 1)
                delete key;
        }
        QMutexLocker lock(&m_mutex);
        if (X509 *other = m_certs.value(der)) { // decoded by another thread meanwhile
            X509_free(x);
            X509_up_ref(other);
            return other;
        }
        if (m_certs.size() < kLimit) {
            X509_up_ref(x);
            m_certs.insert(der, x);
        }
        return x;
    }

private:
    static constexpr qsizetype kLimit = 4096;
    QMutex m_mutex;
    QHash<QByteArray, X509 *> m_certs;
};

PKCS7 *plainD2i(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_PKCS7(nullptr, &p, long(der.size()));
}

} // namespace

PKCS7 *decodePkcs7(const QByteArray &der, bool withCerts)
{
    // ContentInfo ::= SEQUENCE { contentType OID, [0] EXPLICIT SignedData }
    // SignedData ::= SEQUENCE { version, digestAlgorithms, contentInfo, [0] IMPLICIT certificates OPTIONAL,
    //                           [1] IMPLICIT crls OPTIONAL, signerInfos }
    // The certificates are cut out of the DER, the rest is decoded by OpenSSL, and the certificates are
    // added back from the cache.
    ByteReader r(der);
    const der::Tlv ci = der::readTlv(r, 0);
    bool ok = false;
    const QList<der::Tlv> ciKids = ci.valid && ci.tag == 0x30 ? der::children(r, ci, &ok) : QList<der::Tlv>{};
    if (!ok || ciKids.size() != 2 || ciKids[0].tag != 0x06 || ciKids[1].tag != 0xA0)
        return plainD2i(der);
    const QList<der::Tlv> explicitKids = der::children(r, ciKids[1], &ok);
    if (!ok || explicitKids.size() != 1 || explicitKids[0].tag != 0x30)
        return plainD2i(der);
    const QList<der::Tlv> sdKids = der::children(r, explicitKids[0], &ok);
    if (!ok)
        return plainD2i(der);
    QList<der::Tlv> kept; // the SignedData fields but the certificates
    qint64 keptLength = 0;
    QList<QByteArray> certDers;
    bool sawCerts = false;
    for (const der::Tlv &k : sdKids) {
        if (k.tag == 0xA0 && !sawCerts) {
            sawCerts = true;
            const QList<der::Tlv> certs = der::children(r, k, &ok);
            if (!ok)
                return plainD2i(der);
            // CertificateChoices other than a plain certificate (attribute certificates, [1]..[3]) are
            // dropped: OpenSSL's PKCS7 cannot decode them (Microsoft's timestamp tokens carry a v1
            // attribute certificate of the TSA's HSM) and chains are never built from them.
            for (const der::Tlv &c : certs)
                if (c.tag == 0x30)
                    certDers.append(der::whole(r, c));
            continue;
        }
        kept.append(k);
        keptLength += k.headerLen + k.length;
    }
    if (!sawCerts)
        return plainD2i(der);
    // SEQUENCE { contentType, [0] { SEQUENCE { kept fields } } }, written in one buffer: the content of
    // a catalog (its whole member list, tens of MB) is copied once, not once per nesting level.
    const QByteArray contentType = der::whole(r, ciKids[0]);
    const QByteArray sdHeader = der::header(0x30, keptLength);
    const QByteArray explicitHeader = der::header(0xA0, sdHeader.size() + keptLength);
    const QByteArray ciHeader = der::header(0x30, contentType.size() + explicitHeader.size() + sdHeader.size() + keptLength);
    QByteArray stripped;
    stripped.reserve(ciHeader.size() + contentType.size() + explicitHeader.size() + sdHeader.size() + keptLength);
    stripped.append(ciHeader).append(contentType).append(explicitHeader).append(sdHeader);
    for (const der::Tlv &k : kept)
        stripped.append(der.constData() + k.offset, k.headerLen + k.length);
    PKCS7 *p7 = plainD2i(stripped);
    if (!p7 || !PKCS7_type_is_signed(p7) || !p7->d.sign) {
        PKCS7_free(p7);
        return plainD2i(der);
    }
    if (!withCerts)
        return p7;
    for (const QByteArray &c : certDers) {
        X509 *x = CertCache::instance().get(c);
        if (!x || PKCS7_add_certificate(p7, x) != 1) {
            X509_free(x);
            PKCS7_free(p7);
            return plainD2i(der);
        }
        X509_free(x); // PKCS7_add_certificate took its own reference
    }
    return p7;
}

// ---------------------------------------------------------------- SignedData

SignatureInfo verifySignedData(const QByteArray &derIn, const char *expectedContent, const VerifyParams &params, int depth)
{
    SignatureInfo out;
    auto malformed = [&](const QString &why) {
        out.status = Status::Malformed;
        out.reason = why;
        return out;
    };
    PKCS7Ptr p7(decodePkcs7(derIn));
    if (!p7 || !PKCS7_type_is_signed(p7.get()) || !p7->d.sign || !p7->d.sign->contents)
        return malformed(translate("wd::Signature", "The signature is not a PKCS #7 SignedData structure."));
    PKCS7 *inner = p7->d.sign->contents;
    out.contentType = objText(inner->type);
    if (expectedContent && *expectedContent && out.contentType != QLatin1String(expectedContent))
        return malformed(translate("wd::Signature", "The signature does not sign the expected content (%1).").arg(out.contentType));
    // The content: SpcIndirectDataContent / CTL are "other" types holding a SEQUENCE.
    ASN1_TYPE *other = PKCS7_type_is_other(inner) ? inner->d.other : nullptr;
    if (!other || other->type != V_ASN1_SEQUENCE || !other->value.sequence)
        return malformed(translate("wd::Signature", "The signed content is missing."));
    // A view of OpenSSL's copy (P7 outlives it): a catalog's content is tens of MB.
    const QByteArray seqDer = QByteArray::fromRawData(reinterpret_cast<const char *>(other->value.sequence->data),
                                                      other->value.sequence->length);
    ByteReader sr(seqDer);
    const der::Tlv seqTlv = der::readTlv(sr, 0);
    if (!seqTlv.valid || seqTlv.end() != seqDer.size())
        return malformed(translate("wd::Signature", "The signed content is malformed."));
    out.content = der::content(sr, seqTlv);

    STACK_OF(PKCS7_SIGNER_INFO) *sis = PKCS7_get_signer_info(p7.get());
    if (sk_PKCS7_SIGNER_INFO_num(sis) != 1)
        return malformed(translate("wd::Signature", "The signature must have exactly one signer."));
    PKCS7_SIGNER_INFO *si = sk_PKCS7_SIGNER_INFO_value(sis, 0);
    X509 *leaf = signerCert(p7.get(), si);
    if (!leaf)
        return malformed(translate("wd::Signature", "The signer's certificate is not in the signature."));
    out.signer = certInfo(leaf);
    if (ASN1_TYPE *st = PKCS7_get_signed_attribute(si, NID_pkcs9_signingTime))
        if (st->type == V_ASN1_UTCTIME || st->type == V_ASN1_GENERALIZEDTIME)
            out.signingTime = asn1Time(reinterpret_cast<const ASN1_TIME *>(st->value.asn1_string));

    // Nested signatures (dual signing) are verified on their own.
    if (depth < 2)
        for (ASN1_TYPE *t : attributeValues(si->unauth_attr, kOidNested))
            out.nested.append(verifySignedData(typeDer(t), expectedContent, params, depth + 1));

    // OpenSSL 3.0's PKCS7_verify leaks its copy of the content when it cannot set up a digest the
    // signature names (fuzzing found it): refuse digest algorithms OpenSSL does not know before calling it.
    {
        STACK_OF(X509_ALGOR) *mds = p7->d.sign->md_algs;
        for (int i = 0; i < sk_X509_ALGOR_num(mds); ++i)
            if (!EVP_get_digestbyobj(sk_X509_ALGOR_value(mds, i)->algorithm))
                return malformed(translate("wd::Signature", "The signature names a digest algorithm this program does not know."));
    }
    // Signature over the content (contents octets, PKCS #7 v1.5 rule).
    {
        BioPtr in(BIO_new_mem_buf(out.content.constData(), int(out.content.size())));
        ERR_clear_error();
        if (PKCS7_verify(p7.get(), nullptr, nullptr, in.get(), nullptr, PKCS7_NOVERIFY | PKCS7_BINARY) != 1) {
            out.status = Status::HashMismatch;
            out.reason = translate("wd::Signature", "The signature does not match the signed content.");
            return out;
        }
    }

    // Timestamp: a valid one moves the chain check to the signing time.
    for (ASN1_TYPE *t : attributeValues(si->unauth_attr, kOidRfc3161)) {
        out.timestamp = verifyRfc3161(si, t, params.trust);
        if (out.timestamp->valid)
            break;
    }
    if (!out.timestamp || !out.timestamp->valid)
        for (ASN1_TYPE *t : attributeValues(si->unauth_attr, kOidCounterSig)) {
            out.timestamp = verifyLegacyCountersig(p7.get(), si, t, params.trust);
            if (out.timestamp->valid)
                break;
        }
    out.verifiedAt = (out.timestamp && out.timestamp->valid) ? out.timestamp->time
                     : params.at.isValid()                    ? params.at.toUTC()
                                                              : QDateTime::currentDateTimeUtc();

    const ChainOutcome ch = buildChain(leaf, p7->d.sign->cert, params.trust, out.verifiedAt);
    out.chain = ch.chain;
    out.chainsToMicrosoft = ch.microsoft;
    if (ch.explicitCurve) {
        out.status = Status::InvalidChain;
        out.reason = translate("wd::Signature", "A certificate uses explicit elliptic-curve parameters (spoofed-curve attack, CVE-2020-0601).");
        return out;
    }
    if (!ch.ok) {
        out.status = isUntrustedRootError(ch.error) ? Status::UntrustedRoot : Status::InvalidChain;
        out.reason = chainReason(ch.error);
        if (ch.error == X509_V_ERR_CERT_HAS_EXPIRED && !out.timestamp)
            out.reason += QLatin1Char(' ') + translate("wd::Signature", "The signature has no timestamp, so an expired signer certificate is not accepted.");
        return out;
    }
    if (!hasCodeSigningEku(leaf)) {
        out.status = Status::InvalidChain;
        out.reason = translate("wd::Signature", "The signer's certificate is not allowed for code signing (no code-signing extended key usage).");
        return out;
    }
    out.status = Status::Valid;
    return out;
}

namespace {

SignatureInfo checkImageDigest(SignatureInfo s, const FileDigests &digests)
{
    // Applies to the signature and to each nested one.
    for (SignatureInfo &n : s.nested)
        n = checkImageDigest(std::move(n), digests);
    if (s.status == Status::Malformed)
        return s;
    QString oid;
    QByteArray digest;
    if (!parseIndirectData(s.content, &oid, &digest)) {
        s.status = Status::Malformed;
        s.reason = translate("wd::Signature", "The signed content is not a valid SpcIndirectDataContent.");
        return s;
    }
    s.digestAlgorithm = digestName(oid);
    s.signedDigest = digest;
    QByteArray actual;
    if (s.digestAlgorithm == QLatin1String("sha1"))
        actual = digests.authSha1;
    else if (s.digestAlgorithm == QLatin1String("sha256"))
        actual = digests.authSha256;
    if (actual.isEmpty()) {
        s.status = Status::Malformed;
        s.reason = translate("wd::Signature", "The image digest algorithm %1 is not supported.").arg(s.digestAlgorithm);
        return s;
    }
    if (actual != digest) {
        s.status = Status::HashMismatch;
        s.reason = translate("wd::Signature", "The file was changed after it was signed: its image digest does not match the signature.");
    }
    return s;
}

} // namespace

namespace {

const pe::Certificate *pkcs7Entry(const pe::Image &img)
{
    if (!img.hasCertTable())
        return nullptr;
    for (const pe::Certificate &c : img.certificates)
        if (c.type == 2)
            return &c;
    return nullptr;
}

} // namespace

SignatureInfo verifyEmbeddedSignature(const pe::Image &img, const VerifyParams &params)
{
    SignatureInfo out;
    if (!img.hasCertTable()) {
        out.status = Status::Unsigned;
        out.reason = translate("wd::Signature", "The file has no embedded signature.");
        return out;
    }
    const pe::Certificate *pkcs = pkcs7Entry(img);
    if (!pkcs) {
        out.status = Status::Malformed;
        out.reason = translate("wd::Signature", "The certificate table holds no PKCS #7 signature.");
        return out;
    }
    return verifySignedData(pkcs->data, kOidSpcIndirectData, params);
}

unsigned embeddedDigestNeeds(const SignatureInfo &s)
{
    unsigned needs = 0;
    for (const SignatureInfo &n : s.nested)
        needs |= embeddedDigestNeeds(n);
    QString oid;
    QByteArray digest;
    if (s.status != Status::Malformed && parseIndirectData(s.content, &oid, &digest)) {
        const QString name = digestName(oid);
        if (name == QLatin1String("sha1"))
            needs |= NeedAuthSha1;
        else if (name == QLatin1String("sha256"))
            needs |= NeedAuthSha256;
    }
    return needs;
}

SignatureInfo checkEmbeddedDigest(SignatureInfo s, const pe::Image &img, const FileDigests &digests)
{
    const pe::Certificate *pkcs = pkcs7Entry(img);
    if (!pkcs)
        return s; // unsigned, or no PKCS #7 entry: step 1 said so
    SignatureInfo out = checkImageDigest(std::move(s), digests);
    // Bytes after the signature are not covered by it: never valid.
    const qint64 trailing = img.trailingAfterCertTable();
    if (trailing > 0 && out.status != Status::Malformed) {
        out.status = Status::HashMismatch;
        out.reason = translate("wd::Signature", "%n byte(s) of data were appended after the signature.", nullptr, int(trailing));
    }
    // Extra bytes inside the PKCS #7 entry after the DER structure are appended data too.
    if (out.status == Status::Valid) {
        ByteReader r(pkcs->data);
        const der::Tlv t = der::readTlv(r, 0);
        if (t.valid && pkcs->data.size() - t.end() > 7) {
            out.status = Status::HashMismatch;
            out.reason = translate("wd::Signature", "Data was appended inside the signature entry.");
        }
    }
    return out;
}

SignatureInfo verifyEmbedded(const pe::Image &img, const FileDigests &digests, const VerifyParams &params)
{
    return checkEmbeddedDigest(verifyEmbeddedSignature(img, params), img, digests);
}

} // namespace wd::sig
