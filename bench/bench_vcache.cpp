// Benchmark of the verification cache (see bench/README.md). Not a test.
//   bench_vcache [--dir DIR] [--files N] [--signed N] [--catalogs N] [--rounds N] [--warm N [--from-file]]
// Builds an offline Windows volume (generated hives, the signature fixtures) whose System32 holds
// --files PE files (copies of Wine PE DLLs with varied bytes: --signed signed with osslsigncode, every
// third of the others listed in one of --catalogs security catalogs in CatRoot, the rest unsigned),
// then times whole deep scans (scan --deep, every check) of it: the first with an empty cache, the
// second in the same process (the wizard's rescans), the third with a new cache object that reads the
// disk file (a new process), and one with --no-cache.
#if __has_include("fixtures/signing_fixtures.h") && !defined(_WIN32)
#define WD_BENCH_VCACHE 1
#include "checks/verification_cache.h"
#include "fixtures/signing_fixtures.h"
#include "fixtures/windows_image.h"
#include "formats/pe.h"
#include "platform/targets.h"
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QDirIterator>
#include <algorithm>
#include <fcntl.h>
#include <unistd.h>
#endif
#include <QCoreApplication>
#include <cstdio>

#ifdef WD_BENCH_VCACHE

using namespace wd;

namespace {

QTextStream out(stdout);

int makeVolume(const QString &root, int nFiles, int nSigned, int nCatalogs)
{
    const auto &pki = fx::TestPki::instance();
    QList<QByteArray> bases;
    QDir wine(QStringLiteral("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows"));
    for (const QFileInfo &fi : wine.entryInfoList({QStringLiteral("*.dll")}, QDir::Files, QDir::Name)) {
        if (fi.size() < 64 * 1024 || fi.size() > 2 * 1024 * 1024)
            continue;
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray b = f.readAll();
            if (pe::parse(b).ok())
                bases << b;
        }
        if (bases.size() >= 120)
            break;
    }
    if (bases.isEmpty()) {
        fprintf(stderr, "no Wine PE DLLs found\n");
        return 2;
    }
    try {
        fx::WindowsImage img(root);
        fx::addSignatureFixtures(img); // the test root in the ROOT store, the Winsock DLLs, a catalog
        QList<QByteArray> listed;
        qint64 total = 0;
        for (int i = 0; i < nFiles; ++i) {
            QByteArray b = bases.at(i % bases.size());
            const QByteArray tag = QByteArray::number(i).rightJustified(8, '0');
            for (int k = 0; k < tag.size(); ++k)
                b[0x4e + k] = tag[k];
            if (i < nSigned) {
                Expected<QByteArray> s = fx::signPe(b, pki.publisher);
                if (!s) {
                    fprintf(stderr, "%s\n", qPrintable(s.error().message));
                    return 2;
                }
                b = *s;
            } else if (i % 3 == 0) {
                Expected<pe::Image> pi = pe::parse(b);
                listed << sig::computeDigests(b, &*pi).authSha256;
            }
            total += b.size();
            img.writeFile(QStringLiteral("Windows\\System32\\bench%1.dll").arg(i, 5, 10, QLatin1Char('0')), b);
        }
        for (int c = 0; c < nCatalogs; ++c) {
            QList<fx::CatalogEntry> members;
            for (int j = c; j < listed.size(); j += nCatalogs)
                members.append({listed.at(j), true, QStringLiteral("bench%1.dll").arg(j)});
            for (int j = 0; j < 20; ++j)
                members.append({QCryptographicHash::hash(QByteArray::number(c * 1000 + j), QCryptographicHash::Sha256), true, QString()});
            Expected<QByteArray> cat = fx::makeCatalog(members, pki.publisher);
            if (!cat)
                return 2;
            img.writeFile(QStringLiteral("Windows\\System32\\CatRoot\\{F750E6C3-38EE-11D1-85E5-00C04FC295EE}\\bench%1.cat").arg(c, 5, 10,
                                                                                                                           QLatin1Char('0')),
                          *cat);
        }
        img.commit();
        out << "volume: " << nFiles << " generated files in System32 (" << total / (1024 * 1024) << " MiB), " << nSigned
            << " signed, " << listed.size() << " catalog-listed, " << nCatalogs + 1 << " catalogs" << Qt::endl;
    } catch (const std::exception &e) {
        fprintf(stderr, "%s\n", e.what());
        return 2;
    }
    return 0;
}

struct Timed {
    double ms = 0;
    QJsonObject cache;
    QString checks; // "id ms, ..." of the scan's checks
};

Timed deepScan(const QString &root, bool cache)
{
    Expected<TargetSpec> spec = TargetSpec::parse(QStringLiteral("offline:") + root);
    Expected<OpenedTarget> t = openTarget(*spec);
    if (!t) {
        fprintf(stderr, "%s\n", qPrintable(t.error().message));
        exit(2);
    }
    ScanOptions o;
    o.deep = true;
    o.verificationCache = cache;
    CancelToken cancel;
    QElapsedTimer timer;
    timer.start();
    const ScanResult r = scanTarget(*t, o, cancel);
    Timed out;
    out.ms = timer.nsecsElapsed() / 1e6;
    out.cache = r.extra.value(QStringLiteral("verification_cache")).toObject();
    for (const CheckRun &c : r.checks)
        out.checks += QStringLiteral("%1 %2 ms, ").arg(c.id).arg(c.durationMs);
    out.checks.chop(2);
    return out;
}

// Drops the volume's files from the page cache (posix_fadvise, this volume only): the next scan reads
// them from the disk, as a first scan on a PC usually does.
void evict(const QString &root)
{
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const int fd = ::open(QFile::encodeName(it.next()).constData(), O_RDONLY);
        if (fd >= 0) {
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

#endif // WD_BENCH_VCACHE

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
#ifndef WD_BENCH_VCACHE
    fprintf(stderr, "bench_vcache needs the Linux host build (fixture generators).\n");
    return 2;
#else
    QStringList args = app.arguments();
    auto opt = [&](const char *name, const QString &def) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : def;
    };
    const QString dir = opt("--dir", QDir::tempPath() + QStringLiteral("/wd-bench-vcache"));
    const int nFiles = opt("--files", QStringLiteral("2000")).toInt();
    const int nSigned = opt("--signed", QStringLiteral("100")).toInt();
    const int nCatalogs = opt("--catalogs", QStringLiteral("300")).toInt();
    const int rounds = std::max(1, opt("--rounds", QStringLiteral("3")).toInt());
    const QString root = dir + QStringLiteral("/volume");
    const QString stampFile = dir + QStringLiteral("/generated-with");
    const QByteArray stamp = QByteArray::number(nFiles) + ' ' + QByteArray::number(nSigned) + ' ' + QByteArray::number(nCatalogs);
    QFile sf(stampFile);
    if (!sf.open(QIODevice::ReadOnly) || sf.readAll() != stamp) {
        QDir(dir).removeRecursively();
        QDir().mkpath(root);
        QElapsedTimer g;
        g.start();
        if (int rc = makeVolume(root, nFiles, nSigned, nCatalogs))
            return rc;
        QFile w(stampFile);
        if (w.open(QIODevice::WriteOnly))
            w.write(stamp);
        out << "volume generated in " << g.elapsed() / 1000.0 << " s" << Qt::endl;
        QThread::msleep(2500); // files written within 2 s of a scan's start are never cached
    }
    // Read once so that every measured scan finds the files in the page cache (the first scan is not
    // charged for the disk; on a real PC a cold first scan is slower still).
    deepScan(root, false);

    // --warm N: only N scans served from the cache (for a profiler); --from-file: each with a new cache
    // object that reads the cache file (a new process).
    if (const int warm = opt("--warm", QStringLiteral("0")).toInt(); warm > 0) {
        QTemporaryDir cacheDir;
        qputenv("WD_CACHE_DIR", QFile::encodeName(cacheDir.path()));
        deepScan(root, true);
        const bool fromFile = args.contains(QStringLiteral("--from-file"));
        for (int i = 0; i < warm; ++i)
        {
            if (fromFile)
                VerificationCache::forgetAllInProcess();
            const Timed t = deepScan(root, true);
            out << t.ms << " ms  (" << t.checks << ")" << Qt::endl;
        }
        return 0;
    }
    QList<double> first, firstCold, second, fromDisk, noCache;
    QJsonObject c1, c2, c3;
    QString checks1, checks2, checks3;
    for (int r = 0; r < rounds; ++r) {
        QTemporaryDir coldDir;
        qputenv("WD_CACHE_DIR", QFile::encodeName(coldDir.path()));
        VerificationCache::forgetAllInProcess();
        evict(root);
        const Timed tc = deepScan(root, true); // empty cache, files read from the disk
        QTemporaryDir cacheDir;
        qputenv("WD_CACHE_DIR", QFile::encodeName(cacheDir.path()));
        VerificationCache::forgetAllInProcess();
        const Timed t1 = deepScan(root, true);
        const Timed t2 = deepScan(root, true);
        VerificationCache::forgetAllInProcess();
        const Timed t3 = deepScan(root, true);
        const Timed t0 = deepScan(root, false);
        first << t1.ms;
        firstCold << tc.ms;
        second << t2.ms;
        fromDisk << t3.ms;
        noCache << t0.ms;
        c1 = t1.cache;
        c2 = t2.cache;
        c3 = t3.cache;
        checks1 = t1.checks;
        checks2 = t2.checks;
        checks3 = t3.checks;
        out << QStringLiteral("round %1: first (files from the disk) %6 ms, first %2 ms, second %3 ms, from disk %4 ms, --no-cache %5 ms\n")
                   .arg(r + 1)
                   .arg(t1.ms, 0, 'f', 1)
                   .arg(t2.ms, 0, 'f', 1)
                   .arg(t3.ms, 0, 'f', 1)
                   .arg(t0.ms, 0, 'f', 1)
                   .arg(tc.ms, 0, 'f', 1);
        out.flush();
    }
    auto counts = [](const QJsonObject &c) {
        return QStringLiteral("%1 files: %2 from the cache, %3 verified, %4 stored")
            .arg(c.value(QStringLiteral("files")).toInteger())
            .arg(c.value(QStringLiteral("from_cache")).toInteger())
            .arg(c.value(QStringLiteral("verified")).toInteger())
            .arg(c.value(QStringLiteral("stored")).toInteger());
    };
    const double m1 = median(first), m2 = median(second), m3 = median(fromDisk), m0 = median(noCache), mc = median(firstCold);
    out << QStringLiteral("\nmedians of %1 round(s), whole deep scans (every check):\n").arg(rounds);
    out << QStringLiteral("  first, files read from the disk (evicted from the page cache) %1 ms\n").arg(mc, 8, 'f', 1);
    out << QStringLiteral("  first, files in the page cache  %1 ms   %2\n").arg(m1, 8, 'f', 1).arg(counts(c1));
    out << QStringLiteral("  second (same process)           %1 ms   %2   ratio %3 % (%4 % of the first from the disk)\n")
               .arg(m2, 8, 'f', 1).arg(counts(c2)).arg(100.0 * m2 / m1, 0, 'f', 1).arg(100.0 * m2 / mc, 0, 'f', 1);
    out << QStringLiteral("  third (new cache object, file)  %1 ms   %2   ratio %3 % (%4 % of the first from the disk)\n")
               .arg(m3, 8, 'f', 1).arg(counts(c3)).arg(100.0 * m3 / m1, 0, 'f', 1).arg(100.0 * m3 / mc, 0, 'f', 1);
    out << QStringLiteral("  --no-cache                      %1 ms\n").arg(m0, 8, 'f', 1);
    out << QStringLiteral("  goal: second and third <= 5 % of the first\n");
    out << QStringLiteral("last round's checks:\n  first:  %1\n  second: %2\n  third:  %3\n").arg(checks1, checks2, checks3);
    out.flush();
    return 0;
#endif
}
