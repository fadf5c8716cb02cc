// The repair actions Winsock Doctor knows, by stable id.
#pragma once
#include <QString>
#include <QStringList>

namespace wd {

struct RepairInfo {
    QString id;          // "winsock.remove-lsp"
    QString title;       // translated
    bool needsReboot = false;
};

QList<RepairInfo> knownRepairs();
RepairInfo repairInfo(const QString &id); // empty id when unknown

} // namespace wd
