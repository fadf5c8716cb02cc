#include "repairs/actions/actions.h"
#include "formats/byte_reader.h"
#include <QRegularExpression>
#include <algorithm>

namespace wd {

std::unique_ptr<RepairAction> createRepairAction(const QString &id)
{
    using namespace actions;
    if (id == QLatin1String("winsock.remove-lsp")) return makeRemoveLsp();
    if (id == QLatin1String("winsock.reset")) return makeWinsockReset();
    if (id == QLatin1String("winsock.restore-backup")) return makeRestoreBackup();
    if (id == QLatin1String("appinit.disable")) return makeAppInitDisable();
    if (id == QLatin1String("driver.rollback")) return makeDriverRollback();
    if (id == QLatin1String("tcp.restore-defaults")) return makeTcpRestoreDefaults();
    if (id == QLatin1String("system.file.restore")) return makeSystemFileRestore();
    if (id == QLatin1String("verifier.reset")) return makeVerifierReset();
    if (id == QLatin1String("verifier.enable")) return makeVerifierEnable();
    return nullptr;
}

QStringList repairActionIds()
{
    return {QStringLiteral("winsock.remove-lsp"), QStringLiteral("winsock.reset"), QStringLiteral("winsock.restore-backup"),
            QStringLiteral("appinit.disable"), QStringLiteral("driver.rollback"), QStringLiteral("tcp.restore-defaults"),
            QStringLiteral("system.file.restore"), QStringLiteral("verifier.reset"), QStringLiteral("verifier.enable")};
}

namespace actions {

Text describeValue(const std::optional<RegValue> &v)
{
    if (!v)
        return translate("wd::Repairs", "(not set)");
    switch (v->type) {
    case RegDword:
        if (v->toDword())
            return Text(QStringLiteral("dword 0x%1 (%2)").arg(*v->toDword(), 8, 16, QLatin1Char('0')).arg(*v->toDword()));
        break;
    case RegQword:
        if (v->toQword())
            return Text(QStringLiteral("qword %1").arg(*v->toQword()));
        break;
    case RegSz:
    case RegExpandSz:
        return v->toString().isEmpty() ? translate("wd::Repairs", "(empty text)") : Text(QLatin1Char('"') + v->toString() + QLatin1Char('"'));
    case RegMultiSz:
        return v->toStringList().isEmpty() ? translate("wd::Repairs", "(empty list)") : Text(v->toStringList().join(QStringLiteral("; ")));
    default:
        break;
    }
    return translate("wd::Repairs", "%n byte(s) of data", nullptr, int(v->data.size()));
}

QString CatalogEntry::kindName() const
{
    if (chainLen == 0)
        return translate("wd::Repairs", "layered provider (LSP)");
    if (chainLen > 1)
        return translate("wd::Repairs", "protocol chain through an LSP");
    if (chainLen == 1)
        return translate("wd::Repairs", "base provider");
    return translate("wd::Repairs", "unreadable entry");
}

CatalogEntry parseCatalogEntry(const RegKeyTree &entryKey)
{
    CatalogEntry e;
    e.keyName = entryKey.name;
    e.tree = entryKey;
    const RegValue *item = entryKey.value(QStringLiteral("PackedCatalogItem"));
    if (!item)
        return e;
    // 260-byte ANSI DLL path, then WSAPROTOCOL_INFOW: dwServiceFlags1..4, dwProviderFlags (20),
    // ProviderId GUID (16), dwCatalogEntryId (4) -> ProtocolChain.ChainLen at 260+40; szProtocol
    // (WCHAR[256]) at 260+116; WSAPROTOCOL_INFOW is 628 bytes.
    ByteReader r(item->data);
    if (!r.has(0, 260 + 628))
        return e;
    e.dll = r.localAt(0, 260);
    e.entryId = r.at<quint32>(260 + 36).value_or(0);
    const std::optional<quint32> chain = r.at<quint32>(260 + 40);
    e.chainLen = chain ? int(qint32(*chain)) : -1;
    if (e.chainLen < 0 || e.chainLen > 7)
        e.chainLen = -1;
    e.protocol = r.utf16At(260 + 116, 256);
    return e;
}

RegKeyTree keepBaseEntries(const RegKeyTree &catalog, QList<CatalogEntry> *removed, QList<CatalogEntry> *kept)
{
    QList<CatalogEntry> entries;
    for (const RegKeyTree &c : catalog.children)
        entries.append(parseCatalogEntry(c));
    std::sort(entries.begin(), entries.end(), [](const CatalogEntry &a, const CatalogEntry &b) { return a.keyName < b.keyName; });
    RegKeyTree out;
    out.name = catalog.name;
    out.values = catalog.values;
    int n = 0;
    for (const CatalogEntry &e : entries) {
        if (e.chainLen == 0 || e.chainLen > 1) {
            if (removed)
                removed->append(e);
            continue;
        }
        RegKeyTree t = e.tree;
        t.name = QStringLiteral("%1").arg(++n, 12, 10, QLatin1Char('0'));
        out.children.append(t);
        if (kept) {
            CatalogEntry k = e;
            k.keyName = t.name;
            k.tree = t;
            kept->append(k);
        }
    }
    return out;
}

QString normalizeControlSet(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^(HKLM|HKEY_LOCAL_MACHINE)\\\\SYSTEM\\\\ControlSet\\d{3}(\\\\|$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = re.match(key);
    if (!m.hasMatch())
        return key;
    return m.captured(1) + QStringLiteral("\\SYSTEM\\CurrentControlSet") + key.mid(m.capturedEnd(0) - m.captured(2).size());
}

} // namespace actions
} // namespace wd
