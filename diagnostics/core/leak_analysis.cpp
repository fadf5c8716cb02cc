#include "core/leak_analysis.h"
#include <algorithm>
#include <cmath>

namespace wd {

LinearFit fitLine(const QList<QPointF> &points)
{
    LinearFit fit;
    fit.n = int(points.size());
    if (points.size() < 2)
        return fit;
    // Centre the data first: numerically stable for large x (seconds since epoch) and large y (pool bytes).
    double mx = 0, my = 0;
    for (const QPointF &p : points) {
        mx += p.x();
        my += p.y();
    }
    mx /= double(points.size());
    my /= double(points.size());
    double sxx = 0, sxy = 0, syy = 0;
    for (const QPointF &p : points) {
        const double dx = p.x() - mx, dy = p.y() - my;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    if (!(sxx > 0) || !std::isfinite(sxx) || !std::isfinite(sxy))
        return fit;
    fit.valid = true;
    fit.slope = sxy / sxx;
    fit.intercept = my - fit.slope * mx;
    fit.r2 = syy > 0 ? std::clamp((sxy * sxy) / (sxx * syy), 0.0, 1.0) : 0.0;
    return fit;
}

GrowthVerdict detectGrowth(const QList<QPointF> &points, const GrowthThresholds &t)
{
    GrowthVerdict v;
    v.fit = fitLine(points);
    v.enoughData = v.fit.valid && points.size() >= t.minSamples;
    if (!v.fit.valid)
        return v;
    v.slopePerHour = v.fit.slope * 3600.0;
    const double x0 = points.first().x(), x1 = points.last().x();
    v.fittedGrowth = v.fit.slope * (x1 - x0);
    const double start = v.fit.slope * x0 + v.fit.intercept;
    const double relative = start > 0 ? v.fittedGrowth / start : (v.fittedGrowth > 0 ? 1.0 : 0.0);
    v.growing = v.enoughData && v.slopePerHour >= t.minSlopePerHour && v.fit.r2 >= t.minR2
        && relative >= t.minRelativeGrowth;
    return v;
}

} // namespace wd
