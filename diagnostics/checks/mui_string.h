// Readable names from indirect ("MUI") strings such as "@%SystemRoot%\system32\mswsock.dll,-60100"
// or "@%windir%\System32\drivers\wfplwfs.sys,-6006" (Winsock provider and namespace display strings,
// service and filter names): the string is read from the target's own files — the language folder's
// resource file (System32\en-US\mswsock.dll.mui, zh-CN\...) or the PE's own string table — on every
// target kind; a live target may also ask Windows (LiveApis::loadIndirectString). When none of that
// works the caller's fallback (a service or component name) is shown, never the raw @-string.
#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wd {

class SystemView;

struct IndirectString {
    QString file;     // as written ("%SystemRoot%\system32\mswsock.dll", "net.inf")
    quint32 id = 0;   // the string id (the number after ",-")
    bool hasId = false;
    QString fallback; // text after ';' ("@net.inf,%e1000.devicedesc%;Intel(R) PRO/1000"), "" when none
};
// Parses "@file,-id[;fallback]" and "@file,%key%;fallback"; nullopt when S is not an indirect string.
std::optional<IndirectString> parseIndirectString(const QString &s);

class MuiResolver {
public:
    explicit MuiResolver(SystemView &sys);
    // S itself when it is not indirect; its text from the target's files; nullopt when it cannot be read.
    std::optional<QString> resolve(const QString &s) const;
    // resolve(), else the string's own ";fallback" text, else FALLBACK; never an "@..." string.
    QString readable(const QString &s, const QString &fallback) const;
    // The UI languages tried, in order ("zh-CN", "en-US"), with their language ids.
    const QStringList &languages() const { return m_langNames; }

private:
    SystemView &m_sys;
    QStringList m_langNames;
    QList<quint16> m_langIds;
    mutable QHash<QString, std::optional<QString>> m_cache;
    std::optional<QString> fromFile(const QString &windowsPath, quint32 id) const;
};

} // namespace wd
