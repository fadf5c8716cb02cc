// Verification of one file (embedded Authenticode signature, else security catalogs) and the trust
// material of a target; shared by the "signatures" check and the verify command.
#pragma once
#include "core/error.h"
#include "formats/authenticode.h"
#include "formats/catalog.h"
#include "formats/pe.h"
#include <QJsonObject>
#include <memory>

namespace wd {

class SystemView;

struct VerifiedFile {
    QString path;        // as given (Windows path on the target or host path)
    QString role;
    bool exists = false;
    bool unreadable = false; // exists but cannot be read
    QString error;
    QString sha256;      // flat file hash, hex lower
    QString machine;
    pe::VersionInfo version;
    sig::SignatureInfo signature;
    QString source;      // embedded | catalog | none
    QString catalog;     // catalog file (catalog source)
    QJsonObject toJson() const;          // DESIGN.md "file" object
    QString signingDate() const;         // timestamp, else signingTime attribute ("" when none)
};

// The built-in demo volume lists the SHA-256 thumbprints of its stand-in "Microsoft" test roots in this
// file (path below the system drive). Read for the demo target only.
inline constexpr const char *kDemoStandInFile = "\\ProgramData\\Winsock Doctor Demo\\microsoft-stand-in-roots.txt";

class FileVerifier {
public:
    FileVerifier(std::shared_ptr<const sig::TrustStore> trust, std::shared_ptr<const sig::CatalogIndex> catalogs,
                 QDateTime at = {});
    // FLATHASH: also compute the whole-file SHA-256 ("sha256"); deep scans skip it for speed (the
    // Authenticode digest is what signatures and catalogs compare).
    // SCRATCH: a read buffer the caller reuses across files (one per worker thread, owned by the
    // worker: no thread_local, whose destructors misbehave on mingw's emulated TLS); null: a buffer
    // of this call.
    VerifiedFile verifyHostFile(const QString &hostPath, const QString &displayPath = {}, const QString &role = {},
                                bool flatHash = true, QByteArray *scratch = nullptr) const;
    const sig::TrustStore &trust() const { return *m_trust; }

private:
    std::shared_ptr<const sig::TrustStore> m_trust;
    std::shared_ptr<const sig::CatalogIndex> m_catalogs;
    QDateTime m_at;
};

// Adds the target's own root stores (SOFTWARE\Microsoft\SystemCertificates\{ROOT,AuthRoot}).
// Returns the number of certificates added.
int loadTargetRoots(const SystemView &sys, sig::TrustStore &store);
// The built-in demo only: adds the stand-in roots listed in kDemoStandInFile. Returns how many.
int loadDemoStandIns(const SystemView &sys, sig::TrustStore &trust);
// Indexes the target's CatRoot\{F750E6C3-...} catalogs (System32).
Expected<int> loadTargetCatalogs(const SystemView &sys, sig::CatalogIndex &index);

} // namespace wd
