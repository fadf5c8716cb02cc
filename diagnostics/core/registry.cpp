#include "core/registry.h"
#include "formats/byte_reader.h"
#include <QtEndian>

namespace wd {

QString RegValue::toString() const
{
    switch (type) {
    case RegDword:
        return QString::number(toDword().value_or(0));
    case RegQword:
        return QString::number(toQword().value_or(0));
    case RegMultiSz:
        return toStringList().join(QLatin1Char(';'));
    default: {
        ByteReader r(data);
        return r.utf16At(0, data.size() / 2);
    }
    }
}

QStringList RegValue::toStringList() const
{
    if (type != RegMultiSz)
        return toString().isEmpty() ? QStringList() : QStringList{toString()};
    QStringList out;
    ByteReader r(data);
    QString cur;
    for (qsizetype i = 0; i + 1 < data.size(); i += 2) {
        const char16_t c = char16_t(r.u16At(i));
        if (c == 0) {
            if (cur.isEmpty())
                break; // double NUL ends the list
            out.append(cur);
            cur.clear();
        } else {
            cur.append(QChar(c));
        }
    }
    if (!cur.isEmpty())
        out.append(cur);
    return out;
}

std::optional<quint32> RegValue::toDword() const
{
    ByteReader r(data);
    if (type == RegDwordBigEndian && data.size() >= 4)
        return r.u32BeAt(0);
    if ((type == RegDword || type == RegBinary || type == RegNone) && data.size() >= 4)
        return r.u32At(0);
    if (type == RegQword && data.size() >= 8)
        return quint32(r.u64At(0));
    return std::nullopt;
}

std::optional<quint64> RegValue::toQword() const
{
    ByteReader r(data);
    if (data.size() >= 8 && (type == RegQword || type == RegBinary))
        return r.u64At(0);
    if (auto d = toDword())
        return *d;
    return std::nullopt;
}

QByteArray utf16z(const QString &s)
{
    QByteArray out;
    out.reserve((s.size() + 1) * 2);
    for (QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    out.append('\0');
    out.append('\0');
    return out;
}

RegValue RegValue::sz(const QString &name, const QString &s, quint32 type)
{
    return {name, type, utf16z(s)};
}

RegValue RegValue::multiSz(const QString &name, const QStringList &items)
{
    QByteArray d;
    for (const QString &i : items)
        d += utf16z(i);
    d.append('\0');
    d.append('\0');
    return {name, RegMultiSz, d};
}

RegValue RegValue::dword(const QString &name, quint32 v)
{
    QByteArray d(4, '\0');
    qToLittleEndian(v, d.data());
    return {name, RegDword, d};
}

RegValue RegValue::qword(const QString &name, quint64 v)
{
    QByteArray d(8, '\0');
    qToLittleEndian(v, d.data());
    return {name, RegQword, d};
}

RegValue RegValue::binary(const QString &name, const QByteArray &data)
{
    return {name, RegBinary, data};
}

} // namespace wd
