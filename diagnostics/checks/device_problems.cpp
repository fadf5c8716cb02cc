#include "checks/device_problems.h"
#include "core/error.h"
#include <iterator>

namespace wd {

namespace {

struct Problem {
    int code;
    const char *symbol;
    const char *text;
    const char *advice;
};

#define WD_P(c, s, t, a) {c, s, QT_TRANSLATE_NOOP("wd::DeviceProblems", t), QT_TRANSLATE_NOOP("wd::DeviceProblems", a)}
const Problem kProblems[] = {
    WD_P(1, "CM_PROB_NOT_CONFIGURED", "The device is not configured correctly.", "Update or reinstall the driver."),
    WD_P(2, "CM_PROB_DEVLOADER_FAILED", "Windows could not load the driver loader for this device.", "Reinstall the driver; if it persists, repair Windows."),
    WD_P(3, "CM_PROB_OUT_OF_MEMORY", "The driver may be damaged, or Windows is low on memory.", "Close programs, restart, then reinstall the driver."),
    WD_P(4, "CM_PROB_ENTRY_IS_WRONG_TYPE", "The driver or its registry settings are damaged.", "Uninstall the device and scan for hardware changes."),
    WD_P(5, "CM_PROB_LACKED_ARBITRATOR", "The driver asked for a resource Windows does not know how to manage.", "Update the driver."),
    WD_P(6, "CM_PROB_BOOT_CONFIG_CONFLICT", "The boot configuration conflicts with other devices.", "Update the firmware (BIOS/UEFI) and the driver."),
    WD_P(7, "CM_PROB_FAILED_FILTER", "A filter driver of this device could not be loaded.", "Remove or update the software that installed the filter driver."),
    WD_P(8, "CM_PROB_DEVLOADER_NOT_FOUND", "The driver loader for this device is missing.", "Reinstall the driver."),
    WD_P(9, "CM_PROB_INVALID_DATA", "The device reports invalid information (firmware or registry).", "Update the firmware and reinstall the driver."),
    WD_P(10, "CM_PROB_FAILED_START", "The device cannot start.", "Update the driver; if it started after an update, roll the driver back."),
    WD_P(11, "CM_PROB_LIAR", "The device failed.", "Restart the computer; if it persists, check the hardware."),
    WD_P(12, "CM_PROB_NORMAL_CONFLICT", "The device cannot find enough free resources.", "Disable another device or update the firmware."),
    WD_P(13, "CM_PROB_NOT_VERIFIED", "Windows cannot verify this device's resources.", "Run the hardware troubleshooter or reinstall the device."),
    WD_P(14, "CM_PROB_NEED_RESTART", "The device needs a restart to work.", "Restart the computer."),
    WD_P(15, "CM_PROB_REENUMERATION", "The device has a resource conflict.", "Restart the computer; update the driver."),
    WD_P(16, "CM_PROB_PARTIAL_LOG_CONF", "Windows cannot identify all resources the device uses.", "Reinstall the device."),
    WD_P(17, "CM_PROB_UNKNOWN_RESOURCE", "The driver's setup file asks for an unknown resource.", "Get an updated driver from the manufacturer."),
    WD_P(18, "CM_PROB_REINSTALL", "The drivers for this device must be reinstalled.", "Reinstall the driver (or roll it back)."),
    WD_P(19, "CM_PROB_REGISTRY", "The device's configuration in the registry is incomplete or damaged.", "Uninstall and reinstall the device."),
    WD_P(20, "CM_PROB_VXDLDR", "Windows could not load a driver for this device.", "Reinstall the driver."),
    WD_P(21, "CM_PROB_WILL_BE_REMOVED", "Windows is removing this device.", "Wait a moment, then refresh or restart."),
    WD_P(22, "CM_PROB_DISABLED", "The device is disabled.", "Enable the device if you need it."),
    WD_P(23, "CM_PROB_DEVLOADER_NOT_READY", "The driver loader is not ready.", "Restart the computer."),
    WD_P(24, "CM_PROB_DEVICE_NOT_THERE", "The device is not present or not working properly.", "Check the connection; reinstall the driver."),
    WD_P(25, "CM_PROB_MOVED", "Windows is still setting up this device.", "Restart the computer."),
    WD_P(26, "CM_PROB_TOO_EARLY", "Windows is still setting up this device.", "Restart the computer."),
    WD_P(27, "CM_PROB_NO_VALID_LOG_CONF", "Windows cannot find resources this device can use.", "Update the firmware and driver."),
    WD_P(28, "CM_PROB_FAILED_INSTALL", "The driver for this device is not installed.", "Install or roll back the driver; the network adapter will not work until then."),
    WD_P(29, "CM_PROB_HARDWARE_DISABLED", "The device is disabled in the firmware.", "Enable it in the BIOS/UEFI setup."),
    WD_P(30, "CM_PROB_CANT_SHARE_IRQ", "The device uses an interrupt it cannot share.", "Update the driver or move the card."),
    WD_P(31, "CM_PROB_FAILED_ADD", "Windows cannot load the drivers this device needs.", "Reinstall or roll back the driver."),
    WD_P(32, "CM_PROB_DISABLED_SERVICE", "The driver service of this device is disabled.", "Set the service start type back to its default or reinstall the driver."),
    WD_P(33, "CM_PROB_TRANSLATION_FAILED", "Windows cannot determine which resources the device needs.", "Check the hardware and update the firmware."),
    WD_P(34, "CM_PROB_NO_SOFTCONFIG", "The device needs manual configuration.", "Follow the manufacturer's instructions."),
    WD_P(35, "CM_PROB_BIOS_TABLE", "The firmware lacks information about this device.", "Update the BIOS/UEFI."),
    WD_P(36, "CM_PROB_IRQ_TRANSLATION_FAILED", "The device's interrupt request could not be translated.", "Change interrupt settings in the firmware or update it."),
    WD_P(37, "CM_PROB_FAILED_DRIVER_ENTRY", "The driver failed when Windows started it.", "Reinstall or roll back the driver."),
    WD_P(38, "CM_PROB_DRIVER_FAILED_PRIOR_UNLOAD", "A previous instance of the driver is still loaded.", "Restart the computer."),
    WD_P(39, "CM_PROB_DRIVER_FAILED_LOAD", "The driver may be missing or damaged.", "Reinstall the driver; check that its .sys file exists."),
    WD_P(40, "CM_PROB_DRIVER_SERVICE_KEY_INVALID", "The driver's service registry key is missing or damaged.", "Reinstall the driver."),
    WD_P(41, "CM_PROB_LEGACY_SERVICE_NO_DEVICES", "The driver loaded but cannot find the device.", "Reinstall the driver or check the hardware."),
    WD_P(42, "CM_PROB_DUPLICATE_DEVICE", "A duplicate device was detected.", "Restart the computer."),
    WD_P(43, "CM_PROB_FAILED_POST_START", "Windows stopped the device because it reported problems.", "Update or roll back the driver; check the hardware."),
    WD_P(44, "CM_PROB_HALTED", "An application or service shut down this device.", "Restart the computer."),
    WD_P(45, "CM_PROB_PHANTOM", "The device is not connected.", "Reconnect the device; nothing to do if it was removed on purpose."),
    WD_P(46, "CM_PROB_SYSTEM_SHUTDOWN", "Windows is shutting down.", "Restart the computer."),
    WD_P(47, "CM_PROB_HELD_FOR_EJECT", "The device was prepared for safe removal.", "Unplug and plug the device back in."),
    WD_P(48, "CM_PROB_DRIVER_BLOCKED", "The driver was blocked because it is known to cause problems.", "Get an updated driver from the manufacturer."),
    WD_P(49, "CM_PROB_REGISTRY_TOO_LARGE", "The system registry is too large.", "Uninstall unused devices."),
    WD_P(50, "CM_PROB_SETPROPERTIES_FAILED", "Windows cannot apply all properties of this device.", "Reinstall the driver."),
    WD_P(51, "CM_PROB_WAITING_ON_DEPENDENCY", "The device is waiting for another device to start.", "Fix the other device first."),
    WD_P(52, "CM_PROB_UNSIGNED_DRIVER", "Windows cannot verify the digital signature of the driver.", "Install a signed driver from the manufacturer."),
    WD_P(53, "CM_PROB_USED_BY_DEBUGGER", "The device is reserved by the kernel debugger.", "Turn off kernel debugging."),
    WD_P(54, "CM_PROB_DEVICE_RESET", "The device failed and is being reset.", "Wait; if it repeats, update the driver."),
    WD_P(55, "CM_PROB_CONSOLE_LOCKED", "The device cannot be started while the console is locked.", "Unlock the computer."),
    WD_P(56, "CM_PROB_NEED_CLASS_CONFIG", "Windows is still setting up the class configuration of this device.", "Restart the computer."),
    WD_P(57, "CM_PROB_GUEST_ASSIGNMENT_FAILED", "The device could not be assigned to a virtual machine.", "Check the virtual machine configuration."),
};
#undef WD_P

const Problem *find(int code)
{
    for (const Problem &p : kProblems)
        if (p.code == code)
            return &p;
    return nullptr;
}

} // namespace

QString deviceProblemSymbol(int code)
{
    const Problem *p = find(code);
    return p ? QString::fromLatin1(p->symbol) : QString();
}

QString deviceProblemText(int code)
{
    const Problem *p = find(code);
    return p ? QCoreApplication::translate("wd::DeviceProblems", p->text)
             : translate("wd::DeviceProblems", "The device reports problem code %1.").arg(code);
}

QString deviceProblemAdvice(int code)
{
    const Problem *p = find(code);
    return p ? QCoreApplication::translate("wd::DeviceProblems", p->advice)
             : translate("wd::DeviceProblems", "Update or reinstall the driver.");
}

int deviceProblemCount()
{
    return int(std::size(kProblems));
}

int problemCodeFromConfigFlags(quint32 f)
{
    if (f & kConfigFlagFailedInstall)
        return 28;
    if (f & kConfigFlagReinstall)
        return 18;
    if (f & kConfigFlagDisabled)
        return 22;
    return 0;
}

} // namespace wd
