#include "core/scan_result.h"
#include "core/json_text.h"
#include "core/workers.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <atomic>
#include <mutex>

namespace wd {

// Appends the entry COMPACTTEXT to OUT as an element of a report's "files" list (its line indented
// two levels); false when the text is not one the reader takes (OUT then holds part of the element).
static bool appendListElement(QByteArrayView compactText, QByteArray *out)
{
    out->append("        ");
    return jsontext::appendIndented(compactText, 2, out);
}

// ---- FileEntries ----------------------------------------------------------------------------------------------

// The entries are ARRAY's objects followed by TEXTS (appended as text, not parsed yet).
struct FileEntries::State {
    std::mutex mutex; // guards the parsing of TEXTS into ARRAY by a reader
    QJsonArray array;
    QList<QByteArray> texts;
};

FileEntries::FileEntries() : d(std::make_shared<State>()) {}

FileEntries::FileEntries(const QJsonArray &objects) : FileEntries()
{
    d->array = objects;
}

FileEntries &FileEntries::operator=(const QJsonArray &objects)
{
    d = std::make_shared<State>();
    d->array = objects;
    return *this;
}

void FileEntries::detach()
{
    if (d.use_count() == 1)
        return;
    auto copy = std::make_shared<State>();
    {
        std::lock_guard lock(d->mutex);
        copy->array = d->array;
        copy->texts = d->texts;
    }
    d = std::move(copy);
}

void FileEntries::append(const QJsonValue &entry)
{
    array(); // the texts before it become objects first: the order is kept
    detach();
    d->array.append(entry);
}

void FileEntries::appendText(const QByteArray &text)
{
    detach();
    d->texts.append(text);
}

qsizetype FileEntries::size() const
{
    std::lock_guard lock(d->mutex);
    return d->array.size() + d->texts.size();
}

qsizetype FileEntries::unparsedTexts() const
{
    std::lock_guard lock(d->mutex);
    return d->texts.size();
}

const QJsonArray &FileEntries::array() const
{
    std::lock_guard lock(d->mutex);
    if (d->texts.isEmpty())
        return d->array;
    const QList<QByteArray> &texts = d->texts;
    QList<QJsonObject> parsed(texts.size());
    std::atomic<qsizetype> next{0};
    constexpr qsizetype kBatch = 64;
    const int threads = texts.size() >= 4 * kBatch ? defaultWorkerCount() : 1;
    runWorkers(threads, [&] {
        for (qsizetype from; (from = next.fetch_add(kBatch)) < texts.size();)
            for (qsizetype i = from; i < std::min(texts.size(), from + kBatch); ++i)
                parsed[i] = QJsonDocument::fromJson(texts.at(i)).object();
    });
    for (const QJsonObject &o : std::as_const(parsed))
        d->array.append(o);
    d->texts.clear();
    return d->array;
}

QByteArray FileEntries::listElements(qsizetype from, qsizetype to) const
{
    QList<QByteArray> texts;
    {
        std::lock_guard lock(d->mutex);
        if (!d->array.isEmpty() || to > d->texts.size())
            return {};
        texts = d->texts.mid(from, to - from);
    }
    QByteArray out;
    qsizetype total = 0;
    for (const QByteArray &t : std::as_const(texts))
        total += t.size() * 2 + 64;
    out.reserve(total);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out.append(",\n");
        if (!appendListElement(texts.at(i), &out))
            return {};
    }
    return out;
}

QByteArray filesListElement(QByteArrayView compactText)
{
    QByteArray out;
    out.reserve(compactText.size() * 2 + 64);
    if (!appendListElement(compactText, &out))
        return {};
    return out;
}

// ---- ScanResult -----------------------------------------------------------------------------------------------

void ScanResult::addFile(const QString &path, const QString &role)
{
    for (const FileRef &f : filesToVerify)
        if (f.path.compare(path, Qt::CaseInsensitive) == 0)
            return;
    filesToVerify.append({path, role});
}

Severity ScanResult::worstSeverity() const
{
    Severity worst = Severity::Info;
    for (const Finding &f : findings)
        worst = std::max(worst, f.severity);
    return worst;
}

bool ScanResult::needsAttention() const
{
    return !findings.isEmpty() && worstSeverity() >= Severity::Warning;
}

QList<Finding> ScanResult::findingsOf(const QString &checkId) const
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.check == checkId)
            out.append(f);
    return out;
}

static const QStringList kKnownKeys = {
    QStringLiteral("schema"), QStringLiteral("language"), QStringLiteral("tool"), QStringLiteral("target"), QStringLiteral("started"),
    QStringLiteral("duration_ms"), QStringLiteral("support_code"), QStringLiteral("checks"),
    QStringLiteral("findings"), QStringLiteral("winsock"), QStringLiteral("files"), QStringLiteral("appinit"),
    QStringLiteral("devices"), QStringLiteral("network"), QStringLiteral("dumps")};

QJsonObject ScanResult::toJson() const
{
    return toJsonObject(true);
}

QJsonObject ScanResult::toJsonObject(bool withFiles) const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("schema"), QString::fromLatin1(kScanSchema));
    o.insert(QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("winsock-doctor")},
                                                 {QStringLiteral("version"), QStringLiteral(WD_VERSION)}});
    QJsonObject win{{QStringLiteral("product"), target.windows.product},
                    {QStringLiteral("build"), target.windows.build},
                    {QStringLiteral("arch"), target.windows.arch}};
    if (!target.windows.version.isEmpty())
        win.insert(QStringLiteral("version"), target.windows.version);
    o.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("kind"), target.kind},
                                                   {QStringLiteral("path"), target.path},
                                                   {QStringLiteral("windows"), win}});
    o.insert(QStringLiteral("started"), started.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("duration_ms"), durationMs);
    o.insert(QStringLiteral("support_code"), supportCode);
    if (!language.isEmpty())
        o.insert(QStringLiteral("language"), language);
    QJsonArray checksJson;
    for (const CheckRun &c : checks) {
        QJsonObject cj{{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title.toString()},
                       {QStringLiteral("status"), c.status}, {QStringLiteral("duration_ms"), c.durationMs}};
        QJsonObject i18n;
        if (!c.title.isLiteral())
            i18n.insert(QStringLiteral("title"), c.title.toJson());
        if (!c.message.isEmpty()) {
            cj.insert(QStringLiteral("message"), c.message.toString());
            if (!c.message.isLiteral())
                i18n.insert(QStringLiteral("message"), c.message.toJson());
        }
        if (!i18n.isEmpty())
            cj.insert(QStringLiteral("i18n"), i18n);
        checksJson.append(cj);
    }
    o.insert(QStringLiteral("checks"), checksJson);
    QJsonArray fs;
    for (const Finding &f : findings)
        fs.append(f.toJson());
    o.insert(QStringLiteral("findings"), fs);
    o.insert(QStringLiteral("winsock"), winsock);
    o.insert(QStringLiteral("files"), withFiles ? QJsonValue(files.array()) : QJsonValue(QStringLiteral("list")));
    o.insert(QStringLiteral("appinit"), appinit);
    o.insert(QStringLiteral("devices"), devices);
    o.insert(QStringLiteral("network"), network);
    o.insert(QStringLiteral("dumps"), dumps);
    return o;
}

QByteArray ScanResult::toJsonBytes(int partsWanted) const
{
    const qsizetype kMinPerPart = 128;
    const int parts = int(std::min<qsizetype>(partsWanted > 0 ? partsWanted : defaultWorkerCount(), files.size() / kMinPerPart));
    if (parts < 2)
        return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    // Each part of the list is written by filesListElements(), at the depth and indentation its
    // elements have in the whole report. The whole report with a stand-in for the list: the object's only line "<4 spaces>"files": ..."
    // (a string cannot hold a raw line feed, and deeper lines are indented further). Written by
    // one worker while the others start on the list (task 0; the list in six times as many parts as
    // workers, so that they end together).
    const QJsonObject o = toJsonObject(false);
    QByteArray doc;
    const int listParts = int(std::min<qsizetype>(qsizetype(parts) * 6, files.size() / kMinPerPart));
    QList<QByteArray> written(listParts);
    std::atomic<int> next{0};
    runWorkers(parts, [&] {
        for (int task; (task = next.fetch_add(1)) <= listParts;) {
            if (task == 0) {
                doc = QJsonDocument(o).toJson(QJsonDocument::Indented);
                continue;
            }
            const int i = task - 1;
            const qsizetype from = files.size() * i / listParts, to = files.size() * (i + 1) / listParts;
            // From the entries' texts while they are texts (no objects made and written again).
            written[i] = files.listElements(from, to);
            if (written[i].isEmpty()) {
                QJsonArray part;
                for (qsizetype k = from; k < to; ++k)
                    part.append(files.at(k));
                written[i] = filesListElements(part);
            }
        }
    });
    static const QByteArray kStandIn = QByteArrayLiteral("\n    \"files\": \"list\"");
    const qsizetype at = doc.indexOf(kStandIn);
    qsizetype total = doc.size();
    for (const QByteArray &w : std::as_const(written)) {
        if (w.isEmpty())
            return QJsonDocument(toJson()).toJson(QJsonDocument::Indented); // not the layout expected: the plain way
        total += w.size() + 2;
    }
    if (at < 0)
        return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(total + 16);
    out.append(doc.constData(), at);
    out.append("\n    \"files\": [\n");
    for (int i = 0; i < listParts; ++i) {
        if (i > 0)
            out.append(",\n");
        out.append(written[i]);
    }
    out.append("\n    ]");
    out.append(doc.constData() + at + kStandIn.size(), doc.size() - at - kStandIn.size());
    return out;
}

QByteArray filesListElements(const QJsonArray &elements)
{
    static const QByteArray kOpen = QByteArrayLiteral("{\n    \"files\": [\n");
    static const QByteArray kClose = QByteArrayLiteral("\n    ]\n}\n");
    QByteArray whole = QJsonDocument(QJsonObject{{QStringLiteral("files"), elements}}).toJson(QJsonDocument::Indented);
    if (elements.isEmpty() || !whole.startsWith(kOpen) || !whole.endsWith(kClose))
        return {};
    whole.chop(kClose.size());
    whole.remove(0, kOpen.size()); // in place
    return whole;
}

Expected<ScanResult> ScanResult::fromJson(const QJsonObject &o)
{
    const QString schema = o.value(QStringLiteral("schema")).toString();
    if (schema != QLatin1String(kScanSchema) && schema != QLatin1String(kScanSchemaV1))
        return Error(ErrorKind::Corrupt,
                     translate("wd::ScanResult", "This file is not a Winsock Doctor scan report (schema \"%1\" expected).")
                         .arg(QString::fromLatin1(kScanSchema)));
    ScanResult r;
    r.schemaVersion = schema == QLatin1String(kScanSchemaV1) ? 1 : 2;
    r.language = o.value(QStringLiteral("language")).toString();
    const QJsonObject t = o.value(QStringLiteral("target")).toObject();
    r.target.kind = t.value(QStringLiteral("kind")).toString();
    r.target.path = t.value(QStringLiteral("path")).toString();
    const QJsonObject w = t.value(QStringLiteral("windows")).toObject();
    r.target.windows = {w.value(QStringLiteral("product")).toString(), w.value(QStringLiteral("build")).toString(),
                        w.value(QStringLiteral("arch")).toString(), w.value(QStringLiteral("version")).toString()};
    r.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODate);
    r.durationMs = o.value(QStringLiteral("duration_ms")).toInteger();
    r.supportCode = o.value(QStringLiteral("support_code")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonObject i18n = c.value(QStringLiteral("i18n")).toObject();
        auto text = [&](const QString &key) {
            return i18n.contains(key) ? Text::fromJson(i18n.value(key)) : Text(c.value(key).toString());
        };
        r.checks.append({c.value(QStringLiteral("id")).toString(), text(QStringLiteral("title")),
                         c.value(QStringLiteral("status")).toString(), text(QStringLiteral("message")),
                         c.value(QStringLiteral("duration_ms")).toInteger()});
    }
    const QJsonValue fv = o.value(QStringLiteral("findings"));
    if (!fv.isArray())
        return Error(ErrorKind::Corrupt, translate("wd::ScanResult", "The report has no list of findings."));
    for (const QJsonValue &v : fv.toArray()) {
        if (!v.isObject())
            return Error(ErrorKind::Corrupt, translate("wd::ScanResult", "The report contains a malformed finding."));
        r.findings.append(Finding::fromJson(v.toObject()));
    }
    r.winsock = o.value(QStringLiteral("winsock")).toObject();
    r.files = o.value(QStringLiteral("files")).toArray();
    r.appinit = o.value(QStringLiteral("appinit")).toObject();
    r.devices = o.value(QStringLiteral("devices")).toArray();
    r.network = o.value(QStringLiteral("network")).toObject();
    r.dumps = o.value(QStringLiteral("dumps")).toArray();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!kKnownKeys.contains(it.key()))
            r.extra.insert(it.key(), it.value());
    return r;
}

} // namespace wd
