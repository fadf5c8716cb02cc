// Verification cache: the verdicts of FileVerifier kept per target, in the process and on disk, so that
// the wizard's scans after a repair, an undo or a language switch and a second deep scan do not read
// and hash every file again.
//
// What makes a cached verdict reusable (any difference: the file is verified again):
// - the file: its host path (normalised; case-insensitive on Windows), size, last-write time and
//   change time (ns where the file system has them), and its identity (Linux: device + inode;
//   Windows: the volume serial and the 128-bit file id of GetFileInformationByHandleEx(FileIdInfo),
//   else the 64-bit file index of GetFileInformationByHandle);
// - the request: the role, whether the flat SHA-256 was asked for, the verification time (--at);
//   a verdict "as of now" is used until the earliest expiry of a certificate it names, and for at
//   most a week, never when the clock went back before it was made;
// - the context (else the whole cache is dropped): the SHA-256 thumbprints of every root in the
//   trust store (the target's ROOT/AuthRoot, --trust-roots, the demo's stand-ins), every file of the
//   target's CatRoot folder (name, size, times, identity, stamped before the catalogs are read),
//   and the program version, the OpenSSL version and the cache format.
// - never: a file whose last-write or change time lies within 2 s of the scan's start or in the
//   future (a write within the file system's timestamp granularity would go unnoticed), a file
//   that changed while it was verified, a missing or unreadable file.
//
// Per target, never shared: live (MachineGuid + system volume), offline:DIR (canonical folder +
// its volume and folder identity) each have their own cache and their own file in the per-user
// cache folder (QStandardPaths::CacheLocation + "/verification", or $WD_CACHE_DIR/verification). The demo's working
// copy is new each run: its cache lives in the process only. Report targets verify nothing.
// The disk file is versioned, checksummed, bounded (entries and bytes), written atomically
// (QSaveFile) and ignored (then rewritten) when it is damaged, foreign or hostile. An elevated
// Windows process keeps the cache in memory only (the file is writable by the same user's
// unelevated programs); elsewhere a file not owned by the user, or writable by others, is not read.
// The checksum finds damage, not forgery: a program of the same user could write verdicts into the
// file, so a run trusts the file as far as it trusts that user's other programs.
// WD_NO_VERIFICATION_CACHE=1 turns the cache off (as --no-cache does for one command).
#pragma once
#include "checks/file_verifier.h"
#include "core/workers.h"
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <optional>

namespace wd {

class SystemView;

// What identifies one state of a file on the host.
struct FileStamp {
    qint64 size = 0;
    qint64 mtimeNs = 0;   // last write, ns since 1970 (100 ns steps on Windows)
    qint64 ctimeNs = 0;   // change time (inode / NTFS ChangeTime); 0 when unknown
    quint64 volume = 0;   // st_dev / volume serial number
    QByteArray fileId;    // inode / NTFS file id (8 or 16 bytes)
    bool operator==(const FileStamp &o) const = default;
};
// The stamp of a regular file; nullopt when it does not exist, is not a regular file or cannot be examined.
std::optional<FileStamp> stampFile(const QString &hostPath);
// The same for a folder (its identity; used for target identities).
std::optional<FileStamp> stampFolder(const QString &hostPath);

namespace vcache {
// The disk file: "WDVCACHE", this format (32-bit big-endian), 4 zero bytes, the payload's length
// (64-bit big-endian), its SHA-256, then the payload (CBOR). Bump when FileVerifier's results change
// meaning or the layout changes.
inline constexpr int kFileFormat = 3;
// The result of a completed verification, serialised (CBOR) and read back. path, role, error,
// exists and unreadable are not stored (a cached result always exists and was readable; the caller's
// path and role are put back). Texts keep their translation structure: a language switch renders
// cached reasons in the new language.
// The report entry made with the verdict (VerifiedFile::json, which names no translated text) is
// kept beside it as JSON text: a scan served from the file reads it back instead of making it again
// (parsing it costs about half as much); an entry that does not say what the verdict says is refused.
// The signature is stored as a CBOR byte string of its own: the verdicts of one scan share a few
// signatures (one catalog's for all the files it lists), and SIGNATURES (when given) decodes each of
// them once and hands the same SignatureInfo to every verdict that holds it.
struct SignatureMemo {
    std::shared_mutex mutex; // shared for look-ups (the workers look up every verdict's signature)
    QHash<QByteArray, std::shared_ptr<const sig::SignatureInfo>> byEncoding;
    static constexpr qsizetype kMax = 4096; // forgotten all at once beyond this (a scan has a few dozen)
};
// V's report entry is kept as its text (V.jsonText) when it has one.
QByteArray encode(const VerifiedFile &v);
std::optional<VerifiedFile> decode(const QByteArray &bytes, SignatureMemo *signatures = nullptr);
// The cache's key for a host path: absolute, cleaned (QDir::cleanPath), lower-case on Windows.
QString normalizedPath(const QString &hostPath);
// SHA-256 over the thumbprints (sorted) of every certificate in TRUST and its Microsoft stand-ins.
QByteArray trustFingerprint(const sig::TrustStore &trust);
// SHA-256 over the stamps of every file in HOSTDIR (sorted by name); "absent" when there is no such
// folder; nullopt when the folder holds too many entries to stamp.
std::optional<QByteArray> folderFingerprint(const QString &hostDir);
// Per-target identity: "" when the target has no cache (report, unknown kind). PERSISTENT tells
// whether its cache may be written to disk (live, offline: yes; demo: no).
QString targetIdentity(const SystemView &sys, bool *persistent);
// The folder that holds the cache files ($WD_CACHE_DIR, else CacheLocation + "/verification").
QString cacheFolder();
// False when WD_NO_VERIFICATION_CACHE=1.
bool enabledByEnvironment();
// Number of verifications (FileVerifier::verifyHostFile calls) made through CachedVerifier in this
// process: tests count with it that a cached file was not opened again.
qint64 verificationsPerformed();
} // namespace vcache

// The cache of one target (shared by every scan of it in this process).
class VerificationCache {
public:
    // The process-wide cache of this identity (created on first use; loads its disk file then).
    // PERSISTENT: may be read from and written to disk.
    static std::shared_ptr<VerificationCache> forIdentity(const QString &identity, bool persistent);
    // Drops every in-process cache (tests: a new process, as far as the cache is concerned).
    static void forgetAllInProcess();

    VerificationCache(QString identity, bool persistent, QString file);
    ~VerificationCache();
    VerificationCache(const VerificationCache &) = delete;
    VerificationCache &operator=(const VerificationCache &) = delete;

    const QString &identity() const { return m_identity; }
    bool persistent() const { return m_persistent; }
    QString filePath() const { return m_file; }

    // Starts using the cache with CONTEXT (see above); a different context than the cache holds drops
    // every entry. Returns true when it did.
    bool begin(const QByteArray &context);
    // Reads the disk file now if it has not been read (begin() would); see VerificationCachePreload.
    void preload();

    struct Key {
        QString path;       // normalised host path
        QString role;
        bool flatHash = true;
        qint64 atMs = -1;   // the requested verification time; -1 = now
        QString mapKey() const;
    };
    // The verdict of KEY when the file still has STAMP and CONTEXT is the cache's.
    std::optional<VerifiedFile> lookup(const QByteArray &context, const Key &key, const FileStamp &stamp);
    // Keeps V (made at VERIFIEDAT, from a file with STAMP) under KEY.
    // A persistent cache encodes V for its file here, on the caller's thread (the workers of a scan),
    // so that save() only puts the encoded verdicts together.
    void store(const QByteArray &context, const Key &key, const FileStamp &stamp, const VerifiedFile &v, qint64 verifiedAtMs);
    // Writes the disk file when something changed since the last write (persistent caches only).
    // Returns false when it could not be written.
    bool save();
    // What save() writes, and reading such bytes back into this cache (replacing its entries) as
    // begin() reads the disk file: false when they are refused (loadProblem() says why). The disk
    // file is read by begin(); these serve tests and the fuzzer.
    QByteArray fileBytes();
    bool loadFromBytes(const QByteArray &fileBytes);

    qsizetype size() const;
    bool loadedFromDisk() const { return m_loadedFromDisk; }
    // Why the disk file was not used when it was loaded ("" when it was, or there was none).
    QString loadProblem() const { return m_loadProblem; }

    // Limits of one cache (entries kept, bytes of the disk file), most recently used first.
    static constexpr qsizetype kMaxEntries = 100000;
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    // Entries not used for this long are dropped when the file is written.
    static constexpr qint64 kMaxIdleMs = qint64(60) * 24 * 3600 * 1000;
    // A verdict made "as of now" is used for at most this long.
    static constexpr qint64 kNowVerdictMs = qint64(7) * 24 * 3600 * 1000;

private:
    struct Entry {
        FileStamp stamp;
        qint64 verifiedAtMs = 0;
        qint64 validUntilMs = 0;   // 0: no limit (a verdict at a fixed time)
        qint64 lastUsedMs = 0;
        QByteArray encoded;        // vcache::encode (made by store() for a persistent cache, else on demand for the disk)
        std::shared_ptr<const VerifiedFile> decoded; // shared: copied out of the entry outside the lock
        QString role;
        QString path;
        bool flatHash = true;
        qint64 atMs = -1;
    };
    void loadLocked();
    bool loadBytesLocked(const QByteArray &fileBytes);
    QByteArray serializeLocked();

    const QString m_identity;
    const bool m_persistent;
    const QString m_file;
    mutable std::mutex m_mutex;
    vcache::SignatureMemo m_signatures; // its own lock: the workers decode outside m_mutex
    QHash<QString, Entry> m_entries;
    QByteArray m_context;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_loadedFromDisk = false;
    QString m_loadProblem;
};

// Reads the disk file of the verification cache of SYS's target on a thread of its own while a scan
// runs its first checks (files are verified by the signature check, near the end), so that the scan
// does not wait for it there. The target's identity is taken on the calling thread; the thread only
// reads the file. Joined by the destructor. Nothing happens when ENABLED is false, the environment
// turns the cache off or the target has no cache.
class VerificationCachePreload {
public:
    VerificationCachePreload(const SystemView &sys, bool enabled);
    ~VerificationCachePreload();
    VerificationCachePreload(const VerificationCachePreload &) = delete;
    VerificationCachePreload &operator=(const VerificationCachePreload &) = delete;

private:
    std::unique_ptr<BackgroundTask> m_task;
};

// One verification run (a scan, a verify command) through the cache of its target. Same call as
// FileVerifier::verifyHostFile; thread-safe. PREPARE runs once, before the first file that has to be
// verified (the signature check indexes the catalogs there: a scan served entirely from the cache
// never reads them).
class CachedVerifier {
public:
    // Opens the cache of SYS's target for a run with TRUST and the target's catalogs (stamped here,
    // before PREPARE reads them). ENABLED false (--no-cache), no cache for the target, or the
    // environment's WD_NO_VERIFICATION_CACHE=1: every file is verified.
    CachedVerifier(const FileVerifier &verifier, const SystemView *sys, const sig::TrustStore &trust, QDateTime at, bool enabled,
                   std::function<void()> prepare = {});
    // The same for a cache and context chosen by the caller (tests, benchmarks).
    CachedVerifier(const FileVerifier &verifier, std::shared_ptr<VerificationCache> cache, QByteArray context, QDateTime at,
                   std::function<void()> prepare = {});
    ~CachedVerifier(); // saves the cache
    CachedVerifier(const CachedVerifier &) = delete;
    CachedVerifier &operator=(const CachedVerifier &) = delete;

    VerifiedFile verifyHostFile(const QString &hostPath, const QString &displayPath = {}, const QString &role = {},
                                bool flatHash = true, QByteArray *scratch = nullptr) const;
    // Runs PREPARE now (when it has not run).
    void prepare() const;
    bool save();
    // What save() writes, and reading such bytes back into this cache (replacing its entries) as
    // begin() reads the disk file: false when they are refused (loadProblem() says why). The disk
    // file is read by begin(); these serve tests and the fuzzer.
    QByteArray fileBytes();
    bool loadFromBytes(const QByteArray &fileBytes);

    struct Stats {
        qint64 files = 0;       // asked for
        qint64 fromCache = 0;   // served from the cache without opening the file
        qint64 verified = 0;    // verified (not in the cache, changed, or no cache)
        qint64 stored = 0;      // verdicts added to the cache
        qint64 tooRecent = 0;   // not cached: written within 2 s of the start (or in the future)
    };
    Stats stats() const;
    bool active() const { return m_cache != nullptr; }
    // For the scan report (extra["verification_cache"]).
    QJsonObject toJson() const;

    // Files written this close to the start of the run (ms) are not cached; tests shorten it.
    static void setRecentWindowMsForTests(qint64 ms);

private:
    const FileVerifier &m_verifier;
    std::shared_ptr<VerificationCache> m_cache;
    QByteArray m_context;
    QDateTime m_at;
    std::function<void()> m_prepare;
    mutable std::once_flag m_prepared;
    qint64 m_startMs = 0;
    bool m_requested = true;
    QString m_why; // why there is no cache ("" when there is)
    mutable std::atomic<qint64> m_files{0}, m_fromCache{0}, m_verified{0}, m_stored{0}, m_tooRecent{0};
};

} // namespace wd
