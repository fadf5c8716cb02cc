// A LiveApis for the leak-sampler tests: empty answers for everything but samplePerformance(),
// which each test provides.
#pragma once
#include "platform/live_apis.h"

namespace wd::test {

class PerfOnlyLiveApis : public LiveApis {
public:
    QString wineVersion() const override { return {}; }
    bool isElevated() const override { return false; }
    Expected<QList<LiveProtocol>> protocols() const override { return QList<LiveProtocol>(); }
    Expected<QList<LiveProtocol>> protocols32() const override { return QList<LiveProtocol>(); }
    Expected<QList<LiveNamespace>> namespaces() const override { return QList<LiveNamespace>(); }
    Expected<QList<LiveDevice>> devices() const override { return QList<LiveDevice>(); }
    LiveTrust verifyFile(const QString &) const override { return {}; }
};

} // namespace wd::test
