#include "core/json_text.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>

namespace wd {

void JsonText::separate()
{
    if (m_afterKey)
        m_afterKey = false;
    else if (!m_first)
        m_text += ',';
    m_first = false;
}

JsonText &JsonText::open(char bracket)
{
    separate();
    m_text += bracket;
    m_first = true;
    return *this;
}

JsonText &JsonText::close(char bracket)
{
    m_text += bracket;
    m_first = false;
    return *this;
}

JsonText &JsonText::key(QLatin1String k)
{
    separate();
    m_text += '"';
    m_text.append(k.data(), k.size());
    m_text += "\":";
    m_afterKey = true;
    return *this;
}

JsonText &JsonText::string(QStringView s)
{
    separate();
    // Taken as it is: no character JSON escapes (below U+0020, '"', '\'), no surrogate (a pair is
    // fine, but an unpaired one is escaped by QJson's writer); the rest encodes to UTF-8 unchanged.
    bool plain = true;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || (u >= 0xD800 && u <= 0xDFFF)) {
            plain = false;
            break;
        }
    }
    if (plain) {
        m_text += '"';
        m_text += s.toUtf8();
        m_text += '"';
    } else {
        // QJson's own escaping: the string alone in an array, written compact ("[" + string + "]").
        const QByteArray one = QJsonDocument(QJsonArray{s.toString()}).toJson(QJsonDocument::Compact);
        m_text.append(one.constData() + 1, one.size() - 2);
    }
    return *this;
}

JsonText &JsonText::boolean(bool b)
{
    separate();
    m_text += b ? "true" : "false";
    return *this;
}

JsonText &JsonText::null()
{
    separate();
    m_text += "null";
    return *this;
}

QJsonObject JsonText::object() const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(m_text, &err);
    Q_ASSERT(err.error == QJsonParseError::NoError && doc.isObject());
    return doc.object();
}

} // namespace wd

namespace wd::jsontext {

namespace {

constexpr int kMaxDepth = 32;

// Length of the UTF-8 sequence that starts at P (its first byte >= 0x80), 0 when it is not a valid
// one (overlong forms, surrogates and code points above U+10FFFF included).
qsizetype utf8Sequence(const uchar *p, const uchar *end)
{
    const uchar b = p[0];
    qsizetype n;
    char32_t cp;
    if (b >= 0xC2 && b <= 0xDF) { n = 2; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) { n = 3; cp = b & 0x0F; }
    else if (b >= 0xF0 && b <= 0xF4) { n = 4; cp = b & 0x07; }
    else return 0;
    if (end - p < n)
        return 0;
    for (qsizetype i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// The end of the string that starts at POS (its '"'), just past its closing quote; -1 when it is not
// a well-formed string. ESCAPED: whether it holds a backslash.
qsizetype skipString(QByteArrayView t, qsizetype pos, bool *escaped = nullptr)
{
    const uchar *p = reinterpret_cast<const uchar *>(t.data());
    const qsizetype n = t.size();
    if (pos >= n || p[pos] != '"')
        return -1;
    bool esc = false;
    for (qsizetype i = pos + 1; i < n;) {
        const uchar c = p[i];
        if (c == '"') {
            if (escaped)
                *escaped = esc;
            return i + 1;
        }
        if (c < 0x20)
            return -1;
        if (c == '\\') {
            esc = true;
            if (i + 1 >= n)
                return -1;
            const char e = char(p[i + 1]);
            if (e == 'u') {
                if (i + 5 >= n || !isHex(char(p[i + 2])) || !isHex(char(p[i + 3])) || !isHex(char(p[i + 4])) || !isHex(char(p[i + 5])))
                    return -1;
                i += 6;
            } else if (e == '"' || e == '\\' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                i += 2;
            } else {
                return -1; // "\/" and others: QJson never writes them
            }
            continue;
        }
        if (c >= 0x80) {
            const qsizetype len = utf8Sequence(p + i, p + n);
            if (len == 0)
                return -1;
            i += len;
            continue;
        }
        ++i;
    }
    return -1;
}

qsizetype skipLiteral(QByteArrayView t, qsizetype pos)
{
    for (const char *lit : {"true", "false", "null"}) {
        const QByteArrayView l(lit);
        if (t.sliced(pos).startsWith(l))
            return pos + l.size();
    }
    return -1;
}

struct Member {
    QByteArrayView key; // without its quotes
    qsizetype value;    // where its value starts
};

// The members of the object at POS (its '{'); END: just past its '}'. False when it is not one (with
// TRUSTED, POS is known to hold one, read by this reader before: its values are skipped, not checked).
bool readObject(QByteArrayView t, qsizetype pos, int depth, QVarLengthArray<Member, 24> *members, qsizetype *end,
                bool trusted = false);
qsizetype skipValue(QByteArrayView t, qsizetype pos, int depth);

// The end of the value at POS of a text read by this reader before (no checks: strings and brackets
// are only matched).
qsizetype skipTrusted(QByteArrayView t, qsizetype pos)
{
    const char *p = t.data();
    const qsizetype n = t.size();
    int nesting = 0;
    qsizetype i = pos;
    if (i >= n)
        return n;
    do {
        const char c = p[i];
        if (c == '"') {
            for (++i; i < n && p[i] != '"'; ++i)
                if (p[i] == '\\')
                    ++i;
            ++i;
        } else if (c == '{' || c == '[') {
            ++nesting;
            ++i;
        } else if (c == '}' || c == ']') {
            --nesting;
            ++i;
        } else if (c == ',' || c == ':') {
            ++i;
        } else {
            const qsizetype from = i;
            while (i < n && p[i] >= 'a' && p[i] <= 'z')
                ++i; // true, false, null
            if (i == from)
                ++i; // not in a text of this reader's: stepped over (never a loop without end)
        }
    } while (nesting > 0 && i < n);
    return std::min(i, n);
}

qsizetype skipArray(QByteArrayView t, qsizetype pos, int depth)
{
    if (depth > kMaxDepth || pos >= t.size() || t.at(pos) != '[')
        return -1;
    ++pos;
    if (pos < t.size() && t.at(pos) == ']')
        return pos + 1;
    for (;;) {
        pos = skipValue(t, pos, depth + 1);
        if (pos < 0 || pos >= t.size())
            return -1;
        if (t.at(pos) == ']')
            return pos + 1;
        if (t.at(pos) != ',')
            return -1;
        ++pos;
    }
}

qsizetype skipValue(QByteArrayView t, qsizetype pos, int depth)
{
    if (pos >= t.size())
        return -1;
    switch (t.at(pos)) {
    case '"':
        return skipString(t, pos);
    case '[':
        return skipArray(t, pos, depth);
    case '{': {
        QVarLengthArray<Member, 24> members;
        qsizetype end = -1;
        return readObject(t, pos, depth, &members, &end) ? end : -1;
    }
    default:
        return skipLiteral(t, pos);
    }
}

bool readObject(QByteArrayView t, qsizetype pos, int depth, QVarLengthArray<Member, 24> *members, qsizetype *end, bool trusted)
{
    if (depth > kMaxDepth || pos >= t.size() || t.at(pos) != '{')
        return false;
    ++pos;
    if (pos < t.size() && t.at(pos) == '}') {
        *end = pos + 1;
        return true;
    }
    for (;;) {
        bool escaped = false;
        const qsizetype keyEnd = trusted ? skipTrusted(t, pos) : skipString(t, pos, &escaped);
        if (keyEnd < 0 || escaped || keyEnd >= t.size() || t.at(keyEnd) != ':')
            return false;
        const QByteArrayView key = t.sliced(pos + 1, keyEnd - pos - 2);
        if (!trusted)
            for (const char c : key)
                if (uchar(c) >= 0x80)
                    return false; // keys are the program's ASCII names (their order is then the bytes')
        const qsizetype value = keyEnd + 1;
        pos = trusted ? skipTrusted(t, value) : skipValue(t, value, depth + 1);
        if (pos < 0 || pos >= t.size())
            return false;
        members->append({key, value});
        if (t.at(pos) == '}') {
            *end = pos + 1;
            break;
        }
        if (t.at(pos) != ',')
            return false;
        ++pos;
    }
    if (trusted || members->size() < 2)
        return true;
    // No key twice (QJsonObject would keep one of them).
    QVarLengthArray<QByteArrayView, 24> keys;
    for (const Member &m : std::as_const(*members))
        keys.append(m.key);
    std::sort(keys.begin(), keys.end());
    return std::adjacent_find(keys.begin(), keys.end()) == keys.end();
}

void indent(QByteArray *out, int depth) { out->append(qsizetype(4) * depth, ' '); }

// Writes the value at POS (already checked by skipValue) at DEPTH; returns its end.
qsizetype writeValue(QByteArrayView t, qsizetype pos, int depth, QByteArray *out)
{
    const char c = t.at(pos);
    if (c == '{') {
        QVarLengthArray<Member, 24> members;
        qsizetype end = -1;
        readObject(t, pos, depth, &members, &end, true);
        std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
        out->append("{\n");
        for (qsizetype i = 0; i < members.size(); ++i) {
            indent(out, depth + 1);
            out->append('"').append(members[i].key).append("\": ");
            writeValue(t, members[i].value, depth + 1, out);
            out->append(i + 1 < members.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out->append('}');
        return end;
    }
    if (c == '[') {
        out->append("[\n");
        ++pos;
        bool any = false;
        while (t.at(pos) != ']') {
            if (any)
                out->append(",\n");
            indent(out, depth + 1);
            pos = writeValue(t, pos, depth + 1, out);
            any = true;
            if (t.at(pos) == ',')
                ++pos;
        }
        if (any)
            out->append('\n');
        indent(out, depth);
        out->append(']');
        return pos + 1;
    }
    const qsizetype end = skipTrusted(t, pos);
    out->append(t.sliced(pos, end - pos));
    return end;
}

// Appends the UTF-8 text B to S. (QString::fromUtf8 drops a byte order mark at the start of its input:
// here it is a character of the string, as QJson reads it.)
void appendUtf8(QString *s, QByteArrayView b)
{
    static const QByteArrayView kBom("\xEF\xBB\xBF");
    while (b.startsWith(kBom)) {
        *s += QChar(0xFEFF);
        b = b.sliced(3);
    }
    *s += QString::fromUtf8(b);
}

} // namespace

bool appendIndented(QByteArrayView compact, int depth, QByteArray *out)
{
    if (compact.isEmpty() || compact.at(0) != '{' || skipValue(compact, 0, 0) != compact.size())
        return false;
    writeValue(compact, 0, depth, out);
    return true;
}

bool memberValues(QByteArrayView compact, const QLatin1String *keys, qsizetype n, QByteArrayView *values, bool trusted)
{
    for (qsizetype i = 0; i < n; ++i)
        values[i] = {};
    if (trusted) {
        // Scanned member by member, up to the last key asked for (a report entry's "path" and "role"
        // come first).
        if (compact.size() < 2 || compact.at(0) != '{')
            return false;
        qsizetype found = 0;
        for (qsizetype pos = 1; pos < compact.size() && compact.at(pos) == '"' && found < n;) {
            const qsizetype keyEnd = skipTrusted(compact, pos);
            if (keyEnd < pos + 2 || keyEnd >= compact.size())
                break;
            const QByteArrayView key = compact.sliced(pos + 1, keyEnd - pos - 2);
            const qsizetype valueEnd = skipTrusted(compact, keyEnd + 1);
            for (qsizetype i = 0; i < n; ++i)
                if (values[i].isEmpty() && key == QByteArrayView(keys[i].data(), keys[i].size())) {
                    values[i] = compact.sliced(keyEnd + 1, valueEnd - keyEnd - 1);
                    ++found;
                }
            pos = valueEnd + 1; // past the ',' (or the final '}')
        }
        return true;
    }
    QVarLengthArray<Member, 24> members;
    qsizetype end = -1;
    if (!readObject(compact, 0, 0, &members, &end) || end != compact.size())
        return false;
    for (qsizetype m = 0; m < members.size(); ++m) {
        // A value ends where the next member's key starts (its ',' before it), the last at the '}'.
        const qsizetype valueEnd = m + 1 < members.size() ? members[m + 1].key.data() - compact.data() - 2 : compact.size() - 1;
        for (qsizetype i = 0; i < n; ++i)
            if (members[m].key == QByteArrayView(keys[i].data(), keys[i].size()))
                values[i] = compact.sliced(members[m].value, valueEnd - members[m].value);
    }
    return true;
}

QByteArrayView memberValue(QByteArrayView compact, QLatin1String key)
{
    QByteArrayView v;
    memberValues(compact, &key, 1, &v);
    return v;
}

std::optional<QString> stringValue(QByteArrayView raw)
{
    bool escaped = false;
    if (raw.isEmpty() || skipString(raw, 0, &escaped) != raw.size())
        return std::nullopt;
    const QByteArrayView inner = raw.sliced(1, raw.size() - 2);
    QString s;
    if (!escaped) {
        appendUtf8(&s, inner);
        return s;
    }
    s.reserve(inner.size());
    qsizetype plain = 0; // start of the bytes not yet converted
    for (qsizetype i = 0; i < inner.size();) {
        if (inner.at(i) != '\\') {
            ++i;
            continue;
        }
        appendUtf8(&s, inner.sliced(plain, i - plain));
        const char e = inner.at(i + 1);
        switch (e) {
        case 'b': s += u'\b'; break;
        case 'f': s += u'\f'; break;
        case 'n': s += u'\n'; break;
        case 'r': s += u'\r'; break;
        case 't': s += u'\t'; break;
        case 'u': s += QChar(char16_t(QByteArray(inner.sliced(i + 2, 4).data(), 4).toUShort(nullptr, 16))); break;
        default: s += QLatin1Char(e); break; // '"' or '\\'
        }
        i += e == 'u' ? 6 : 2;
        plain = i;
    }
    appendUtf8(&s, inner.sliced(plain));
    return s;
}

} // namespace wd::jsontext
