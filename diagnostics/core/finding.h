// A Finding is one diagnosed fact about the target, with the repairs that address it.
#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include "core/text.h"

namespace wd {

enum class Severity { Info = 0, Warning = 1, Error = 2, Critical = 3 };

QString severityToString(Severity s);            // "info" | "warning" | "error" | "critical" (JSON)
Severity severityFromString(const QString &s);   // unknown -> Info
Text severityDisplayName(Severity s);            // translated when shown

struct Finding {
    QString id;        // dotted, stable: "winsock.lsp.present"
    QString check;     // id of the check that produced it: "winsock"
    Severity severity = Severity::Info;
    Text title;        // one-liner, translated when shown
    Text detail;       // plain-language explanation: meaning, why it matters, what a repair does
    QJsonObject evidence;
    QStringList repairs; // repair action ids, e.g. "winsock.remove-lsp"

    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject &o);
};

} // namespace wd
