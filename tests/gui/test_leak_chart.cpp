// The leak monitor over a fake sampler, with both chart implementations.
#include "support/test_util.h"
#include "ui/leak_chart.h"
#include <QLabel>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

using namespace wd;
using namespace wd::ui;

namespace {
void exerciseBackend(ChartBackend backend, const QString &expectedName)
{
    auto sampler = std::make_shared<FakeLeakSampler>();
    sampler->setIntervalMs(5);
    LeakMonitorWidget w(sampler, backend);
    w.resize(640, 420);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.isAvailable());
    CHECK(w.chart()->backendName() == expectedName);
    CHECK(w.chart()->plottedPoints() == 0);
    w.start();
    REQUIRE(QTest::qWaitFor([&]() { return w.model()->sampleCount() >= 12; }, 5000));
    // The chart follows the model: both processes plus the pool series, all points drawn.
    const QStringList series = w.chart()->plottedSeries();
    CHECK(series.contains(QStringLiteral("leaky.exe (100)")));
    CHECK(series.contains(QStringLiteral("steady.exe (200)")));
    CHECK(series.size() == 3);
    const int n = int(w.model()->sampleCount());
    CHECK(w.chart()->plottedPoints() == 3 * n);
    // Growth detection names the leaking process only.
    CHECK(w.model()->growingProcesses() == QStringList{QStringLiteral("leaky.exe (100)")});
    CHECK(w.statusText().contains(QStringLiteral("leaky.exe")));
    CHECK_FALSE(w.statusText().contains(QStringLiteral("steady.exe")));
    // Pause: no new samples; resume: sampling goes on.
    w.setPaused(true);
    const qsizetype paused = w.model()->sampleCount();
    QTest::qWait(60);
    CHECK(w.model()->sampleCount() == paused);
    CHECK(w.statusText().startsWith(QStringLiteral("Paused")));
    w.setPaused(false);
    REQUIRE(QTest::qWaitFor([&]() { return w.model()->sampleCount() > paused + 2; }, 5000));
    w.stop();
    // Painting works (no crash, something drawn).
    const QImage img = w.chart()->grab().toImage();
    CHECK_FALSE(img.isNull());
    // CSV export: a header and one row per sample.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("leak.csv"));
    CHECK(w.exportCsv(csv).isEmpty());
    const QList<QByteArray> lines = wd::test::readFile(csv).trimmed().split('\n');
    CHECK(lines.size() == w.model()->sampleCount() + 1);
    CHECK(lines.first().startsWith("time_s,nonpaged_pool_bytes,\""));
    CHECK(lines.first().contains("\"leaky.exe (100)\""));
    CHECK(lines.first().contains("\"steady.exe (200)\""));
    CHECK(lines.at(1).startsWith("0.000,104857600,"));
    CHECK(lines.at(1).contains(",1000"));
    CHECK(lines.at(1).contains(",3000"));
    CHECK_FALSE(w.exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv"))).isEmpty());
}
} // namespace

TEST_CASE("leak monitor with the QPainter chart updates from a fake sampler", "[gui][leak]")
{
    exerciseBackend(ChartBackend::Painter, QStringLiteral("painter"));
}

TEST_CASE("leak monitor with the Qt Charts chart updates from a fake sampler", "[gui][leak]")
{
    if (!chartsBackendAvailable())
        return;
    exerciseBackend(ChartBackend::Charts, QStringLiteral("qtcharts"));
}

TEST_CASE("leak monitor explains when a target cannot be sampled", "[gui][leak]")
{
    LeakMonitorWidget w(std::make_shared<UnavailableLeakSampler>(QStringLiteral("the volume is not running")), ChartBackend::Painter);
    w.show();
    CHECK_FALSE(w.isAvailable());
    CHECK(w.chart()->isHidden());
    auto *label = w.findChild<QLabel *>(QStringLiteral("leakUnavailable"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("the volume is not running")));
    w.start();
    QTest::qWait(30);
    CHECK(w.model()->sampleCount() == 0);
}

TEST_CASE("leak model keeps the top N and the recorded demo series leaks", "[leak]")
{
    LeakModel m;
    m.setTopN(3);
    RecordedLeakSampler rec(60);
    m.addSamples(rec.backlog());
    CHECK(m.sampleCount() == 60);
    CHECK(m.topProcesses().size() == 3);
    CHECK(m.topProcesses().first().startsWith(QStringLiteral("System")));
    CHECK(m.growingProcesses() == QStringList{QStringLiteral("NetShieldSvc.exe (1840)")});
    CHECK(m.poolVerdict().growing);
    m.setMaxSamples(10);
    m.addSample(*rec.sample());
    CHECK(m.sampleCount() == 10);
}
