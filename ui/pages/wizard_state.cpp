#include "ui/pages/wizard_state.h"
#include "report/html_report.h"
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>

namespace wd {
namespace ui {
namespace pages {

bool WizardState::isReportSpec(const QString &spec)
{
    return spec.startsWith(QLatin1String("report:"));
}

namespace {
QString snapshotWhen(const QDateTime &created)
{
    return QLocale().toString(created.toLocalTime(), WizardState::tr("d MMM HH:mm", "snapshot date; QDateTime format"));
}
} // namespace

QString WizardState::snapshotRepairNames(const QStringList &actionIds)
{
    QStringList names;
    for (const QString &a : actionIds)
        names << repairTitle(a);
    return names.join(tr(", ", "separator between the names of repairs in a list"));
}

QString WizardState::snapshotDescription(const QDateTime &created, const QStringList &actionIds)
{
    return tr("%1 — %2", "snapshot date — repair names").arg(snapshotWhen(created), snapshotRepairNames(actionIds));
}

QString WizardState::snapshotLabel(const QDateTime &created, const QStringList &actionIds)
{
    if (actionIds.size() == 1)
        return snapshotDescription(created, actionIds);
    return tr("%1 — %n repair(s)", "snapshot date — how many repairs it holds", int(actionIds.size())).arg(snapshotWhen(created));
}

Expected<void> WizardState::saveReport(const ScanResult &result, const QString &path)
{
    const QByteArray bytes = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
                                 ? formatScanHtml(result).toUtf8()
                                 : result.toJsonBytes();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, f.errorString()), path);
    return {};
}

void WizardState::chooseAndSaveReport(QWidget *parent, const ScanResult &result)
{
    QString selected;
    const QString json = tr("Report for Winsock Doctor (*.json)");
    const QString html = tr("Web page (*.html)");
    QString path = QFileDialog::getSaveFileName(parent, tr("Save report"), QStringLiteral("winsock-doctor-report.json"),
                                                json + QStringLiteral(";;") + html, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == html ? QStringLiteral(".html") : QStringLiteral(".json");
    const Expected<void> r = saveReport(result, path);
    if (!r)
        QMessageBox::warning(parent, parent->window()->windowTitle(), r.error().toString());
}

QLabel *wrapLabel()
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    return l;
}

QString formatMs(qint64 ms)
{
    return ms < 10000 ? QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1) : QStringLiteral("%1 s").arg(ms / 1000);
}

} // namespace pages
} // namespace ui
} // namespace wd
