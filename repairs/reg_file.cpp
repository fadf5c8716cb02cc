#include "repairs/reg_file.h"
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace wd {

static const char16_t kV5Header[] = u"Windows Registry Editor Version 5.00";

QString toRegFilePath(const QString &key)
{
    if (key.startsWith(QLatin1String("HKLM\\"), Qt::CaseInsensitive))
        return QStringLiteral("HKEY_LOCAL_MACHINE") + key.mid(4);
    if (key.compare(QLatin1String("HKLM"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("HKEY_LOCAL_MACHINE");
    return key;
}

QString fromRegFilePath(const QString &path)
{
    if (path.startsWith(QLatin1String("HKEY_LOCAL_MACHINE\\"), Qt::CaseInsensitive))
        return QStringLiteral("HKLM") + path.mid(18);
    if (path.compare(QLatin1String("HKEY_LOCAL_MACHINE"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("HKLM");
    return path;
}

// ---------------------------------------------------------------- parser

namespace {

struct Parser {
    QString source;
    RegFileLimits limits;
    RegFile out;

    Error err(int line, const QString &msg) const
    {
        return Error(ErrorKind::Corrupt, translate("wd::RegFile", "%1, line %2: %3").arg(source).arg(line).arg(msg), source);
    }

    // Parses a quoted string starting at s[pos] == '"'; returns the text and moves POS past the quote.
    Expected<QString> quoted(const QString &s, qsizetype &pos, int line) const
    {
        QString v;
        ++pos;
        while (pos < s.size()) {
            const QChar c = s.at(pos);
            if (c == QLatin1Char('\\')) {
                if (pos + 1 >= s.size())
                    break;
                const QChar n = s.at(pos + 1);
                if (n == QLatin1Char('\\') || n == QLatin1Char('"'))
                    v += n;
                else if (n == QLatin1Char('n'))
                    v += QLatin1Char('\n');
                else if (n == QLatin1Char('0'))
                    v += QChar(0);
                else
                    return err(line, translate("wd::RegFile", "unknown escape sequence \"\\%1\" in a string.").arg(n));
                pos += 2;
                continue;
            }
            if (c == QLatin1Char('"')) {
                ++pos;
                return v;
            }
            v += c;
            ++pos;
        }
        return err(line, translate("wd::RegFile", "a string is missing its closing quote."));
    }

    Expected<QByteArray> hexBytes(const QString &s, int line) const
    {
        QByteArray b;
        const QStringList parts = s.split(QLatin1Char(','));
        if (s.trimmed().isEmpty())
            return b;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString p = parts[i].trimmed();
            if (p.isEmpty() && i == parts.size() - 1)
                break; // trailing comma
            bool ok = false;
            const uint v = p.toUInt(&ok, 16);
            if (!ok || p.size() > 2 || v > 0xff)
                return err(line, translate("wd::RegFile", "\"%1\" is not a hexadecimal byte.").arg(p.left(20)));
            b.append(char(v));
            if (b.size() > limits.maxValueBytes)
                return err(line, translate("wd::RegFile", "the value data is larger than %1 bytes.").arg(limits.maxValueBytes));
        }
        return b;
    }

    Expected<void> valueLine(const QString &s, int line)
    {
        if (out.keys.isEmpty())
            return err(line, translate("wd::RegFile", "a value appears before the first [key] line."));
        RegFileValue fv;
        fv.line = line;
        qsizetype pos = 0;
        if (s.startsWith(QLatin1Char('@'))) {
            pos = 1;
        } else {
            Expected<QString> name = quoted(s, pos, line);
            if (!name)
                return name.error();
            fv.value.name = *name;
        }
        while (pos < s.size() && s.at(pos).isSpace())
            ++pos;
        if (pos >= s.size() || s.at(pos) != QLatin1Char('='))
            return err(line, translate("wd::RegFile", "expected \"=\" after the value name."));
        ++pos;
        while (pos < s.size() && s.at(pos).isSpace())
            ++pos;
        const QString data = s.mid(pos).trimmed();
        if (data == QLatin1String("-")) {
            fv.remove = true;
        } else if (data.startsWith(QLatin1Char('"'))) {
            qsizetype p = 0;
            Expected<QString> str = quoted(data, p, line);
            if (!str)
                return str.error();
            if (!data.mid(p).trimmed().isEmpty())
                return err(line, translate("wd::RegFile", "unexpected text after the closing quote."));
            fv.value = RegValue::sz(fv.value.name, *str);
        } else if (data.startsWith(QLatin1String("dword:"), Qt::CaseInsensitive)) {
            const QString h = data.mid(6).trimmed();
            bool ok = false;
            const uint v = h.toUInt(&ok, 16);
            if (!ok || h.isEmpty() || h.size() > 8)
                return err(line, translate("wd::RegFile", "\"%1\" is not a valid dword (up to 8 hexadecimal digits).").arg(h.left(20)));
            fv.value = RegValue::dword(fv.value.name, v);
        } else if (data.startsWith(QLatin1String("hex"), Qt::CaseInsensitive)) {
            quint32 type = RegBinary;
            qsizetype colon = data.indexOf(QLatin1Char(':'));
            if (colon < 0)
                return err(line, translate("wd::RegFile", "expected \":\" after \"hex\"."));
            const QString head = data.left(colon);
            if (head.size() > 3) {
                if (!(head.at(3) == QLatin1Char('(') && head.endsWith(QLatin1Char(')'))))
                    return err(line, translate("wd::RegFile", "malformed value type \"%1\".").arg(head.left(20)));
                bool ok = false;
                type = head.mid(4, head.size() - 5).toUInt(&ok, 16);
                if (!ok)
                    return err(line, translate("wd::RegFile", "malformed value type \"%1\".").arg(head.left(20)));
            }
            Expected<QByteArray> bytes = hexBytes(data.mid(colon + 1), line);
            if (!bytes)
                return bytes.error();
            QByteArray b = *bytes;
            if (!out.unicode && (type == RegSz || type == RegExpandSz || type == RegMultiSz)) {
                // REGEDIT4 stores string data in the ANSI code page, one byte per character.
                const QString s8 = QString::fromLatin1(b);
                b = QByteArray(reinterpret_cast<const char *>(s8.utf16()), s8.size() * 2);
            }
            fv.value.type = type;
            fv.value.data = b;
        } else {
            return err(line, translate("wd::RegFile", "unrecognised value data \"%1\".").arg(data.left(30)));
        }
        out.keys.last().values.append(fv);
        return {};
    }

    Expected<void> parse(const QString &text)
    {
        // Logical lines: a line ending in a backslash continues on the next one (hex data).
        const QStringList raw = text.split(QLatin1Char('\n'));
        bool headerSeen = false;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const int lineNo = int(i + 1);
            QString line = raw[i];
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            QString t = line.trimmed();
            if (!headerSeen) {
                if (t.isEmpty())
                    continue;
                if (t == QStringView(kV5Header)) {
                    out.unicode = true;
                } else if (t == QLatin1String("REGEDIT4")) {
                    out.unicode = false;
                } else {
                    return err(lineNo, translate("wd::RegFile", "this is not a registry file: it must start with \"Windows Registry "
                                                                "Editor Version 5.00\" or \"REGEDIT4\"."));
                }
                headerSeen = true;
                continue;
            }
            if (t.isEmpty() || t.startsWith(QLatin1Char(';')))
                continue;
            if (t.startsWith(QLatin1Char('['))) {
                if (!t.endsWith(QLatin1Char(']')))
                    return err(lineNo, translate("wd::RegFile", "a key line must end with \"]\"."));
                RegFileKey k;
                k.line = lineNo;
                QString p = t.mid(1, t.size() - 2);
                if (p.startsWith(QLatin1Char('-'))) {
                    k.remove = true;
                    p = p.mid(1);
                }
                static const char *const roots[] = {"HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER", "HKEY_CLASSES_ROOT", "HKEY_USERS",
                                                    "HKEY_CURRENT_CONFIG"};
                const QString root = p.section(QLatin1Char('\\'), 0, 0);
                bool known = false;
                for (const char *r : roots)
                    known = known || root.compare(QLatin1String(r), Qt::CaseInsensitive) == 0;
                if (!known)
                    return err(lineNo, translate("wd::RegFile", "\"%1\" does not start with a registry root such as HKEY_LOCAL_MACHINE.")
                                           .arg(p.left(80)));
                if (p.contains(QLatin1String("\\\\")) || p.endsWith(QLatin1Char('\\')))
                    return err(lineNo, translate("wd::RegFile", "the key path \"%1\" has an empty part.").arg(p.left(80)));
                k.path = p;
                if (out.keys.size() >= limits.maxKeys)
                    return err(lineNo, translate("wd::RegFile", "the file has more than %1 keys.").arg(limits.maxKeys));
                out.keys.append(k);
                continue;
            }
            // Join continuation lines.
            while (t.endsWith(QLatin1Char('\\')) && i + 1 < raw.size()) {
                t.chop(1);
                QString next = raw[++i];
                if (next.endsWith(QLatin1Char('\r')))
                    next.chop(1);
                t += next.trimmed();
                if (t.size() > limits.maxValueBytes * 4)
                    return err(lineNo, translate("wd::RegFile", "the value data is larger than %1 bytes.").arg(limits.maxValueBytes));
            }
            Expected<void> r = valueLine(t, lineNo);
            if (!r)
                return r;
        }
        if (!headerSeen)
            return err(1, translate("wd::RegFile", "the file is empty."));
        return {};
    }
};

} // namespace

Expected<RegFile> parseRegFile(const QByteArray &bytes, const QString &sourceName, const RegFileLimits &limits)
{
    Parser p;
    p.source = sourceName.isEmpty() ? translate("wd::RegFile", "registry file").toString() : sourceName;
    p.limits = limits;
    if (bytes.size() > limits.maxFileBytes)
        return Error(ErrorKind::Corrupt, translate("wd::RegFile", "%1 is larger than %2 MiB and is not accepted as a registry file.")
                                             .arg(p.source).arg(limits.maxFileBytes / (1024 * 1024)), sourceName);
    QString text;
    if (bytes.startsWith("\xff\xfe")) {
        if ((bytes.size() % 2) != 0)
            return p.err(1, translate("wd::RegFile", "the UTF-16 text has an odd number of bytes (truncated file)."));
        QStringDecoder dec(QStringDecoder::Utf16LE);
        text = dec.decode(bytes.mid(2));
        if (dec.hasError())
            return p.err(1, translate("wd::RegFile", "the UTF-16 text is not valid."));
    } else if (bytes.startsWith("\xfe\xff")) {
        return p.err(1, translate("wd::RegFile", "big-endian UTF-16 is not a regedit format."));
    } else if (bytes.size() >= 2 && bytes.at(1) == '\0') {
        // UTF-16LE without a byte order mark.
        if ((bytes.size() % 2) != 0)
            return p.err(1, translate("wd::RegFile", "the UTF-16 text has an odd number of bytes (truncated file)."));
        QStringDecoder dec(QStringDecoder::Utf16LE);
        text = dec.decode(bytes);
        if (dec.hasError())
            return p.err(1, translate("wd::RegFile", "the UTF-16 text is not valid."));
    } else {
        QByteArray b = bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes;
        if (b.contains('\0'))
            return p.err(1, translate("wd::RegFile", "the file contains NUL bytes but is not UTF-16 (binary data?)."));
        QStringDecoder dec(QStringDecoder::Utf8);
        text = dec.decode(b);
        if (dec.hasError())
            text = QString::fromLatin1(b); // ANSI code page
    }
    Expected<void> r = p.parse(text);
    if (!r)
        return r.error();
    return std::move(p.out);
}

Expected<RegFile> readRegFile(const QString &path, const RegFileLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::NotFound, translate("wd::RegFile", "Cannot open %1: %2").arg(path, f.errorString()), path);
    if (f.size() > limits.maxFileBytes)
        return Error(ErrorKind::Corrupt, translate("wd::RegFile", "%1 is larger than %2 MiB and is not accepted as a registry file.")
                                             .arg(path).arg(limits.maxFileBytes / (1024 * 1024)), path);
    return parseRegFile(f.readAll(), QFileInfo(path).fileName(), limits);
}

// ---------------------------------------------------------------- writer

// The inverse of the parser's quoted(): \\ \" \n \0 (a raw line break would end the line: a value
// name with one was written unreadable).
static QString escaped(const QString &s)
{
    QString o;
    o.reserve(s.size() + 2);
    for (QChar c : s) {
        if (c == QLatin1Char('\n')) {
            o += QStringLiteral("\\n");
            continue;
        }
        if (c == QChar(0)) {
            o += QStringLiteral("\\0");
            continue;
        }
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            o += QLatin1Char('\\');
        o += c;
    }
    return o;
}

// REG_SZ data that regedit writes as "text": UTF-16LE, exactly one terminating NUL, none inside. A
// line break inside would end the line of a .reg file, so such text is written as hex(1), which reads
// back byte for byte.
static bool plainString(const RegValue &v, QString *out)
{
    if (v.type != RegSz || v.data.size() < 2 || (v.data.size() % 2) != 0)
        return false;
    const qsizetype n = v.data.size() / 2;
    QString s(n - 1, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = char16_t(quint8(v.data.at(2 * i)) | (quint8(v.data.at(2 * i + 1)) << 8));
        if ((c == 0) != (i == n - 1) || c == u'\r' || c == u'\n')
            return false;
        if (i < n - 1)
            s[i] = QChar(c);
    }
    *out = s;
    return true;
}

static void writeValue(QString &o, const RegValue &v)
{
    QString line = v.name.isEmpty() ? QStringLiteral("@=") : QLatin1Char('"') + escaped(v.name) + QStringLiteral("\"=");
    QString s;
    if (plainString(v, &s)) {
        o += line + QLatin1Char('"') + escaped(s) + QStringLiteral("\"\r\n");
        return;
    }
    if (v.type == RegDword && v.data.size() == 4) {
        o += line + QStringLiteral("dword:%1\r\n").arg(*v.toDword(), 8, 16, QLatin1Char('0'));
        return;
    }
    line += v.type == RegBinary ? QStringLiteral("hex:") : QStringLiteral("hex(%1):").arg(v.type, 0, 16);
    // regedit wraps hex data: after each "xx," that reaches column 77 it writes "\", CRLF and two spaces.
    qsizetype col = line.size();
    for (qsizetype i = 0; i < v.data.size(); ++i) {
        line += QStringLiteral("%1").arg(quint8(v.data.at(i)), 2, 16, QLatin1Char('0'));
        if (i == v.data.size() - 1)
            break;
        line += QLatin1Char(',');
        col += 3;
        if (col >= 77) {
            line += QStringLiteral("\\\r\n  ");
            col = 2;
        }
    }
    o += line + QStringLiteral("\r\n");
}

QByteArray writeRegFile(const RegFile &file)
{
    QString o = QString::fromUtf16(kV5Header) + QStringLiteral("\r\n\r\n");
    for (const RegFileKey &k : file.keys) {
        o += (k.remove ? QStringLiteral("[-") : QStringLiteral("[")) + k.path + QStringLiteral("]\r\n");
        for (const RegFileValue &v : k.values) {
            if (v.remove)
                o += (v.value.name.isEmpty() ? QStringLiteral("@") : QLatin1Char('"') + escaped(v.value.name) + QLatin1Char('"'))
                     + QStringLiteral("=-\r\n");
            else
                writeValue(o, v.value);
        }
        o += QStringLiteral("\r\n");
    }
    QByteArray out("\xff\xfe", 2);
    out.append(reinterpret_cast<const char *>(o.utf16()), o.size() * 2);
    return out;
}

void appendTree(RegFile &file, const QString &key, const RegKeyTree &tree)
{
    RegFileKey k;
    k.path = toRegFilePath(key);
    for (const RegValue &v : tree.values) {
        RegFileValue fv;
        fv.value = v;
        k.values.append(fv);
    }
    file.keys.append(k);
    for (const RegKeyTree &c : tree.children)
        appendTree(file, key + QLatin1Char('\\') + c.name, c);
}

std::optional<RegKeyTree> treeFromRegFile(const RegFile &file, const QString &key)
{
    const QString base = toRegFilePath(key);
    std::optional<RegKeyTree> root;
    for (const RegFileKey &k : file.keys) {
        if (k.remove)
            continue;
        QString rest;
        if (k.path.compare(base, Qt::CaseInsensitive) == 0)
            rest = QString();
        else if (k.path.startsWith(base + QLatin1Char('\\'), Qt::CaseInsensitive))
            rest = k.path.mid(base.size() + 1);
        else
            continue;
        if (!root) {
            root = RegKeyTree();
            root->name = key.section(QLatin1Char('\\'), -1);
        }
        RegKeyTree *node = &*root;
        for (const QString &part : rest.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
            RegKeyTree *next = nullptr;
            for (RegKeyTree &c : node->children)
                if (c.name.compare(part, Qt::CaseInsensitive) == 0)
                    next = &c;
            if (!next) {
                RegKeyTree c;
                c.name = part;
                node->children.append(c);
                next = &node->children.last();
            }
            node = next;
        }
        for (const RegFileValue &v : k.values) {
            if (v.remove)
                continue;
            bool replaced = false;
            for (RegValue &x : node->values)
                if (x.name.compare(v.value.name, Qt::CaseInsensitive) == 0) {
                    x = v.value;
                    replaced = true;
                }
            if (!replaced)
                node->values.append(v.value);
        }
    }
    return root;
}

} // namespace wd
