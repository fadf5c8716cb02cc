// Minimal bounds-checked DER reader (over ByteReader) for the few ASN.1 structures OpenSSL has no
// public type for (SpcIndirectDataContent, the certificate trust list of security catalogs).
#pragma once
#include "formats/byte_reader.h"
#include <QByteArray>
#include <QList>
#include <QString>

namespace wd::der {

struct Tlv {
    quint8 tag = 0;       // identifier octet (single-byte tags only)
    qint64 offset = 0;    // of the identifier octet, in the reader
    qint64 headerLen = 0; // tag + length octets
    qint64 length = 0;    // content length
    bool valid = false;
    qint64 contentOffset() const { return offset + headerLen; }
    qint64 end() const { return offset + headerLen + length; }
};

// Reads one TLV at OFFSET inside R; valid=false when truncated, indefinite or oversized.
Tlv readTlv(const ByteReader &r, qint64 offset);
// Children of a constructed TLV (stops at the first invalid child; ok=false then).
QList<Tlv> children(const ByteReader &r, const Tlv &parent, bool *ok = nullptr);
// The same children, one by one to FN(const Tlv &), without a list (a catalog index walks 10^6
// members). Returns what children() sets OK to.
template <typename Fn>
bool forEachChild(const ByteReader &r, const Tlv &parent, Fn &&fn)
{
    if (!parent.valid)
        return false;
    qint64 pos = parent.contentOffset();
    qint64 n = 0;
    while (pos < parent.end()) {
        const Tlv c = readTlv(r, pos);
        if (!c.valid || c.end() > parent.end())
            return false;
        fn(c);
        pos = c.end();
        if (++n > 1000000)
            break;
    }
    return true;
}
// The first N children() of PARENT, how many there are and its OK, without a list.
template <int N>
struct FirstChildren {
    Tlv tlv[N];
    qsizetype count = 0;
    bool ok = false;
};
template <int N>
FirstChildren<N> firstChildren(const ByteReader &r, const Tlv &parent)
{
    FirstChildren<N> out;
    out.ok = forEachChild(r, parent, [&](const Tlv &c) {
        if (out.count < N)
            out.tlv[out.count] = c;
        ++out.count;
    });
    return out;
}
// Dotted OID text of an OBJECT IDENTIFIER TLV ("" when malformed).
QString oidText(const ByteReader &r, const Tlv &oid);
QByteArray content(const ByteReader &r, const Tlv &t);
QByteArray whole(const ByteReader &r, const Tlv &t);

// DER writer helpers (used by fixture generators).
QByteArray header(quint8 tag, qint64 contentLength); // identifier and length octets
QByteArray encode(quint8 tag, const QByteArray &content);
QByteArray seq(const QByteArray &content);
QByteArray oid(const char *dotted);
QByteArray octets(const QByteArray &bytes);

} // namespace wd::der
