#include "core/brand.h"
#include "core/i18n.h"
#include "core/text.h"
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <atomic>

namespace wd {

namespace {

const QStringList &knownFields()
{
    static const QStringList k{QStringLiteral("product_name"),   QStringLiteral("vendor"),
                               QStringLiteral("support_url"),    QStringLiteral("support_phone"),
                               QStringLiteral("accent_color"),   QStringLiteral("logo"),
                               QStringLiteral("report_footer"),  QStringLiteral("default_language"),
                               QStringLiteral("package_name"),   QStringLiteral("translations"),
                               QStringLiteral("icon")};
    return k;
}

Error brandError(const QString &what)
{
    return Error(ErrorKind::Corrupt, translate("wd::Brand", "The brand of this build is invalid: %1").arg(what).toString());
}

// The checks of cmake/WdBranding.cmake for one object (top level or one language).
Expected<void> checkFields(const QJsonObject &o, bool perLanguage)
{
    static const QRegularExpression color(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    static const QRegularExpression package(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (!knownFields().contains(key))
            return brandError(QStringLiteral("unknown field \"%1\"").arg(key));
        if (key == QLatin1String("translations"))
            continue;
        if (!it->isString())
            return brandError(QStringLiteral("\"%1\" must be a string").arg(key));
        const QString v = it->toString();
        if (v.contains(QLatin1Char('%')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))
            || v.contains(QLatin1Char('\t')) || v.size() > 400)
            return brandError(QStringLiteral("\"%1\" must be at most 400 characters without % or line breaks").arg(key));
        for (const QChar c : v)
            if (c.category() == QChar::Other_Control)
                return brandError(QStringLiteral("\"%1\" contains a control character").arg(key));
        if (perLanguage
            && (key == QLatin1String("logo") || key == QLatin1String("icon") || key == QLatin1String("package_name") || key == QLatin1String("default_language")
                || key == QLatin1String("accent_color")))
            return brandError(QStringLiteral("\"%1\" cannot differ by language").arg(key));
        if (key == QLatin1String("accent_color") && !color.match(v).hasMatch())
            return brandError(QStringLiteral("accent_color must be #RRGGBB"));
        if (key == QLatin1String("default_language") && !availableLanguages().contains(v))
            return brandError(QStringLiteral("default_language must be one of %1").arg(availableLanguages().join(QStringLiteral(", "))));
        if (key == QLatin1String("support_url") && !v.isEmpty()
            && (!v.startsWith(QLatin1String("https://")) || v.contains(QLatin1Char(' ')) || v.contains(QLatin1Char('"'))
                || v.contains(QLatin1Char('\''))))
            return brandError(QStringLiteral("support_url must be an https:// address"));
        if (key == QLatin1String("package_name") && !package.match(v).hasMatch())
            return brandError(QStringLiteral("package_name must be lower-case letters, digits and -"));
        if (key == QLatin1String("product_name") && v.trimmed().isEmpty())
            return brandError(QStringLiteral("product_name must not be empty"));
    }
    return {};
}

const Brand &baseBrand()
{
    static const Brand b = [] {
        QJsonObject o{{QStringLiteral("product_name"), QString::fromLatin1(kBaseProductName)},
                      {QStringLiteral("vendor"), QStringLiteral("Winsock Doctor project")},
                      {QStringLiteral("package_name"), QStringLiteral("winsock-doctor")}};
        Expected<Brand> parsed = Brand::parse(QJsonDocument(o).toJson());
        return parsed ? *parsed : Brand();
    }();
    return b;
}

const Brand &embeddedBrand()
{
    static const Brand b = [] {
        QFile json(QStringLiteral(":/brand/brand.json"));
        QFile logo(QStringLiteral(":/brand/logo.png"));
        if (!json.open(QIODevice::ReadOnly))
            return baseBrand();
        const QByteArray logoData = logo.open(QIODevice::ReadOnly) ? logo.readAll() : QByteArray();
        Expected<Brand> parsed = Brand::parse(json.readAll(), logoData);
        return parsed ? *parsed : baseBrand();
    }();
    return b;
}

std::atomic<const Brand *> g_override{nullptr};

} // namespace

Expected<Brand> Brand::parse(const QByteArray &json, const QByteArray &logoPng)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return brandError(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (Expected<void> ok = checkFields(o, false); !ok)
        return ok.error();
    for (const char *required : {"product_name", "vendor"})
        if (!o.value(QLatin1String(required)).isString())
            return brandError(QStringLiteral("the field \"%1\" is required").arg(QLatin1String(required)));
    Brand b;
    b.m_fields = o;
    const QJsonValue tr = o.value(QStringLiteral("translations"));
    if (!tr.isUndefined()) {
        if (!tr.isObject())
            return brandError(QStringLiteral("\"translations\" must be an object"));
        const QJsonObject langs = tr.toObject();
        for (auto it = langs.begin(); it != langs.end(); ++it) {
            if (!availableLanguages().contains(it.key()))
                return brandError(QStringLiteral("unknown language \"%1\"").arg(it.key()));
            if (!it->isObject())
                return brandError(QStringLiteral("translations.%1 must be an object").arg(it.key()));
            if (Expected<void> ok = checkFields(it->toObject(), true); !ok)
                return ok.error();
            b.m_perLanguage.insert(it.key(), it->toObject());
        }
    }
    if (!logoPng.isEmpty() && !logoPng.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)))
        return brandError(QStringLiteral("the logo is not a PNG file"));
    b.m_logo = logoPng;
    return b;
}

QString Brand::text(const char *field, const QString &langIn) const
{
    const QString lang = langIn.isEmpty() ? currentLanguage() : langIn;
    const QString key = QLatin1String(field);
    const auto it = m_perLanguage.constFind(lang);
    if (it != m_perLanguage.constEnd() && it->value(key).isString())
        return it->value(key).toString();
    return m_fields.value(key).toString();
}

bool Brand::isBase() const
{
    return m_perLanguage.isEmpty() && m_fields.value(QStringLiteral("product_name")).toString() == QLatin1String(kBaseProductName)
        && supportUrl().isEmpty() && supportPhone().isEmpty() && reportFooter().isEmpty();
}

QString Brand::supportLine(const QString &lang) const
{
    QStringList parts;
    if (!supportPhone(lang).isEmpty())
        parts << supportPhone(lang);
    if (!supportUrl(lang).isEmpty())
        parts << supportUrl(lang);
    return parts.join(QStringLiteral(" \u00b7 "));
}

const Brand &brand()
{
    if (const Brand *o = g_override.load())
        return *o;
    return embeddedBrand();
}

ScopedBrandOverride::ScopedBrandOverride(const Brand &b) : m_previous(g_override.load()), m_brand(b)
{
    g_override.store(&m_brand);
}

ScopedBrandOverride::~ScopedBrandOverride()
{
    g_override.store(m_previous);
}

QString brandMessage(const QString &message, const QString &lang)
{
    const QString name = brand().productName(lang);
    if (name == QLatin1String(kBaseProductName) || !message.contains(QLatin1String(kBaseProductName)))
        return message;
    QString out = message;
    out.replace(QLatin1String(kBaseProductName), name);
    return out;
}

QString versionLine()
{
    const QString base = QStringLiteral("winsock-doctor %1").arg(QStringLiteral(WD_VERSION));
    const QString name = brand().productName();
    if (name == QLatin1String(kBaseProductName))
        return base;
    return QStringLiteral("%1 %2 (%3)").arg(name, QStringLiteral(WD_VERSION), base);
}

} // namespace wd
