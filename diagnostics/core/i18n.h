// Language selection: --lang, then the system locale; translations are embedded (:/i18n/*.qm).
#pragma once
#include <QCoreApplication>
#include <QStringList>

namespace wd {

QStringList availableLanguages();                      // "en", "zh_CN"
// The first language of the system's UI list that the program speaks ("zh_CN" or "en"; "en" when none).
QString systemUiLanguage();
// The language used without --lang: the system's UI language when the program speaks it, else the brand's
// default language (docs/branding.md), else English.
QString defaultLanguage();
// The rule of defaultLanguage() for UI_LANGUAGES (most preferred first, "zh-Hans-CN", "en-US", ...).
QString pickDefaultLanguage(const QStringList &uiLanguages, const QString &brandDefault);
QString languageFromArgs(const QStringList &args);     // value of --lang / --lang=X, or ""
// Installs the translator for LANG (empty: defaultLanguage()). Returns the language in effect.
QString installTranslator(QCoreApplication &app, const QString &lang);
// The language the last installTranslator() put in effect ("" before any).
QString currentLanguage();

} // namespace wd
