// Growth detection for the leak monitor: least-squares line through a time series and thresholds on
// slope and R^2. Pure math, no Widgets, so that it is testable on its own.
#pragma once
#include <QList>
#include <QPointF>
#include <QString>

namespace wd {

struct LinearFit {
    bool valid = false;    // at least 2 points with distinct x
    int n = 0;
    double slope = 0;      // y units per x unit
    double intercept = 0;
    double r2 = 0;         // coefficient of determination, 0..1 (0 when y is constant)
};

// Least-squares fit y = slope * x + intercept.
LinearFit fitLine(const QList<QPointF> &points);

struct GrowthThresholds {
    int minSamples = 8;            // fewer points: no verdict
    double minSlopePerHour = 100;  // handles per hour (or bytes per hour for pool)
    double minR2 = 0.8;            // steady growth, not noise
    double minRelativeGrowth = 0.05; // fitted growth over the window, relative to the fitted start value
};

struct GrowthVerdict {
    bool enoughData = false;
    bool growing = false;
    LinearFit fit;
    double slopePerHour = 0;   // fit.slope with x in seconds, scaled to an hour
    double fittedGrowth = 0;   // fitted value at the last x minus at the first x
};

// POINTS: x = seconds, y = value.
GrowthVerdict detectGrowth(const QList<QPointF> &points, const GrowthThresholds &t = {});

} // namespace wd
