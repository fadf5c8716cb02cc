#include "checks/pending_renames.h"
#include "formats/byte_reader.h"

namespace wd::pending {

namespace {

// Reads UTF-16LE code units from R up to and including the next null. *TERMINATED: a null was found.
QString readString(ByteReader &r, bool *terminated)
{
    QString s;
    *terminated = false;
    while (r.remaining() >= 2) {
        const quint16 u = r.u16();
        if (u == 0) {
            *terminated = true;
            return s;
        }
        s.append(QChar(u));
    }
    return s;
}

QString stripPrefixes(QString s)
{
    if (s.startsWith(QLatin1Char('!')))
        s.remove(0, 1);
    for (const QString &p : {QStringLiteral("\\??\\"), QStringLiteral("\\\\?\\"), QStringLiteral("\\DosDevices\\")})
        if (s.startsWith(p, Qt::CaseInsensitive))
            return s.mid(p.size());
    return s;
}

} // namespace

QString RenameOp::sourcePath() const { return stripPrefixes(source); }
QString RenameOp::destPath() const { return dest.isEmpty() ? QString() : stripPrefixes(dest); }

RenameList decode(const QByteArray &data)
{
    RenameList out;
    if (data.size() % 2)
        out.malformed = true; // the odd last byte is ignored
    ByteReader r(data.constData(), data.size() - data.size() % 2);
    while (r.remaining() >= 2) {
        RenameOp op;
        op.begin = r.pos();
        bool term = false;
        op.source = readString(r, &term);
        if (op.source.isEmpty()) // the list's final null (a source is never empty)
            break;
        if (!term || r.remaining() < 2) {
            out.malformed = true; // a source without its null or without a destination
            op.end = r.pos();
            out.ops.append(op);
            break;
        }
        op.dest = readString(r, &term);
        if (!term)
            out.malformed = true;
        op.end = r.pos();
        out.ops.append(op);
    }
    return out;
}

QByteArray encode(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray out;
    auto put = [&out](const QString &s) {
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            out.append(char(u & 0xff));
            out.append(char(u >> 8));
        }
        out.append('\0');
        out.append('\0');
    };
    for (const auto &p : pairs) {
        put(p.first);
        put(p.second);
    }
    out.append('\0');
    out.append('\0');
    return out;
}

QString ntName(const QString &path)
{
    return QStringLiteral("\\??\\") + path;
}

QString win32Path(const QString &stored)
{
    return stripPrefixes(stored);
}

QByteArray removePairs(const QByteArray &data, const std::function<bool(const RenameOp &)> &match, int *removed, bool *nowEmpty)
{
    const RenameList list = decode(data);
    QByteArray out;
    qsizetype pos = 0;
    int n = 0;
    for (const RenameOp &op : list.ops) {
        if (!match(op))
            continue;
        out.append(data.mid(pos, op.begin - pos));
        pos = op.end;
        ++n;
    }
    out.append(data.mid(pos));
    if (removed)
        *removed = n;
    if (nowEmpty)
        *nowEmpty = list.ops.size() == n;
    return n ? out : data;
}

QString stagedPathFor(const QString &target)
{
    return target + QStringLiteral(".wd-new");
}

bool isOurReplace(const RenameOp &op, const QString &target)
{
    return op.sourcePath().compare(stagedPathFor(target), Qt::CaseInsensitive) == 0
        && op.destPath().compare(target, Qt::CaseInsensitive) == 0;
}

} // namespace wd::pending
