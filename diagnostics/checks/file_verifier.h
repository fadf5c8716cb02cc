// Verification of one file (embedded Authenticode signature, else security catalogs) and the trust
// material of a target; shared by the "signatures" check and the verify command.
#pragma once
#include "core/cancel.h"
#include "core/error.h"
#include "formats/authenticode.h"
#include "formats/catalog.h"
#include "formats/pe.h"
#include <QJsonObject>
#include <functional>
#include <memory>

namespace wd {

class SystemView;

struct VerifiedFile {
    QString path;        // as given (Windows path on the target or host path)
    QString role;
    bool exists = false;
    bool unreadable = false; // exists but cannot be read
    QString error;
    QString sha256;      // flat file hash, hex lower; "" when it was not computed (see verifyHostFile)
    QString machine;
    pe::VersionInfo version;
    sig::SignatureInfo signature;
    QString source;      // embedded | catalog | none
    QString catalog;     // catalog file (catalog source)
    sig::HashStats hashing; // what verifying this file read and hashed (not in the JSON)
    // toJsonText() made ahead, on a worker thread (VerifyRun::reportEntries, the verification cache),
    // for the fields as they were then; empty when not made. Whoever changes a field clears it.
    QByteArray jsonText;
    QJsonObject toJson() const;          // DESIGN.md "file" object
    QByteArray toJsonText() const;       // toJson() as compact JSON text (not parsed)
    QJsonObject signatureEntry() const;  // its "signature" object
    void writeSignatureEntry(JsonText &out) const; // signatureEntry(), written to OUT
    QJsonObject reportEntry() const;     // toJson(), from the text made ahead or now
    QByteArray reportEntryText() const { return jsonText.isEmpty() ? toJsonText() : jsonText; }
    QString signingDate() const;         // timestamp, else signingTime attribute ("" when none)
};

// The built-in demo volume lists the SHA-256 thumbprints of its stand-in "Microsoft" test roots in this
// file (path below the system drive). Read for the demo target only.
inline constexpr const char *kDemoStandInFile = "\\ProgramData\\Winsock Doctor Demo\\microsoft-stand-in-roots.txt";

class FileVerifier {
public:
    FileVerifier(std::shared_ptr<const sig::TrustStore> trust, std::shared_ptr<const sig::CatalogIndex> catalogs,
                 QDateTime at = {});
    // Reads the file once and hashes it once, with only the digests its verification needs: the
    // Authenticode digest(s) its embedded signature names; for a catalog lookup (no valid embedded
    // signature) the member hash type of the indexed catalogs (SHA-256 first; SHA-1 only when the
    // catalogs have SHA-1 members, and when they have SHA-256 ones too only if SHA-256 finds nothing).
    // FLATHASH: also compute the whole-file SHA-256 ("sha256"), which the report shows for the files
    // the checks list and --hashes asks for everywhere; otherwise "sha256" is only set when the
    // verification itself needed it (a file that is not a PE, looked up in catalogs).
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

// One file for verifyFiles.
struct VerifyJob {
    QString path;          // as shown: a Windows path on the target, or a host path
    QString role;
    bool flatHash = false; // see FileVerifier::verifyHostFile
    QString hostPath;      // PATH's host path when the caller knows it (DirListing::knownHostPath); "": VerifyRun::hostPath
};

struct VerifyRun {
    int threads = 0;                    // worker threads; 0: one per core (at most 8)
    const CancelToken *cancel = nullptr;
    // Maps a job's path to a host path (called on the workers); empty: the paths are host paths.
    std::function<Expected<QString>(const QString &path)> hostPath;
    // Each result, in the order of the jobs, as soon as it and all before it are done (called with
    // a lock held, from any thread). Empty: verifyFiles returns the results instead.
    std::function<void(qsizetype index, VerifiedFile &&file)> result;
    // Verifies one file (called on the workers, with the worker's read buffer); empty: the verifier's
    // verifyHostFile. The verification cache (checks/verification_cache.h) comes in here.
    std::function<VerifiedFile(const QString &host, const VerifyJob &job, QByteArray *scratch)> verify;
    // Each result's toJson() is made on the worker that verified it (VerifiedFile::json), not under
    // the lock of RUN.result: the report entries of a deep scan cost no serial time.
    bool reportEntries = false;
    // Called on the worker that verified a file, with no lock held, before RUN.result gets it (after
    // its report entry is made): work for each file that must not wait for the in-order hand-over,
    // e.g. a command's output for it. Each index is passed once.
    std::function<void(qsizetype index, VerifiedFile &file)> prepare;
    // After each file (any order; called with a lock held, from any thread): files done, total, path.
    std::function<void(qint64 done, qint64 total, const QString &path)> progress;
};

// The files of a deep scan and of the verify command, verified by VERIFIER on worker threads, each with
// its own read buffer. Returns the results in the order of JOBS (none when RUN.result takes them).
// When RUN.cancel is set the workers stop after their current file; the results are then incomplete.
// STATS (optional) receives the sum of every file's hashing.
QList<VerifiedFile> verifyFiles(const FileVerifier &verifier, const QList<VerifyJob> &jobs, const VerifyRun &run = {},
                                sig::HashStats *stats = nullptr);
// The number of worker threads verifyFiles uses for threads = 0.
int defaultVerifyThreads();

// Adds the target's own root stores (SOFTWARE\Microsoft\SystemCertificates\{ROOT,AuthRoot}).
// Returns the number of certificates added.
int loadTargetRoots(const SystemView &sys, sig::TrustStore &store);
// The built-in demo only: adds the stand-in roots listed in kDemoStandInFile. Returns how many.
int loadDemoStandIns(const SystemView &sys, sig::TrustStore &trust);
// Indexes the target's CatRoot\{F750E6C3-...} catalogs (System32).
Expected<int> loadTargetCatalogs(const SystemView &sys, sig::CatalogIndex &index);

} // namespace wd
