#include "formats/pe.h"
#include "formats/byte_reader.h"

namespace wd::pe {

namespace {

Error corrupt(const char *why)
{
    return Error(ErrorKind::Corrupt, translate("wd::Pe", "The file is not a valid PE image: %1").arg(translate("wd::Pe", why)));
}

} // namespace

QString Image::machineName() const
{
    switch (machine) {
    case 0x14c: return QStringLiteral("x86");
    case 0x8664: return QStringLiteral("x64");
    case 0xaa64: return QStringLiteral("arm64");
    case 0x1c4: return QStringLiteral("arm");
    case 0x200: return QStringLiteral("ia64");
    default: return QStringLiteral("0x%1").arg(machine, 4, 16, QLatin1Char('0'));
    }
}

bool looksLikePe(const QByteArray &data)
{
    ByteReader r(data);
    if (!r.equalsAt(0, "MZ", 2))
        return false;
    const quint32 lfanew = r.u32At(0x3c);
    return r.equalsAt(lfanew, "PE\0\0", 4);
}

Expected<Image> parse(const QByteArray &data)
{
    ByteReader r(data);
    Image img;
    img.fileSize = data.size();
    if (!r.equalsAt(0, "MZ", 2))
        return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "no MZ header."));
    const quint32 lfanew = r.u32At(0x3c);
    if (!r.has(0x3c, 4) || !r.equalsAt(lfanew, "PE\0\0", 4))
        return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "no PE signature."));
    img.peOffset = lfanew;
    const qint64 coff = qint64(lfanew) + 4;
    if (!r.has(coff, 20))
        return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "truncated file header."));
    img.machine = r.u16At(coff);
    const quint16 nSections = r.u16At(coff + 2);
    const quint16 optSize = r.u16At(coff + 16);
    img.characteristics = r.u16At(coff + 18);
    const qint64 opt = coff + 20;
    img.optionalHeaderOffset = opt;
    if (!r.has(opt, optSize) || optSize < 2)
        return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "truncated optional header."));
    const quint16 magic = r.u16At(opt);
    qint64 ddOffset = 0;
    if (magic == 0x10b) {
        img.pe32Plus = false;
        ddOffset = opt + 96;
        img.numberOfRvaAndSizes = r.u32At(opt + 92);
    } else if (magic == 0x20b) {
        img.pe32Plus = true;
        ddOffset = opt + 112;
        img.numberOfRvaAndSizes = r.u32At(opt + 108);
    } else {
        return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "unknown optional header magic."));
    }
    img.checksumOffset = opt + 64;
    img.sizeOfHeaders = r.u32At(opt + 60);
    img.subsystem = r.u16At(opt + 68);
    img.storedChecksum = r.u32At(img.checksumOffset);
    if (ddOffset > opt + optSize)
        return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "optional header too small."));
    const quint32 nDirs = qMin<quint32>(img.numberOfRvaAndSizes, 16);
    if (ddOffset + qint64(nDirs) * 8 > opt + optSize)
        return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "data directories do not fit the optional header."));
    for (quint32 i = 0; i < nDirs; ++i)
        img.directories.append(DataDirectory{r.u32At(ddOffset + i * 8), r.u32At(ddOffset + i * 8 + 4)});
    // Keep the offset of the security entry even when the directory count is short (hash ranges).
    img.securityEntryOffset = nDirs > 4 ? ddOffset + 4 * 8 : 0;

    const qint64 secTable = opt + optSize;
    if (!r.has(secTable, qint64(nSections) * 40))
        return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "truncated section table."));
    for (quint16 i = 0; i < nSections; ++i) {
        const qint64 s = secTable + qint64(i) * 40;
        Section sec;
        sec.name = r.latin1At(s, 8);
        sec.virtualSize = r.u32At(s + 8);
        sec.virtualAddress = r.u32At(s + 12);
        sec.rawSize = r.u32At(s + 16);
        sec.rawPointer = r.u32At(s + 20);
        sec.characteristics = r.u32At(s + 36);
        if (sec.rawSize > 0) {
            const qint64 end = qMin<qint64>(qint64(sec.rawPointer) + sec.rawSize, img.fileSize);
            img.endOfSections = qMax(img.endOfSections, end);
        }
        img.sections.append(sec);
    }

    if (nDirs > 4 && img.directories[4].size > 0) {
        const DataDirectory sd = img.directories[4];
        img.certTableOffset = sd.rva;
        img.certTableSize = sd.size;
        if (!r.has(sd.rva, sd.size))
            return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "the certificate table points outside the file."));
        if (qint64(sd.rva) < img.endOfSections || qint64(sd.rva) < secTable + qint64(nSections) * 40)
            return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "the certificate table overlaps the image."));
        qint64 pos = sd.rva;
        const qint64 end = qint64(sd.rva) + sd.size;
        while (pos + 8 <= end) {
            const quint32 len = r.u32At(pos);
            if (len < 8 || pos + len > end)
                return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "a certificate table entry is truncated."));
            Certificate c;
            c.offset = pos;
            c.revision = r.u16At(pos + 4);
            c.type = r.u16At(pos + 6);
            c.data = r.bytesAt(pos + 8, len - 8);
            img.certificates.append(c);
            pos += (qint64(len) + 7) & ~qint64(7);
            if (img.certificates.size() > 64)
                return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "too many certificate table entries."));
        }
        if (img.certificates.isEmpty())
            return corrupt(QT_TRANSLATE_NOOP("wd::Pe", "the certificate table is empty."));
    }
    return img;
}

qint64 rvaToOffset(const Image &img, quint32 rva)
{
    if (rva < img.sizeOfHeaders)
        return rva;
    for (const Section &s : img.sections) {
        const quint32 span = qMax(s.virtualSize, s.rawSize);
        if (rva >= s.virtualAddress && quint64(rva) < quint64(s.virtualAddress) + span) {
            const quint64 delta = rva - s.virtualAddress;
            if (delta >= s.rawSize)
                return -1;
            return qint64(s.rawPointer) + qint64(delta);
        }
    }
    return -1;
}

namespace {

// One VS_VERSIONINFO-style block: wLength, wValueLength, wType, szKey, padding, value, children.
struct Block {
    qint64 start = 0, end = 0;
    QString key;
    qint64 valueOffset = 0;
    qint64 valueLen = 0; // bytes
    qint64 childrenOffset = 0;
    bool ok = false;
};

Block readBlock(const ByteReader &r, qint64 off, qint64 limit)
{
    Block b;
    if (!r.has(off, 6) || off + 6 > limit)
        return b;
    const quint16 len = r.u16At(off);
    const quint16 vlen = r.u16At(off + 2);
    const quint16 type = r.u16At(off + 4);
    if (len < 6 || off + len > limit)
        return b;
    b.start = off;
    b.end = off + len;
    // Key: UTF-16 NUL-terminated.
    qint64 p = off + 6;
    QString key;
    while (p + 2 <= b.end) {
        const quint16 ch = r.u16At(p);
        p += 2;
        if (ch == 0)
            break;
        key.append(QChar(ch));
        if (key.size() > 256)
            return b;
    }
    b.key = key;
    p = (p + 3) & ~qint64(3);
    b.valueOffset = p;
    b.valueLen = type == 1 ? qint64(vlen) * 2 : vlen; // text values count WCHARs
    if (b.valueOffset + b.valueLen > b.end)
        b.valueLen = qMax<qint64>(0, b.end - b.valueOffset);
    b.childrenOffset = (b.valueOffset + b.valueLen + 3) & ~qint64(3);
    b.ok = true;
    return b;
}

} // namespace

VersionInfo readVersionInfo(const QByteArray &data, const Image &img)
{
    VersionInfo vi;
    if (img.directories.size() <= 2 || img.directories[2].size == 0)
        return vi;
    ByteReader r(data);
    const qint64 root = rvaToOffset(img, img.directories[2].rva);
    if (root < 0 || !r.has(root, 16))
        return vi;
    // Walks one directory level: returns the offset field of the entry with ID (or the first entry).
    auto findEntry = [&](qint64 dir, int id, bool *isDir) -> qint64 {
        if (!r.has(dir, 16))
            return -1;
        const quint16 named = r.u16At(dir + 12), ids = r.u16At(dir + 14);
        const int count = named + ids;
        for (int i = 0; i < count && i < 4096; ++i) {
            const qint64 e = dir + 16 + qint64(i) * 8;
            if (!r.has(e, 8))
                return -1;
            const quint32 name = r.u32At(e), target = r.u32At(e + 4);
            if (id < 0 || (!(name & 0x80000000u) && name == quint32(id))) {
                *isDir = target & 0x80000000u;
                return root + (target & 0x7fffffffu);
            }
        }
        return -1;
    };
    bool isDir = false;
    qint64 lvl = findEntry(root, 16, &isDir); // RT_VERSION
    if (lvl < 0 || !isDir)
        return vi;
    lvl = findEntry(lvl, -1, &isDir);
    if (lvl < 0 || !isDir)
        return vi;
    lvl = findEntry(lvl, -1, &isDir);
    if (lvl < 0 || isDir || !r.has(lvl, 16))
        return vi;
    const qint64 off = rvaToOffset(img, r.u32At(lvl));
    const quint32 size = r.u32At(lvl + 4);
    if (off < 0 || !r.has(off, size))
        return vi;
    const ByteReader v = r.sub(off, size);
    const Block top = readBlock(v, 0, v.size());
    if (!top.ok || top.key != QLatin1String("VS_VERSION_INFO"))
        return vi;
    if (top.valueLen >= 52 && v.u32At(top.valueOffset) == 0xFEEF04BDu) {
        const quint32 ms = v.u32At(top.valueOffset + 8), ls = v.u32At(top.valueOffset + 12);
        vi.fixedFileVersion = QStringLiteral("%1.%2.%3.%4").arg(ms >> 16).arg(ms & 0xffff).arg(ls >> 16).arg(ls & 0xffff);
    }
    int guard = 0;
    for (qint64 c = top.childrenOffset; c < top.end && guard < 64; ++guard) {
        const Block sfi = readBlock(v, c, top.end);
        if (!sfi.ok)
            break;
        if (sfi.key == QLatin1String("StringFileInfo")) {
            for (qint64 t = sfi.childrenOffset; t < sfi.end && guard < 256; ++guard) {
                const Block table = readBlock(v, t, sfi.end);
                if (!table.ok)
                    break;
                for (qint64 s = table.childrenOffset; s < table.end && guard < 4096; ++guard) {
                    const Block str = readBlock(v, s, table.end);
                    if (!str.ok)
                        break;
                    const QString val = v.utf16At(str.valueOffset, str.valueLen / 2).trimmed();
                    auto set = [&](QString &field) { if (field.isEmpty()) field = val; };
                    if (str.key == QLatin1String("FileVersion")) set(vi.fileVersion);
                    else if (str.key == QLatin1String("ProductVersion")) set(vi.productVersion);
                    else if (str.key == QLatin1String("CompanyName")) set(vi.companyName);
                    else if (str.key == QLatin1String("ProductName")) set(vi.productName);
                    else if (str.key == QLatin1String("FileDescription")) set(vi.fileDescription);
                    else if (str.key == QLatin1String("OriginalFilename")) set(vi.originalFilename);
                    s = (str.end + 3) & ~qint64(3);
                }
                t = (table.end + 3) & ~qint64(3);
            }
        }
        c = (sfi.end + 3) & ~qint64(3);
    }
    if (vi.fileVersion.isEmpty())
        vi.fileVersion = vi.fixedFileVersion;
    return vi;
}

namespace {

struct ResEntry {
    quint32 id = 0;       // integer id (named entries are skipped)
    bool isDir = false;
    qint64 offset = 0;    // file offset of the subdirectory or of the IMAGE_RESOURCE_DATA_ENTRY
};

// The integer-id entries of the resource directory at DIR (file offset); ROOT is the section's root.
QList<ResEntry> resourceEntries(const ByteReader &r, qint64 root, qint64 dir)
{
    QList<ResEntry> out;
    if (dir < 0 || !r.has(dir, 16))
        return out;
    const int named = r.u16At(dir + 12), ids = r.u16At(dir + 14);
    for (int i = 0; i < named + ids && i < 4096; ++i) {
        const qint64 e = dir + 16 + qint64(i) * 8;
        if (!r.has(e, 8))
            break;
        const quint32 name = r.u32At(e), target = r.u32At(e + 4);
        if (name & 0x80000000u)
            continue;
        out.append(ResEntry{name, bool(target & 0x80000000u), root + (target & 0x7fffffffu)});
    }
    return out;
}

} // namespace

std::optional<QString> readResourceString(const QByteArray &data, const Image &img, quint32 id, const QList<quint16> &langs)
{
    if (img.directories.size() <= 2 || img.directories[2].size == 0 || id > 0xFFFFu)
        return std::nullopt;
    ByteReader r(data);
    const qint64 root = rvaToOffset(img, img.directories[2].rva);
    if (root < 0 || !r.has(root, 16))
        return std::nullopt;
    auto find = [](const QList<ResEntry> &list, quint32 want, bool dir) -> const ResEntry * {
        for (const ResEntry &e : list)
            if (e.id == want && e.isDir == dir)
                return &e;
        return nullptr;
    };
    const QList<ResEntry> types = resourceEntries(r, root, root);
    const ResEntry *type = find(types, 6, true); // RT_STRING
    if (!type || type->offset == root)
        return std::nullopt;
    const QList<ResEntry> blocks = resourceEntries(r, root, type->offset);
    const ResEntry *block = find(blocks, id / 16 + 1, true);
    if (!block || block->offset == root || block->offset == type->offset)
        return std::nullopt;
    const QList<ResEntry> languages = resourceEntries(r, root, block->offset);
    QList<const ResEntry *> order;
    for (quint16 l : langs)
        if (const ResEntry *e = find(languages, l, false))
            order.append(e);
    if (const ResEntry *e = find(languages, 0, false))
        order.append(e);
    for (const ResEntry &e : languages)
        if (!e.isDir)
            order.append(&e);
    for (const ResEntry *lang : order) {
        if (!r.has(lang->offset, 16))
            continue;
        const qint64 off = rvaToOffset(img, r.u32At(lang->offset));
        const quint32 size = r.u32At(lang->offset + 4);
        if (off < 0 || !r.has(off, size))
            continue;
        const ByteReader b = r.sub(off, size);
        qint64 p = 0;
        bool ok = true;
        for (quint32 k = 0; k < id % 16; ++k) { // skip the entries before ours
            if (!b.has(p, 2)) {
                ok = false;
                break;
            }
            p += 2 + qint64(b.u16At(p)) * 2;
        }
        if (!ok || !b.has(p, 2))
            continue;
        const quint16 len = b.u16At(p);
        if (len == 0 || !b.has(p + 2, qint64(len) * 2))
            continue;
        const QByteArray raw = b.bytesAt(p + 2, qint64(len) * 2);
        QString text(len, Qt::Uninitialized);
        for (quint16 c = 0; c < len; ++c)
            text[c] = QChar(quint16(quint8(raw[2 * c])) | quint16(quint8(raw[2 * c + 1])) << 8);
        return text;
    }
    return std::nullopt;
}

} // namespace wd::pe
