#include "formats/der.h"
#include <QStringList>
#include <vector>

namespace wd::der {

Tlv readTlv(const ByteReader &r, qint64 offset)
{
    Tlv t;
    t.offset = offset;
    if (!r.has(offset, 2))
        return t;
    t.tag = r.u8At(offset);
    if ((t.tag & 0x1f) == 0x1f)
        return t; // multi-byte tags do not occur in the structures we read
    const quint8 l0 = r.u8At(offset + 1);
    qint64 len = 0;
    qint64 hdr = 2;
    if (l0 < 0x80) {
        len = l0;
    } else {
        const int n = l0 & 0x7f;
        if (n == 0 || n > 4 || !r.has(offset + 2, n))
            return t; // indefinite or absurd lengths
        for (int i = 0; i < n; ++i)
            len = (len << 8) | r.u8At(offset + 2 + i);
        hdr += n;
    }
    if (!r.has(offset + hdr, len))
        return t;
    t.headerLen = hdr;
    t.length = len;
    t.valid = true;
    return t;
}

QList<Tlv> children(const ByteReader &r, const Tlv &parent, bool *ok)
{
    QList<Tlv> out;
    if (parent.valid)
        out.reserve(parent.length < 64 ? 4 : 16); // no growth steps for the usual few children
    const bool fine = forEachChild(r, parent, [&](const Tlv &c) { out.append(c); });
    if (ok)
        *ok = fine;
    return out;
}

namespace {

// OIDs read once per catalog member or signature: their text without building it (a catalog index
// of 10^5 members spent most of its DER walk composing these strings).
struct KnownOid {
    QByteArray encoded; // content octets
    QString owned;      // the text, kept for the life of the program
    QString text;       // a view of OWNED: copies of it touch no reference count (the catalog workers
                        // on every core returning one shared string fought over its counter)
};

const std::vector<KnownOid> &knownOids()
{
    static const std::vector<KnownOid> table = [] {
        std::vector<KnownOid> t;
        for (const char *dotted : {"1.3.14.3.2.26", "2.16.840.1.101.3.4.2.1", "2.16.840.1.101.3.4.2.2", "2.16.840.1.101.3.4.2.3",
                                   "1.2.840.113549.2.5", "1.3.6.1.4.1.311.2.1.4", "1.3.6.1.4.1.311.2.1.15", "1.3.6.1.4.1.311.2.1.25",
                                   "1.3.6.1.4.1.311.12.2.1", "1.3.6.1.4.1.311.12.2.2", "1.3.6.1.4.1.311.12.2.3",
                                   "1.2.840.113549.1.7.2", "1.3.6.1.4.1.311.10.1"}) {
            const QByteArray tlv = oid(dotted);
            KnownOid k{tlv.mid(2), QString::fromLatin1(dotted), QString()};
            k.text = QString::fromRawData(k.owned.constData(), k.owned.size());
            t.push_back(std::move(k));
        }
        return t;
    }();
    return table;
}

} // namespace

QString oidText(const ByteReader &r, const Tlv &t)
{
    if (!t.valid || t.tag != 0x06 || t.length == 0 || t.length > 64)
        return {};
    for (const KnownOid &k : knownOids())
        if (k.encoded.size() == t.length && r.equalsAt(t.contentOffset(), k.encoded.constData(), k.encoded.size()))
            return k.text;
    QStringList parts;
    quint64 v = 0;
    bool first = true;
    for (qint64 i = 0; i < t.length; ++i) {
        const quint8 b = r.u8At(t.contentOffset() + i);
        if (v > (quint64(1) << 56))
            return {};
        v = (v << 7) | (b & 0x7f);
        if (!(b & 0x80)) {
            if (first) {
                const quint64 a = v < 40 ? 0 : (v < 80 ? 1 : 2);
                parts << QString::number(a) << QString::number(v - a * 40);
                first = false;
            } else {
                parts << QString::number(v);
            }
            v = 0;
        } else if (i + 1 == t.length) {
            return {};
        }
    }
    return parts.join(QLatin1Char('.'));
}

QByteArray content(const ByteReader &r, const Tlv &t)
{
    return t.valid ? r.bytesAt(t.contentOffset(), t.length) : QByteArray();
}

QByteArray whole(const ByteReader &r, const Tlv &t)
{
    return t.valid ? r.bytesAt(t.offset, t.headerLen + t.length) : QByteArray();
}

QByteArray header(quint8 tag, qint64 n)
{
    QByteArray out;
    out.append(char(tag));
    if (n < 0x80) {
        out.append(char(n));
    } else {
        QByteArray len;
        for (qint64 v = n; v > 0; v >>= 8)
            len.prepend(char(v & 0xff));
        out.append(char(0x80 | len.size()));
        out.append(len);
    }
    return out;
}

QByteArray encode(quint8 tag, const QByteArray &c)
{
    QByteArray out = header(tag, c.size());
    out.append(c);
    return out;
}

QByteArray seq(const QByteArray &c) { return encode(0x30, c); }
QByteArray octets(const QByteArray &b) { return encode(0x04, b); }

QByteArray oid(const char *dotted)
{
    const QList<QByteArray> parts = QByteArray(dotted).split('.');
    QByteArray c;
    if (parts.size() < 2)
        return encode(0x06, c);
    c.append(char(parts[0].toUInt() * 40 + parts[1].toUInt()));
    for (qsizetype i = 2; i < parts.size(); ++i) {
        quint64 v = parts[i].toULongLong();
        QByteArray enc;
        enc.prepend(char(v & 0x7f));
        v >>= 7;
        while (v) {
            enc.prepend(char(0x80 | (v & 0x7f)));
            v >>= 7;
        }
        c.append(enc);
    }
    return encode(0x06, c);
}

} // namespace wd::der
