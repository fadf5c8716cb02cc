#include "core/i18n.h"
#include <QFile>
#include <QLocale>
#include <QTranslator>

namespace wd {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString languageFromArgs(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < args.size())
            return args[i + 1];
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

namespace {
QString g_current;
}

QString currentLanguage()
{
    return g_current;
}

QString systemUiLanguage()
{
    // Windows: the user's display language (GetUserPreferredUILanguages; not the format locale, which
    // may be Chinese on an English Windows); Linux: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &l : ui) {
        if (l.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return QStringLiteral("zh_CN");
        if (l.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString installTranslator(QCoreApplication &app, const QString &langIn)
{
    QString lang = langIn;
    if (lang.isEmpty())
        lang = systemUiLanguage();
    if (lang.startsWith(QLatin1String("zh")))
        lang = QStringLiteral("zh_CN");
    else
        lang = QStringLiteral("en");
    static QTranslator *current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto *t = new QTranslator(&app);
    if (t->load(QStringLiteral(":/i18n/winsock-doctor_") + lang + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(t);
        current = t;
    } else {
        delete t;
    }
    QLocale::setDefault(QLocale(lang));
    g_current = lang;
    return lang;
}

} // namespace wd
