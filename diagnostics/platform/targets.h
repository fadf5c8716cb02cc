// Opening a target named on the command line or in the wizard.
#pragma once
#include "core/check.h"
#include "core/scan_result.h"
#include "platform/system_view.h"
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace wd {

struct OpenedTarget {
    TargetSpec spec;
    std::unique_ptr<SystemView> view;       // live / offline / demo
    std::optional<ScanResult> report;       // report:FILE (read-only replay)
    std::shared_ptr<QTemporaryDir> scratch;  // demo: the working copy of the demo volume

    bool isReadOnlyReport() const { return report.has_value(); }
    QString offlineRoot() const;             // volume root for offline/demo, else empty
};

Expected<OpenedTarget> openTarget(const TargetSpec &spec);
// Scans a live/offline/demo target, or returns the saved result of a report target.
ScanResult scanTarget(OpenedTarget &target, const ScanOptions &options, const CancelToken &cancel,
                      const ProgressFn &progress = {});
Expected<ScanResult> loadReport(const QString &path);
// The same for a report already in memory (PATH names it in messages).
Expected<ScanResult> parseReport(const QByteArray &bytes, const QString &path);

// The demo volume: a generated "broken PC" embedded in the program (resource :/demo/demo.wdimg).
bool demoImageAvailable();
Expected<void> extractDemoImage(const QString &destDir);
// Packs / unpacks a folder tree into the demo archive format (qCompress'd QDataStream map).
Expected<QByteArray> packDirectory(const QString &dir);
Expected<void> unpackArchive(const QByteArray &archive, const QString &destDir);

// Live target factory; implemented by the Windows backend, returns Unsupported elsewhere.
Expected<std::unique_ptr<SystemView>> openLiveSystem();

} // namespace wd
