#include "formats/minidump.h"
#include "formats/byte_reader.h"
#include <QFile>
#include <algorithm>
#include <QFileInfo>
#include <QSet>

namespace wd {

namespace {

constexpr qint64 kHeader64Size = 0x2000;
constexpr qint64 kHeader32Size = 0x1000;
constexpr qint64 kMaxRead = 64LL * 1024 * 1024;
constexpr quint32 kMaxDrivers = 4096;
constexpr quint32 kTriageValid = 0x44475254; // "TRGD" as stored

Error corrupt(const QString &path, const QString &why)
{
    return Error(ErrorKind::Corrupt,
                 translate("wd::Minidump", "%1 is not a readable crash dump: %2").arg(path, why), path);
}

QDateTime fromFileTime(quint64 ft)
{
    // FILETIME: 100 ns ticks since 1601-01-01. Sanity range: 1990..2200.
    constexpr quint64 kEpochDiff = 116444736000000000ULL;
    if (ft <= kEpochDiff)
        return {};
    const qint64 ms = qint64((ft - kEpochDiff) / 10000ULL);
    if (ms < 631152000000LL || ms > 7258118400000LL)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString baseName(const QString &path)
{
    const qsizetype i = std::max(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
    return i >= 0 ? path.mid(i + 1) : path;
}

// Counted UTF-16 string (DUMP_STRING: ULONG length in characters, then the characters).
QString dumpString(const ByteReader &r, qint64 off)
{
    const auto len = r.at<quint32>(off);
    if (!len || *len == 0 || *len > 1024 || !r.has(off + 4, qint64(*len) * 2))
        return {};
    return r.utf16At(off + 4, *len);
}

const DumpModule *moduleAt(const QList<DumpModule> &mods, quint64 addr)
{
    for (const DumpModule &m : mods)
        if (m.contains(addr))
            return &m;
    return nullptr;
}

void findSuspect(DumpInfo &d, const ByteReader &r, qint64 stackOff, qint64 stackSize, bool is64)
{
    if (d.modules.isEmpty())
        return;
    // 1. A bug check parameter (often the faulting address or the driver's code) inside a module.
    //    The kernel itself is only named when nothing else is found.
    for (quint64 p : d.params) {
        if (p == 0)
            continue;
        if (const DumpModule *m = moduleAt(d.modules, p); m && !isMicrosoftModule(m->name)) {
            d.suspect = m->name;
            d.suspectReason = QStringLiteral("parameter");
            return;
        }
    }
    // 2. The first non-Microsoft module with a return address on the recorded stack.
    if (stackSize > 0 && r.has(stackOff, stackSize)) {
        const qint64 step = is64 ? 8 : 4;
        for (qint64 o = stackOff; o + step <= stackOff + stackSize; o += step) {
            const quint64 v = is64 ? r.u64At(o) : r.u32At(o);
            if (const DumpModule *m = moduleAt(d.modules, v); m && !isMicrosoftModule(m->name)) {
                d.suspect = m->name;
                d.suspectReason = QStringLiteral("stack");
                return;
            }
        }
    }
    // 3. Any module holding a parameter or the exception address (Windows' own module).
    for (quint64 p : d.params)
        if (const DumpModule *m = moduleAt(d.modules, p)) {
            d.suspect = m->name;
            d.suspectReason = QStringLiteral("parameter");
            return;
        }
    if (const DumpModule *m = moduleAt(d.modules, d.exceptionAddress)) {
        d.suspect = m->name;
        d.suspectReason = QStringLiteral("exception_address");
    }
}

Expected<DumpInfo> parseKernel(const ByteReader &r, const QString &path, qint64 fileSize, bool is64)
{
    DumpInfo d;
    d.format = is64 ? QStringLiteral("PAGEDU64") : QStringLiteral("PAGEDUMP");
    const qint64 hdr = is64 ? kHeader64Size : kHeader32Size;
    if (!r.has(0, hdr))
        return corrupt(path, translate("wd::Minidump", "the file ends inside the %1-byte dump header (it has %2 bytes); "
                                       "Windows probably could not finish writing it.").arg(hdr).arg(r.size()));
    d.majorVersion = r.u32At(0x08);
    d.build = r.u32At(0x0C);
    if (is64) {
        d.machine = r.u32At(0x30);
        d.processors = r.u32At(0x34);
        d.bugcheck = r.u32At(0x38);
        for (int i = 0; i < 4; ++i)
            d.params[size_t(i)] = r.u64At(0x40 + 8 * i);
        d.exceptionCode = r.u32At(0xF00);
        d.exceptionAddress = r.u64At(0xF10);
        d.dumpType = r.u32At(0xF98);
        d.time = fromFileTime(r.u64At(0xFA8));
    } else {
        d.machine = r.u32At(0x20);
        d.processors = r.u32At(0x24);
        d.bugcheck = r.u32At(0x28);
        for (int i = 0; i < 4; ++i)
            d.params[size_t(i)] = r.u32At(0x2C + 4 * i);
        d.exceptionCode = r.u32At(0x7D0);
        d.exceptionAddress = r.u32At(0x7DC);
        d.dumpType = r.u32At(0xF88);
        d.time = fromFileTime(r.u64At(0xFC0));
    }
    d.hasBugcheck = d.bugcheck != 0;
    const QSet<quint32> machines{0x14c, 0x8664, 0xAA64, 0x1c4, 0x200};
    if (!machines.contains(d.machine))
        return corrupt(path, translate("wd::Minidump", "the dump header names an unknown processor type (0x%1); the header is damaged.")
                                 .arg(d.machine, 0, 16));
    switch (d.dumpType) {
    case 4: d.kind = DumpInfo::Kind::KernelSmall; break;
    case 1: case 5: d.kind = DumpInfo::Kind::KernelFull; break;
    case 2: case 3: case 6: case 7: d.kind = DumpInfo::Kind::KernelSummary; break;
    default:
        return corrupt(path, translate("wd::Minidump", "the dump header has an unknown dump type (%1); the header is damaged.")
                                 .arg(d.dumpType));
    }
    if (d.kind != DumpInfo::Kind::KernelSmall) {
        // Complete/kernel memory dumps: the driver list lives in the saved memory, which needs
        // page-table translation; only the header is used.
        return d;
    }

    // TRIAGE_DUMP right after the header.
    const ByteReader t = r.sub(hdr, 0x50);
    if (t.failed())
        return corrupt(path, translate("wd::Minidump", "the small dump ends before its directory of contents."));
    const quint32 sizeOfDump = t.u32At(0x04);
    const quint32 validOffset = t.u32At(0x08);
    const qint64 total = fileSize >= 0 ? fileSize : r.size();
    if (sizeOfDump < hdr || sizeOfDump > total || sizeOfDump > r.size())
        return corrupt(path, translate("wd::Minidump", "the small dump says it is %1 bytes long but the file has %2 bytes; it is truncated or damaged.")
                                 .arg(sizeOfDump).arg(total));
    const ByteReader body = r.sub(0, sizeOfDump);
    if (body.at<quint32>(validOffset).value_or(0) != kTriageValid)
        d.warnings << translate("wd::Minidump", "The end marker of the small dump is missing; the dump may be incomplete.");
    const quint32 stackOff = t.u32At(0x28), stackSize = t.u32At(0x2C);
    const quint32 listOff = t.u32At(0x30), count = t.u32At(0x34);
    const qint64 entrySize = is64 ? 0x90 : 0x4C;
    if (count > kMaxDrivers || !body.has(listOff, qint64(count) * entrySize))
        return corrupt(path, translate("wd::Minidump", "the list of loaded drivers points outside the file (%1 entries at offset %2).")
                                 .arg(count).arg(listOff));
    for (quint32 i = 0; i < count; ++i) {
        const qint64 e = qint64(listOff) + qint64(i) * entrySize;
        DumpModule m;
        m.path = dumpString(body, body.u32At(e));
        if (is64) {
            m.base = body.u64At(e + 0x38);
            m.size = body.u32At(e + 0x48);
            m.timestamp = body.u32At(e + 0x88);
        } else {
            m.base = body.u32At(e + 0x1C);
            m.size = body.u32At(e + 0x24);
            m.timestamp = body.u32At(e + 0x48);
        }
        m.name = baseName(m.path);
        if (m.name.isEmpty())
            continue;
        d.modules.append(m);
    }
    if (d.modules.isEmpty() && count > 0)
        d.warnings << translate("wd::Minidump", "The names of the loaded drivers could not be read.");
    // Crashes started on purpose (keyboard, debugger, power button) blame no driver.
    const bool manual = d.bugcheck == 0xE2 || d.bugcheck == 0xDEADDEAD || d.bugcheck == 0x1C8;
    if (!manual)
        findSuspect(d, body, stackOff, body.has(stackOff, stackSize) ? stackSize : 0, is64);
    return d;
}

quint32 machineFromArch(quint16 arch)
{
    switch (arch) {
    case 0: return 0x14c;
    case 5: return 0x1c4;
    case 9: return 0x8664;
    case 12: return 0xAA64;
    default: return 0;
    }
}

Expected<DumpInfo> parseUser(const ByteReader &r, const QString &path)
{
    DumpInfo d;
    d.kind = DumpInfo::Kind::User;
    d.format = QStringLiteral("MDMP");
    if (!r.has(0, 32))
        return corrupt(path, translate("wd::Minidump", "the file ends inside the minidump header."));
    const quint32 streams = r.u32At(8), dirRva = r.u32At(12);
    const quint32 stamp = r.u32At(20);
    if (stamp != 0)
        d.time = QDateTime::fromSecsSinceEpoch(stamp, Qt::UTC);
    if (streams > 4096 || !r.has(dirRva, qint64(streams) * 12))
        return corrupt(path, translate("wd::Minidump", "the stream directory (%1 entries) points outside the file.").arg(streams));
    bool haveException = false;
    for (quint32 i = 0; i < streams; ++i) {
        const qint64 e = qint64(dirRva) + qint64(i) * 12;
        const quint32 type = r.u32At(e), size = r.u32At(e + 4), rva = r.u32At(e + 8);
        const ByteReader s = r.sub(rva, size);
        if (type == 0 || type == 0xffff)
            continue;
        if ((type == 4 || type == 6 || type == 7) && s.failed()) {
            d.warnings << translate("wd::Minidump", "Stream %1 of the minidump lies outside the file.").arg(type);
            continue;
        }
        if (type == 4) { // ModuleListStream
            const quint32 n = s.u32At(0);
            if (n > 65536 || !s.has(4, qint64(n) * 108)) {
                d.warnings << translate("wd::Minidump", "The module list of the minidump is damaged.");
                continue;
            }
            for (quint32 k = 0; k < n; ++k) {
                const qint64 m = 4 + qint64(k) * 108;
                DumpModule mod;
                mod.base = s.u64At(m);
                mod.size = s.u32At(m + 8);
                mod.timestamp = s.u32At(m + 16);
                const quint32 nameRva = s.u32At(m + 20);
                const quint32 nameBytes = r.u32At(nameRva);
                if (nameBytes > 0 && nameBytes < 4096 && r.has(qint64(nameRva) + 4, nameBytes))
                    mod.path = r.utf16At(qint64(nameRva) + 4, nameBytes / 2);
                mod.name = baseName(mod.path);
                d.modules.append(mod);
            }
        } else if (type == 6) { // ExceptionStream
            if (!s.has(0, 0x28)) {
                d.warnings << translate("wd::Minidump", "The exception record of the minidump is damaged.");
                continue;
            }
            d.exceptionCode = s.u32At(0x08);
            d.exceptionAddress = s.u64At(0x18);
            haveException = true;
        } else if (type == 7) { // SystemInfoStream
            if (!s.has(0, 0x18))
                continue;
            d.machine = machineFromArch(s.u16At(0));
            d.processors = s.u8At(6);
            d.majorVersion = s.u32At(8);
            d.build = s.u32At(0x10);
        }
    }
    if (haveException)
        if (const DumpModule *m = moduleAt(d.modules, d.exceptionAddress))
            d.exceptionModule = m->name;
    d.suspect = d.exceptionModule;
    if (!d.suspect.isEmpty())
        d.suspectReason = QStringLiteral("exception_address");
    return d;
}

} // namespace

QString DumpInfo::kindString() const
{
    switch (kind) {
    case Kind::KernelSmall: return QStringLiteral("kernel_small");
    case Kind::KernelSummary: return QStringLiteral("kernel_summary");
    case Kind::KernelFull: return QStringLiteral("kernel_full");
    case Kind::User: return QStringLiteral("user");
    }
    return {};
}

QString machineName(quint32 machine)
{
    switch (machine) {
    case 0x14c: return QStringLiteral("x86");
    case 0x8664: return QStringLiteral("x64");
    case 0xAA64: return QStringLiteral("arm64");
    case 0x1c4: return QStringLiteral("arm");
    case 0x200: return QStringLiteral("ia64");
    default: return {};
    }
}

QString DumpInfo::archString() const { return machineName(machine); }

Expected<DumpInfo> parseDump(const QByteArray &data, const QString &path, qint64 fileSize)
{
    const ByteReader r(data);
    if (r.size() < 8) {
        if (r.size() == 0)
            return corrupt(path, translate("wd::Minidump", "the file is empty; Windows probably could not finish writing it."));
        return corrupt(path, translate("wd::Minidump", "the file is only %1 bytes long.").arg(r.size()));
    }
    if (r.equalsAt(0, "PAGEDU64", 8))
        return parseKernel(r, path, fileSize, true);
    if (r.equalsAt(0, "PAGEDUMP", 8))
        return parseKernel(r, path, fileSize, false);
    if (r.equalsAt(0, "MDMP", 4))
        return parseUser(r, path);
    bool allZero = true;
    for (qint64 i = 0; i < std::min<qint64>(r.size(), 4096) && allZero; ++i)
        allZero = r.u8At(i) == 0;
    if (allZero)
        return corrupt(path, translate("wd::Minidump", "the file is filled with zeros; Windows could not finish writing the dump "
                                       "(often because the computer was switched off or the page file was too small)."));
    return corrupt(path, translate("wd::Minidump", "it does not start with a Windows crash dump signature (PAGEDU64, PAGEDUMP or MDMP)."));
}

Expected<DumpInfo> readDumpFile(const QString &hostPath, const QString &displayPath)
{
    const QString shown = displayPath.isEmpty() ? hostPath : displayPath;
    QFile f(hostPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, translate("wd::Minidump", "Cannot open %1: %2").arg(shown, f.errorString()), shown);
    const qint64 size = f.size();
    // Complete and kernel memory dumps (MEMORY.DMP, often gigabytes) are summarised from their
    // header; small kernel dumps and user-mode minidumps are read whole (up to 64 MiB).
    QByteArray data = f.read(std::min<qint64>(size, kHeader64Size));
    if (data.size() != std::min<qint64>(size, kHeader64Size))
        return Error(ErrorKind::Io, translate("wd::Minidump", "Cannot read %1: %2").arg(shown, f.errorString()), shown);
    const ByteReader head(data);
    const bool bigKernel = (head.equalsAt(0, "PAGEDU64", 8) && head.has(0xF98, 4) && head.u32At(0xF98) != 4) ||
                           (head.equalsAt(0, "PAGEDUMP", 8) && head.has(0xF88, 4) && head.u32At(0xF88) != 4);
    if (!bigKernel && size > data.size()) {
        const QByteArray rest = f.read(std::min(size, kMaxRead) - data.size());
        if (rest.size() != std::min(size, kMaxRead) - data.size())
            return Error(ErrorKind::Io, translate("wd::Minidump", "Cannot read %1: %2").arg(shown, f.errorString()), shown);
        data += rest;
    }
    return parseDump(data, shown, size);
}

bool isMicrosoftModule(const QString &nameIn)
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const char *n : {"ntoskrnl.exe", "ntkrnlpa.exe", "ntkrnlmp.exe", "ntkrpamp.exe", "ntkrla57.exe", "hal.dll",
                              "halmacpi.dll", "halacpi.dll", "kdcom.dll", "kd.dll", "kdnet.dll", "ci.dll", "clfs.sys",
                              "tm.sys", "pshed.dll", "bootvid.dll", "ndis.sys", "tcpip.sys", "netio.sys", "fwpkclnt.sys",
                              "afd.sys", "afunix.sys", "http.sys", "mrxsmb.sys", "mrxsmb10.sys", "mrxsmb20.sys",
                              "rdbss.sys", "ntfs.sys", "fastfat.sys", "refs.sys", "fltmgr.sys", "wdf01000.sys",
                              "wdfldr.sys", "acpi.sys", "pci.sys", "storport.sys", "volmgr.sys", "volmgrx.sys",
                              "partmgr.sys", "disk.sys", "classpnp.sys", "ksecdd.sys", "ksecpkg.sys", "cng.sys",
                              "msrpc.sys", "win32k.sys", "win32kbase.sys", "win32kfull.sys", "dxgkrnl.sys",
                              "dxgmms1.sys", "dxgmms2.sys", "watchdog.sys", "usbport.sys", "usbhub.sys", "usbhub3.sys",
                              "usbxhci.sys", "ucx01000.sys", "nwifi.sys", "netbt.sys", "tdx.sys", "tdi.sys",
                              "pacer.sys", "wfplwfs.sys", "ndiscap.sys", "vwififlt.sys", "ndisuio.sys", "nsiproxy.sys",
                              "wanarp.sys", "ndiswan.sys", "raspppoe.sys", "rasl2tp.sys", "raspptp.sys", "rassstp.sys",
                              "ndproxy.sys", "mpsdrv.sys", "bowser.sys", "srv.sys", "srv2.sys", "srvnet.sys",
                              "mup.sys", "npfs.sys", "msfs.sys", "ks.sys", "ksthunk.sys", "volsnap.sys", "fvevol.sys",
                              "rdyboost.sys", "wd.sys", "wdfilter.sys", "wdnisdrv.sys", "wdboot.sys", "pdc.sys",
                              "cea.sys", "wof.sys", "fileinfo.sys", "ahcache.sys", "mssecflt.sys", "sgrmagent.sys",
                              "hvservice.sys", "vmbus.sys", "vmbkmcl.sys", "netvsc.sys", "storvsc.sys", "vmswitch.sys",
                              "vms3cap.sys", "vmsproxy.sys", "iorate.sys", "spaceport.sys", "storahci.sys",
                              "stornvme.sys", "intelppm.sys", "amdppm.sys", "processr.sys", "mountmgr.sys",
                              "ataport.sys", "atapi.sys", "pciidex.sys", "condrv.sys", "beep.sys", "null.sys",
                              "cdrom.sys", "hidclass.sys", "hidparse.sys", "kbdclass.sys", "mouclass.sys",
                              "i8042prt.sys", "kbdhid.sys", "mouhid.sys", "serial.sys", "serenum.sys", "crashdmp.sys",
                              "dumpfve.sys", "mmcss.sys", "peauth.sys", "luafv.sys", "lxcore.sys", "bam.sys",
                              "dam.sys", "cldflt.sys", "storqosflt.sys", "bindflt.sys", "wcifs.sys", "msquic.sys",
                              "tcpipreg.sys", "nsi.dll", "rfcomm.sys", "bthport.sys", "bthusb.sys", "wmiacpi.sys",
                              "sdbus.sys", "sdstor.sys", "msisadrv.sys", "vdrvroot.sys", "pdc.sys", "werkernel.sys",
                              "msrpc.sys", "tbs.sys", "tpm.sys", "cmimcext.sys", "werkernel.sys", "clipsp.sys",
                              "ntosext.sys", "hwpolicy.sys", "spaceparser.sys", "mcupdate_genuineintel.dll",
                              "mcupdate_authenticamd.dll", "bootvid.dll", "fs_rec.sys", "ndisimplatform.sys",
                              "mslldp.sys", "rspndr.sys", "lltdio.sys", "netadaptercx.sys", "wmilib.sys",
                              "storufs.sys", "sdport.sys", "sdbus.sys", "ufx01000.sys", "ufxsynopsys.sys", "usbehci.sys",
                              "usbccgp.sys", "hidusb.sys", "bthenum.sys", "bthmini.sys", "netadapter.sys", "wdiwifi.sys",
                              "vwifibus.sys", "vwifimp.sys"})
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    const QString name = nameIn.toLower();
    return names.contains(name) || name.startsWith(QLatin1String("dump_")) || name.startsWith(QLatin1String("mcupdate_"));
}

} // namespace wd
