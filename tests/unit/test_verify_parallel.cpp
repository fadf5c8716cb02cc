// The shared parallel verifier (verifyFiles: scan --deep and verify) on the built-in demo volume: the
// same results in the same order with one and several worker threads. No fixture generators, so it
// also runs in the Windows build under Wine (native worker threads, OpenSSL's per-thread state).
#include "checks/file_verifier.h"
#include "platform/system_view.h"
#include "platform/targets.h"
#include "support/test_util.h"
#include <QJsonDocument>

using namespace wd;

TEST_CASE("verifyFiles on the demo volume: 1 and 3 threads give the same results in order", "[signature][hashing][demo]")
{
    REQUIRE(demoImageAvailable());
    Expected<TargetSpec> spec = TargetSpec::parse(QStringLiteral("demo"));
    REQUIRE(spec.ok());
    Expected<OpenedTarget> t = openTarget(*spec);
    REQUIRE(t.ok());
    REQUIRE(t->view);
    SystemView &sys = *t->view;
    auto trust = std::make_shared<sig::TrustStore>();
    loadTargetRoots(sys, *trust);
    loadDemoStandIns(sys, *trust);
    auto catalogs = std::make_shared<sig::CatalogIndex>();
    REQUIRE(loadTargetCatalogs(sys, *catalogs).ok());
    const FileVerifier verifier(trust, catalogs, QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC));

    Expected<QStringList> names = sys.listDir(sys.system32(), QStringLiteral("*.dll"));
    REQUIRE(names.ok());
    REQUIRE(names->size() >= 3);
    QList<VerifyJob> jobs;
    for (int round = 0; round < 4; ++round) // enough files for every worker
        for (const QString &n : *names)
            jobs.append({sys.system32() + QLatin1Char('\\') + n, QStringLiteral("system"), round == 1, QString()});
    jobs.append({sys.system32() + QStringLiteral("\\no-such-file.dll"), QStringLiteral("system"), false, QString()});

    VerifyRun run;
    run.hostPath = [&sys](const QString &p) { return sys.hostPath(p); };
    QList<QByteArray> reference;
    sig::HashStats referenceStats;
    for (int threads : {1, 3}) {
        INFO("threads " << threads);
        run.threads = threads;
        sig::HashStats stats;
        const QList<VerifiedFile> r = verifyFiles(verifier, jobs, run, &stats);
        REQUIRE(r.size() == jobs.size());
        QList<QByteArray> json;
        for (qsizetype i = 0; i < r.size(); ++i) {
            CHECK(r.at(i).path == jobs.at(i).path);
            json.append(QJsonDocument(r.at(i).toJson()).toJson(QJsonDocument::Compact));
        }
        if (reference.isEmpty()) {
            reference = json;
            referenceStats = stats;
            // The demo's network files verify (embedded or by catalog), and the flat hash is there only when asked.
            int valid = 0;
            for (qsizetype i = 0; i < r.size(); ++i) {
                valid += r.at(i).signature.status == sig::Status::Valid;
                if (r.at(i).exists && r.at(i).sha256.size() != 64)
                    CHECK_FALSE(jobs.at(i).flatHash);
                if (jobs.at(i).flatHash && r.at(i).exists)
                    CHECK(r.at(i).sha256.size() == 64);
            }
            CHECK(valid > 0);
            CHECK_FALSE(r.last().exists);
            CHECK(stats.files == jobs.size() - 1);
            CHECK(stats.bytesRead > 0);
        } else {
            CHECK(json == reference);
            CHECK(stats.bytesRead == referenceStats.bytesRead);
            CHECK(stats.bytesHashed() == referenceStats.bytesHashed());
        }
    }
}
