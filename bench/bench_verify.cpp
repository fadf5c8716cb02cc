// Benchmark of file verification (see bench/README.md). Not a test.
//   bench_verify [--dir DIR] [--files N] [--catalogs N] [--signed N] [--sample N] [--threads N]
// Builds a corpus of PE files (copies of Wine PE DLLs with varied bytes, some signed with
// osslsigncode, some listed in generated catalogs), then measures side by side:
// our verification (all digests from one read, parallel over files), `openssl dgst -sha256` over
// the same files in one process, a per-file `osslsigncode verify` loop (sample), catalog indexing
// and peak RSS of the measuring process.
#if __has_include("fixtures/signing_fixtures.h") && !defined(_WIN32)
#define WD_BENCH_VERIFY 1
#include "checks/file_verifier.h"
#include "fixtures/signing_fixtures.h"
#include "formats/pe.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <atomic>
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

qint64 peakRssKb()
{
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        fprintf(stderr, "cannot write %s\n", qPrintable(path));
        exit(2);
    }
}

QStringList corpusFiles(const QString &dir)
{
    QDir d(dir + QStringLiteral("/files"));
    QStringList l;
    for (const QString &n : d.entryList({QStringLiteral("*.dll")}, QDir::Files, QDir::Name))
        l << d.filePath(n);
    return l;
}

int makeCorpus(const QString &dir, int nFiles, int nCatalogs, int nSigned)
{
    const auto &pki = fx::TestPki::instance();
    QDir().mkpath(dir + QStringLiteral("/files"));
    QDir().mkpath(dir + QStringLiteral("/catalogs"));
    QDir().mkpath(dir + QStringLiteral("/roots"));
    writeFile(dir + QStringLiteral("/roots/root.pem"), pki.root.certPem());
    // Base images: Wine PE DLLs between 64 KiB and 2 MiB.
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
    QList<QByteArray> catalogDigests;
    qint64 total = 0;
    for (int i = 0; i < nFiles; ++i) {
        QByteArray b = bases.at(i % bases.size());
        // Vary bytes inside the DOS stub text (keeps the image valid, changes every hash).
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
            Expected<pe::Image> img = pe::parse(b);
            catalogDigests << sig::computeDigests(b, &*img).authSha256;
        }
        total += b.size();
        writeFile(QStringLiteral("%1/files/f%2.dll").arg(dir).arg(i, 5, 10, QLatin1Char('0')), b);
    }
    // Catalogs: the real members spread over them, padded with filler hashes.
    for (int c = 0; c < nCatalogs; ++c) {
        QList<fx::CatalogEntry> members;
        for (int j = c; j < catalogDigests.size(); j += nCatalogs)
            members.append({catalogDigests.at(j), true, QStringLiteral("m%1.dll").arg(j)});
        for (int j = 0; j < 20; ++j)
            members.append({QCryptographicHash::hash(QByteArray::number(c * 1000 + j), QCryptographicHash::Sha256), true, QString()});
        Expected<QByteArray> cat = fx::makeCatalog(members, pki.publisher);
        if (!cat)
            return 2;
        writeFile(QStringLiteral("%1/catalogs/c%2.cat").arg(dir).arg(c, 5, 10, QLatin1Char('0')), *cat);
    }
    out << "corpus: " << nFiles << " files (" << total / (1024 * 1024) << " MiB), " << nSigned << " signed, "
        << catalogDigests.size() << " catalog-listed, " << nCatalogs << " catalogs" << Qt::endl;
    return 0;
}

// Runs in its own process so that the peak RSS is the verifier's alone.
int measure(const QString &dir, int threads)
{
    auto trust = std::make_shared<sig::TrustStore>();
    trust->addPemFile(dir + QStringLiteral("/roots/root.pem"));
    auto catalogs = std::make_shared<sig::CatalogIndex>();
    QElapsedTimer t;
    t.start();
    Expected<int> n = catalogs->addDirectory(dir + QStringLiteral("/catalogs"));
    const qint64 indexMs = t.elapsed();
    const QStringList files = corpusFiles(dir);
    const FileVerifier verifier(trust, catalogs, QDateTime::currentDateTimeUtc());
    std::atomic<int> next{0};
    std::atomic<qint64> bytes{0};
    std::atomic<int> valid{0}, viaCatalog{0}, unsignedCount{0}, other{0};
    t.restart();
    auto worker = [&] {
        QByteArray scratch;
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= files.size())
                return;
            const VerifiedFile v = verifier.verifyHostFile(files.at(i), {}, {}, false, &scratch); // as scan --deep
            bytes += QFileInfo(files.at(i)).size();
            if (v.signature.status == sig::Status::Valid)
                ++(v.source == QLatin1String("catalog") ? viaCatalog : valid);
            else if (v.signature.status == sig::Status::Unsigned)
                ++unsignedCount;
            else
                ++other;
        }
    };
    std::vector<std::thread> pool;
    for (int k = 1; k < threads; ++k)
        pool.emplace_back(worker);
    worker();
    for (auto &th : pool)
        th.join();
    const qint64 verifyMs = qMax<qint64>(1, t.elapsed());
    const QJsonObject o{{QStringLiteral("catalogs"), n.valueOr(0)},
                        {QStringLiteral("catalog_members"), qint64(catalogs->memberCount())},
                        {QStringLiteral("index_ms"), indexMs},
                        {QStringLiteral("files"), qint64(files.size())},
                        {QStringLiteral("bytes"), bytes.load()},
                        {QStringLiteral("verify_ms"), verifyMs},
                        {QStringLiteral("valid_embedded"), valid.load()},
                        {QStringLiteral("valid_catalog"), viaCatalog.load()},
                        {QStringLiteral("unsigned"), unsignedCount.load()},
                        {QStringLiteral("other"), other.load()},
                        {QStringLiteral("peak_rss_kb"), peakRssKb()}};
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
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
    const int threads = opt("--threads", QString::number(qMax(1u, std::thread::hardware_concurrency()))).toInt();
    if (args.contains(QStringLiteral("--measure")))
        return measure(dir, threads);
    const int nFiles = opt("--files", QStringLiteral("2000")).toInt();
    const int nCatalogs = opt("--catalogs", QStringLiteral("1000")).toInt();
    const int nSigned = opt("--signed", QStringLiteral("200")).toInt();
    const int sample = opt("--sample", QStringLiteral("40")).toInt();

    if (corpusFiles(dir).size() != nFiles || !QFile::exists(dir + QStringLiteral("/roots/root.pem"))) {
        QDir(dir).removeRecursively();
        QElapsedTimer g;
        g.start();
        if (int rc = makeCorpus(dir, nFiles, nCatalogs, nSigned))
            return rc;
        out << "corpus generated in " << g.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    const QStringList files = corpusFiles(dir);

    // 1. Us, in a fresh process (peak RSS of the verifier only).
    QProcess self;
    self.start(app.applicationFilePath(), {QStringLiteral("--measure"), QStringLiteral("--dir"), dir, QStringLiteral("--threads"),
                                           QString::number(threads)});
    self.waitForFinished(-1);
    const QJsonObject m = QJsonDocument::fromJson(self.readAllStandardOutput().trimmed()).object();
    const double mib = m.value(QStringLiteral("bytes")).toDouble() / (1024.0 * 1024.0);
    const double ourS = m.value(QStringLiteral("verify_ms")).toDouble() / 1000.0;

    // 2. openssl dgst -sha256 over the same files, one process.
    QElapsedTimer t;
    t.start();
    QProcess dg;
    dg.setStandardOutputFile(QProcess::nullDevice());
    dg.start(QStringLiteral("openssl"), QStringList{QStringLiteral("dgst"), QStringLiteral("-sha256")} + files);
    dg.waitForFinished(-1);
    const double dgstS = t.elapsed() / 1000.0;

    // 3. osslsigncode verify, one process per file, over a sample spread evenly over the corpus (the
    //    same mix of signed, catalog-listed and unsigned files as ours), extrapolated per file.
    double perFileOssl = 0;
    const QString ossl = fx::osslsigncodePath().valueOr(QString());
    if (!ossl.isEmpty() && sample > 0) {
        const int n = qMin(sample, int(files.size()));
        const int step = qMax(1, int(files.size()) / n);
        t.restart();
        for (int i = 0; i < n * step && i < files.size(); i += step) {
            QProcess v;
            v.setStandardOutputFile(QProcess::nullDevice());
            v.setStandardErrorFile(QProcess::nullDevice());
            v.start(ossl, {QStringLiteral("verify"), QStringLiteral("-CAfile"), dir + QStringLiteral("/roots/root.pem"),
                           QStringLiteral("-in"), files.at(i)});
            v.waitForFinished(-1);
        }
        perFileOssl = t.elapsed() / 1000.0 / n;
    }
    const double ourPerFile = ourS / qMax(1.0, m.value(QStringLiteral("files")).toDouble());

    out << "\nresults (" << threads << " threads)\n";
    out << QStringLiteral("  files verified        %1 (%2 MiB): %3 valid embedded, %4 valid via catalog, %5 unsigned, %6 other\n")
               .arg(m.value(QStringLiteral("files")).toInt())
               .arg(mib, 0, 'f', 1)
               .arg(m.value(QStringLiteral("valid_embedded")).toInt())
               .arg(m.value(QStringLiteral("valid_catalog")).toInt())
               .arg(m.value(QStringLiteral("unsigned")).toInt())
               .arg(m.value(QStringLiteral("other")).toInt());
    out << QStringLiteral("  winsock-doctor verify  %1 s  %2 MiB/s\n").arg(ourS, 0, 'f', 2).arg(mib / ourS, 0, 'f', 1);
    out << QStringLiteral("  openssl dgst -sha256   %1 s  %2 MiB/s   ratio %3x (goal >= 1.5x)\n")
               .arg(dgstS, 0, 'f', 2).arg(mib / dgstS, 0, 'f', 1).arg(dgstS / ourS, 0, 'f', 2);
    if (perFileOssl > 0)
        out << QStringLiteral("  osslsigncode verify    %1 ms/file (sample %2)   ratio %3x (goal >= 30x)\n")
                   .arg(perFileOssl * 1000, 0, 'f', 1).arg(sample).arg(perFileOssl / ourPerFile, 0, 'f', 1);
    out << QStringLiteral("  catalog indexing       %1 catalogs, %2 members in %3 ms\n")
               .arg(m.value(QStringLiteral("catalogs")).toInt())
               .arg(m.value(QStringLiteral("catalog_members")).toInt())
               .arg(m.value(QStringLiteral("index_ms")).toInt());
    out << QStringLiteral("  peak RSS               %1 MiB (goal < 150 MiB)\n")
               .arg(m.value(QStringLiteral("peak_rss_kb")).toDouble() / 1024.0, 0, 'f', 1);
    out.flush();
    return 0;
#endif
}
