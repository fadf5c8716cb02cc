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

const Problem kProblems[] = {
    {1, "CM_PROB_NOT_CONFIGURED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device is not configured correctly."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Update or reinstall the driver.")},
    {2, "CM_PROB_DEVLOADER_FAILED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows could not load the driver loader for this device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall the driver; if it persists, repair Windows.")},
    {3, "CM_PROB_OUT_OF_MEMORY", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver may be damaged, or Windows is low on memory."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Close programs, restart, then reinstall the driver.")},
    {4, "CM_PROB_ENTRY_IS_WRONG_TYPE", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver or its registry settings are damaged."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Uninstall the device and scan for hardware changes.")},
    {5, "CM_PROB_LACKED_ARBITRATOR", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver asked for a resource Windows does not know how to manage."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Update the driver.")},
    {6, "CM_PROB_BOOT_CONFIG_CONFLICT", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The boot configuration conflicts with other devices."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Update the firmware (BIOS/UEFI) and the driver.")},
    {7, "CM_PROB_FAILED_FILTER", QT_TRANSLATE_NOOP("wd::DeviceProblems", "A filter driver of this device could not be loaded."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Remove or update the software that installed the filter driver.")},
    {8, "CM_PROB_DEVLOADER_NOT_FOUND", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver loader for this device is missing."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall the driver.")},
    {9, "CM_PROB_INVALID_DATA", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device reports invalid information (firmware or registry)."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Update the firmware and reinstall the driver.")},
    {10, "CM_PROB_FAILED_START", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device cannot start."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Update the driver; if it started after an update, roll the driver back.")},
    {11, "CM_PROB_LIAR", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device failed."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer; if it persists, check the hardware.")},
    {12, "CM_PROB_NORMAL_CONFLICT", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device cannot find enough free resources."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Disable another device or update the firmware.")},
    {13, "CM_PROB_NOT_VERIFIED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows cannot verify this device's resources."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Run the hardware troubleshooter or reinstall the device.")},
    {14, "CM_PROB_NEED_RESTART", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device needs a restart to work."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer.")},
    {15, "CM_PROB_REENUMERATION", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device has a resource conflict."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer; update the driver.")},
    {16, "CM_PROB_PARTIAL_LOG_CONF", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows cannot identify all resources the device uses."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall the device.")},
    {17, "CM_PROB_UNKNOWN_RESOURCE", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver's setup file asks for an unknown resource."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Get an updated driver from the manufacturer.")},
    {18, "CM_PROB_REINSTALL", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The drivers for this device must be reinstalled."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall the driver (or roll it back).")},
    {19, "CM_PROB_REGISTRY", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device's configuration in the registry is incomplete or damaged."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Uninstall and reinstall the device.")},
    {20, "CM_PROB_VXDLDR", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows could not load a driver for this device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall the driver.")},
    {21, "CM_PROB_WILL_BE_REMOVED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows is removing this device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Wait a moment, then refresh or restart.")},
    {22, "CM_PROB_DISABLED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device is disabled."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Enable the device if you need it.")},
    {23, "CM_PROB_DEVLOADER_NOT_READY", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver loader is not ready."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer.")},
    {24, "CM_PROB_DEVICE_NOT_THERE", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device is not present or not working properly."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Check the connection; reinstall the driver.")},
    {25, "CM_PROB_MOVED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows is still setting up this device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer.")},
    {26, "CM_PROB_TOO_EARLY", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows is still setting up this device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer.")},
    {27, "CM_PROB_NO_VALID_LOG_CONF", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows cannot find resources this device can use."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Update the firmware and driver.")},
    {28, "CM_PROB_FAILED_INSTALL", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver for this device is not installed."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Install or roll back the driver; the network adapter will not work until then.")},
    {29, "CM_PROB_HARDWARE_DISABLED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device is disabled in the firmware."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Enable it in the BIOS/UEFI setup.")},
    {30, "CM_PROB_CANT_SHARE_IRQ", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device uses an interrupt it cannot share."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Update the driver or move the card.")},
    {31, "CM_PROB_FAILED_ADD", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows cannot load the drivers this device needs."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall or roll back the driver.")},
    {32, "CM_PROB_DISABLED_SERVICE", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver service of this device is disabled."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Set the service start type back to its default or reinstall the driver.")},
    {33, "CM_PROB_TRANSLATION_FAILED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows cannot determine which resources the device needs."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Check the hardware and update the firmware.")},
    {34, "CM_PROB_NO_SOFTCONFIG", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device needs manual configuration."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Follow the manufacturer's instructions.")},
    {35, "CM_PROB_BIOS_TABLE", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The firmware lacks information about this device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Update the BIOS/UEFI.")},
    {36, "CM_PROB_IRQ_TRANSLATION_FAILED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device's interrupt request could not be translated."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Change interrupt settings in the firmware or update it.")},
    {37, "CM_PROB_FAILED_DRIVER_ENTRY", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver failed when Windows started it."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall or roll back the driver.")},
    {38, "CM_PROB_DRIVER_FAILED_PRIOR_UNLOAD", QT_TRANSLATE_NOOP("wd::DeviceProblems", "A previous instance of the driver is still loaded."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer.")},
    {39, "CM_PROB_DRIVER_FAILED_LOAD", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver may be missing or damaged."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall the driver; check that its .sys file exists.")},
    {40, "CM_PROB_DRIVER_SERVICE_KEY_INVALID", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver's service registry key is missing or damaged."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall the driver.")},
    {41, "CM_PROB_LEGACY_SERVICE_NO_DEVICES", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver loaded but cannot find the device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall the driver or check the hardware.")},
    {42, "CM_PROB_DUPLICATE_DEVICE", QT_TRANSLATE_NOOP("wd::DeviceProblems", "A duplicate device was detected."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer.")},
    {43, "CM_PROB_FAILED_POST_START", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows stopped the device because it reported problems."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Update or roll back the driver; check the hardware.")},
    {44, "CM_PROB_HALTED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "An application or service shut down this device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer.")},
    {45, "CM_PROB_PHANTOM", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device is not connected."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reconnect the device; nothing to do if it was removed on purpose.")},
    {46, "CM_PROB_SYSTEM_SHUTDOWN", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows is shutting down."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer.")},
    {47, "CM_PROB_HELD_FOR_EJECT", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device was prepared for safe removal."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Unplug and plug the device back in.")},
    {48, "CM_PROB_DRIVER_BLOCKED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The driver was blocked because it is known to cause problems."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Get an updated driver from the manufacturer.")},
    {49, "CM_PROB_REGISTRY_TOO_LARGE", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The system registry is too large."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Uninstall unused devices.")},
    {50, "CM_PROB_SETPROPERTIES_FAILED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows cannot apply all properties of this device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Reinstall the driver.")},
    {51, "CM_PROB_WAITING_ON_DEPENDENCY", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device is waiting for another device to start."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Fix the other device first.")},
    {52, "CM_PROB_UNSIGNED_DRIVER", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows cannot verify the digital signature of the driver."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Install a signed driver from the manufacturer.")},
    {53, "CM_PROB_USED_BY_DEBUGGER", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device is reserved by the kernel debugger."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Turn off kernel debugging.")},
    {54, "CM_PROB_DEVICE_RESET", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device failed and is being reset."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Wait; if it repeats, update the driver.")},
    {55, "CM_PROB_CONSOLE_LOCKED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device cannot be started while the console is locked."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Unlock the computer.")},
    {56, "CM_PROB_NEED_CLASS_CONFIG", QT_TRANSLATE_NOOP("wd::DeviceProblems", "Windows is still setting up the class configuration of this device."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Restart the computer.")},
    {57, "CM_PROB_GUEST_ASSIGNMENT_FAILED", QT_TRANSLATE_NOOP("wd::DeviceProblems", "The device could not be assigned to a virtual machine."), QT_TRANSLATE_NOOP("wd::DeviceProblems", "Check the virtual machine configuration.")},
};

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

Text deviceProblemText(int code)
{
    const Problem *p = find(code);
    return p ? Text::message("wd::DeviceProblems", p->text)
             : translate("wd::DeviceProblems", "The device reports problem code %1.").arg(code);
}

Text deviceProblemAdvice(int code)
{
    const Problem *p = find(code);
    return p ? Text::message("wd::DeviceProblems", p->advice)
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
