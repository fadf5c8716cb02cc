#include "formats/byte_reader.h"
#include <QStringDecoder>

namespace wd {

QString ByteReader::latin1At(qint64 offset, qint64 maxLen) const
{
    if (offset < 0 || offset >= m_size || maxLen <= 0)
        return {};
    const qint64 avail = std::min<qint64>(maxLen, m_size - offset);
    const char *p = m_data + offset;
    qint64 n = 0;
    while (n < avail && p[n] != '\0')
        ++n;
    return QString::fromLatin1(p, qsizetype(n));
}

QString ByteReader::localAt(qint64 offset, qint64 maxLen) const
{
    if (offset < 0 || offset >= m_size || maxLen <= 0)
        return {};
    const qint64 avail = std::min<qint64>(maxLen, m_size - offset);
    const char *p = m_data + offset;
    qint64 n = 0;
    while (n < avail && p[n] != '\0')
        ++n;
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = dec(QByteArrayView(p, qsizetype(n)));
    if (dec.hasError())
        return QString::fromLatin1(p, qsizetype(n));
    return s;
}

QString ByteReader::utf16At(qint64 offset, qint64 maxChars) const
{
    if (offset < 0 || offset >= m_size || maxChars <= 0)
        return {};
    const qint64 availChars = std::min<qint64>(maxChars, (m_size - offset) / 2);
    QString out;
    out.reserve(qsizetype(availChars));
    for (qint64 i = 0; i < availChars; ++i) {
        const char16_t c = char16_t(u16At(offset + 2 * i));
        if (c == 0)
            break;
        out.append(QChar(c));
    }
    return out;
}

} // namespace wd
