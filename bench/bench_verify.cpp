// Benchmark of file verification (see bench/README.md). Not a test.
//   bench_verify [--dir DIR] [--files N] [--catalogs N] [--listing-catalogs N] [--members N] [--signed N] [--sample N]
//                [--threads N] [--rounds N] [--repeat N]
// Builds a corpus of PE files on a generated offline Windows volume (copies of Wine PE DLLs with varied
// bytes in System32, some signed with osslsigncode, some listed in generated catalogs in CatRoot), then
// measures side by side, in one run:
//   (a) our verifier in-process (verifyFiles, as scan --deep and verify use it), with its hashing stats;
//   (b) the real `winsock-doctor verify --files-from LIST` over the corpus (process start included);
//   (c) the real `winsock-doctor scan --deep` of the volume (every check, then the corpus);
//   (d) two `openssl dgst -sha256` processes in parallel over halves of the files (this machine's
//       two-core hashing limit, process start included);
//   (e) a per-file `osslsigncode verify` loop over a sample spread over the corpus (catalog-listed
//       files verified against their catalog, -catalog), extrapolated to the corpus;
//   (f) bytes hashed per byte read, catalog indexing and peak RSS of (a).
#if __has_include("fixtures/signing_fixtures.h") && !defined(_WIN32)
#define WD_BENCH_VERIFY 1
#include "checks/file_verifier.h"
#include "fixtures/signing_fixtures.h"
#include "fixtures/windows_image.h"
#include "formats/pe.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <thread>
#endif
#include <QCoreApplication>
#include <cstdio>

#ifdef WD_BENCH_VERIFY

using namespace wd;

namespace {

QTextStream out(stdout);

// Bumped when the corpus layout changes (an old corpus is then generated anew).
constexpr const char *kLayout = "offline-volume-2";
// The layout file of a corpus: the generator's layout and the filler members per catalog.
QByteArray layoutOf(int members, int listing)
{
    QByteArray l(kLayout);
    if (members != 20)
        l += " members " + QByteArray::number(members);
    if (listing > 0)
        l += " listing " + QByteArray::number(listing);
    return l;
}

qint64 peakRssKb()
{
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        fprintf(stderr, "cannot write %s\n", qPrintable(path));
        exit(2);
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString volume(const QString &dir) { return dir + QStringLiteral("/vol"); }
QString system32(const QString &dir) { return volume(dir) + QStringLiteral("/Windows/System32"); }
QString catRoot(const QString &dir) { return system32(dir) + QStringLiteral("/CatRoot/") + QLatin1String(sig::kCatRootGuid); }
QString listFile(const QString &dir) { return dir + QStringLiteral("/files.txt"); }

QStringList corpusFiles(const QString &dir)
{
    QStringList l;
    for (const QByteArray &line : readAll(listFile(dir)).split('\n'))
        if (!line.isEmpty())
            l << QString::fromUtf8(line);
    return l;
}

// "fNNNNN.dll" -> catalog that lists it (for osslsigncode -catalog).
QHash<QString, QString> catalogOf(const QString &dir)
{
    QHash<QString, QString> m;
    for (const QByteArray &line : readAll(dir + QStringLiteral("/catalog-of.txt")).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            m.insert(QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]));
    }
    return m;
}

// LISTING > 0: the catalog-listed files are spread over the first LISTING catalogs only (a package
// catalog of a real Windows lists many files); 0: over all of them (one file per catalog here).
int makeCorpus(const QString &dir, int nFiles, int nCatalogs, int nMembers, int nSigned, int listing)
{
    const auto &pki = fx::TestPki::instance();
    {
        fx::WindowsImage img(volume(dir)); // SYSTEM and SOFTWARE hives, so that it opens as offline:DIR
        img.commit();
    }
    writeFile(dir + QStringLiteral("/roots/root.pem"), pki.root.certPem());
    // Base images: Wine PE DLLs between 64 KiB and 2 MiB.
    QList<QByteArray> bases;
    QDir wine(QStringLiteral("/usr/lib/x86_64-linux-gnu/wine/x86_64-windows"));
    for (const QFileInfo &fi : wine.entryInfoList({QStringLiteral("*.dll")}, QDir::Files, QDir::Name)) {
        if (fi.size() < 64 * 1024 || fi.size() > 2 * 1024 * 1024)
            continue;
        const QByteArray b = readAll(fi.filePath());
        if (pe::parse(b).ok())
            bases << b;
        if (bases.size() >= 120)
            break;
    }
    if (bases.isEmpty()) {
        fprintf(stderr, "no Wine PE DLLs found\n");
        return 2;
    }
    QList<QByteArray> catalogDigests;
    QStringList catalogNames; // file name of each catalog-listed file
    QByteArray list;
    qint64 total = 0;
    for (int i = 0; i < nFiles; ++i) {
        QByteArray b = bases.at(i % bases.size());
        // Vary bytes inside the DOS stub text (keeps the image valid, changes every hash).
        const QByteArray tag = QByteArray::number(i).rightJustified(8, '0');
        for (int k = 0; k < tag.size(); ++k)
            b[0x4e + k] = tag[k];
        const QString name = QStringLiteral("f%1.dll").arg(i, 5, 10, QLatin1Char('0'));
        if (i < nSigned) {
            Expected<QByteArray> s = fx::signPe(b, pki.publisher);
            if (!s) {
                fprintf(stderr, "%s\n", qPrintable(s.error().message));
                return 2;
            }
            b = *s;
        } else if (i % 3 == 0) {
            Expected<pe::Image> img = pe::parse(b);
            catalogDigests << sig::computeDigests(b, &*img, sig::NeedAuthSha256).authSha256;
            catalogNames << name;
        }
        total += b.size();
        const QString path = system32(dir) + QLatin1Char('/') + name;
        writeFile(path, b);
        list += path.toUtf8() + '\n';
    }
    // Catalogs: the real members spread over them, padded with filler hashes.
    QByteArray catalogOfText;
    for (int c = 0; c < nCatalogs; ++c) {
        const QString catName = QStringLiteral("c%1.cat").arg(c, 5, 10, QLatin1Char('0'));
        QList<fx::CatalogEntry> members;
        const int spread = listing > 0 ? qMin(listing, nCatalogs) : nCatalogs;
        for (int j = c; c < spread && j < catalogDigests.size(); j += spread) {
            members.append({catalogDigests.at(j), true, catalogNames.at(j)});
            catalogOfText += catalogNames.at(j).toUtf8() + ' ' + catName.toUtf8() + '\n';
        }
        for (int j = 0; j < nMembers; ++j)
            members.append({QCryptographicHash::hash(QByteArray::number(qint64(c) * qMax(1000, nMembers) + j), QCryptographicHash::Sha256), true,
                            QString()});
        Expected<QByteArray> cat = fx::makeCatalog(members, pki.publisher);
        if (!cat)
            return 2;
        writeFile(catRoot(dir) + QLatin1Char('/') + catName, *cat);
    }
    writeFile(dir + QStringLiteral("/catalog-of.txt"), catalogOfText);
    writeFile(listFile(dir), list);
    writeFile(dir + QStringLiteral("/layout"), layoutOf(nMembers, listing));
    out << "corpus: " << nFiles << " files (" << total / (1024 * 1024) << " MiB), " << nSigned << " signed, "
        << catalogDigests.size() << " catalog-listed, " << nCatalogs << " catalogs" << Qt::endl;
    return 0;
}

// (a) Runs in its own process so that the peak RSS is the verifier's alone.
int measure(const QString &dir, int threads)
{
    auto trust = std::make_shared<sig::TrustStore>();
    trust->addPemFile(dir + QStringLiteral("/roots/root.pem"));
    auto catalogs = std::make_shared<sig::CatalogIndex>();
    QElapsedTimer t;
    t.start();
    Expected<int> n = catalogs->addDirectory(catRoot(dir));
    const qint64 indexMs = t.elapsed();
    const QStringList files = corpusFiles(dir);
    const FileVerifier verifier(trust, catalogs, QDateTime::currentDateTimeUtc());
    QList<VerifyJob> jobs;
    for (const QString &f : files)
        jobs.append({f, QString(), false, QString()}); // as scan --deep and verify (without --hashes)
    int valid = 0, viaCatalog = 0, unsignedCount = 0, other = 0;
    VerifyRun run;
    run.threads = threads;
    run.result = [&](qsizetype, VerifiedFile &&v) {
        if (v.signature.status == sig::Status::Valid)
            ++(v.source == QLatin1String("catalog") ? viaCatalog : valid);
        else if (v.signature.status == sig::Status::Unsigned)
            ++unsignedCount;
        else
            ++other;
    };
    sig::HashStats stats;
    t.restart();
    verifyFiles(verifier, jobs, run, &stats);
    const qint64 verifyMs = qMax<qint64>(1, t.elapsed());
    const QJsonObject o{{QStringLiteral("catalogs"), n.valueOr(0)},
                        {QStringLiteral("catalog_members"), qint64(catalogs->memberCount())},
                        {QStringLiteral("index_ms"), indexMs},
                        {QStringLiteral("files"), qint64(files.size())},
                        {QStringLiteral("bytes"), stats.bytesRead},
                        {QStringLiteral("hashed_flat_sha1"), stats.flatSha1},
                        {QStringLiteral("hashed_flat_sha256"), stats.flatSha256},
                        {QStringLiteral("hashed_auth_sha1"), stats.authSha1},
                        {QStringLiteral("hashed_auth_sha256"), stats.authSha256},
                        {QStringLiteral("verify_ms"), verifyMs},
                        {QStringLiteral("valid_embedded"), valid},
                        {QStringLiteral("valid_catalog"), viaCatalog},
                        {QStringLiteral("unsigned"), unsignedCount},
                        {QStringLiteral("other"), other},
                        {QStringLiteral("peak_rss_kb"), peakRssKb()}};
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

QString loadAverage()
{
    return QString::fromLatin1(readAll(QStringLiteral("/proc/loadavg"))).section(QLatin1Char(' '), 0, 2);
}

// Runs PROGRAM ARGS to the end; returns its wall time in seconds (process start included), or -1.
// Its output goes to a file, read after the clock stops: this process reading a pipe while the
// measured one runs would take CPU from the same two cores (the openssl side writes to a file too).
double timed(const QString &program, const QStringList &args, QByteArray *stdoutBytes = nullptr, int *exitCode = nullptr)
{
    QTemporaryFile out;
    if (stdoutBytes && !out.open())
        return -1;
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setStandardOutputFile(stdoutBytes ? out.fileName() : QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForStarted(-1))
        return -1;
    p.waitForFinished(-1);
    const double s = t.elapsed() / 1000.0;
    if (stdoutBytes)
        *stdoutBytes = out.readAll();
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return s;
}

// Counts of signature statuses over the "files" array of a verify/scan JSON document.
QString statusCounts(const QJsonArray &files, qsizetype *n = nullptr)
{
    QMap<QString, int> c;
    for (const QJsonValue &f : files) {
        const QJsonObject s = f.toObject().value(QStringLiteral("signature")).toObject();
        c[s.value(QStringLiteral("status")).toString() + QLatin1Char('/') + s.value(QStringLiteral("source")).toString()]++;
    }
    QStringList parts;
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    if (n)
        *n = files.size();
    return parts.join(QStringLiteral(", "));
}

QString goal(double ratio, double min) { return ratio >= min ? QStringLiteral("met") : QStringLiteral("MISSED"); }

// CPU time (user + system, seconds) of the children waited for so far.
double childrenCpu()
{
    struct rusage ru {};
    getrusage(RUSAGE_CHILDREN, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

struct Sample {
    double wall = 0, cpu = 0;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

Sample medianOf(const QList<Sample> &l)
{
    QList<double> w, c;
    for (const Sample &s : l) {
        w << s.wall;
        c << s.cpu;
    }
    return {median(w), median(c)};
}

// One run: ROUNDS rounds, each measuring (a) to (d) one after the other (so that a burst of load from
// other jobs hits every side alike over the rounds); the medians are compared. Then (e) once.
void runOnce(const QString &self, const QString &dir, int threads, int sample, int round, int rounds)
{
    const QStringList files = corpusFiles(dir);
    const QString roots = dir + QStringLiteral("/roots");
    const QString wd = QFileInfo(self).absolutePath() + QStringLiteral("/winsock-doctor");
    out << "\nrun " << round << " (" << rounds << " rounds; load average before: " << loadAverage() << ")\n";
    out.flush();
    const QStringList target{QStringLiteral("--target"), QStringLiteral("offline:") + volume(dir), QStringLiteral("--trust-roots"), roots};
    QList<Sample> inProc, verify, scan, dgst;
    QJsonObject m;
    QString vCounts, sCounts;
    qsizetype vFiles = 0, sFiles = 0;
    int vRc = 0;
    for (int r = 0; r < rounds; ++r) {
        // (a) in-process: its own timing of verifyFiles (no process start, no catalog indexing)
        QByteArray mOut;
        double c0 = childrenCpu();
        timed(self, {QStringLiteral("--measure"), QStringLiteral("--dir"), dir, QStringLiteral("--threads"), QString::number(threads)}, &mOut);
        m = QJsonDocument::fromJson(mOut.trimmed()).object();
        inProc << Sample{m.value(QStringLiteral("verify_ms")).toDouble() / 1000.0, childrenCpu() - c0};

        // (b) the verify command (catalogs from the volume, as on a real target)
        QByteArray vOut;
        c0 = childrenCpu();
        // --no-cache (b, c): every file verified; bench_vcache measures the verification cache.
        const double vs = timed(wd, QStringList{QStringLiteral("verify"), QStringLiteral("--no-cache")} + target
                                        + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--files-from"),
                                                      listFile(dir)},
                                &vOut, &vRc);
        verify << Sample{vs, childrenCpu() - c0};
        vCounts = statusCounts(QJsonDocument::fromJson(vOut).object().value(QStringLiteral("files")).toArray(), &vFiles);

        // (c) scan --deep of the volume
        QByteArray sOut;
        c0 = childrenCpu();
        const double ss = timed(wd, QStringList{QStringLiteral("scan"), QStringLiteral("--deep"), QStringLiteral("--no-cache"), QStringLiteral("--format"),
                                                QStringLiteral("json")} + target, &sOut);
        scan << Sample{ss, childrenCpu() - c0};
        sCounts = statusCounts(QJsonDocument::fromJson(sOut).object().value(QStringLiteral("files")).toArray(), &sFiles);

        // (d) two openssl dgst -sha256 processes over halves of the files, started together
        QTemporaryFile o1, o2; // their digests go to files, as the output of (b) and (c)
        const QString out1 = o1.open() ? o1.fileName() : QProcess::nullDevice();
        const QString out2 = o2.open() ? o2.fileName() : QProcess::nullDevice();
        c0 = childrenCpu();
        QElapsedTimer t;
        t.start();
        QProcess d1, d2;
        d1.setStandardOutputFile(out1);
        d2.setStandardOutputFile(out2);
        for (QProcess *p : {&d1, &d2})
            p->setStandardErrorFile(QProcess::nullDevice());
        const qsizetype half = files.size() / 2;
        d1.start(QStringLiteral("openssl"), QStringList{QStringLiteral("dgst"), QStringLiteral("-sha256")} + files.mid(0, half));
        d2.start(QStringLiteral("openssl"), QStringList{QStringLiteral("dgst"), QStringLiteral("-sha256")} + files.mid(half));
        d1.waitForFinished(-1);
        d2.waitForFinished(-1);
        dgst << Sample{t.elapsed() / 1000.0, childrenCpu() - c0};
    }
    const Sample a = medianOf(inProc), b = medianOf(verify), c = medianOf(scan), d = medianOf(dgst);

    // (e) osslsigncode verify, one process per file, over a sample spread evenly over the corpus (the
    //     same mix of signed, catalog-listed and unsigned files), extrapolated to the corpus.
    double perFileOssl = 0;
    int osslN = 0;
    const QString ossl = fx::osslsigncodePath().valueOr(QString());
    if (!ossl.isEmpty() && sample > 0) {
        const QHash<QString, QString> cats = catalogOf(dir);
        const int n = qMin(sample, int(files.size()));
        const int step = qMax(1, int(files.size()) / n);
        QElapsedTimer t;
        t.start();
        for (int i = 0; osslN < n && i < files.size(); i += step, ++osslN) {
            QStringList args{QStringLiteral("verify"), QStringLiteral("-CAfile"), roots + QStringLiteral("/root.pem"), QStringLiteral("-in"),
                             files.at(i)};
            const QString cat = cats.value(QFileInfo(files.at(i)).fileName());
            if (!cat.isEmpty())
                args << QStringLiteral("-catalog") << catRoot(dir) + QLatin1Char('/') + cat;
            timed(ossl, args);
        }
        perFileOssl = t.elapsed() / 1000.0 / qMax(1, osslN);
    }
    const double nFiles = qMax(1.0, m.value(QStringLiteral("files")).toDouble());
    const double osslCorpusS = perFileOssl * nFiles;
    const double bytes = m.value(QStringLiteral("bytes")).toDouble();
    const double mib = bytes / (1024.0 * 1024.0);
    const double hashed = m.value(QStringLiteral("hashed_flat_sha1")).toDouble() + m.value(QStringLiteral("hashed_flat_sha256")).toDouble()
                        + m.value(QStringLiteral("hashed_auth_sha1")).toDouble() + m.value(QStringLiteral("hashed_auth_sha256")).toDouble();
    auto line = [&](const QString &text) { out << QStringLiteral("  ") << text << QLatin1Char('\n'); };
    auto timing = [&](const char *name, const Sample &x, const QString &note) {
        line(QStringLiteral("%1 %2 s  %3 MiB/s  CPU %4 s  %5")
                 .arg(QLatin1String(name), -22).arg(x.wall, 0, 'f', 3).arg(mib / x.wall, 6, 'f', 1).arg(x.cpu, 0, 'f', 3).arg(note));
    };
    line(QStringLiteral("files                  %1 (%2 MiB): %3 valid embedded, %4 valid via catalog, %5 unsigned, %6 other")
             .arg(m.value(QStringLiteral("files")).toInt())
             .arg(mib, 0, 'f', 1)
             .arg(m.value(QStringLiteral("valid_embedded")).toInt())
             .arg(m.value(QStringLiteral("valid_catalog")).toInt())
             .arg(m.value(QStringLiteral("unsigned")).toInt())
             .arg(m.value(QStringLiteral("other")).toInt()));
    line(QStringLiteral("medians of %1 rounds (wall time; CPU = user + system of the processes)").arg(rounds));
    timing("(a) in-process", a, QStringLiteral("(%1 threads; verifyFiles only: no start, no indexing; CPU of the whole process)").arg(threads));
    timing("(b) verify command", b, QStringLiteral("(exit %1; %2 files: %3)").arg(vRc).arg(vFiles).arg(vCounts));
    timing("(c) scan --deep", c, QStringLiteral("(%1 files: %2)").arg(sFiles).arg(sCounts));
    timing("(d) 2x openssl dgst", d, QString());
    for (auto [name, x] : {std::pair{"in-process", a}, std::pair{"verify", b}, std::pair{"scan --deep", c}})
        line(QStringLiteral("    %1 / 2x openssl: wall %2 (goal >= 0.85: %3), CPU %4")
                 .arg(QLatin1String(name), -11).arg(d.wall / x.wall, 0, 'f', 2).arg(goal(d.wall / x.wall, 0.85)).arg(d.cpu / x.cpu, 0, 'f', 2));
    if (perFileOssl > 0) {
        line(QStringLiteral("(e) osslsigncode loop  %1 ms/file (sample %2; catalog members with -catalog) = %3 s for the corpus")
                 .arg(perFileOssl * 1000, 0, 'f', 2).arg(osslN).arg(osslCorpusS, 0, 'f', 2));
        for (auto [name, x] : {std::pair{"verify", b}, std::pair{"scan --deep", c}, std::pair{"in-process", a}})
            line(QStringLiteral("    osslsigncode / %1  %2x  (goal >= 25x: %3)")
                     .arg(QLatin1String(name), -11).arg(osslCorpusS / x.wall, 0, 'f', 1).arg(goal(osslCorpusS / x.wall, 25)));
        line(QStringLiteral("    osslsigncode / 2x openssl  %1x  (what hashing alone would give)").arg(osslCorpusS / d.wall, 0, 'f', 1));
    }
    line(QStringLiteral("(f) bytes hashed / read  %1  (goal 1.00; auth SHA-256 %2 MiB, auth SHA-1 %3 MiB, flat SHA-256 %4 MiB, flat SHA-1 %5 MiB)")
             .arg(hashed / qMax(1.0, bytes), 0, 'f', 3)
             .arg(m.value(QStringLiteral("hashed_auth_sha256")).toDouble() / 1048576.0, 0, 'f', 1)
             .arg(m.value(QStringLiteral("hashed_auth_sha1")).toDouble() / 1048576.0, 0, 'f', 1)
             .arg(m.value(QStringLiteral("hashed_flat_sha256")).toDouble() / 1048576.0, 0, 'f', 1)
             .arg(m.value(QStringLiteral("hashed_flat_sha1")).toDouble() / 1048576.0, 0, 'f', 1));
    line(QStringLiteral("catalog indexing       %1 catalogs, %2 members in %3 ms")
             .arg(m.value(QStringLiteral("catalogs")).toInt())
             .arg(m.value(QStringLiteral("catalog_members")).toInt())
             .arg(m.value(QStringLiteral("index_ms")).toInt()));
    line(QStringLiteral("peak RSS (a)           %1 MiB (goal < 150 MiB)").arg(m.value(QStringLiteral("peak_rss_kb")).toDouble() / 1024.0, 0, 'f', 1));
    line(QStringLiteral("load average after     %1").arg(loadAverage()));
    out.flush();
}

} // namespace

#endif // WD_BENCH_VERIFY

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
#ifndef WD_BENCH_VERIFY
    fprintf(stderr, "bench_verify needs the Linux host build (fixture generators).\n");
    return 2;
#else
    QStringList args = app.arguments();
    auto opt = [&](const char *name, const QString &def) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : def;
    };
    const QString dir = opt("--dir", QDir::tempPath() + QStringLiteral("/wd-bench-verify"));
    const int threads = opt("--threads", QString::number(defaultVerifyThreads())).toInt();
    if (args.contains(QStringLiteral("--measure")))
        return measure(dir, threads);
    const int nFiles = opt("--files", QStringLiteral("2000")).toInt();
    const int nCatalogs = opt("--catalogs", QStringLiteral("1000")).toInt();
    const int nSigned = opt("--signed", QStringLiteral("200")).toInt();
    const int nMembers = opt("--members", QStringLiteral("20")).toInt();
    const int listing = opt("--listing-catalogs", QStringLiteral("0")).toInt();
    const int sample = opt("--sample", QStringLiteral("40")).toInt();
    const int repeat = opt("--repeat", QStringLiteral("1")).toInt();
    const int rounds = qMax(1, opt("--rounds", QStringLiteral("3")).toInt());

    if (corpusFiles(dir).size() != nFiles || readAll(dir + QStringLiteral("/layout")) != layoutOf(nMembers, listing)) {
        QDir(dir).removeRecursively();
        QElapsedTimer g;
        g.start();
        if (int rc = makeCorpus(dir, nFiles, nCatalogs, nMembers, nSigned, listing))
            return rc;
        out << "corpus generated in " << g.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    out << "cores " << std::thread::hardware_concurrency() << ", corpus " << dir << Qt::endl;
    for (int r = 1; r <= repeat; ++r)
        runOnce(app.applicationFilePath(), dir, threads, sample, r, rounds);
    return 0;
#endif
}
