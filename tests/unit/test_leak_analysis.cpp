#include "core/leak_analysis.h"
#include "support/test_util.h"
#include <cmath>

using namespace wd;

TEST_CASE("least squares fit of an exact line", "[leak]")
{
    QList<QPointF> pts;
    for (int i = 0; i < 10; ++i)
        pts.append(QPointF(i * 10.0, 500.0 + 3.0 * i * 10.0));
    const LinearFit f = fitLine(pts);
    REQUIRE(f.valid);
    CHECK(f.slope == Approx(3.0));
    CHECK(f.intercept == Approx(500.0));
    CHECK(f.r2 == Approx(1.0));
}

TEST_CASE("fit of degenerate input", "[leak]")
{
    CHECK_FALSE(fitLine({}).valid);
    CHECK_FALSE(fitLine({QPointF(1, 2)}).valid);
    CHECK_FALSE(fitLine({QPointF(1, 2), QPointF(1, 5)}).valid); // same x
    const LinearFit flat = fitLine({QPointF(0, 7), QPointF(1, 7), QPointF(2, 7)});
    REQUIRE(flat.valid);
    CHECK(flat.slope == Approx(0.0));
    CHECK(flat.r2 == Approx(0.0));
    // Large x (epoch seconds) and large y (pool bytes) stay accurate.
    QList<QPointF> big;
    for (int i = 0; i < 50; ++i)
        big.append(QPointF(1.7e9 + i, 2.0e8 + 1000.0 * i));
    const LinearFit b = fitLine(big);
    CHECK(b.slope == Approx(1000.0).epsilon(1e-6));
    CHECK(b.r2 == Approx(1.0).epsilon(1e-9));
}

TEST_CASE("growth detection needs slope, R2 and enough samples", "[leak]")
{
    GrowthThresholds t;
    t.minSamples = 8;
    t.minSlopePerHour = 100;
    t.minR2 = 0.8;
    t.minRelativeGrowth = 0.05;
    // A leak: +1 handle per second (3600/h) from 1000 over 60 s, with a little noise.
    QList<QPointF> leak;
    for (int i = 0; i < 60; ++i)
        leak.append(QPointF(i, 1000 + i + ((i % 3) - 1) * 2));
    const GrowthVerdict v = detectGrowth(leak, t);
    CHECK(v.enoughData);
    CHECK(v.growing);
    CHECK(v.slopePerHour == Approx(3600).epsilon(0.05));
    CHECK(v.fit.r2 > 0.95);

    // Noise around a level: no growth (low R2).
    QList<QPointF> noise;
    for (int i = 0; i < 60; ++i)
        noise.append(QPointF(i, 1000 + 40 * std::sin(i * 1.3)));
    CHECK_FALSE(detectGrowth(noise, t).growing);

    // Shrinking: never a leak.
    QList<QPointF> down;
    for (int i = 0; i < 60; ++i)
        down.append(QPointF(i, 5000 - 3 * i));
    CHECK_FALSE(detectGrowth(down, t).growing);

    // Too few samples: no verdict even for a perfect line.
    const QList<QPointF> few = leak.mid(0, 5);
    const GrowthVerdict fv = detectGrowth(few, t);
    CHECK_FALSE(fv.enoughData);
    CHECK_FALSE(fv.growing);

    // Steady but tiny growth relative to the level: below the relative threshold.
    QList<QPointF> tiny;
    for (int i = 0; i < 60; ++i)
        tiny.append(QPointF(i, 1000000 + i));
    CHECK_FALSE(detectGrowth(tiny, t).growing);
}
