// The brand of this build: product name, vendor, support contacts, accent colour, logo and report footer,
// chosen at build time (cmake -DWD_BRANDING=FILE, checked by cmake/WdBranding.cmake) and compiled into the
// program as the resources :/brand/brand.json and :/brand/logo.png. Never read from a file beside the
// program: a signed program must not show a support phone number that anyone could put next to it.
// Finding ids, JSON keys and exit codes never depend on the brand.
#pragma once
#include "core/error.h"
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace wd {

// The name every message of the program uses for itself. A brand replaces it in the texts shown.
inline constexpr char kBaseProductName[] = "Winsock Doctor";

class Brand {
public:
    // The fields of a brand file; texts may differ per language ("translations": {"zh_CN": {...}}).
    QString productName(const QString &lang = {}) const { return text("product_name", lang); }
    QString vendor(const QString &lang = {}) const { return text("vendor", lang); }
    QString supportUrl(const QString &lang = {}) const { return text("support_url", lang); }
    QString supportPhone(const QString &lang = {}) const { return text("support_phone", lang); }
    QString reportFooter(const QString &lang = {}) const { return text("report_footer", lang); }
    QString accentColor() const { return text("accent_color", QStringLiteral("en")); } // "#RRGGBB" or ""
    QString defaultLanguage() const { return text("default_language", QStringLiteral("en")); } // "" if none
    QString packageName() const { return text("package_name", QStringLiteral("en")); }
    QByteArray logoPng() const { return m_logo; }
    // LANG "" means the language in effect (currentLanguage()).
    QString text(const char *field, const QString &lang = {}) const;
    // The default brand: Winsock Doctor itself, with no support contacts.
    bool isBase() const;
    // Support contacts as one line ("+1 555 0100 · https://..."), "" when the brand has none.
    QString supportLine(const QString &lang = {}) const;

    // Parses and checks a brand file (the checks of cmake/WdBranding.cmake, again, for the embedded copy).
    static Expected<Brand> parse(const QByteArray &json, const QByteArray &logoPng = {});

private:
    QJsonObject m_fields;
    QHash<QString, QJsonObject> m_perLanguage;
    QByteArray m_logo;
};

// The brand compiled into this program (the default brand when the embedded one is missing or invalid).
const Brand &brand();
// Tests: makes BRAND the program's brand until the returned guard ends (not thread-safe; tests only).
class ScopedBrandOverride {
public:
    explicit ScopedBrandOverride(const Brand &brand);
    ~ScopedBrandOverride();
    ScopedBrandOverride(const ScopedBrandOverride &) = delete;
    ScopedBrandOverride &operator=(const ScopedBrandOverride &) = delete;

private:
    const Brand *m_previous;
    Brand m_brand;
};

// MESSAGE (a translated text) with the program's own name replaced by the brand's product name in LANG.
QString brandMessage(const QString &message, const QString &lang = {});
// "--version": "winsock-doctor 1.2.3", or "Contoso PC Rescue 1.2.3 (winsock-doctor 1.2.3)" for a brand.
QString versionLine();

} // namespace wd
