#include "formats/hive_log.h"
#include "formats/hive.h"
#include <QFileInfo>

namespace wd {


Expected<PreparedHive> prepareHiveForReading(const QString &original, const QString &tempDir)
{
    Expected<HiveHeaderInfo> hdr = Hive::readHeader(original);
    if (!hdr)
        return hdr.error();
    PreparedHive p;
    p.path = original;
    if (hdr->dirty()) {
        // Log replay is not implemented yet: say clearly that the data may be stale.
        Finding f;
        f.id = QStringLiteral("target.hive.stale");
        f.check = QStringLiteral("target");
        f.severity = Severity::Warning;
        f.title = translate("wd::HiveLog", "The registry hive %1 was not cleanly saved").arg(QFileInfo(original).fileName());
        f.detail = translate("wd::HiveLog", "Windows had unsaved changes for this hive in its transaction logs. They were not "
                            "applied, so what is shown may be out of date.");
        f.evidence.insert(QStringLiteral("hive"), original);
        f.evidence.insert(QStringLiteral("primary_sequence"), double(hdr->primarySeq));
        f.evidence.insert(QStringLiteral("secondary_sequence"), double(hdr->secondarySeq));
        p.findings.append(f);
    }
    Q_UNUSED(tempDir);
    return p;
}

} // namespace wd
