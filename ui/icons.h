// Icons drawn at run time (crisp at every device pixel ratio): severities, healthy, and the UAC shield.
#pragma once
#include "core/finding.h"
#include <QIcon>

namespace wd {
namespace ui {

QIcon severityIcon(Severity s);
QIcon healthyIcon();
QIcon shieldIcon(); // QStyle::SP_VistaShield where the style has one, else a drawn shield
QColor severityColor(Severity s, bool dark);

} // namespace ui
} // namespace wd
