// Replay of registry transaction logs into a temporary copy of a dirty hive.
//
// A hive is dirty when its base block checksum is wrong or its primary and secondary sequence
// numbers differ. New-format logs (file type 6, Windows 8.1+) hold "HvLE" log entries: each
// carries a sequence number, the hive bins data size at that time, a list of dirty page references
// (offset relative to the hive bins data, size) and the pages themselves, protected by two Marvin32
// hashes. Entries with a sequence number >= the primary sequence number of the primary file are
// applied in sequence order across .LOG1 and .LOG2; a bad hash or a bogus size ends the replay.
// Legacy logs (file type 1/2, "DIRT") carry a bitmap of dirty 512-byte pages.
#include "formats/hive_log.h"
#include "formats/byte_reader.h"
#include "formats/hive.h"
#include "formats/hive_image.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <map>

namespace wd {

namespace {

constexpr qint64 kBaseBlock = 4096;
constexpr qint64 kSector = 512;
constexpr qint64 kMaxHiveSize = qint64(2) * 1024 * 1024 * 1024; // hives are < 2 GiB

inline quint32 rotl(quint32 x, int k) { return (x << k) | (x >> (32 - k)); }

void put32(QByteArray &b, qint64 off, quint32 v) { qToLittleEndian(v, b.data() + off); }

Finding staleFinding(const QString &original, const HiveHeaderInfo &hdr, const QString &reason)
{
    Finding f;
    f.id = QStringLiteral("target.hive.stale");
    f.check = QStringLiteral("target");
    f.severity = Severity::Warning;
    f.title = translate("wd::HiveLog", "The registry hive %1 was not cleanly saved").arg(QFileInfo(original).fileName());
    f.detail = translate("wd::HiveLog", "Windows had unsaved changes for this hive in its transaction logs (%1). They could "
                                        "not be applied, so what is shown may be out of date. The original files were not "
                                        "changed; starting this Windows once normally lets it apply the logs itself.")
                   .arg(reason);
    f.evidence.insert(QStringLiteral("hive"), QDir::toNativeSeparators(original));
    f.evidence.insert(QStringLiteral("primary_sequence"), double(hdr.primarySeq));
    f.evidence.insert(QStringLiteral("secondary_sequence"), double(hdr.secondarySeq));
    f.evidence.insert(QStringLiteral("checksum_ok"), hdr.checksumOk);
    f.evidence.insert(QStringLiteral("reason"), reason);
    return f;
}

// Finds NAME next to FILE, case-insensitively.
QString sibling(const QString &file, const QString &suffix)
{
    const QFileInfo fi(file);
    const QString wanted = fi.fileName() + suffix;
    const QStringList entries = fi.dir().entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &e : entries)
        if (e.compare(wanted, Qt::CaseInsensitive) == 0)
            return fi.dir().filePath(e);
    return {};
}

struct LogEntry {
    quint32 seq = 0;
    quint32 hbinsSize = 0;
    QList<QPair<quint32, QByteArray>> pages;
    QString log;
};

struct LogFile {
    QString path;
    QByteArray base;         // first 512 bytes
    quint32 type = 0;
    quint32 primarySeq = 0, secondarySeq = 0;
    quint64 timestamp = 0;
    bool baseValid = false;
    QList<LogEntry> entries; // new format, in file order, up to the first invalid one
    QString problem;
};

LogFile readLog(const QString &path, QByteArray &raw)
{
    LogFile lf;
    lf.path = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        lf.problem = f.errorString();
        return lf;
    }
    if (f.size() > kMaxHiveSize) {
        lf.problem = QStringLiteral("log too large");
        return lf;
    }
    raw = f.readAll();
    ByteReader r(raw);
    if (!r.equalsAt(0, "regf", 4) || !r.has(0, kSector)) {
        lf.problem = QStringLiteral("no base block");
        return lf;
    }
    lf.base = raw.left(int(kSector));
    lf.primarySeq = r.u32At(4);
    lf.secondarySeq = r.u32At(8);
    lf.timestamp = r.u64At(12);
    lf.type = r.u32At(0x1C);
    lf.baseValid = baseBlockChecksum(lf.base) == r.u32At(0x1FC);
    if (lf.type != 6)
        return lf;
    // New format: log entries from the second sector on.
    qint64 off = kSector;
    while (r.has(off, 40) && r.equalsAt(off, "HvLE", 4)) {
        const quint32 size = r.u32At(off + 4);
        const quint32 seq = r.u32At(off + 12);
        const quint32 hbins = r.u32At(off + 16);
        const quint32 count = r.u32At(off + 20);
        const quint64 hash1 = r.u64At(off + 24);
        const quint64 hash2 = r.u64At(off + 32);
        if (size < 40 || size % kSector != 0 || !r.has(off, size)) {
            lf.problem = QStringLiteral("log entry with a bad size");
            break;
        }
        if (hbins == 0 || hbins % 4096 != 0) {
            lf.problem = QStringLiteral("log entry with a bad hive bins data size");
            break;
        }
        if (marvin32(r.bytesAt(off + 40, size - 40)) != hash1 || marvin32(r.bytesAt(off, 32)) != hash2) {
            lf.problem = QStringLiteral("log entry with a wrong hash");
            break;
        }
        if (quint64(count) * 8 > size - 40) {
            lf.problem = QStringLiteral("log entry with too many pages");
            break;
        }
        LogEntry e;
        e.seq = seq;
        e.hbinsSize = hbins;
        e.log = path;
        qint64 data = off + 40 + qint64(count) * 8;
        bool bad = false;
        for (quint32 i = 0; i < count; ++i) {
            const quint32 pOff = r.u32At(off + 40 + qint64(i) * 8);
            const quint32 pSize = r.u32At(off + 44 + qint64(i) * 8);
            if (pSize == 0 || pSize % kSector != 0 || qint64(pOff) + pSize > qint64(hbins) || data + pSize > off + size) {
                bad = true;
                break;
            }
            e.pages.append({pOff, r.bytesAt(data, pSize)});
            data += pSize;
        }
        if (bad) {
            lf.problem = QStringLiteral("log entry with a page outside the hive");
            break;
        }
        lf.entries.append(e);
        off += size;
    }
    return lf;
}

bool writeCopy(const QString &path, const QByteArray &data, QString &err)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        err = out.errorString();
        return false;
    }
    return true;
}

// Walks the hive bins: each must start with "hbin", name its own offset and fit in the file.
// A reader would refuse such files with a bare error; this gives the user a message that says what is wrong.
Expected<void> checkHiveBins(const QByteArray &hive, const QString &path)
{
    ByteReader r(hive);
    const qint64 declared = r.u32At(0x28);
    if (!r.has(kBaseBlock, declared))
        return Error(ErrorKind::Corrupt,
                     translate("wd::HiveLog", "The registry hive %1 is truncated: it has %2 bytes but its header announces %3.")
                         .arg(path).arg(hive.size()).arg(kBaseBlock + declared), path);
    const qint64 end = kBaseBlock + declared;
    qint64 off = kBaseBlock;
    while (off < end) {
        const qint64 size = r.u32At(off + 8);
        if (!r.equalsAt(off, "hbin", 4) || r.u32At(off + 4) != quint32(off - kBaseBlock) || size < 4096 || size % 4096 != 0
            || off + size > end) {
            qint64 bad = 0, pages = 0;
            for (qint64 pg = off; pg < end; pg += 4096, ++pages)
                bad += !r.equalsAt(pg, "hbin", 4);
            return Error(ErrorKind::Corrupt,
                         translate("wd::HiveLog", "The registry hive %1 is corrupted: the data at offset 0x%2 is not a valid hive "
                                                  "bin (%3 of the remaining %4 pages do not start a bin). It cannot be read safely; "
                                                  "restore it from a backup (for example Windows\\System32\\config\\RegBack).")
                             .arg(path).arg(off, 0, 16).arg(bad).arg(pages), path);
        }
        off += size;
    }
    return {};
}

} // namespace

quint64 marvin32(const QByteArray &data, quint64 seed)
{
    quint32 lo = quint32(seed), hi = quint32(seed >> 32);
    auto mix = [&](quint32 v) {
        lo += v;
        hi ^= lo;
        lo = rotl(lo, 20) + hi;
        hi = rotl(hi, 9) ^ lo;
        lo = rotl(lo, 27) + hi;
        hi = rotl(hi, 19);
    };
    ByteReader r(data);
    const qint64 n = data.size();
    qint64 i = 0;
    for (; i + 4 <= n; i += 4)
        mix(r.u32At(i));
    quint32 fin = 0x80;
    switch (n - i) {
    case 3: fin = (fin << 8) | r.u8At(i + 2); [[fallthrough]];
    case 2: fin = (fin << 8) | r.u8At(i + 1); [[fallthrough]];
    case 1: fin = (fin << 8) | r.u8At(i); break;
    default: break;
    }
    mix(fin);
    mix(0);
    return (quint64(hi) << 32) | lo;
}

quint32 baseBlockChecksum(const QByteArray &block)
{
    ByteReader r(block);
    quint32 sum = 0;
    for (int i = 0; i < 127; ++i)
        sum ^= r.u32At(i * 4);
    if (sum == 0xFFFFFFFFu) sum = 0xFFFFFFFEu;
    if (sum == 0) sum = 1;
    return sum;
}

QByteArray makeLogEntry(quint32 sequence, quint32 hbinsSize, const QList<HiveLogPage> &pages, quint32 flags)
{
    QByteArray refs, body;
    for (const HiveLogPage &p : pages) {
        QByteArray ref(8, '\0');
        put32(ref, 0, p.offset);
        put32(ref, 4, quint32(p.data.size()));
        refs += ref;
        body += p.data;
    }
    QByteArray e(40, '\0');
    e += refs;
    e += body;
    if (e.size() % kSector)
        e.append(QByteArray(int(kSector - e.size() % kSector), '\0'));
    std::memcpy(e.data(), "HvLE", 4);
    put32(e, 4, quint32(e.size()));
    put32(e, 8, flags);
    put32(e, 12, sequence);
    put32(e, 16, hbinsSize);
    put32(e, 20, quint32(pages.size()));
    qToLittleEndian(marvin32(e.mid(40)), e.data() + 24);
    qToLittleEndian(marvin32(e.left(32)), e.data() + 32);
    return e;
}

QByteArray makeLogFile(const QByteArray &primaryBaseBlock, quint32 sequence, const QList<QByteArray> &entries)
{
    QByteArray base = primaryBaseBlock.left(int(kSector));
    base.resize(int(kSector), '\0');
    put32(base, 4, sequence);
    put32(base, 8, sequence);
    put32(base, 0x1C, 6);
    put32(base, 0x1FC, baseBlockChecksum(base));
    QByteArray out = base;
    for (const QByteArray &e : entries)
        out += e;
    return out;
}

Expected<PreparedHive> prepareHiveForReading(const QString &original, const QString &tempDir)
{
    Expected<HiveHeaderInfo> hdr = Hive::readHeader(original);
    if (!hdr)
        return hdr.error();
    PreparedHive p;
    p.path = original;

    QFile pf(original);
    if (!pf.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, translate("wd::HiveLog", "Cannot read the registry hive %1: %2").arg(original, pf.errorString()), original);
    if (pf.size() > kMaxHiveSize)
        return Error(ErrorKind::Corrupt, translate("wd::HiveLog", "The registry hive %1 is implausibly large.").arg(original), original);
    // A clean hive: only its bins, read bin by bin (bounded memory for sparse or hostile files).
    QByteArray hive;
    if (!hdr->dirty() && hdr->checksumOk) {
        Expected<QByteArray> image = readHiveImage(pf, hdr->hbinsSize, original);
        if (!image)
            return Error(image.error().kind,
                         translate("wd::HiveLog", "%1 The hive is corrupted and cannot be read safely; restore it from a backup (for example "
                                                  "Windows\\System32\\config\\RegBack).").arg(image.error().message), original);
        hive = std::move(*image);
    } else {
        hive = pf.readAll();
    }
    pf.close();
    if (!hdr->dirty() && hdr->checksumOk) {
        if (Expected<void> ok = checkHiveBins(hive, original); !ok)
            return ok.error();
        return p;
    }
    // Reading the original as it is (logs missing or unusable): it must at least be structurally sound.
    auto asIs = [&](PreparedHive &&prepared) -> Expected<PreparedHive> {
        if (Expected<void> ok = checkHiveBins(hive, original); !ok)
            return ok.error();
        return std::move(prepared);
    };

    QList<LogFile> logs;
    for (const QString &suffix : {QStringLiteral(".LOG1"), QStringLiteral(".LOG2"), QStringLiteral(".LOG")}) {
        const QString lp = sibling(original, suffix);
        if (lp.isEmpty())
            continue;
        QByteArray raw;
        LogFile lf = readLog(lp, raw);
        if (lf.type == 1 || lf.type == 2) {
            // Legacy format: keep the raw bytes for the dirty vector.
            lf.entries.clear();
            LogEntry e;
            e.log = lp;
            ByteReader r(raw);
            // The log's base block is a copy of the in-memory one: its hive bins size covers growth.
            const quint32 logHbins = ByteReader(lf.base).u32At(0x28);
            const quint32 hbins = (logHbins && logHbins % 4096 == 0 && qint64(logHbins) < kMaxHiveSize) ? logHbins : hdr->hbinsSize;
            const qint64 bits = qint64(hbins) / kSector;
            const qint64 vecBytes = (bits + 7) / 8;
            if (lf.baseValid && lf.primarySeq == lf.secondarySeq && r.equalsAt(kSector, "DIRT", 4) && r.has(kSector + 4, vecBytes)
                && lf.timestamp == ByteReader(hive).u64At(12)) {
                qint64 pageOff = ((kSector + 4 + vecBytes + kSector - 1) / kSector) * kSector;
                bool bad = false;
                for (qint64 bit = 0; bit < bits && !bad; ++bit) {
                    if (!(r.u8At(kSector + 4 + bit / 8) & (1u << (bit % 8))))
                        continue;
                    if (!r.has(pageOff, kSector)) {
                        bad = true;
                        break;
                    }
                    e.pages.append({quint32(bit * kSector), r.bytesAt(pageOff, kSector)});
                    pageOff += kSector;
                }
                if (!bad) {
                    e.seq = lf.primarySeq;
                    e.hbinsSize = hbins;
                    lf.entries.append(e);
                } else {
                    lf.problem = QStringLiteral("truncated legacy log");
                }
            } else {
                lf.problem = QStringLiteral("legacy log does not match the hive");
            }
        }
        logs.append(lf);
    }

    if (logs.isEmpty()) {
        p.findings.append(staleFinding(original, *hdr, QStringLiteral("no transaction log files next to the hive")));
        return asIs(std::move(p));
    }

    // A primary base block with a wrong checksum is recovered from a valid log base block.
    quint32 startSeq = hdr->primarySeq;
    if (!hdr->checksumOk) {
        const LogFile *best = nullptr;
        for (const LogFile &lf : logs)
            if (lf.baseValid && (!best || lf.secondarySeq > best->secondarySeq))
                best = &lf;
        if (!best) {
            p.findings.append(staleFinding(original, *hdr, QStringLiteral("damaged base block and no valid log base block")));
            return asIs(std::move(p));
        }
        hive.replace(0, int(kSector), best->base);
        startSeq = ByteReader(best->base).u32At(8);
    }

    // Collect applicable entries from all logs, in sequence order.
    std::map<quint32, LogEntry> bySeq;
    bool legacy = false;
    for (const LogFile &lf : logs) {
        if (lf.type == 1 || lf.type == 2) {
            if (!lf.entries.isEmpty() && bySeq.empty()) {
                bySeq.emplace(lf.entries.first().seq, lf.entries.first());
                legacy = true;
            }
            continue;
        }
        if (lf.type != 6 || !lf.baseValid)
            continue;
        for (const LogEntry &e : lf.entries)
            if (e.seq >= startSeq && !bySeq.count(e.seq))
                bySeq.emplace(e.seq, e);
    }
    QStringList problems;
    for (const LogFile &lf : logs)
        if (!lf.problem.isEmpty())
            problems.append(QFileInfo(lf.path).fileName() + QStringLiteral(": ") + lf.problem);
    if (bySeq.empty()) {
        QString reason = problems.isEmpty() ? QStringLiteral("the transaction logs hold no newer changes") : problems.join(QStringLiteral("; "));
        p.findings.append(staleFinding(original, *hdr, reason));
        return asIs(std::move(p));
    }

    quint32 lastSeq = 0;
    quint32 hbinsSize = ByteReader(hive).u32At(0x28);
    int gaps = 0;
    for (const auto &[seq, e] : bySeq) {
        if (lastSeq && seq != lastSeq + 1)
            ++gaps; // a partial reconcile can leave holes; the later entries still carry newer pages
        const qint64 needed = kBaseBlock + qint64(e.hbinsSize);
        if (needed > kMaxHiveSize)
            break;
        if (hive.size() < needed)
            hive.append(QByteArray(int(needed - hive.size()), '\0'));
        for (const auto &[off, data] : e.pages) {
            hive.replace(int(kBaseBlock + off), int(data.size()), data);
            ++p.appliedPages;
        }
        hbinsSize = e.hbinsSize;
        lastSeq = seq;
        ++p.appliedEntries;
    }
    // The replayed copy is a clean hive: both sequence numbers = the last applied one.
    if (!legacy) {
        put32(hive, 4, lastSeq);
        put32(hive, 8, lastSeq);
    } else {
        put32(hive, 8, ByteReader(hive).u32At(4));
    }
    put32(hive, 0x1C, 0);
    put32(hive, 0x28, hbinsSize);
    put32(hive, 0x1FC, baseBlockChecksum(hive.left(int(kSector))));
    if (hive.size() > kBaseBlock + qint64(hbinsSize))
        hive.truncate(int(kBaseBlock + hbinsSize));

    if (Expected<void> ok = checkHiveBins(hive, original); !ok) {
        // The logs did not produce a consistent hive: read the primary as it is and say so.
        QFile again(original);
        if (!again.open(QIODevice::ReadOnly))
            return ok.error();
        hive = again.readAll();
        PreparedHive stale;
        stale.path = original;
        stale.findings.append(staleFinding(original, *hdr, QStringLiteral("replaying the logs gave an inconsistent hive")));
        return asIs(std::move(stale));
    }
    QDir().mkpath(tempDir);
    const QString copy = QDir(tempDir).filePath(QFileInfo(original).fileName() + QStringLiteral(".replayed"));
    QString err;
    if (!writeCopy(copy, hive, err))
        return Error(ErrorKind::Io, translate("wd::HiveLog", "Cannot write the replayed copy of %1: %2").arg(original, err), copy);
    p.path = copy;
    p.replayed = true;

    Finding f;
    f.id = QStringLiteral("target.hive.replayed");
    f.check = QStringLiteral("target");
    f.severity = Severity::Info;
    f.title = translate("wd::HiveLog", "Unsaved changes of %1 were read from its transaction logs").arg(QFileInfo(original).fileName());
    f.detail = translate("wd::HiveLog", "Windows had not yet written its latest registry changes into the hive file. They were "
                                        "applied to a temporary copy, so this report shows the current state. The files on the "
                                        "disk were not changed.");
    f.evidence.insert(QStringLiteral("hive"), QDir::toNativeSeparators(original));
    f.evidence.insert(QStringLiteral("entries"), p.appliedEntries);
    f.evidence.insert(QStringLiteral("pages"), p.appliedPages);
    f.evidence.insert(QStringLiteral("sequence"), double(lastSeq));
    f.evidence.insert(QStringLiteral("format"), legacy ? QStringLiteral("legacy") : QStringLiteral("HvLE"));
    if (gaps)
        f.evidence.insert(QStringLiteral("sequence_gaps"), gaps);
    if (!problems.isEmpty())
        f.evidence.insert(QStringLiteral("log_problems"), problems.join(QStringLiteral("; ")));
    p.findings.append(f);
    return p;
}

} // namespace wd
