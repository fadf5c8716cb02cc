// Security catalogs (.cat): PKCS#7 SignedData whose content is a certificate trust list (CTL,
// 1.3.6.1.4.1.311.10.1) listing member files by their Authenticode (PE) or flat (other) hash.
#pragma once
#include "core/error.h"
#include "formats/authenticode.h"
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <array>
#include <map>
#include <vector>
#include <tuple>

namespace wd::sig {

inline constexpr const char *kOidCtl = "1.3.6.1.4.1.311.10.1";
inline constexpr const char *kCatRootGuid = "{F750E6C3-38EE-11D1-85E5-00C04FC295EE}";

struct CatalogMember {
    QString tag;            // subject identifier (usually the hash as hex text)
    QString digestAlgorithm; // "sha1" | "sha256"
    QByteArray digest;
};

struct Catalog {
    QString name;           // file name of the .cat
    QList<CatalogMember> members;
};

// Parses the catalog structure (not its signature). Malformed -> Corrupt.
Expected<Catalog> parseCatalog(const QByteArray &der, const QString &name = {});

// Member hash -> catalog, over every catalog of a folder; catalog signatures are verified on demand
// and cached. find()/verify() are safe to call from several threads once loading is done.
class CatalogIndex {
public:
    // Adds one catalog; false (and counted in failed()) when it cannot be parsed.
    bool add(const QString &path, const QByteArray &der);
    // Adds every *.cat of a host folder, in name order (the first catalog listing a hash names it),
    // read and parsed on THREADS worker threads (0: one per core); returns the number indexed.
    Expected<int> addDirectory(const QString &hostDir, int threads = 0);
    int catalogCount() const { return int(m_paths.size()); }
    int failed() const { return m_failed; }
    qsizetype memberCount() const;
    bool hasSha1Members() const { return m_sha1Members > 0; }
    bool hasSha256Members() const { return m_sha256Members > 0; }

    struct Match {
        int catalog = -1;
        QString path;       // catalog file path
        QString tag;
        QString digestAlgorithm;
    };
    // Looks a file up by its digests (SHA-256 first, then SHA-1).
    std::optional<Match> find(const FileDigests &d) const;
    // The catalog's own signature (cached per catalog).
    SignatureInfo verifyCatalog(int catalog, const VerifyParams &params) const;

private:
    void addParsed(const QString &path, const Catalog &c);
    // One member: its digest (a SHA-1 one zero-padded) and the number of the catalog listing it first,
    // bit kSha1 set for a 20-byte digest (catalog numbers stay far below it); catalog -1: a free
    // slot. 36 bytes a member, no allocation of its own (real CatRoots list 10^5..10^6 hashes).
    struct Slot {
        std::array<uchar, 32> digest{};
        qint32 catalog = -1;
    };
    static constexpr qint32 kSha1 = 0x40000000;
    // Open addressing with linear probing, split by the digest's keyed hash (keys drawn per process:
    // digests in a catalog are only bytes and could be chosen to collide) into kTables tables, so that
    // addDirectory() fills them from every core, each table by one worker. A digest listed by several
    // catalogs keeps the lowest catalog number: the first catalog in name order names it, whatever
    // the order it was added in.
    struct Table {
        std::vector<Slot> cells;
        qsizetype used = 0;
    };
    static constexpr int kTables = 64;
    static bool toSlot(const QByteArray &digest, Slot *slot);
    static size_t hashOf(const Slot &s);
    static void reserve(Table &t, qsizetype more);
    static bool insert(Table &t, const Slot &member, size_t hash); // true: a new digest
    const Slot *lookup(const Slot &key) const;
    void countNew(const Slot &member);
    QList<QString> m_paths;
    std::array<Table, kTables> m_tables;
    int m_failed = 0;
    qsizetype m_sha1Members = 0, m_sha256Members = 0;
    mutable QMutex m_mutex;
    mutable std::map<std::tuple<int, quint64, qint64>, SignatureInfo> m_verified; // (catalog, trust identity, time)
};

} // namespace wd::sig
