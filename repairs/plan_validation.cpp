#include "repairs/plan_validation.h"
#include "repairs/engine.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cctype>
#include <cstring>
#include <tuple>

namespace wd::handoff {
namespace {

Error refused(const QString &why, const QString &path = {})
{
    return Error(ErrorKind::Corrupt,
                 translate("wd::Handoff", "The repair request for the elevated copy was refused, nothing was changed: %1").arg(why), path);
}

// A strict JSON scanner: one value, nesting at most kMaxDepth, and no object with the same key
// twice (Qt's parser keeps one of them silently; the requester and the elevated copy could then
// read different plans). Returns an empty string when the text is fine, else the reason.
class StrictJson {
public:
    explicit StrictJson(const QByteArray &b) : m_p(b.constData()), m_end(b.constData() + b.size()) {}
    QString check()
    {
        ws();
        if (!value(0))
            return m_why.isEmpty() ? translate("wd::Handoff", "the file is not valid JSON (near byte %1).").arg(pos()).toString() : m_why;
        ws();
        if (m_p != m_end)
            return translate("wd::Handoff", "there is more after the JSON object (byte %1).").arg(pos());
        return {};
    }

private:
    static constexpr int kMaxDepth = 32;
    const char *m_p, *m_end;
    const char *m_begin = m_p;
    QString m_why;

    qint64 pos() const { return m_p - m_begin; }
    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool lit(const char *s)
    {
        const size_t n = strlen(s);
        if (size_t(m_end - m_p) < n || memcmp(m_p, s, n) != 0)
            return false;
        m_p += n;
        return true;
    }
    bool string(QString *out)
    {
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char *start = m_p++;
        while (m_p < m_end && *m_p != '"') {
            if (uchar(*m_p) < 0x20)
                return false;
            if (*m_p == '\\')
                ++m_p;
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        ++m_p;
        // Decoded by Qt, so "a" and "\u0061" are the same key.
        const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + QByteArray(start, m_p - start) + QByteArray("]"));
        if (!d.isArray() || !d.array().at(0).isString())
            return false;
        if (out)
            *out = d.array().at(0).toString();
        return true;
    }
    bool number()
    {
        const char *s = m_p;
        while (m_p < m_end && (std::isdigit(uchar(*m_p)) || *m_p == '-' || *m_p == '+' || *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        return m_p > s;
    }
    bool value(int depth)
    {
        if (depth > kMaxDepth) {
            m_why = translate("wd::Handoff", "the JSON is nested too deeply.");
            return false;
        }
        if (m_p >= m_end)
            return false;
        if (*m_p == '{') {
            ++m_p;
            QSet<QString> keys;
            ws();
            if (m_p < m_end && *m_p == '}')
                return ++m_p, true;
            for (;;) {
                ws();
                QString key;
                if (!string(&key))
                    return false;
                if (keys.contains(key)) {
                    m_why = translate("wd::Handoff", "the key \"%1\" appears twice in one object.").arg(key);
                    return false;
                }
                keys.insert(key);
                ws();
                if (m_p >= m_end || *m_p++ != ':')
                    return false;
                ws();
                if (!value(depth + 1))
                    return false;
                ws();
                if (m_p < m_end && *m_p == ',') { ++m_p; continue; }
                if (m_p < m_end && *m_p == '}') { ++m_p; return true; }
                return false;
            }
        }
        if (*m_p == '[') {
            ++m_p;
            ws();
            if (m_p < m_end && *m_p == ']')
                return ++m_p, true;
            for (;;) {
                ws();
                if (!value(depth + 1))
                    return false;
                ws();
                if (m_p < m_end && *m_p == ',') { ++m_p; continue; }
                if (m_p < m_end && *m_p == ']') { ++m_p; return true; }
                return false;
            }
        }
        if (*m_p == '"')
            return string(nullptr);
        if (lit("true") || lit("false") || lit("null"))
            return true;
        return number();
    }
};

constexpr int kMaxActions = 32;
constexpr int kMaxListItems = 64;
constexpr int kMaxFindings = 5000;
constexpr int kMaxNameChars = 512;
constexpr qint64 kMaxRestoreFileBytes = 64ll * 1024 * 1024;

bool hasDotDot(const QString &path)
{
    for (const QString &part : QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/')))
        if (part == QLatin1String(".."))
            return true;
    return false;
}

// services (driver.rollback), drivers (verifier.enable), devices (PnP instance ids).
bool plainName(const QString &s, bool device)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.\\- ]+$"));
    static const QRegularExpression dev(QStringLiteral("^[A-Za-z0-9_.&#{}\\\\\\- ]+$"));
    return !s.isEmpty() && s.size() <= kMaxNameChars && (device ? dev : name).match(s).hasMatch() && !hasDotDot(s);
}

Expected<QStringList> stringList(const QJsonObject &o, const char *key, int max, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    QStringList out;
    if (v.isUndefined() && !required)
        return out;
    if (!v.isArray())
        return refused(translate("wd::Handoff", "\"%1\" must be a list of text.").arg(QLatin1String(key)));
    const QJsonArray a = v.toArray();
    if (a.size() > max)
        return refused(translate("wd::Handoff", "\"%1\" holds %2 items; at most %3 are accepted.").arg(QLatin1String(key)).arg(a.size()).arg(max));
    for (const QJsonValue &x : a) {
        if (!x.isString())
            return refused(translate("wd::Handoff", "\"%1\" must be a list of text.").arg(QLatin1String(key)));
        out.append(x.toString());
    }
    return out;
}

} // namespace

Expected<RepairRequest> parseRequest(const QByteArray &bytes, const QString &planDir)
{
    if (bytes.size() > kMaxRequestBytes)
        return refused(translate("wd::Handoff", "the file is larger than %1 MiB.").arg(kMaxRequestBytes / (1024 * 1024)));
    if (const QString why = StrictJson(bytes).check(); !why.isEmpty())
        return refused(why);
    QJsonParseError pe{};
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !d.isObject())
        return refused(translate("wd::Handoff", "the file is not a JSON object."));
    const QJsonObject o = d.object();
    static const QStringList known{QStringLiteral("schema"), QStringLiteral("target"), QStringLiteral("actions"),
                                   QStringLiteral("findings"), QStringLiteral("file"), QStringLiteral("services"),
                                   QStringLiteral("devices"), QStringLiteral("drivers"), QStringLiteral("preview_sha256")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return refused(translate("wd::Handoff", "unknown key \"%1\".").arg(it.key().left(80)));
    if (!o.value(QStringLiteral("schema")).isString() || o.value(QStringLiteral("schema")).toString() != QLatin1String(kRequestSchema))
        return refused(translate("wd::Handoff", "the schema is not \"%1\".").arg(QLatin1String(kRequestSchema)));
    for (const char *key : {"target", "preview_sha256"})
        if (!o.value(QLatin1String(key)).isString())
            return refused(translate("wd::Handoff", "\"%1\" must be text.").arg(QLatin1String(key)));
    if (o.contains(QStringLiteral("file")) && !o.value(QStringLiteral("file")).isString())
        return refused(translate("wd::Handoff", "\"%1\" must be text.").arg(QStringLiteral("file")));

    RepairRequest r;
    // Target: the running Windows, or an offline volume named by an absolute path.
    r.target = o.value(QStringLiteral("target")).toString();
    if (r.target != QLatin1String("live")) {
        const QString dir = r.target.startsWith(QLatin1String("offline:")) ? r.target.mid(8) : QString();
        if (dir.isEmpty() || !QDir::isAbsolutePath(dir) || hasDotDot(dir) || dir.size() > 1024)
            return refused(translate("wd::Handoff", "the target \"%1\" is neither the running Windows (live) nor an offline volume given by an absolute path.")
                               .arg(r.target.left(200)));
    }
    // Actions: known ids, each once.
    Expected<QStringList> actions = stringList(o, "actions", kMaxActions, true);
    if (!actions)
        return actions.error();
    if (actions->isEmpty())
        return refused(translate("wd::Handoff", "no repair actions."));
    const QStringList ids = repairActionIds();
    for (const QString &a : *actions) {
        if (!ids.contains(a))
            return refused(translate("wd::Handoff", "unknown repair action \"%1\".").arg(a.left(80)));
        if (r.actions.contains(a))
            return refused(translate("wd::Handoff", "the repair action \"%1\" is listed twice.").arg(a));
        r.actions.append(a);
    }
    // Plain names only.
    for (auto [key, list, device] : {std::tuple{"services", &r.services, false}, std::tuple{"drivers", &r.drivers, false},
                                     std::tuple{"devices", &r.devices, true}}) {
        Expected<QStringList> l = stringList(o, key, kMaxListItems, false);
        if (!l)
            return l.error();
        for (const QString &s : *l)
            if (!plainName(s, device))
                return refused(translate("wd::Handoff", "\"%1\" holds \"%2\", which is not a plain name.").arg(QLatin1String(key), s.left(80)));
        *list = *l;
    }
    // The confirmed preview is always checked.
    r.previewSha256 = o.value(QStringLiteral("preview_sha256")).toString();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex64.match(r.previewSha256).hasMatch())
        return refused(translate("wd::Handoff", "the SHA-256 of the confirmed preview is missing or malformed."));
    // Findings: the evidence the plan was built from; objects, bounded.
    const QJsonValue f = o.value(QStringLiteral("findings"));
    if (!f.isUndefined() && !f.isArray())
        return refused(translate("wd::Handoff", "the findings are not a list."));
    if (f.toArray().size() > kMaxFindings)
        return refused(translate("wd::Handoff", "more than %1 findings.").arg(kMaxFindings));
    for (const QJsonValue &x : f.toArray()) {
        if (!x.isObject() || !x.toObject().value(QStringLiteral("id")).isString())
            return refused(translate("wd::Handoff", "a finding is not an object with an id."));
        r.findings.append(Finding::fromJson(x.toObject()));
    }
    // A restore file: a regular file (no link) of bounded size inside the plan's own folder.
    r.regFile = o.value(QStringLiteral("file")).toString();
    if (!r.regFile.isEmpty()) {
        const QFileInfo fi(r.regFile);
        const QString root = QDir::cleanPath(QFileInfo(planDir).absoluteFilePath()) + QLatin1Char('/');
        if (!QDir::isAbsolutePath(r.regFile) || hasDotDot(r.regFile) || !QDir::cleanPath(fi.absoluteFilePath()).startsWith(root))
            return refused(translate("wd::Handoff", "the restore file %1 is not inside the request's folder %2.").arg(r.regFile.left(300), planDir));
        if (fi.isSymLink() || fi.isJunction() || !fi.isFile() || fi.size() > kMaxRestoreFileBytes)
            return refused(translate("wd::Handoff", "the restore file %1 is not a regular file of at most %2 MiB.")
                               .arg(r.regFile.left(300)).arg(kMaxRestoreFileBytes / (1024 * 1024)));
    }
    return r;
}

Expected<RepairRequest> loadRequest(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isSymLink() || fi.isJunction())
        return refused(translate("wd::Handoff", "%1 is a link; only a regular file is accepted.").arg(path), path);
    if (!fi.exists())
        return Error(ErrorKind::NotFound, translate("wd::Handoff", "Cannot read %1: the file does not exist.").arg(path), path);
    if (!fi.isFile())
        return refused(translate("wd::Handoff", "%1 is not a regular file.").arg(path), path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::NotFound, translate("wd::Handoff", "Cannot read %1: %2").arg(path, f.errorString()), path);
    // Read at most one byte more than the limit: the size on disk may change while it is read.
    const QByteArray bytes = f.read(kMaxRequestBytes + 1);
    if (bytes.size() > kMaxRequestBytes)
        return refused(translate("wd::Handoff", "the file is larger than %1 MiB.").arg(kMaxRequestBytes / (1024 * 1024)), path);
    Expected<RepairRequest> r = parseRequest(bytes, fi.absolutePath());
    if (!r)
        return Error(r.error().kind, r.error().message, path);
    return r;
}

} // namespace wd::handoff
