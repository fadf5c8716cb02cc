// LiveView: the running Windows answers SystemView through Win32 (wide-char APIs only).
// Registry reads use explicit WOW64 views; files are the real files of this PC.
// Windows builds only.
#pragma once
#include "platform/system_view.h"
#include <memory>

namespace wd {

class LiveApis;

class LiveView : public SystemView {
public:
    LiveView();
    ~LiveView() override;

    TargetInfo info() const override { return m_info; }
    bool is64Bit() const override { return m_os64; }
    Expected<QStringList> subKeys(const QString &key, RegView view = RegView::Native) const override;
    Expected<QList<RegValue>> values(const QString &key, RegView view = RegView::Native) const override;
    bool keyExists(const QString &key, RegView view = RegView::Native) const override;
    QString expandPath(const QString &windowsPath) const override;
    Expected<QString> hostPath(const QString &windowsPath) const override;
    Expected<QStringList> listDir(const QString &windowsDir, const QString &pattern = QStringLiteral("*")) const override;
    QString systemRoot() const override { return m_systemRoot; }
    LiveApis *live() override { return m_apis.get(); }

    // The REGSAM WOW64 flag used for VIEW on this OS (0 on 32-bit Windows for Native/View64).
    unsigned long wowFlag(RegView view) const;
    bool isWow64Process() const { return m_wow64Process; }

private:
    TargetInfo m_info;
    QString m_systemRoot;
    QString m_systemDrive;
    bool m_os64 = true;
    bool m_wow64Process = false;
    std::unique_ptr<LiveApis> m_apis;
};

// The Win32 LiveApis implementation (win_live_apis.cpp).
std::unique_ptr<LiveApis> makeWindowsLiveApis(bool os64);

} // namespace wd
