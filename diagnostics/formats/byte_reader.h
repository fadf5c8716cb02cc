// ByteReader: the one bounds-checked view over untrusted bytes. Every parser of a Windows
// format reads through it; no other code does pointer arithmetic on input data.
// Reads past the end never touch memory: they set the failed flag and return zero/empty.
#pragma once
#include <QByteArray>
#include <QString>
#include <QtEndian>
#include <cstdint>
#include <cstring>
#include <optional>

namespace wd {

class ByteReader {
public:
    ByteReader() = default;
    ByteReader(const char *data, qsizetype size) : m_data(data), m_size(size < 0 ? 0 : size) {}
    explicit ByteReader(const QByteArray &a) : m_data(a.constData()), m_size(a.size()) {}

    qsizetype size() const { return m_size; }
    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_size - m_pos; }
    bool atEnd() const { return m_pos >= m_size; }
    bool failed() const { return m_failed; }
    bool ok() const { return !m_failed; }
    const char *data() const { return m_data; }

    // True when [offset, offset+len) lies inside the buffer (overflow-safe).
    bool has(qint64 offset, qint64 len) const
    {
        return offset >= 0 && len >= 0 && offset <= m_size && len <= m_size - offset;
    }
    bool seek(qint64 offset)
    {
        if (offset < 0 || offset > m_size) { m_failed = true; return false; }
        m_pos = qsizetype(offset);
        return true;
    }
    bool skip(qint64 n) { return seek(qint64(m_pos) + n); }

    // Sub-reader over [offset, offset+len); an empty failed reader when out of range.
    ByteReader sub(qint64 offset, qint64 len) const
    {
        if (!has(offset, len)) { ByteReader r; r.m_failed = true; return r; }
        return ByteReader(m_data + offset, qsizetype(len));
    }

    // --- Sequential little-endian reads (advance the position).
    quint8 u8() { return readLE<quint8>(); }
    quint16 u16() { return readLE<quint16>(); }
    quint32 u32() { return readLE<quint32>(); }
    quint64 u64() { return readLE<quint64>(); }
    qint32 i32() { return qint32(readLE<quint32>()); }
    QByteArray bytes(qint64 n)
    {
        if (!has(m_pos, n)) { m_failed = true; m_pos = m_size; return {}; }
        QByteArray out(m_data + m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return out;
    }

    // --- Random-access reads (do not move the position).
    template <class T>
    std::optional<T> at(qint64 offset) const
    {
        if (!has(offset, sizeof(T))) return std::nullopt;
        T v;
        std::memcpy(&v, m_data + offset, sizeof(T));
        return qFromLittleEndian(v);
    }
    quint8 u8At(qint64 o) const { return at<quint8>(o).value_or(0); }
    quint16 u16At(qint64 o) const { return at<quint16>(o).value_or(0); }
    quint32 u32At(qint64 o) const { return at<quint32>(o).value_or(0); }
    quint64 u64At(qint64 o) const { return at<quint64>(o).value_or(0); }
    quint32 u32BeAt(qint64 o) const
    {
        auto v = at<quint32>(o);
        return v ? qbswap(*v) : 0;
    }
    QByteArray bytesAt(qint64 offset, qint64 n) const
    {
        if (!has(offset, n)) return {};
        return QByteArray(m_data + offset, qsizetype(n));
    }
    bool equalsAt(qint64 offset, const char *magic, qsizetype n) const
    {
        return has(offset, n) && std::memcmp(m_data + offset, magic, size_t(n)) == 0;
    }

    // NUL-terminated (or field-bounded) strings inside a fixed-size field.
    QString latin1At(qint64 offset, qint64 maxLen) const;   // ANSI field, stops at NUL
    QString utf16At(qint64 offset, qint64 maxChars) const;  // UTF-16LE field, stops at NUL
    QString localAt(qint64 offset, qint64 maxLen) const;    // ANSI code page text (UTF-8 if valid, else Latin-1)

private:
    template <class T>
    T readLE()
    {
        if (!has(m_pos, sizeof(T))) { m_failed = true; m_pos = m_size; return T(0); }
        T v;
        std::memcpy(&v, m_data + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return qFromLittleEndian(v);
    }

    const char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace wd
