#include "checks/mui_string.h"
#include "formats/pe.h"
#include "platform/live_apis.h"
#include "platform/system_view.h"
#include <QFile>
#include <QRegularExpression>

namespace wd {
namespace {

struct Lang {
    quint16 id;
    const char *name;
};
// Display languages Windows ships (language id <-> language folder name).
constexpr Lang kLangs[] = {
    {0x0409, "en-US"}, {0x0804, "zh-CN"}, {0x0404, "zh-TW"}, {0x0c04, "zh-HK"}, {0x0809, "en-GB"}, {0x0407, "de-DE"},
    {0x040c, "fr-FR"}, {0x0411, "ja-JP"}, {0x0412, "ko-KR"}, {0x0419, "ru-RU"}, {0x0c0a, "es-ES"}, {0x080a, "es-MX"},
    {0x0410, "it-IT"}, {0x0416, "pt-BR"}, {0x0816, "pt-PT"}, {0x0413, "nl-NL"}, {0x0415, "pl-PL"}, {0x041f, "tr-TR"},
    {0x041d, "sv-SE"}, {0x0406, "da-DK"}, {0x0414, "nb-NO"}, {0x040b, "fi-FI"}, {0x0405, "cs-CZ"}, {0x040e, "hu-HU"},
    {0x0408, "el-GR"}, {0x040d, "he-IL"}, {0x0401, "ar-SA"}, {0x041e, "th-TH"}, {0x0422, "uk-UA"}, {0x0418, "ro-RO"},
};

QString nameOf(quint16 id)
{
    for (const Lang &l : kLangs)
        if (l.id == id)
            return QString::fromLatin1(l.name);
    return {};
}

constexpr qint64 kMaxResourceFile = 64 * 1024 * 1024;

} // namespace

std::optional<IndirectString> parseIndirectString(const QString &s)
{
    if (!s.startsWith(QLatin1Char('@')))
        return std::nullopt;
    IndirectString r;
    QString body = s.mid(1);
    const qsizetype semi = body.indexOf(QLatin1Char(';'));
    if (semi >= 0) {
        r.fallback = body.mid(semi + 1).trimmed();
        body = body.left(semi);
    }
    static const QRegularExpression re(QStringLiteral("^(.+),\\s*-(\\d{1,5})\\s*$"));
    if (const QRegularExpressionMatch m = re.match(body); m.hasMatch()) {
        r.file = m.captured(1).trimmed();
        r.id = m.captured(2).toUInt();
        r.hasId = true;
    } else {
        r.file = body.section(QLatin1Char(','), 0, 0).trimmed();
    }
    return r;
}

MuiResolver::MuiResolver(SystemView &sys) : m_sys(sys)
{
    auto add = [&](quint16 id, QString name) {
        if (name.isEmpty())
            name = nameOf(id);
        if (id == 0)
            for (const Lang &l : kLangs)
                if (name.compare(QLatin1String(l.name), Qt::CaseInsensitive) == 0)
                    id = l.id;
        if (!name.isEmpty() && !m_langNames.contains(name, Qt::CaseInsensitive)) {
            m_langNames.append(name);
            m_langIds.append(id);
        }
    };
    const QString ccs = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\");
    // A language chosen by policy, then the system's default language, then the installed UI languages.
    if (Expected<std::optional<RegValue>> v = sys.value(QStringLiteral("HKLM\\SOFTWARE\\Policies\\Microsoft\\MUI\\Settings"),
                                                          QStringLiteral("PreferredUILanguages"));
        v && *v)
        for (const QString &n : (*v)->toStringList())
            add(0, n.trimmed());
    for (const char *name : {"Default", "InstallLanguage"})
        if (Expected<std::optional<RegValue>> v = sys.value(ccs + QStringLiteral("Nls\\Language"), QLatin1String(name)); v && *v) {
            bool ok = false;
            const uint id = (*v)->toString().toUInt(&ok, 16);
            if (ok && id > 0 && id <= 0xFFFF)
                add(quint16(id), {});
        }
    if (Expected<QStringList> ui = sys.subKeys(ccs + QStringLiteral("MUI\\UILanguages")); ui)
        for (const QString &n : *ui) {
            quint16 id = 0;
            if (Expected<std::optional<RegValue>> lcid = sys.value(ccs + QStringLiteral("MUI\\UILanguages\\") + n, QStringLiteral("LCID"));
                lcid && *lcid && (*lcid)->toDword())
                id = quint16(*(*lcid)->toDword());
            add(id, n);
        }
    add(0x0409, QStringLiteral("en-US"));
}

std::optional<QString> MuiResolver::fromFile(const QString &windowsPath, quint32 id) const
{
    Expected<QString> host = m_sys.hostPath(windowsPath);
    if (!host)
        return std::nullopt;
    QFile f(*host);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxResourceFile)
        return std::nullopt;
    const QByteArray data = f.readAll();
    Expected<pe::Image> img = pe::parse(data);
    if (!img)
        return std::nullopt;
    return pe::readResourceString(data, *img, id, m_langIds);
}

std::optional<QString> MuiResolver::resolve(const QString &s) const
{
    const std::optional<IndirectString> ind = parseIndirectString(s);
    if (!ind)
        return s;
    if (auto it = m_cache.constFind(s); it != m_cache.constEnd())
        return *it;
    std::optional<QString> out;
    bool windowsFile = false; // the string's file lies in the Windows folder
    if (ind->hasId && !ind->file.endsWith(QLatin1String(".inf"), Qt::CaseInsensitive)) {
        QString path = m_sys.expandPath(ind->file);
        path.replace(QLatin1Char('/'), QLatin1Char('\\'));
        windowsFile = path.startsWith(m_sys.systemRoot() + QLatin1Char('\\'), Qt::CaseInsensitive);
        const QString dir = path.section(QLatin1Char('\\'), 0, -2);
        const QString name = path.section(QLatin1Char('\\'), -1);
        // The language resource files first (Windows keeps the strings there), then the file itself,
        // then Windows 10's SystemResources\<name>.mun.
        for (const QString &lang : m_langNames) {
            out = fromFile(dir + QLatin1Char('\\') + lang + QLatin1Char('\\') + name + QStringLiteral(".mui"), ind->id);
            if (out)
                break;
        }
        if (!out)
            out = fromFile(path, ind->id);
        if (!out)
            out = fromFile(m_sys.systemRoot() + QStringLiteral("\\SystemResources\\") + name + QStringLiteral(".mun"), ind->id);
    }
    // Windows' own reading, for Windows' own files only: Wine's SHLoadIndirectString loads the named
    // file with LoadLibraryW (running its DllMain in this process), and these strings come from the
    // registry, where a planted provider can name any DLL.
    if (!out && windowsFile)
        if (LiveApis *api = m_sys.live())
            out = api->loadIndirectString(s);
    if (out)
        *out = out->trimmed();
    if (out && out->isEmpty())
        out.reset();
    m_cache.insert(s, out);
    return out;
}

QString MuiResolver::readable(const QString &s, const QString &fallback) const
{
    if (const std::optional<QString> r = resolve(s); r && !r->isEmpty() && !r->startsWith(QLatin1Char('@')))
        return *r;
    if (const std::optional<IndirectString> ind = parseIndirectString(s); ind && !ind->fallback.isEmpty())
        return ind->fallback;
    return fallback;
}

} // namespace wd
