<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WizardWindow</name>
    <message>
        <source>Winsock Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Winsock Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds and repairs what breaks the Windows network stack: hijacked Winsock catalogs, tampered system files, injected DLLs, bad network drivers and the blue screens they cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Windows do you want to examine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows volume (a disk from a PC that does not start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report saved by Winsock Doctor (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo PC (a generated broken Windows, safe to repair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the Windows volume, or report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root folder of the Windows volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check reads the system only; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a folder or a report file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the target...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan finished: %n finding(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Winsock Doctor found %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wd::Bugchecks</name>
    <message>
        <source>A driver touched memory it was not allowed to use while Windows was handling hardware events. Network, VPN, firewall and antivirus filter drivers are the usual cause. Next step: update or remove the driver named as the suspect; if none is named, remove recently installed network software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver used an invalid memory address at a moment when Windows could not wait. When the crash points at ndis.sys, tcpip.sys or netio.sys, the real culprit is usually a third-party network filter (VPN, firewall, antivirus, virtual network card) sitting in the network stack. Next step: roll back, update or uninstall the suspect driver or the program that installed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kernel-mode program (driver) made an error that nothing caught. If the suspect is a network or security driver, roll it back or update it; otherwise check for faulty memory and update drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error happened while Windows was carrying out a request from a program. Security suites and network filter drivers that hook these requests are frequent causes. Next step: update or remove the suspect driver; run the memory diagnostic if crashes continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows tried to read memory that does not exist. A buggy driver (often a network or antivirus filter) or faulty RAM is the usual cause. Next step: roll back the suspect driver; if the suspect is a Windows file, test the memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system worker thread, usually running driver code, failed. The suspect driver is the most likely cause. Next step: roll back or update that driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor hit a condition the kernel could not handle, often a stack overflow caused by too many stacked filter drivers, or failing hardware. Next step: remove duplicate security or VPN software, then test memory and cooling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel code made an error nothing caught. Faulty drivers and faulty memory are the usual causes. Next step: roll back the suspect driver; test memory if the suspect is Windows itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver handed back memory incorrectly (for example twice). Network and antivirus filter drivers are common culprits. Next step: update or remove the suspect driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver damaged Windows&apos; shared memory pool. Network filters, VPN clients and antivirus drivers are frequent causes. Next step: remove recently added network or security software; roll back the suspect driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver damaged Windows&apos; shared memory pool. Next step: roll back or remove the suspect driver, especially if it is a network or security filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process Windows cannot live without stopped. Damaged system files or security software that blocks system processes are typical causes. Next step: run &quot;sfc /scannow&quot; and DISM, and check the Winsock and system-file findings of this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver kept the processor busy for too long. Network adapter drivers and network filters under heavy traffic are typical causes, as are storage drivers. Next step: update the network adapter driver or roll back the suspect driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows detected that a driver damaged one of its internal lists. This is almost always a driver bug (network and security filters are common). Next step: roll back or update the suspect driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver did not finish going to sleep or waking up in time. Wi-Fi and Ethernet adapter drivers are frequent causes. Next step: update the network adapter driver, or roll it back if the crashes started after an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver tried to run code from memory that only holds data, a sign of a buggy or tampered driver. Next step: remove the suspect driver and scan for malware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows network driver interface (NDIS) found an internal inconsistency, usually caused by a network adapter or filter driver. Next step: update or roll back network drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network adapter or filter driver broke the rules of the Windows network driver interface (NDIS). Next step: roll back or update the suspect network driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network component released memory incorrectly. Network filter and firewall drivers are the usual cause. Next step: roll back or remove the suspect driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone started this crash on purpose (keyboard shortcut or debugger), usually to capture a dump for analysis. It does not point to a faulty driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows stopped to protect itself from damage. The bug check name describes what went wrong; the suspect driver (if one is named) is the best place to start: update it, roll it back or uninstall the program that installed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::CrashDumpCheck</name>
    <message>
        <source>Blue-screen crash dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crash dump cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged dump usually means the computer lost power or restarted before Windows finished writing it. It cannot tell which driver crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an application crash dump, not a blue screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file records a crash of one program (exception %1 in %2), not of Windows itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue screen %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue screen %1 (%2), probably caused by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the network filter &quot;%2&quot; found on this computer. Rolling back or disabling that filter driver is the first thing to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the device &quot;%2&quot; on this computer; rolling back its driver is the first thing to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel dump records no bug check: it was taken on purpose (for example by a debugger or a live-dump tool), not by a crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an application (user-mode) crash dump, not a kernel dump: it shows that one program crashed, not that Windows stopped with a blue screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::DeviceProblems</name>
    <message>
        <source>The device is not configured correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update or reinstall the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows could not load the driver loader for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the driver; if it persists, repair Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver may be damaged, or Windows is low on memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close programs, restart, then reinstall the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver or its registry settings are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall the device and scan for hardware changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver asked for a resource Windows does not know how to manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boot configuration conflicts with other devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the firmware (BIOS/UEFI) and the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter driver of this device could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or update the software that installed the filter driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver loader for this device is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device reports invalid information (firmware or registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the firmware and reinstall the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the driver; if it started after an update, roll the driver back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, check the hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device cannot find enough free resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable another device or update the firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot verify this device&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the hardware troubleshooter or reinstall the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device needs a restart to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device has a resource conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer; update the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot identify all resources the device uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver&apos;s setup file asks for an unknown resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an updated driver from the manufacturer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drivers for this device must be reinstalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the driver (or roll it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s configuration in the registry is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall and reinstall the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows could not load a driver for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows is removing this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment, then refresh or restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the device if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver loader is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not present or not working properly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection; reinstall the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows is still setting up this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot find resources this device can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the firmware and driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver for this device is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install or roll back the driver; the network adapter will not work until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is disabled in the firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable it in the BIOS/UEFI setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device uses an interrupt it cannot share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the driver or move the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot load the drivers this device needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall or roll back the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver service of this device is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the service start type back to its default or reinstall the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot determine which resources the device needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hardware and update the firmware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device needs manual configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the manufacturer&apos;s instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware lacks information about this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the BIOS/UEFI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s interrupt request could not be translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change interrupt settings in the firmware or update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver failed when Windows started it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A previous instance of the driver is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver may be missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the driver; check that its .sys file exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver&apos;s service registry key is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver loaded but cannot find the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall the driver or check the hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duplicate device was detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows stopped the device because it reported problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update or roll back the driver; check the hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application or service shut down this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the device; nothing to do if it was removed on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device was prepared for safe removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplug and plug the device back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver was blocked because it is known to cause problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system registry is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall unused devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot apply all properties of this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is waiting for another device to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the other device first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot verify the digital signature of the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a signed driver from the manufacturer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is reserved by the kernel debugger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off kernel debugging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device failed and is being reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait; if it repeats, update the driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device cannot be started while the console is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows is still setting up the class configuration of this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be assigned to a virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the virtual machine configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device reports problem code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::DevicesCheck</name>
    <message>
        <source>Network adapters and filter drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network device &quot;%1&quot;: driver installation failed (Code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows tried to install the driver of this network device and failed, so the device does not work and its connection is missing. This often happens after a driver update or when a VPN or virtualization product installs a broken driver. Rolling back to the previous driver (or reinstalling it) makes the device work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network device &quot;%1&quot; needs its driver reinstalled (Code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows marked this network device for driver reinstallation; until that happens it may not work. Reinstalling or rolling back the driver fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network device &quot;%1&quot; is disabled (Code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network device is switched off in Device Manager. If it is the connection you expect to use, enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network filter &quot;%1&quot; has no driver file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This filter is still registered in the network stack, but its driver %1 is missing. Leftovers like this come from uninstalled VPN, firewall or antivirus products and can stop every network adapter from working. Removing the leftover filter (or reinstalling the product) fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This filter is part of Windows, but its driver %1 is missing. Network adapters that depend on it may not start. Restore the Windows files with &quot;sfc /scannow&quot; or DISM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 third-party network filters of the same kind (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These filters all inspect or change the same network traffic: %1. Two firewall, antivirus or VPN products doing the same job often conflict, causing lost connections or blue screens. Keep one product and uninstall the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n third-party network filter(s) installed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Programs such as VPN clients, firewalls and antivirus suites add filter drivers to every network connection: %1. They are normal, but when the network fails or Windows shows a blue screen in ndis.sys or tcpip.sys they are the first suspects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 network components are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds virtual network adapters and filters (%2). This is context, not a fault: they are needed by virtual machines, but they change the network stack and are worth removing if the product is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Hive</name>
    <message>
        <source>Cannot open the registry hive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registry hive (no &quot;regf&quot; base block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 has an unsupported format version %2.%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid root key name for a new hive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the hive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on the registry hive %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 is corrupted and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hive %1 was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush the new hive %1 to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the hive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot read registry hive files (%1); use the Linux build for offline volumes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::HiveLog</name>
    <message>
        <source>The registry hive %1 was not cleanly saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows had unsaved changes for this hive in its transaction logs. They were not applied, so what is shown may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Minidump</name>
    <message>
        <source>%1 is not a readable crash dump: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside the %1-byte dump header (it has %2 bytes); Windows probably could not finish writing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dump header names an unknown processor type (0x%1); the header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dump header has an unknown dump type (%1); the header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the small dump ends before its directory of contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the small dump says it is %1 bytes long but the file has %2 bytes; it is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end marker of the small dump is missing; the dump may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of loaded drivers points outside the file (%1 entries at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of the loaded drivers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside the minidump header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream directory (%1 entries) points outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1 of the minidump lies outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module list of the minidump is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception record of the minidump is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; Windows probably could not finish writing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is only %1 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is filled with zeros; Windows could not finish writing the dump (often because the computer was switched off or the page file was too small).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with a Windows crash dump signature (PAGEDU64, PAGEDUMP or MDMP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::OfflineView</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a Windows volume: Windows\System32\config\SYSTEM was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOFTWARE registry hive is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows\System32\config\SOFTWARE was not found on this volume. AppInit_DLLs, the Windows version and the certificate stores cannot be examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYSTEM hive %1 has no control set %2; it is damaged or not a Windows SYSTEM hive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key %1 is not available on this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link that points outside the Windows volume; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a network path; it cannot be examined offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an absolute Windows path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on another drive than the Windows volume; it cannot be examined offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points outside the Windows volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Repairs</name>
    <message>
        <source>Remove layered service providers (LSPs) from the Winsock catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the Winsock catalog to the Windows defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Winsock settings from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable AppInit_DLLs injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back or disable the problem driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the TCP/IP settings to Windows defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ScanResult</name>
    <message>
        <source>This file is not a Winsock Doctor scan report (schema &quot;%1&quot; expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no list of findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report contains a malformed finding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Scanner</name>
    <message>
        <source>The check &quot;%1&quot; could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The other checks still ran; this part of the system was not examined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Severity</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::SupportCode</name>
    <message>
        <source>Support codes are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::SystemFilesCheck</name>
    <message>
        <source>System network files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of the Windows network stack (Winsock). Without it no program can open a network connection, and programs that load it may crash. Restore it with &quot;sfc /scannow&quot; or DISM from a healthy Windows image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::TargetSpec</name>
    <message>
        <source>Unknown target &quot;%1&quot;. Use live, demo, offline:DIR or report:FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; needs a path after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Targets</name>
    <message>
        <source>The live Windows backend is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 is too large to be a Winsock Doctor report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no embedded demo volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo volume archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo volume archive contains an unsafe path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;This PC&quot; can only be examined by the Windows version of Winsock Doctor. On Linux, open a mounted Windows volume (offline:DIR), a report, or the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::TextReport</name>
    <message>
        <source>Winsock Doctor scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows: %1 (build %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COULD NOT RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Crash dumps (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small kernel dump (minidump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel memory dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete memory dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application crash dump (user mode, not a kernel dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1 [%2, %3, build %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug check: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug check: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: %1 at %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network adapters and filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver file MISSING: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::cli</name>
    <message>
        <source>Diagnose a target and print a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the signatures and hashes of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise crash dumps (bugcheck, suspect driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply repair actions (with preview, snapshot and undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the state saved in a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the snapshots of a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a saved report or a support code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet detection script (exit 1 when a repair is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet remediation script (runs the safe repairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: live, demo, offline:DIR (root of a Windows volume) or report:FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose a target and print a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE instead of the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also verify every file in System32 and the drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted root certificates (folder of PEM files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan takes no file arguments (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (use text, json or html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target with --target (demo, offline:DIR or report:FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML report is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock Doctor %1 - diagnoses and repairs Windows network failures and blue screens tied to ws2_32.dll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the repair wizard (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live | demo | offline:DIR | report:FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help (COMMAND --help: help on one command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 healthy, 1 problems found, 2 usage error, 3 unreadable input, 4 repair failed and rolled back, 5 needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no graphical interface; use a command such as &quot;scan&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winsock-doctor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise Windows crash dumps (bug check, suspect driver, explanation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash dump files (.dmp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (use text or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one dump file, e.g. %1 dump C:\Windows\Minidump\*.dmp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
