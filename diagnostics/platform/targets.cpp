#include "platform/targets.h"
#include "checks/verification_cache.h"
#include "core/scanner.h"
#include "platform/offline_view.h"
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>

namespace wd {

static constexpr quint32 kArchiveMagic = 0x57444931; // "WDI1"
static constexpr qint64 kMaxReportBytes = 64ll * 1024 * 1024;

QString OpenedTarget::offlineRoot() const
{
    if (auto *o = dynamic_cast<OfflineView *>(view.get()))
        return o->root();
    return {};
}

Expected<ScanResult> loadReport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, translate("wd::Targets", "Cannot open the report %1: %2").arg(path, f.errorString()), path);
    if (f.size() > kMaxReportBytes)
        return Error(ErrorKind::Corrupt, translate("wd::Targets", "The report %1 is too large to be a Winsock Doctor report.").arg(path), path);
    return parseReport(f.readAll(), path);
}

Expected<ScanResult> parseReport(const QByteArray &bytes, const QString &path)
{
    if (bytes.size() > kMaxReportBytes)
        return Error(ErrorKind::Corrupt, translate("wd::Targets", "The report %1 is too large to be a Winsock Doctor report.").arg(path), path);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorKind::Corrupt, translate("wd::Targets", "The report %1 is not valid JSON: %2").arg(path, pe.errorString()), path);
    Expected<ScanResult> r = ScanResult::fromJson(doc.object());
    if (!r)
        return Error(r.error().kind, r.error().message, path);
    return r;
}

Expected<OpenedTarget> openTarget(const TargetSpec &spec)
{
    OpenedTarget t;
    t.spec = spec;
    switch (spec.kind) {
    case TargetSpec::Report: {
        Expected<ScanResult> r = loadReport(spec.path);
        if (!r)
            return r.error();
        t.report = std::move(*r);
        return t;
    }
    case TargetSpec::Offline: {
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(spec.path);
        if (!v)
            return v.error();
        t.view = std::move(*v);
        return t;
    }
    case TargetSpec::Demo: {
        auto dir = std::make_shared<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/winsock-doctor-demo-XXXXXX"));
        if (!dir->isValid())
            return Error(ErrorKind::Io, translate("wd::Targets", "Cannot create a temporary folder for the demo volume."));
        Expected<void> x = extractDemoImage(dir->path());
        if (!x)
            return x.error();
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(dir->path(), QStringLiteral("demo"));
        if (!v)
            return v.error();
        t.view = std::move(*v);
        t.scratch = dir;
        return t;
    }
    case TargetSpec::Live: {
        Expected<std::unique_ptr<SystemView>> v = openLiveSystem();
        if (!v)
            return v.error();
        t.view = std::move(*v);
        return t;
    }
    }
    return Error(ErrorKind::Internal, QString());
}

ScanResult scanTarget(OpenedTarget &target, const ScanOptions &options, const CancelToken &cancel,
                      const ProgressFn &progress)
{
    if (target.report)
        return *target.report;
    // The verification cache's file is read while the first checks run.
    const VerificationCachePreload preload(*target.view, options.verificationCache);
    return Scanner::run(*target.view, options, cancel, progress);
}

bool demoImageAvailable()
{
    // The demo is an offline volume read with our own hive engine, in every build.
    return QFile::exists(QStringLiteral(":/demo/demo.wdimg"));
}

Expected<void> extractDemoImage(const QString &destDir)
{
    QFile f(QStringLiteral(":/demo/demo.wdimg"));
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::NotFound, translate("wd::Targets", "This build has no embedded demo volume."));
    return unpackArchive(f.readAll(), destDir);
}

Expected<QByteArray> packDirectory(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDir base(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorKind::Io, translate("wd::Targets", "Cannot read %1: %2").arg(p, f.errorString()), p);
        files.insert(base.relativeFilePath(p), f.readAll());
    }
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << kArchiveMagic << files;
    return qCompress(raw, 9);
}

Expected<void> unpackArchive(const QByteArray &archive, const QString &destDir)
{
    const QByteArray raw = qUncompress(archive);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    QMap<QString, QByteArray> files;
    in >> magic >> files;
    if (raw.isEmpty() || magic != kArchiveMagic || in.status() != QDataStream::Ok)
        return Error(ErrorKind::Corrupt, translate("wd::Targets", "The demo volume archive is damaged."));
    QDir dest(destDir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString rel = QDir::cleanPath(it.key());
        if (rel.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(rel) || rel.contains(QLatin1String("/../")))
            return Error(ErrorKind::Corrupt, translate("wd::Targets", "The demo volume archive contains an unsafe path: %1").arg(rel));
        const QString path = dest.filePath(rel);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error(ErrorKind::Io, translate("wd::Targets", "Cannot create the folder for %1.").arg(path), path);
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size() || !f.commit())
            return Error(ErrorKind::Io, translate("wd::Targets", "Cannot write %1: %2").arg(path, f.errorString()), path);
    }
    return {};
}

#ifndef Q_OS_WIN
Expected<std::unique_ptr<SystemView>> openLiveSystem()
{
    return Error(ErrorKind::Unsupported,
                 translate("wd::Targets", "\"This PC\" can only be examined by the Windows version of Winsock Doctor. On Linux, "
                          "open a mounted Windows volume (offline:DIR), a report, or the demo."));
}
#endif

} // namespace wd
