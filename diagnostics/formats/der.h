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
