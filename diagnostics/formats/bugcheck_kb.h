// Bug check knowledge base: the documented name of every bug check code (resources/data/bugchecks.json,
// embedded at :/data/bugchecks.json) and translated plain-language explanations with a next step for the
// codes that network drivers typically cause. Names stay English (they are symbolic codes).
#pragma once
#include "core/text.h"
#include <QJsonObject>
#include <QString>

namespace wd {

QString bugcheckCodeString(quint32 code);          // "0x000000D1"
QString bugcheckName(quint32 code);                // "DRIVER_IRQL_NOT_LESS_OR_EQUAL"; "" when undocumented
bool bugcheckIsNetworkRelated(quint32 code);       // typical result of a network / filter driver fault
Text bugcheckExplanation(quint32 code);
// The explanation of a dump as a report lists it ({"bugcheck": "0x000000D1", "explanation": ...}), in the
// language shown now: from the code, else the saved text.
QString shownBugcheckExplanation(const QJsonObject &dump);           // translated; a generic text for codes without their own
int bugcheckKnownCount();                          // number of codes in the knowledge base (tests)

} // namespace wd
