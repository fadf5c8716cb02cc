// winsock-doctor export KEY... (--target T | --hive FILE) [--format reg|json] [--output FILE]
//
// Copies registry keys out of a target or a hive file, for example the Winsock catalog of a healthy
// PC, to be restored on a broken one with "repair winsock.restore-backup --file".
//
// --target T: KEY is a full path, "HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters"
//   (HKEY_LOCAL_MACHINE or HKLM; CurrentControlSet is resolved through Select\Current offline).
// --hive FILE: KEY is relative to the hive's root key: "\" is the whole hive, "\Name" a child of the
//   root. Its transaction logs (FILE.LOG1 / .LOG2) are replayed into a temporary copy first, as for a
//   target; the note on stderr says so. In .reg files the hive appears as if it were loaded under
//   HKEY_LOCAL_MACHINE with its file name in capitals: [HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\...]
//   for a file named "system" (reg load HKLM\SYSTEM system gives the same paths).
//
// Formats:
//   reg   what "reg export" / regedit write: UTF-16LE with BOM, CRLF, "Windows Registry Editor
//         Version 5.00", hex data wrapped at 80 columns (repairs/reg_file.h). To stdout the bytes are
//         written as they are, so "export ... > backup.reg" gives the same file as --output.
//   json  {"schema":"winsock-doctor/hive/1","keys":[{"path":"\\A\\B","values":[{"name":"X","type":4,
//         "data":"0a000000"}]}]} and a newline: every key below KEY (KEY first), depth-first in stored
//         order, names exactly as stored, data as lowercase hex of the raw bytes. Paths are
//         "\..." for --hive and "HKLM\..." for --target.
// Exit: 0 written, 2 usage, 3 missing key or unreadable / corrupt hive (nothing is written).
#include "cli.h"
#include "formats/hive.h"
#include "formats/hive_log.h"
#include "platform/offline_view.h"
#include "platform/targets.h"
#include "repairs/reg_file.h"
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace wd::cli {
namespace {

constexpr int kMaxDepth = 512; // Windows refuses deeper keys; deeper means a loop in a damaged hive

// Collects the exported keys in both output forms.
class Sink {
public:
    explicit Sink(bool json) : m_json(json)
    {
        if (m_json)
            m_out = QByteArrayLiteral("{\"schema\":\"winsock-doctor/hive/1\",\"keys\":[");
    }

    void key(const QString &jsonPath, const QString &regPath, const QList<RegValue> &values)
    {
        if (!m_json) {
            RegFileKey k;
            k.path = regPath;
            for (const RegValue &v : values) {
                RegFileValue fv;
                fv.value = v;
                k.values.append(fv);
            }
            m_reg.keys.append(k);
            return;
        }
        if (m_keys++)
            m_out += ',';
        m_out += "{\"path\":";
        jsonString(jsonPath);
        m_out += ",\"values\":[";
        for (qsizetype i = 0; i < values.size(); ++i) {
            const RegValue &v = values[i];
            if (i)
                m_out += ',';
            m_out += "{\"name\":";
            jsonString(v.name);
            m_out += ",\"type\":" + QByteArray::number(v.type) + ",\"data\":\"" + v.data.toHex() + "\"}";
        }
        m_out += "]}";
    }

    QByteArray finish()
    {
        if (!m_json)
            return writeRegFile(m_reg);
        return m_out + "]}\n";
    }

private:
    // A JSON string: control characters, quotes and backslashes escaped; a UTF-16 code unit that is not
    // part of a valid surrogate pair (names are stored as UTF-16 and need not be valid) as \uXXXX.
    void jsonString(const QString &s)
    {
        m_out += '"';
        QString plain;
        auto flush = [&]() {
            m_out += plain.toUtf8();
            plain.clear();
        };
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t c = s.at(i).unicode();
            const bool pair = QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode());
            if (pair) {
                plain += s.at(i);
                plain += s.at(++i);
                continue;
            }
            if (c == u'"' || c == u'\\') {
                flush();
                m_out += '\\';
                m_out += char(c);
            } else if (c < 0x20 || QChar::isSurrogate(c)) {
                flush();
                m_out += "\\u" + QByteArray::number(uint(c), 16).rightJustified(4, '0');
            } else {
                plain += QChar(c);
            }
        }
        flush();
        m_out += '"';
    }

    bool m_json;
    int m_keys = 0;
    QByteArray m_out;
    RegFile m_reg;
};

QString joinPath(const QString &base, const QString &name)
{
    return base.endsWith(QLatin1Char('\\')) ? base + name : base + QLatin1Char('\\') + name;
}

// Depth-first, stored order, through the hive itself (offline targets and --hive).
Expected<void> walkHive(const Hive &hive, Hive::Node start, const QString &jsonBase, const QString &regBase, Sink &sink)
{
    struct Item { Hive::Node node; QString json, reg; int depth; };
    QList<Item> stack{{start, jsonBase, regBase, 0}};
    QSet<Hive::Node> seen;
    while (!stack.isEmpty()) {
        const Item it = stack.takeLast();
        if (seen.contains(it.node) || it.depth > kMaxDepth)
            return Error(ErrorKind::Corrupt,
                         translate("wd::cli", "The registry hive %1 is damaged: its keys form a loop below %2.").arg(hive.path(), it.json),
                         hive.path());
        seen.insert(it.node);
        Expected<QList<RegValue>> values = hive.values(it.node);
        if (!values)
            return values.error();
        sink.key(it.json, it.reg, *values);
        // A subkey list that cannot be read is an error, never a silently shorter export.
        const Expected<QList<Hive::Node>> listed = hive.childrenChecked(it.node);
        if (!listed)
            return listed.error();
        const QList<Hive::Node> &kids = *listed;
        for (qsizetype i = kids.size() - 1; i >= 0; --i) {
            const QString name = hive.name(kids[i]);
            stack.append({kids[i], joinPath(it.json, name), joinPath(it.reg, name), it.depth + 1});
        }
    }
    return {};
}

// The same walk through a SystemView (the live registry).
Expected<void> walkView(const SystemView &view, const QString &start, const QString &jsonBase, Sink &sink)
{
    struct Item { QString key, json; int depth; };
    QList<Item> stack{{start, jsonBase, 0}};
    while (!stack.isEmpty()) {
        const Item it = stack.takeLast();
        if (it.depth > kMaxDepth)
            return Error(ErrorKind::Corrupt, translate("wd::cli", "The registry below %1 is nested too deeply.").arg(start), start);
        Expected<QList<RegValue>> values = view.values(it.key);
        if (!values)
            return values.error();
        sink.key(it.json, toRegFilePath(it.json), *values);
        Expected<QStringList> kids = view.subKeys(it.key);
        if (!kids)
            return kids.error();
        for (qsizetype i = kids->size() - 1; i >= 0; --i)
            stack.append({joinPath(it.key, kids->at(i)), joinPath(it.json, kids->at(i)), it.depth + 1});
    }
    return {};
}

Error missingKey(const QString &key)
{
    return Error(ErrorKind::NotFound, translate("wd::cli", "The registry key %1 does not exist.").arg(key), key);
}

// Follows the parts of REL from START; the stored names are appended to NAMES.
Hive::Node descend(const Hive &hive, Hive::Node start, const QStringList &rel, QStringList *names)
{
    Hive::Node n = start;
    for (const QString &part : rel) {
        n = hive.child(n, part);
        if (!n)
            return 0;
        names->append(hive.name(n));
    }
    return n;
}

// KEY of --target: "HKLM\SYSTEM\..." -> its parts below HKLM (usage error for other roots).
Expected<QStringList> targetKeyParts(const QString &keyIn)
{
    QString key = keyIn;
    key.replace(QLatin1Char('/'), QLatin1Char('\\'));
    QStringList parts = key.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    if (parts.size() < 2
        || (parts.first().compare(QLatin1String("HKLM"), Qt::CaseInsensitive) != 0
            && parts.first().compare(QLatin1String("HKEY_LOCAL_MACHINE"), Qt::CaseInsensitive) != 0))
        return Error(ErrorKind::Usage, translate("wd::cli", "\"%1\" is not a key below HKLM. With --target, name keys like "
                                                            "HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters.").arg(keyIn));
    parts.removeFirst();
    parts.first() = parts.first().toUpper();
    if (parts.size() >= 2 && parts.at(1).compare(QLatin1String("CurrentControlSet"), Qt::CaseInsensitive) == 0)
        parts[1] = QStringLiteral("CurrentControlSet");
    return parts;
}

Expected<void> exportFromTarget(SystemView &view, const QString &keyIn, Sink &sink)
{
    Expected<QStringList> parts = targetKeyParts(keyIn);
    if (!parts)
        return parts.error();
    const QString requested = QStringLiteral("HKLM\\") + parts->join(QLatin1Char('\\'));
    if (auto *offline = dynamic_cast<OfflineView *>(&view)) {
        OfflineView::Mapped m = offline->mapKey(requested, RegView::Native);
        if (!m.hive)
            return Error(ErrorKind::NotFound, translate("wd::cli", "The registry key %1 is not available on this target.").arg(keyIn), keyIn);
        // The shown path keeps HKLM\HIVE and CurrentControlSet as asked; the rest in its stored spelling.
        QStringList shown{QStringLiteral("HKLM"), parts->first()};
        QStringList rel = m.rel.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        Hive::Node n = m.hive->root();
        if (parts->size() >= 2 && parts->at(1) == QLatin1String("CurrentControlSet") && !rel.isEmpty()) {
            n = m.hive->child(n, rel.takeFirst());
            shown << QStringLiteral("CurrentControlSet");
        }
        if (n)
            n = descend(*m.hive, n, rel, &shown);
        if (!n)
            return missingKey(keyIn);
        const QString json = shown.join(QLatin1Char('\\'));
        return walkHive(*m.hive, n, json, toRegFilePath(json), sink);
    }
    // Live registry: the stored spelling of each part from its parent's list of subkeys.
    QString shown = QStringLiteral("HKLM\\") + parts->first();
    for (qsizetype i = 1; i < parts->size(); ++i) {
        QString name = parts->at(i);
        if (!(i == 1 && name == QLatin1String("CurrentControlSet"))) {
            Expected<QStringList> kids = view.subKeys(shown);
            if (!kids)
                return kids.error().kind == ErrorKind::NotFound ? missingKey(keyIn) : kids.error();
            qsizetype at = kids->size() - 1;
            while (at >= 0 && kids->at(at).compare(name, Qt::CaseInsensitive) != 0)
                --at;
            if (at < 0)
                return missingKey(keyIn);
            name = kids->at(at);
        }
        shown += QLatin1Char('\\') + name;
    }
    if (!view.keyExists(shown))
        return missingKey(keyIn);
    return walkView(view, shown, shown, sink);
}

// Opens FILE as --hive does: header checks, refusal of logs and truncated files, log replay.
Expected<std::unique_ptr<Hive>> openHiveFile(Context &ctx, const QString &file, QTemporaryDir &temp)
{
    Expected<HiveHeaderInfo> hdr = Hive::readHeader(file);
    if (!hdr)
        return hdr.error();
    if (hdr->fileType != 0)
        return Error(ErrorKind::Corrupt, translate("wd::cli", "%1 is a registry transaction log, not a hive; export the hive "
                                                              "it belongs to (its logs are applied to it).").arg(file), file);
    const qint64 size = QFileInfo(file).size();
    if (size < 4096 + qint64(hdr->hbinsSize))
        return Error(ErrorKind::Corrupt, translate("wd::cli", "The registry hive %1 is truncated: its header says %2 bytes, the "
                                                              "file has %3.").arg(file).arg(4096 + qint64(hdr->hbinsSize)).arg(size), file);
    if (!temp.isValid())
        return Error(ErrorKind::Io, translate("wd::cli", "Cannot create a temporary folder."));
    Expected<PreparedHive> prepared = prepareHiveForReading(file, temp.path());
    if (!prepared)
        return prepared.error();
    for (const Finding &f : prepared->findings)
        ctx.err << translate("wd::cli", "Note: %1. %2").arg(f.title, f.detail) << Qt::endl;
    return Hive::open(prepared->path, Hive::Mode::Read);
}

Expected<void> exportFromHive(const Hive &hive, const QString &keyIn, const QString &hiveName, Sink &sink)
{
    QString key = keyIn;
    key.replace(QLatin1Char('/'), QLatin1Char('\\'));
    QStringList names;
    const Hive::Node n = descend(hive, hive.root(), key.split(QLatin1Char('\\'), Qt::SkipEmptyParts), &names);
    if (!n)
        return missingKey(keyIn);
    const QString rel = names.join(QLatin1Char('\\'));
    const QString reg = QStringLiteral("HKEY_LOCAL_MACHINE\\") + hiveName + (rel.isEmpty() ? QString() : QLatin1Char('\\') + rel);
    return walkHive(hive, n, QLatin1Char('\\') + rel, reg, sink);
}

int writeBytes(Context &ctx, const QString &file, const QByteArray &bytes)
{
    if (!file.isEmpty() && file != QLatin1String("-")) {
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return fail(ctx, Error(ErrorKind::Io, translate("wd::cli", "Cannot write %1: %2").arg(file, f.errorString()), file));
        return 0;
    }
    ctx.out.flush();
#ifdef Q_OS_WIN
    _setmode(_fileno(stdout), _O_BINARY); // no CRLF translation of the UTF-16 bytes
#endif
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) || std::fflush(stdout) != 0)
        return fail(ctx, Error(ErrorKind::Io, translate("wd::cli", "Cannot write to the standard output.")));
    return 0;
}

} // namespace

int cmdExport(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "Export registry keys of a target or a hive file as a regedit .reg file "
                                                     "(to restore them elsewhere) or as JSON."));
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("target"), QStringLiteral("t")},
                                   translate("wd::cli", "Target: live, demo or offline:DIR. KEY is a full path such as "
                                                        "HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters."),
                                   QStringLiteral("T")));
    p.addOption(QCommandLineOption(QStringLiteral("hive"),
                                   translate("wd::cli", "A registry hive file. KEY is relative to its root key: \\ is the whole "
                                                        "hive, \\Name a key below the root."),
                                   QStringLiteral("FILE")));
    addFormatOption(p, {QStringLiteral("reg"), QStringLiteral("json")});
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("output"), QStringLiteral("o")},
                                   translate("wd::cli", "Write to FILE instead of the console."), QStringLiteral("FILE")));
    p.addPositionalArgument(QStringLiteral("KEY"), translate("wd::cli", "The keys to export, each with everything below it."),
                            QStringLiteral("KEY..."));
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("export"), args, code))
        return code;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("reg") && format != QLatin1String("json")) {
        ctx.err << translate("wd::cli", "Unknown format \"%1\" (use reg or json).").arg(format) << Qt::endl;
        return int(ExitCode::Usage);
    }
    const QStringList keys = p.positionalArguments();
    if (keys.isEmpty()) {
        ctx.err << translate("wd::cli", "Name at least one key, e.g. %1 export "
                                        "HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters --target offline:D:\\")
                       .arg(ctx.program) << Qt::endl;
        return int(ExitCode::Usage);
    }
    const QString hiveFile = p.value(QStringLiteral("hive"));
    QString targetText = p.value(QStringLiteral("target"));
    if (!hiveFile.isEmpty() && !targetText.isEmpty()) {
        ctx.err << translate("wd::cli", "Use either --target or --hive, not both.") << Qt::endl;
        return int(ExitCode::Usage);
    }
    if (hiveFile.isEmpty() && targetText.isEmpty())
        targetText = defaultTargetSpec();
    if (hiveFile.isEmpty() && targetText.isEmpty()) {
        ctx.err << translate("wd::cli", "Choose where to export from: --target (demo or offline:DIR) or --hive FILE.") << Qt::endl;
        return int(ExitCode::Usage);
    }

    Sink sink(format == QLatin1String("json"));
    if (!hiveFile.isEmpty()) {
        QTemporaryDir temp;
        Expected<std::unique_ptr<Hive>> hive = openHiveFile(ctx, hiveFile, temp);
        if (!hive)
            return fail(ctx, hive.error());
        const QString hiveName = QFileInfo(hiveFile).fileName().toUpper();
        for (const QString &key : keys)
            if (Expected<void> r = exportFromHive(**hive, key, hiveName, sink); !r)
                return fail(ctx, r.error());
    } else {
        Expected<TargetSpec> spec = TargetSpec::parse(targetText);
        if (!spec)
            return fail(ctx, spec.error());
        if (spec->kind == TargetSpec::Report) {
            ctx.err << translate("wd::cli", "A saved report holds no registry keys; export from live, demo or offline:DIR.") << Qt::endl;
            return int(ExitCode::Usage);
        }
        Expected<OpenedTarget> target = openTarget(*spec);
        if (!target)
            return fail(ctx, target.error());
        // Offline and demo targets read the volume's hives as the scan does (logs replayed).
        for (const QString &key : keys)
            if (Expected<void> r = exportFromTarget(*target->view, key, sink); !r)
                return fail(ctx, r.error());
    }
    return writeBytes(ctx, p.value(QStringLiteral("output")), sink.finish());
}

} // namespace wd::cli
