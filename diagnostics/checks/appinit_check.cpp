// AppInit_DLLs: DLLs that user32.dll loads into every GUI process when LoadAppInit_DLLs = 1, in the
// 64-bit view and in the Wow6432Node (32-bit) view of SOFTWARE\Microsoft\Windows NT\CurrentVersion\Windows.
#include "checks/check_util.h"
#include "checks/checks.h"
#include "checks/partial_volume.h"
#include <QJsonArray>

namespace wd {

QStringList parseAppInitDllList(const QString &value)
{
    // user32 splits the value at spaces and commas; a quoted part may contain spaces.
    QStringList out;
    QString cur;
    bool quoted = false;
    auto flush = [&] {
        const QString t = cur.trimmed();
        if (!t.isEmpty())
            out.append(t);
        cur.clear();
    };
    for (const QChar c : value) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (!quoted && (c == QLatin1Char(' ') || c == QLatin1Char(',') || c == QLatin1Char('\t') || c == QLatin1Char(';'))) {
            flush();
            continue;
        }
        if (c == QChar(0))
            break;
        cur.append(c);
    }
    flush();
    return out;
}

namespace {

using checkutil::finding;

const QString kWindowsKey = QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows");

class AppInitCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("appinit"); }
    Text title() const override { return translate("wd::AppInitCheck", "AppInit_DLLs (DLLs loaded into every program)"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        QJsonObject section;
        const bool is64 = sys.is64Bit();
        struct V { const char *name; RegView view; bool wow; };
        const QList<V> views = is64 ? QList<V>{{"view64", RegView::View64, false}, {"view32", RegView::View32, true}}
                                    : QList<V>{{"view32", RegView::Native, false}};
        for (const V &v : views) {
            Expected<QList<RegValue>> vals = sys.values(kWindowsKey, v.view);
            const QString key = v.wow ? QStringLiteral("HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Windows")
                                      : kWindowsKey;
            QJsonObject o{{QStringLiteral("key"), key}};
            if (!vals) {
                if (vals.error().kind != ErrorKind::NotFound)
                    return vals.error();
                o.insert(QStringLiteral("present"), false);
                section.insert(QLatin1String(v.name), o);
                continue;
            }
            o.insert(QStringLiteral("present"), true);
            const auto load = checkutil::dword(*vals, QStringLiteral("LoadAppInit_DLLs"));
            const auto requireSigned = checkutil::dword(*vals, QStringLiteral("RequireSignedAppInit_DLLs"));
            const QString raw = checkutil::string(*vals, QStringLiteral("AppInit_DLLs"));
            o.insert(QStringLiteral("load_appinit_dlls"), load ? QJsonValue(double(*load)) : QJsonValue());
            o.insert(QStringLiteral("require_signed"), requireSigned ? QJsonValue(double(*requireSigned)) : QJsonValue());
            o.insert(QStringLiteral("appinit_dlls"), raw);
            QJsonArray dlls;
            QJsonArray missing;
            for (const QString &d : parseAppInitDllList(raw)) {
                QString expanded = sys.expandPath(d);
                if (v.wow && expanded.startsWith(sys.system32() + QLatin1Char('\\'), Qt::CaseInsensitive))
                    expanded = sys.sysWow64() + expanded.mid(sys.system32().size());
                const bool exists = sys.fileExists(expanded);
                ctx.result.addFile(expanded, QStringLiteral("appinit"));
                dlls.append(QJsonObject{{QStringLiteral("path"), d}, {QStringLiteral("expanded"), expanded},
                                        {QStringLiteral("exists"), exists}});
                if (!exists && !partial::notCheckable(ctx, expanded))
                    missing.append(expanded);
            }
            o.insert(QStringLiteral("dlls"), dlls);
            section.insert(QLatin1String(v.name), o);
            if (dlls.isEmpty())
                continue;
            const bool active = load.value_or(0) != 0;
            QJsonObject ev{{QStringLiteral("view"), QLatin1String(v.name)}, {QStringLiteral("key"), key},
                           {QStringLiteral("appinit_dlls"), raw}, {QStringLiteral("dlls"), dlls},
                           {QStringLiteral("load_appinit_dlls"), load ? QJsonValue(double(*load)) : QJsonValue()},
                           {QStringLiteral("require_signed"), requireSigned ? QJsonValue(double(*requireSigned)) : QJsonValue()}};
            const Text bits = v.wow || !is64 ? translate("wd::AppInitCheck", "32-bit") : translate("wd::AppInitCheck", "64-bit");
            if (active) {
                ctx.result.add(finding(QStringLiteral("appinit.dlls.active"), id(), Severity::Error,
                                       translate("wd::AppInitCheck", "DLLs are injected into every %1 program: %2").arg(bits, raw.trimmed()),
                                       translate("wd::AppInitCheck", "AppInit_DLLs makes Windows load these DLLs into every program that "
                                                                     "shows a window. Malware and old ad or security software use it to "
                                                                     "watch network traffic; a faulty DLL here makes programs lose their "
                                                                     "connection, crash or hang at start. Microsoft discourages it and "
                                                                     "turns it off when Secure Boot is on. The repair sets "
                                                                     "LoadAppInit_DLLs to 0 and empties the list (a snapshot allows undo)."),
                                       ev, {QStringLiteral("appinit.disable")}));
                if (requireSigned.value_or(is64 ? 1 : 0) == 0)
                    ctx.result.add(finding(QStringLiteral("appinit.unsigned-allowed"), id(), Severity::Warning,
                                           translate("wd::AppInitCheck", "Unsigned AppInit DLLs are allowed (%1 view)").arg(bits),
                                           translate("wd::AppInitCheck", "RequireSignedAppInit_DLLs is 0, so even DLLs without a valid "
                                                                         "digital signature are injected into every program. The repair "
                                                                         "turns AppInit_DLLs off."),
                                           ev, {QStringLiteral("appinit.disable")}));
            } else {
                ctx.result.add(finding(QStringLiteral("appinit.dlls.inactive"), id(), Severity::Info,
                                       translate("wd::AppInitCheck", "AppInit_DLLs lists DLLs but loading is switched off (%1 view)").arg(bits),
                                       translate("wd::AppInitCheck", "The list is not used while LoadAppInit_DLLs is 0. It is a leftover "
                                                                     "of some software; it becomes active if anything switches loading "
                                                                     "back on. The repair empties it."),
                                       ev, {QStringLiteral("appinit.disable")}));
            }
            if (!missing.isEmpty()) {
                QJsonObject mev = ev;
                mev.insert(QStringLiteral("missing"), missing);
                ctx.result.add(finding(QStringLiteral("appinit.dll.missing"), id(), active ? Severity::Warning : Severity::Info,
                                       translate("wd::AppInitCheck", "An AppInit DLL does not exist: %1").arg(missing.first().toString()),
                                       translate("wd::AppInitCheck", "The list names a file that is not on the disk: the software was "
                                                                     "removed without cleaning up, or the file was quarantined. Every "
                                                                     "program start tries to load it in vain. The repair empties the list."),
                                       mev, {QStringLiteral("appinit.disable")}));
            }
        }
        ctx.result.appinit = section;
        return {};
    }
};

} // namespace

std::unique_ptr<Check> makeAppInitCheck()
{
    return std::make_unique<AppInitCheck>();
}

} // namespace wd
