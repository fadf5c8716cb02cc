#pragma once
#include <QCoreApplication>

namespace wd {

inline void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("winsock-doctor"));
    QCoreApplication::setOrganizationName(QStringLiteral("WinsockDoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WD_VERSION));
    Q_UNUSED(app);
}

} // namespace wd
