// Driver Verifier settings (Session Manager\Memory Management VerifyDrivers / VerifyDriverLevel),
// shared by the driver-verifier check and the verifier.reset / verifier.enable repairs.
#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wd::verifier {

// HKLM path of the key that holds the persistent verifier settings.
QString settingsKey();
inline const char *kDriversValue = "VerifyDrivers";   // REG_SZ: image names separated by spaces, or "*"
inline const char *kLevelValue = "VerifyDriverLevel"; // REG_DWORD: the /flags bit mask

// One option bit of VerifyDriverLevel as verifier.exe names it.
struct Flag {
    quint32 mask = 0;
    QString name;     // translated ("Special pool")
};

// The documented bits set in LEVEL; *UNKNOWN receives the set bits no public source names.
QList<Flag> decodeLevel(quint32 level, quint32 *unknown = nullptr);
// "verifier /standard": 0x209BB since Windows 8 (build 9200, DDI compliance checking added),
// 0x9BB before (and when the build is unknown).
quint32 standardFlags(std::optional<int> build);
// VerifyDrivers split into image names ("*" stays one entry).
QStringList parseDriverList(const QString &value);
// A driver image name verifier.exe accepts: a file name ending in .sys without path or wildcard.
bool isValidDriverName(const QString &name);

} // namespace wd::verifier
