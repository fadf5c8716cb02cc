// Language selection: --lang, then the system locale; translations are embedded (:/i18n/*.qm).
#pragma once
#include <QCoreApplication>
#include <QStringList>

namespace wd {

QStringList availableLanguages();                      // "en", "zh_CN"
// The first language of the system's UI list that the program speaks ("zh_CN" or "en"; "en" when none).
QString systemUiLanguage();
QString languageFromArgs(const QStringList &args);     // value of --lang / --lang=X, or ""
// Installs the translator for LANG (empty: system locale). Returns the language in effect.
QString installTranslator(QCoreApplication &app, const QString &lang);
// The language the last installTranslator() put in effect ("" before any).
QString currentLanguage();

} // namespace wd
