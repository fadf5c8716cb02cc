#include "core/i18n.h"
#include "core/brand.h"
#include <QFile>
#include <QLocale>
#include <QTranslator>
#include <cstring>

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

namespace {

// The first of the system's UI languages the program speaks, "" when it speaks none of them.
QString firstSpoken(const QStringList &ui)
{
    for (const QString &l : ui) {
        if (l.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return QStringLiteral("zh_CN");
        if (l.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return QStringLiteral("en");
    }
    return {};
}

QString spokenSystemUiLanguage()
{
    // Windows: the user's display language (GetUserPreferredUILanguages; not the format locale, which
    // may be Chinese on an English Windows); Linux: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
    return firstSpoken(QLocale::system().uiLanguages());
}

// The translator the program installs: the language's catalogue, with the program's own name in every
// message replaced by the brand's product name in that language (a no-op for the default brand). English
// texts come from the sources, so for a brand it answers those that name the program as well.
class BrandedTranslator : public QTranslator {
public:
    BrandedTranslator(const QString &lang, QObject *parent) : QTranslator(parent), m_lang(lang)
    {
        if (!m_catalogue.load(QStringLiteral(":/i18n/winsock-doctor_") + lang + QStringLiteral(".qm")))
            m_hasCatalogue = false;
    }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString t = m_hasCatalogue ? m_catalogue.translate(context, sourceText, disambiguation, n) : QString();
        if (brand().productName(m_lang) == QLatin1String(kBaseProductName))
            return t;
        if (t.isEmpty()) {
            if (!sourceText || !std::strstr(sourceText, kBaseProductName))
                return t;
            t = QString::fromUtf8(sourceText);
        }
        return brandMessage(t, m_lang);
    }
    bool isEmpty() const override { return false; }

private:
    QString m_lang;
    QTranslator m_catalogue;
    bool m_hasCatalogue = true;
};

} // namespace

QString systemUiLanguage()
{
    const QString l = spokenSystemUiLanguage();
    return l.isEmpty() ? QStringLiteral("en") : l;
}

QString pickDefaultLanguage(const QStringList &uiLanguages, const QString &brandDefault)
{
    const QString l = firstSpoken(uiLanguages);
    if (!l.isEmpty())
        return l;
    return availableLanguages().contains(brandDefault) ? brandDefault : QStringLiteral("en");
}

QString defaultLanguage()
{
    return pickDefaultLanguage(QLocale::system().uiLanguages(), brand().defaultLanguage());
}

QString installTranslator(QCoreApplication &app, const QString &langIn)
{
    QString lang = langIn;
    if (lang.isEmpty())
        lang = defaultLanguage();
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
    auto *t = new BrandedTranslator(lang, &app);
    QCoreApplication::installTranslator(t);
    current = t;
    QLocale::setDefault(QLocale(lang));
    g_current = lang;
    return lang;
}

} // namespace wd
