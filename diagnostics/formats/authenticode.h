// Authenticode: the PE image digest (Microsoft's Authenticode PE specification) and verification of
// PKCS#7 SignedData (SpcIndirectDataContent, signer chain, code-signing EKU, timestamp
// countersignatures, nested signatures) with OpenSSL, offline, at a chosen time.
#pragma once
#include "core/error.h"
#include "core/json_text.h"
#include "formats/der.h"
#include "formats/pe.h"
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

struct pkcs7_st; // OpenSSL's PKCS7

typedef struct x509_st X509;
typedef struct x509_store_st X509_STORE;

namespace wd::sig {

// How much hashing verification did: bytes read from files and bytes fed to each digest. Summed over
// files it gives "bytes hashed per byte read" (bench/README.md); tests use it to see which digests ran.
struct HashStats {
    qint64 files = 0;          // files read
    qint64 bytesRead = 0;      // bytes read from them (each file is read once)
    qint64 flatSha1 = 0, flatSha256 = 0, authSha1 = 0, authSha256 = 0; // bytes fed to each digest
    qint64 bytesHashed() const { return flatSha1 + flatSha256 + authSha1 + authSha256; }
    HashStats &operator+=(const HashStats &o)
    {
        files += o.files;
        bytesRead += o.bytesRead;
        flatSha1 += o.flatSha1;
        flatSha256 += o.flatSha256;
        authSha1 += o.authSha1;
        authSha256 += o.authSha256;
        return *this;
    }
};

// Digests of one file computed in one pass over its bytes.
struct FileDigests {
    bool isPe = false;
    QByteArray authSha1, authSha256;   // Authenticode image digest (PE only)
    QByteArray flatSha1, flatSha256;   // digest of the whole file
    HashStats hashed;                  // bytes fed to each digest so far (files and bytesRead stay 0)
};
enum DigestNeed : unsigned {
    NeedFlatSha1 = 1, NeedFlatSha256 = 2, NeedAuthSha1 = 4, NeedAuthSha256 = 8,
    NeedAll = 15
};
// DATA = the whole file, IMG = its parsed headers (nullptr for a non-PE file: flat digests only).
// Every requested digest is fed from one pass over DATA.
FileDigests computeDigests(const QByteArray &data, const pe::Image *img, unsigned needs = NeedAll);
// Adds the digests in NEEDS that D does not have yet (one more pass over DATA when any is missing).
void completeDigests(FileDigests &d, const QByteArray &data, const pe::Image *img, unsigned needs);

// The trust anchors verification uses (target's root stores, --trust-roots PEMs, ...).
class TrustStore {
public:
    TrustStore();
    ~TrustStore();
    TrustStore(const TrustStore &) = delete;
    TrustStore &operator=(const TrustStore &) = delete;

    bool addDer(const QByteArray &der);               // false when not a certificate
    int addPemFile(const QString &path);              // number of certificates added
    Expected<int> addPemDir(const QString &dir);      // every *.pem / *.crt / *.cer in DIR
    int count() const { return m_count; }
    X509_STORE *store() const { return m_store; }
    // Names this store with these contents: unique in the process, new after every change. Caches key
    // on it, never on the store's address (a freed store's address comes back for the next one).
    quint64 identity() const { return m_identity; }

    // Microsoft root CAs recognised by their published SHA-256 thumbprints.
    static bool isMicrosoftRoot(X509 *cert);
    static bool isMicrosoftRootThumbprint(const QByteArray &sha256);
    // The built-in demo only: a test root that stands in for Microsoft's (its intact "Windows" files
    // are signed by it). Never set for a real PC or volume.
    void addMicrosoftStandIn(const QByteArray &sha256)
    {
        m_standIns.append(sha256);
        changed();
    }
    bool hasMicrosoftStandIns() const { return !m_standIns.isEmpty(); }
    const QList<QByteArray> &microsoftStandIns() const { return m_standIns; }
    // A Microsoft root, or one of this store's stand-ins.
    bool isPinnedRoot(X509 *cert) const;

private:
    X509_STORE *m_store = nullptr;
    int m_count = 0;
    QList<QByteArray> m_standIns;
    quint64 m_identity = 0;
    void changed();
};

// Parses a serialized certificate store element (the "Blob" value under
// SOFTWARE\Microsoft\SystemCertificates\<store>\Certificates\<thumbprint>) and returns the DER
// certificate (property 32), or an empty array.
QByteArray certificateFromStoreBlob(const QByteArray &blob);

struct CertInfo {
    QString subject;     // one-line subject
    QString commonName;
    QString organization;
    QString issuer;
    QString serial;      // hex
    QString sha1;        // thumbprint, hex upper
    QDateTime notBefore, notAfter;
    QJsonObject toJson() const;
};

struct Timestamp {
    QString kind;        // "rfc3161" | "pkcs9"
    QDateTime time;
    bool valid = false;  // signature over the signer's digest verifies and the TSA chain is trusted
    QString signer;      // TSA common name
    Text reason;         // why it is not valid
    QJsonObject toJson() const;
    void writeJson(JsonText &out) const; // toJson()'s object, written to OUT
};

enum class Status { Valid, Unsigned, HashMismatch, UntrustedRoot, InvalidChain, Malformed };
QString statusToString(Status s);   // JSON value
Text statusDisplay(Status s);       // translated when shown

// Outcome of verifying one PKCS#7 SignedData.
struct SignatureInfo {
    Status status = Status::Malformed;
    Text reason;                 // explanation when not valid, translated when shown
    QString digestAlgorithm;     // "sha1" | "sha256" | ...
    QByteArray signedDigest;     // digest stated in the signed content (Authenticode)
    CertInfo signer;
    QList<CertInfo> chain;       // leaf .. root (as built)
    bool chainsToMicrosoft = false;
    std::optional<Timestamp> timestamp;
    QDateTime signingTime;       // signingTime attribute, when present
    QDateTime verifiedAt;        // the time the chain was checked at
    QList<SignatureInfo> nested; // 1.3.6.1.4.1.311.2.4.1
    QByteArray content;          // contents octets of the signed content (e.g. the CTL of a catalog)
    QString contentType;         // dotted OID of the signed content
    QJsonObject toJson() const;
    void writeJsonMembers(JsonText &out) const; // toJson()'s members (no braces), written to OUT
};

struct VerifyParams {
    const TrustStore *trust = nullptr;
    QDateTime at;                // when invalid: now
};

// Verifies DER (PKCS#7 ContentInfo of SignedData): structure, signature over the content, signer
// chain to the trust anchors at the timestamp's time (or params.at), code-signing EKU, no explicit
// EC parameters. EXPECTEDCONTENT is the dotted content-type OID required ("" = any). The content
// digest is NOT compared here (see verifyEmbedded).
// Decodes a DER PKCS #7 ContentInfo. Certificates carried in SignedData are decoded once per process
// and shared (OpenSSL 3 decodes every certificate's public key through its slow provider decoder;
// catalogs and signatures carry the same few certificates over and over). WITH_CERTS=false leaves
// them out (content only). Falls back to plain d2i_PKCS7 for anything unusual. Free with PKCS7_free.
::pkcs7_st *decodePkcs7(const QByteArray &der, bool withCerts = true);

SignatureInfo verifySignedData(const QByteArray &der, const char *expectedContent, const VerifyParams &params,
                               int depth = 0);

// Verifies a PE's embedded Authenticode signature(s) against its image digest.
SignatureInfo verifyEmbedded(const pe::Image &img, const FileDigests &digests, const VerifyParams &params);
// verifyEmbedded in two steps, so that a file is hashed once with only the digests its signature names:
// 1. the signature itself (structure, signer, chain, timestamp; no image digest yet; Unsigned when the
//    image has no certificate table),
SignatureInfo verifyEmbeddedSignature(const pe::Image &img, const VerifyParams &params);
// 2. the Authenticode digests (NeedAuthSha1 | NeedAuthSha256) S and its nested signatures name
//    (none when S is malformed or names another algorithm),
unsigned embeddedDigestNeeds(const SignatureInfo &s);
// 3. the image digest check (and appended data) on S, the result of step 1 for IMG.
SignatureInfo checkEmbeddedDigest(SignatureInfo s, const pe::Image &img, const FileDigests &digests);

// Parses SpcIndirectDataContent (contents octets): digest algorithm (dotted OID) and digest.
bool parseIndirectData(const QByteArray &content, QString *digestOid, QByteArray *digest);
// The same inside R, on the SpcIndirectDataContent SEQUENCE INDIRECT: the TLVs of its digest
// algorithm OID and of its digest, nothing copied.
bool indirectDataDigest(const ByteReader &r, const der::Tlv &indirect, der::Tlv *digestOid, der::Tlv *digest);
QString digestName(const QString &oid); // "sha1" | "sha256" | "md5" | oid

} // namespace wd::sig
