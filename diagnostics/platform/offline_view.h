// OfflineView: a Windows volume mounted on this host (WinPE, Linux live stick, a disk image).
// Hives are read with hivex from Windows\System32\config; files are resolved case-insensitively
// inside the root and never outside it.
#pragma once
#include "formats/hive.h"
#include "platform/system_view.h"
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <vector>

namespace wd {

class OfflineView : public SystemView {
public:
    // ROOT is the folder that holds "Windows" (the volume root). KIND is reported in info().kind.
    static Expected<std::unique_ptr<OfflineView>> open(const QString &root, const QString &kind = QStringLiteral("offline"));
    ~OfflineView() override;

    TargetInfo info() const override { return m_info; }
    Expected<QStringList> subKeys(const QString &key, RegView view = RegView::Native) const override;
    Expected<QList<RegValue>> values(const QString &key, RegView view = RegView::Native) const override;
    QString expandPath(const QString &windowsPath) const override;
    Expected<QString> hostPath(const QString &windowsPath) const override;
    Expected<QStringList> listDir(const QString &windowsDir, const QString &pattern = QStringLiteral("*")) const override;
    // From the folder's index (the one its files are resolved with): no second pass over the folder.
    Expected<DirListing> listDirBounded(const QString &windowsDir, const QStringList &patterns, qint64 maxNames,
                                        qint64 maxEntries) const override;
    QString systemRoot() const override { return m_systemRoot; }
    QList<Finding> targetFindings() const override { return m_findings; }

    QString root() const { return m_root; }
    QString controlSet() const { return m_controlSet; }     // "ControlSet001"
    // Host paths of the hive files actually read (may be a replayed temporary copy) and the originals.
    QString systemHivePath() const { return m_systemHivePath; }
    QString softwareHivePath() const { return m_softwareHivePath; }
    Hive *systemHive() const { return m_system.get(); }
    Hive *softwareHive() const { return m_software.get(); }

    // Maps an HKLM path to (hive, path inside the hive); nullptr when the hive is absent.
    struct Mapped { Hive *hive = nullptr; QString rel; QString hiveName; };
    Mapped mapKey(const QString &key, RegView view) const;

private:
    OfflineView() = default;
    Expected<QString> resolveInsideRoot(const QStringList &components) const;

    QString m_root;          // canonical
    TargetInfo m_info;
    QString m_systemRoot = QStringLiteral("C:\\Windows");
    QString m_systemDrive = QStringLiteral("C:");
    QString m_controlSet = QStringLiteral("ControlSet001");
    QString m_systemHivePath, m_softwareHivePath;
    std::unique_ptr<Hive> m_system, m_software;
    QList<Finding> m_findings;
    std::unique_ptr<QTemporaryDir> m_tempDir; // replayed hive copies live here
    // A host folder's names for case-insensitive look-ups (offline_view.cpp: kMaxCachedNames).
    struct DirIndex {
        QHash<QString, QString> names; // lower-case name -> name (not big)
        QSet<QString> links;           // lower-case names of links (not big; a big folder's are checked one by one)
        std::vector<size_t> hashes;    // big: sorted hashes of the lower-case names
        bool big = false;
    };
    static DirIndex indexDir(const QString &hostDir);
    mutable QMutex m_cacheMutex;
    mutable QHash<QString, DirIndex> m_dirCache; // host dir -> its names
    // Folders already resolved (every component found and its links checked): the lower-case
    // components joined by '\\' -> the host folder. As long-lived as m_dirCache's names; a deep scan
    // resolves thousands of files in the same few folders.
    mutable QHash<QString, QString> m_resolvedDirs;
};

// Finds the hive file NAME ("SYSTEM") in ROOT/Windows/System32/config, case-insensitively.
QString findHiveFile(const QString &root, const QString &name);

} // namespace wd
