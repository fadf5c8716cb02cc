#include "core/json_text.h"
#include <QJsonArray>
#include <QJsonDocument>

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
