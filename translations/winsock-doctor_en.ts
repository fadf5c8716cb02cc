<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>wd::AppInitCheck</name>
    <message>
        <source>AppInit_DLLs (DLLs loaded into every program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DLLs are injected into every %1 program: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppInit_DLLs makes Windows load these DLLs into every program that shows a window. Malware and old ad or security software use it to watch network traffic; a faulty DLL here makes programs lose their connection, crash or hang at start. Microsoft discourages it and turns it off when Secure Boot is on. The repair sets LoadAppInit_DLLs to 0 and empties the list (a snapshot allows undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned AppInit DLLs are allowed (%1 view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequireSignedAppInit_DLLs is 0, so even DLLs without a valid digital signature are injected into every program. The repair turns AppInit_DLLs off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppInit_DLLs lists DLLs but loading is switched off (%1 view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is not used while LoadAppInit_DLLs is 0. It is a leftover of some software; it becomes active if anything switches loading back on. The repair empties it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AppInit DLL does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list names a file that is not on the disk: the software was removed without cleaning up, or the file was quarantined. Every program start tries to load it in vain. The repair empties the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Brand</name>
    <message>
        <source>The brand of this build is invalid: %1</source>
        <translation type="unfinished"></translation>
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
    <name>wd::Catalog</name>
    <message>
        <source>The security catalog is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PKCS #7 structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed content is not a certificate trust list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trust list cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member entry cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog cannot be read.</source>
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
    <message numerus="yes">
        <source>%n crash dumps in %1; the newest %2 were read</source>
        <translation>
            <numerusform>%n crash dump in %1; the newest %2 were read</numerusform>
            <numerusform>%n crash dumps in %1; the newest %2 were read</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 files in %2; the newest %3 crash dumps were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows writes one small dump per blue screen. So many of them mean the computer has crashed again and again for a long time (or a program filled the folder). Only the newest dumps are read, because they tell what is crashing the computer now. Once the cause is repaired, the old dumps can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::DemoRepairs</name>
    <message>
        <source>Delete key %1\Catalog_Entries\000000000012 (layered provider &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key %1\Catalog_Entries64\000000000012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1\Num_Catalog_Entries = 11 (was 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the protocol chains of 3 entries that pointed at the layered provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the Windows default catalog (11 base providers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the namespace providers (NameSpace_Catalog5) unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Windows\LoadAppInit_DLLs = 0 (was 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set HKLM\SOFTWARE\WOW6432Node\Microsoft\Windows NT\CurrentVersion\Windows\LoadAppInit_DLLs = 0 (was 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the AppInit_DLLs value itself, so the change can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the network adapter driver to the previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the extra filter &quot;nsfilter&quot; from UpperFilters of the network adapter class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters\TcpWindowSize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set HKLM\SYSTEM\CurrentControlSet\Services\Tcpip6\Parameters\DisabledComponents = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Winsock catalog from the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown repair action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Winsock Doctor does not know the repair &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 written and read back (SHA-256 verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the key is locked by another program (access denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: every change of this action was restored from the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 - the problem is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not repaired: %1 - the system is as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every repair succeeded; failed actions were rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the state before &quot;%1&quot; (byte-identical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot;.</source>
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
        <translation>
            <numerusform>%n third-party network filter installed</numerusform>
            <numerusform>%n third-party network filters installed</numerusform>
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
    <name>wd::DriverVerifier</name>
    <message>
        <source>special pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force IRQL checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>randomized low resources simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlock detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enhanced I/O verification (Windows XP; unused since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMA checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force pending I/O requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRP logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miscellaneous checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invariant MDL checking for stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invariant MDL checking for driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power framework delay fuzzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port/miniport interface checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDI compliance checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systematic low resources simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDI compliance checking (additional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended verifier flags (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDIS/WIFI verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel synchronization delay fuzzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM switch verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code integrity checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undocumented bits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VerifyDriverLevel not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver Verifier is switched on for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver Verifier checks these drivers strictly at every start of Windows (%1). As soon as one of them breaks a rule, Windows stops with a blue screen, stop code 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION, where it would otherwise run on. It is a tool for finding a faulty driver and is meant to be switched off again afterwards; left on, it turns small driver bugs into crashes and slows Windows down. If your blue screens show 0xC4, this setting is why. The repair switches it off (removes VerifyDrivers and VerifyDriverLevel; restart needed; a snapshot allows undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Driver Verifier checks these drivers strictly at every start of Windows (%1), and %n crash dump(s) on this system show its stop code 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION: those blue screens come from the verifier catching a driver bug. The dump names the driver to update or remove. Driver Verifier is meant for diagnosis; once the driver is known, switch it off. The repair removes VerifyDrivers and VerifyDriverLevel (restart needed; a snapshot allows undo).</source>
        <translation>
            <numerusform>Driver Verifier checks these drivers strictly at every start of Windows (%1), and %n crash dump on this system shows its stop code 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION: that blue screen comes from the verifier catching a driver bug. The dump names the driver to update or remove. Driver Verifier is meant for diagnosis; once the driver is known, switch it off. The repair removes VerifyDrivers and VerifyDriverLevel (restart needed; a snapshot allows undo).</numerusform>
            <numerusform>Driver Verifier checks these drivers strictly at every start of Windows (%1), and %n crash dumps on this system show its stop code 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION: those blue screens come from the verifier catching a driver bug. The dump names the driver to update or remove. Driver Verifier is meant for diagnosis; once the driver is known, switch it off. The repair removes VerifyDrivers and VerifyDriverLevel (restart needed; a snapshot allows undo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver Verifier options are set but no driver is selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VerifyDriverLevel is set (%1) but VerifyDrivers names no driver, so nothing is verified. It is a leftover of an earlier verifier session; the repair removes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Elevation</name>
    <message>
        <source>The path of Winsock Doctor itself could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair needs administrator rights, and the Windows prompt was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock Doctor could not be started with administrator rights (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elevated Winsock Doctor could not be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elevated Winsock Doctor did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::EngineRepairs</name>
    <message>
        <source>A saved report cannot be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These repairs change system settings and need administrator rights. Run Winsock Doctor &quot;as administrator&quot; and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the target is already in the wanted state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved first (for undo): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved first (for undo): file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repair has no plan for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot saved and read back (SHA-256 verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changes written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read the target: every change is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back together with the failed repair: the state before it was restored from its snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: an earlier repair failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair failed and every change of this run was rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning again to verify the repairs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification scan could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 - a new scan no longer finds the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - a new scan still reports: %2 (a restart may be needed first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing a repair changes system settings and needs administrator rights. Run Winsock Doctor &quot;as administrator&quot; and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot; for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary folder for the elevated repair could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Windows for administrator rights to apply the repairs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elevated Winsock Doctor ended (exit code %1) without reporting what it did: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or rolled back: every change of this run was undone. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by the elevated copy of Winsock Doctor (administrator rights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elevated Winsock Doctor reported a failure (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Windows for administrator rights to undo the repair...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be handed to the elevated repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup chosen yet: choose one of the backups Winsock Doctor saved for this Windows before an earlier repair, or a .reg file with the Winsock keys of a healthy PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Windows is not running, so netsh cannot reset its catalog; it is reset from a known-good copy instead. Choose a backup Winsock Doctor saved for this Windows, or a .reg export of Protocol_Catalog9 from a healthy PC with the same Windows build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings name no driver or filter driver that can be rolled back on this Windows, so this repair has nothing to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver Verifier is switched on only for drivers named by hand, never from the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Handoff</name>
    <message>
        <source>The hand-off file of the elevated repair is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repair actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list holds something other than text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the findings are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected schema &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair request for the elevated copy was refused, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (near byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more after the JSON object (byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 items; at most %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema is not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is neither the running Windows (live) nor an offline volume given by an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown repair action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repair action &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;, which is not a plain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SHA-256 of the confirmed preview is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding is not an object with an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore file %1 is not inside the request&apos;s folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore file %1 is not a regular file of at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link; only a regular file is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
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
        <source>The hive %1 was opened read-only.</source>
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
        <source>The new hive %1 did not pass the consistency check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 is larger than 2 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 was not cleanly saved (its transaction logs hold newer data); it is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 is not consistent, so it is not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changed registry hive %1 did not pass the consistency check, so nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the new hive %1: %2</source>
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
        <source>Windows had unsaved changes for this hive in its transaction logs (%1). They could not be applied, so what is shown may be out of date. The original files were not changed; starting this Windows once normally lets it apply the logs itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 is truncated: it has %2 bytes but its header announces %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 is corrupted: the data at offset 0x%2 is not a valid hive bin (%3 of the remaining %4 pages do not start a bin). It cannot be read safely; restore it from a backup (for example Windows\System32\config\RegBack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the registry hive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the replayed copy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes of %1 were read from its transaction logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows had not yet written its latest registry changes into the hive file. They were applied to a temporary copy, so this report shows the current state. The files on the disk were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The hive is corrupted and cannot be read safely; restore it from a backup (for example Windows\System32\config\RegBack).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::HtmlReport</name>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock Doctor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows: %1 (build %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned: %1 UTC, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppInit_DLLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Winsock Doctor %1. This page needs no scripts and no network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this report was saved by an older version (winsock-doctor/scan/1); its findings are shown in the language it was made in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Installations</name>
    <message>
        <source>Windows (product unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows\System32\config\SOFTWARE is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOFTWARE hive has no Microsoft\Windows NT\CurrentVersion key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline:auto found no Windows installation on the other drives of this PC (the running Windows is never chosen; examine it with --target live). Name the Windows volume with --target offline:D:\ instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline:auto found no Windows installation on the mounted NTFS volumes. Mount the Windows volume, or name its folder with --target offline:DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; last written %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline:auto found %1 Windows installations; choose one with --target:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::LiveApis</name>
    <message>
        <source>The device is not configured correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver may be damaged, or the system is low on memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device cannot start (code 10); its driver failed while starting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device cannot find enough free resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device needs a restart of the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drivers of the device must be reinstalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration of the device in the registry is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows is removing the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not present, not working properly, or has no driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drivers of the device are not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware of the computer disabled the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot load the drivers the device needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver service of the device is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver of the device failed to initialise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver is damaged or missing and cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service key of the driver in the registry is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows stopped the device because it reported problems (code 43).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver was blocked because it is known to cause problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot verify the digital signature of the driver (code 52).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device reports problem code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Windows has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 32-bit Windows has only one Winsock catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Windows cannot list its namespace providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace providers could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the performance counters nor the process list could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of running processes could not be read (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::LiveCrossCheck</name>
    <message>
        <source>What Windows itself reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running under Wine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &quot;Windows&quot; is Wine. Wine&apos;s Winsock does not keep its providers in the registry catalog, so an empty Protocol_Catalog9 is normal here, and Wine&apos;s own system files carry no Microsoft signature. Entries that something else wrote into the registry catalog are still reported, because a real Windows would load them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Winsock catalog entries in the registry are not reported by Windows</source>
        <translation>
            <numerusform>%n Winsock catalog entry in the registry is not reported by Windows</numerusform>
            <numerusform>%n Winsock catalog entries in the registry are not reported by Windows</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry catalog %1 holds providers that Wine&apos;s Winsock does not use (Wine never writes this catalog). Something else put them there; on a real Windows every program that opens a network connection would load them. Removing layered providers (LSPs) or resetting Winsock clears them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry catalog %1 holds providers that %2 does not report. The catalog is inconsistent or was edited behind Windows&apos; back, which can break every network program or make them crash in ws2_32.dll. Removing the layered providers (LSPs) or resetting Winsock rebuilds a consistent catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wine reports %n built-in Winsock providers that are not in the registry</source>
        <translation>
            <numerusform>Wine reports %n built-in Winsock provider that is not in the registry</numerusform>
            <numerusform>Wine reports %n built-in Winsock providers that are not in the registry</numerusform>
        </translation>
    </message>
    <message>
        <source>Wine keeps its base providers (TCP/IP, UDP/IP, ...) inside its Winsock and leaves the registry catalog %1 empty. This is how Wine works, not a fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Windows reports %n Winsock providers that its registry catalog does not hold</source>
        <translation>
            <numerusform>Windows reports %n Winsock provider that its registry catalog does not hold</numerusform>
            <numerusform>Windows reports %n Winsock providers that its registry catalog does not hold</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lists providers that are missing from the registry catalog %2. The catalog in the registry is damaged or was changed while Windows was running; after the next restart network programs may fail. Resetting Winsock rebuilds the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n namespace providers in the registry are not reported by Windows</source>
        <translation>
            <numerusform>%n namespace provider in the registry is not reported by Windows</numerusform>
            <numerusform>%n namespace providers in the registry are not reported by Windows</numerusform>
        </translation>
    </message>
    <message>
        <source>The namespace catalog %1 (name resolution: DNS, NLA, ...) holds enabled providers that Windows does not report. Name lookups may fail or go through a provider nobody installed on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Windows reports %n namespace providers that its registry does not hold</source>
        <translation>
            <numerusform>Windows reports %n namespace provider that its registry does not hold</numerusform>
            <numerusform>Windows reports %n namespace providers that its registry does not hold</numerusform>
        </translation>
    </message>
    <message>
        <source>The namespace catalog %1 in the registry does not match what Windows uses. Resetting Winsock rebuilds a consistent catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a network adapter: while it has this problem the PC has no network through it. A faulty network driver is also a frequent cause of blue screens. Rolling back to the previous driver often helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows reports this device as not working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and Winsock Doctor disagree about the signature of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; WinVerifyTrust says &quot;%1&quot;, Winsock Doctor&apos;s own verifier says &quot;%2&quot;. A disagreement can mean a tampered certificate store or a file that was replaced in a way one of the two does not notice; treat the file as suspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows does not trust %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinVerifyTrust rates the Winsock library &quot;%1&quot; (%2). Every network program loads this file; a version that is not signed by Microsoft may have been replaced or damaged and can cause crashes in ws2_32.dll. Repair the system files (sfc /scannow).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::LiveView</name>
    <message>
        <source>The registry key %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the registry key %1 was refused (access denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the registry key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key %1 is not available on this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an absolute Windows path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file pattern %1 must not contain a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
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
    <name>wd::NamespaceCheck</name>
    <message>
        <source>Winsock namespace providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock namespace catalog is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key NameSpace_Catalog5 lists the providers that turn names like www.example.com into addresses. Without it, programs cannot look up any name. The repair restores the catalog from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace catalog %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs of this bitness cannot resolve any name (DNS) without it. The repair restores the catalog from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 32-bit and 64-bit namespace catalogs differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows registers the same name-resolution providers for 32-bit and 64-bit programs. A difference means that some programs resolve names differently from others (for example, one browser works and another does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace catalog %1 says it has %2 entries but has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry counter does not match the providers that exist, usually after an interrupted install or uninstall. Name lookups may fail. The repair restores the catalog from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace catalog %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name-resolution provider is registered, so programs cannot turn names into addresses. The repair restores the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name-resolution provider file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A namespace provider (%1) is registered but its DLL does not exist. Name lookups can stall or fail in every program. A Winsock reset does not remove namespace providers; the repair restores the catalog from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Windows name-resolution provider is installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes part in every name lookup (%2). Such providers come with VPN, security or ad software; a broken one makes web pages fail to load although the connection works. A Winsock reset keeps it; the repair restores the catalog from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows name-resolution provider %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider for %1 was switched off. Windows never does this by itself; names of that kind no longer resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working DNS provider in the namespace catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows DNS provider (mswsock.dll, NS_DNS) is missing, disabled or its file is gone, so internet names cannot be resolved. The repair restores the catalog from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::NetworkCheck</name>
    <message>
        <source>hop limit of outgoing packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path MTU discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black-hole router detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmissions before a connection is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds a closed connection stays in TIME_WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle time before keep-alive probes (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval between keep-alive probes (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selective acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate ACKs before fast retransmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP forwarding between adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarding of broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead gateway detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default gateway creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS suffix devolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task offload to the network adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP receive window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum TCP receive window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 1323 window scaling and timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest port for outgoing connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum number of TCP connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-allocated connection blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection hash table size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayed acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nagle algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP chimney offload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive-side scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN flood protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cable-unplug detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all IPv6 tunnel interfaces (ISATAP, 6to4, Teredo, IP-HTTPS) disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6to4 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISATAP disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teredo disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 disabled on all LAN, Wi-Fi and PPP interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 preferred over IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused bit 6 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unused bit 7 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP/IP and IPv6 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (Windows default %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (not set by Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n TCP/IP setting(s) differ from the Windows defaults</source>
        <translation>
            <numerusform>%n TCP/IP setting differs from the Windows defaults</numerusform>
            <numerusform>%n TCP/IP settings differ from the Windows defaults</numerusform>
        </translation>
    </message>
    <message>
        <source>These values were changed by a &quot;speed-up&quot; tool, a game booster, malware or an administrator: %1. Wrong TCP values cause slow or dropped connections, ports running out and pages that never finish loading. The repair removes the changed values so that Windows uses its defaults again (a snapshot allows undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 is switched off with an invalid value (0xFFFFFFFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisabledComponents is set to 0xFFFFFFFF. Microsoft documents 0xFF for disabling IPv6 and warns that this value delays every start of Windows by 5 seconds; Windows components that need IPv6 (remote assistance, DirectAccess, some updates) can fail. The repair restores the default (IPv6 on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 is disabled on the network adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisabledComponents = %1 (%2). Microsoft does not test Windows with IPv6 off and recommends &quot;prefer IPv4&quot; (0x20) instead; some Windows features and VPNs stop working. The repair restores the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some IPv6 components are switched off (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisabledComponents: %1. This is a supported setting and usually harmless; it is shown so that it can be ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network adapter(s) listed without a TCP/IP interface</source>
        <translation>
            <numerusform>%n network adapter listed without a TCP/IP interface</numerusform>
            <numerusform>%n network adapters listed without a TCP/IP interface</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of network cards names adapters that TCP/IP has no settings for. They are usually adapters that were removed (old USB, VPN or virtual adapters); if one of them is the adapter in use, its TCP/IP binding is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network adapter is configured for TCP/IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows knows no network card and TCP/IP has no interface settings. The adapter driver is probably missing or was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n TCP setting value(s) are persisted in the network store (Control\Nsi)</source>
        <translation>
            <numerusform>%n TCP setting value is persisted in the network store (Control\Nsi)</numerusform>
            <numerusform>%n TCP setting values are persisted in the network store (Control\Nsi)</numerusform>
        </translation>
    </message>
    <message>
        <source>The TCP/IP stack keeps its persistent TCP settings (what &quot;netsh int tcp set global&quot; and Set-NetTCPSetting change) in %1, objects %2. Their binary format is not documented, so they are listed as stored (hexadecimal) and not judged: Windows writes some of them itself. Compare them with a healthy PC of the same Windows release, or run &quot;netsh int tcp show global&quot; on the running system; &quot;netsh int tcp reset&quot; puts them back to the defaults.</source>
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
    <name>wd::PartialVolume</name>
    <message numerus="yes">
        <source>Partial Windows volume: %n folder(s) are missing, so the files in them were not checked</source>
        <translation>
            <numerusform>Partial Windows volume: %n folder is missing, so the files in it were not checked</numerusform>
            <numerusform>Partial Windows volume: %n folders are missing, so the files in them were not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This copy of Windows holds the registry but not these folders: %1. What lies in them could not be checked: %n file(s) that the registry names there are not reported as missing, because the copy simply does not include them. The registry checks (Winsock catalogs, network settings, devices, Driver Verifier) are complete. To check the files as well, scan the whole Windows volume.</source>
        <translation>
            <numerusform>This copy of Windows holds the registry but not these folders: %1. What lies in them could not be checked: %n file that the registry names there is not reported as missing, because the copy simply does not include it. The registry checks (Winsock catalogs, network settings, devices, Driver Verifier) are complete. To check the files as well, scan the whole Windows volume.</numerusform>
            <numerusform>This copy of Windows holds the registry but not these folders: %1. What lies in them could not be checked: %n files that the registry names there are not reported as missing, because the copy simply does not include them. The registry checks (Winsock catalogs, network settings, devices, Driver Verifier) are complete. To check the files as well, scan the whole Windows volume.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completeness of the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only its config folder with the registry is there; Windows network files, Winsock and name-resolution provider DLLs, network drivers and their signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows network files, Winsock and name-resolution provider DLLs, network drivers and their signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network driver files of adapters and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security catalogs that sign most Windows files, so files without an embedded signature cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit network files and providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers and filters that programs installed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>providers and filters of 32-bit programs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Pe</name>
    <message>
        <source>The file is not a valid PE image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MZ header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PE signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated file header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated optional header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown optional header magic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional header too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data directories do not fit the optional header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated section table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate table points outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate table overlaps the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate table entry is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many certificate table entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::PendingRebootCheck</name>
    <message>
        <source>Updates waiting for a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network system file(s) will be replaced at the next restart</source>
        <translation>
            <numerusform>%n network system file will be replaced at the next restart</numerusform>
            <numerusform>%n network system files will be replaced at the next restart</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows has file replacements waiting for a restart that touch the network stack: %1. Until the PC restarts, the files that are running are not the ones that the update (or a repair that staged them) installed, so a scan now may judge the old files. Restart Windows before any repair, then scan again.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows servicing also waits for a restart to finish an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows update waits for a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows servicing has an operation waiting for the next restart (%1). Which files it will replace is not recorded where Winsock Doctor can read it, so the network files that are running may not be the ones the update installed. Restart Windows before any repair, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::PlantedCopiesCheck</name>
    <message>
        <source>Copies of network DLLs outside Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for copies of network DLLs outside Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for copies of network DLLs was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for copies of network DLLs stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search stopped after %1 seconds (%2 entries looked at), so folders after that point were not searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search stopped after %1 entries, so folders after that point were not searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is Microsoft&apos;s file (signed by %1, version %2, this Windows&apos; release): most likely a program&apos;s own bundled copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is Microsoft&apos;s file (signed by %1) but version %2, which is not this Windows&apos; (%3): a copy from another Windows, bundled by a program or downloaded from a DLL site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not Microsoft&apos;s file: it is signed by %1 (%2). A program ships its own replacement of this Windows DLL, which sits between the program and the network (game mods, proxies and some security tools do this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of %1 outside Windows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no valid signature (%1) and calls itself version %2, so nothing tells who made it: treat it as planted (DLL hijacking) unless you know the program that put it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no valid signature (%1) and no version, so nothing tells who made it: treat it as planted (DLL hijacking) unless you know the program that put it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs in the Windows folders. A program started from the folder of this copy can load it instead of Windows&apos; own, so whatever it contains runs inside that program and sees its network traffic. %2 If you do not know why it is there, delete it or reinstall the program it belongs to; Windows&apos; own copy is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs in the Windows folders. A program started from the folder of this copy can load it instead of Windows&apos; own, so whatever it contains runs inside that program and sees its network traffic. %2 It is loaded right now by: %3. If you do not know why it is there, end those programs and delete it, or reinstall the program it belongs to; Windows&apos; own copy is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::RegFile</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape sequence &quot;\%1&quot; in a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is missing its closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value data is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value appears before the first [key] line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;=&quot; after the value name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid dword (up to 8 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after &quot;hex&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed value type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised value data &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a registry file: it must start with &quot;Windows Registry Editor Version 5.00&quot; or &quot;REGEDIT4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key line must end with &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a registry root such as HKEY_LOCAL_MACHINE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key path &quot;%1&quot; has an empty part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and is not accepted as a registry file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTF-16 text has an odd number of bytes (truncated file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTF-16 text is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big-endian UTF-16 is not a regedit format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains NUL bytes but is not UTF-16 (binary data?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Regf</name>
    <message numerus="yes">
        <source>%n problem(s) found by the hive consistency check</source>
        <translation>
            <numerusform>%n problem found by the hive consistency check</numerusform>
            <numerusform>%n problems found by the hive consistency check</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry hive %1 is corrupted: %2 (cell at offset 0x%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;regf&quot; base block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1.%2 is not supported (1.3 to 1.6 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a transaction log, not a primary hive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum of its base block is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header announces an invalid hive size (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: it has %1 bytes but its header announces %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hive bin at offset 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hive bin at offset 0x%1 has an invalid header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell at offset 0x%1 has an invalid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its root key cell is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key cell is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subkey list is not an allocated cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subkey list is larger than its cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subkey list has an unknown signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subkey index is larger than its cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subkey index points to another index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key announces %1 subkeys but its list holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subkey list points to something that is not a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value list is larger than its cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value stored in its own record is longer than 4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of a value is not an allocated cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of a value is longer than its cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a big-data segment list is larger than its cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a big-data segment is not an allocated cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the big-data segments of a value are shorter than its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value record is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry value or list is too large for a hive cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hive cell allocator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent key has no valid security cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry value name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry value is too large for a hive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root key of a hive cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key has no valid parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key tree is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cell 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;regf&quot; base block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence numbers of the base block differ (the hive is dirty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base block checksum is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base block does not describe a primary hive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hive length in the base block does not match the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid hive bin at offset 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid cell size at offset 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is used twice: %1 (cell 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty subkey list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is not an allocated cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key record is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key tree is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root key is not marked as the hive&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key does not point back to its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key has no valid security cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class name is not an allocated cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class name is larger than its cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subkey index is not an allocated cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key&apos;s subkey count does not match its list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subkey list is not sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subkey hash is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value list is not an allocated cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is not an allocated cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a big-data segment list is not an allocated cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security cell is also used as something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a security cell&apos;s reference count is %1 but %2 keys use it (cell 0x%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of security cells is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allocated cells are not reachable from the root key (first at 0x%2%3)</source>
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
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of data</source>
        <translation>
            <numerusform>%n byte of data</numerusform>
            <numerusform>%n bytes of data</numerusform>
        </translation>
    </message>
    <message>
        <source>layered provider (LSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol chain through an LSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoadAppInit_DLLs (%1): %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppInit_DLLs (%1): %2 -&gt; %3 (these DLLs are no longer loaded into every program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppInit_DLLs is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1\%2: %3 -&gt; removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1\%2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the driver to roll back: --service NAME (filter driver service) or, on the running Windows, --device INSTANCE-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back a device&apos;s driver package needs the running Windows; offline, disable the filter driver with --service NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the driver of the device %1 to the previously installed one (DiRollbackDriver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no driver service named &quot;%1&quot; on this Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1: Start %2 -&gt; %3 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver is already disabled and in no filter list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %1: remove %n entry(ies) and renumber the remaining %2 entries from 000000000001:</source>
        <translation>
            <numerusform>In %1: remove %n entry and renumber the remaining %2 entries from 000000000001:</numerusform>
            <numerusform>In %1: remove %n entries and renumber the remaining %2 entries from 000000000001:</numerusform>
        </translation>
    </message>
    <message>
        <source>remove %1: &quot;%2&quot; (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next_Catalog_Entry_ID: %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layered providers or protocol chains are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 still holds the non-base entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: value &quot;%2&quot; in [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: deleting the whole key [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was refused and nothing was changed: it touches registry locations outside what a Winsock backup may contain (the Winsock parameters, network cards, TCP/IP parameters and the AppInit values): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no registry keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the catalog entry %1\%2 (not in the backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry already matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; not set (Windows default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 (Windows default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All TCP/IP settings Winsock Doctor knows are at their Windows defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Winsock protocol catalog (Protocol_Catalog9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 winsock reset (removes every LSP, keeps the name space providers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an offline Windows the catalog can only be reset from a known-good copy: give a snapshot folder or a .reg export of Protocol_Catalog9 from a healthy PC with the same Windows build (--file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog in %1 is not a clean one: entry %2 is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog in %1 needs %2, which this Windows does not have: it comes from a different Windows build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog in %1 has no protocol entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog already equals the known-good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the protocol catalog (%1 entries now) by the known-good copy from %2 (%3 entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair was stopped after netsh (fault injection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the reset the Winsock protocol catalog is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the reset the catalog still holds the non-base entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the repair the registry does not show the expected change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown repair &quot;%1&quot;. Known repairs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the target is already in the wanted state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a restart afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair &quot;%1&quot; failed (%2) and rolling it back failed too (%3). Restore the saved state with: undo &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair &quot;%1&quot; failed: %2 Every change was rolled back from the snapshot in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair was stopped after the step &quot;%1&quot; (fault injection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 holds no applied repair to undo (it was already undone or rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only keys under HKEY_LOCAL_MACHINE can be repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: access denied (run as administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a value of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete the root key of a hive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a value of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair was stopped after change %1 (fault injection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netsh winsock reset did not finish within two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netsh winsock reset reported failure (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Windows has no DiRollbackDriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SetupDiCreateDeviceInfoList failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 was not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DiRollbackDriver failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (32-bit view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (64-bit view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key %1 has too many subkeys to be saved safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &quot;netsh winsock reset&quot; is only possible on the live Windows system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back a driver package is only possible on the live Windows system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key %1 is outside HKLM\SYSTEM and HKLM\SOFTWARE and cannot be changed offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 hive is missing on this volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 has changes in its transaction logs (.LOG1/.LOG2) that were not written into it. Changing it now could lose or corrupt data. Start this Windows once and shut it down normally, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair was stopped before saving %1 (fault injection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a Windows volume: Windows\System32\config\SYSTEM was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing the running system is only possible on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changed registry hive %1 did not pass the consistency check, so nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target cannot be examined by the repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this target cannot be read by the repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing system files is not possible on this target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing system files is not possible on this target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an absolute Windows path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the Windows volume (C:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain &quot;.&quot; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
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
        <source>%1 is a link, not a file; it is not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1, not by Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 belongs to another Windows release than this one (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Windows network files from the component store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the component store of this Windows holds no copy of it that is signed by Microsoft and of this Windows release, so nothing is replaced. Run instead: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If sfc reports that it could not repair a file, repair the component store first with &quot;%1&quot; (needs Windows Update or install media), then run sfc again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D: stands for the letter this Windows volume has there (&quot;diskpart&quot;, &quot;list volume&quot; shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run these commands in the Windows recovery environment&apos;s command prompt (or start this Windows and run &quot;sfc /scanfile=PATH&quot; as administrator).%1 If sfc cannot restore a file, repair the component store with the Windows installation media of the same version as E:: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a network system file this repair restores. It restores these files in %2\System32 and %2\SysWOW64 (drivers in System32\drivers): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is intact (signed by %2, version %3): nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies found but not used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 (%2) with Windows&apos; own copy from the component store: %3 - version %4, signed by %5 (%6), SHA-256 %7. The current file is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every network system file is present, signed by Microsoft and of this Windows release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows version of this target could not be read, so no copy from the component store can be matched to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installed update revision (UBR) of this Windows is not recorded; the newest verified copy of release %1 was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed by Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 does not fit this Windows (%2, update revision %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after the preview; nothing of it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair was stopped after file %1 (fault injection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the repair %1 is not there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the repair %1 is not the copy from the component store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the repair %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can still be repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repair &quot;%1&quot; could not fix it here; its notes in the preview say what to do instead (a restart may also be needed first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no automatic repair; the details of this finding say what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than the installed update (revision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the component store of this Windows holds no copy of it that is signed by Microsoft and of this Windows release, so Winsock Doctor replaces nothing. Run in an administrator command prompt: &quot;%3&quot; (Windows Resource Protection puts back its own copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage Windows&apos; own copy of %1 (%2) from the component store beside it as %3: %4 - version %5, signed by %6 (%7), SHA-256 %8. Windows is told to replace %1 with it at the next restart (MoveFileEx with MOVEFILE_DELAY_UNTIL_REBOOT, recorded in PendingFileRenameOperations); until then the current file stays in use. The current file is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Windows to finish: until the restart the damaged files keep running, and a scan reports the waiting replacement (update.pending-reboot). Undo before the restart cancels it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not staged for the next restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the repair the staged copy %1 is not there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the repair the replacement of %1 at the next restart is not recorded in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Driver Verifier off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; not set (Driver Verifier off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver Verifier is not switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Driver Verifier on for chosen drivers (diagnosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the driver(s) to verify with --driver NAME.sys (for example --driver ndis.sys); Driver Verifier is never switched on for all drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a driver file name: give the image name such as ndis.sys, without folder or wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver Verifier already verifies all drivers; switch it off first (verifier.reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 (drivers Driver Verifier checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 (the standard checks of &quot;verifier /standard&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in System32\drivers; Driver Verifier matches the name wherever the driver is loaded from, so check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver Verifier already checks these drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the restart Windows stops with a blue screen (0xC4) as soon as one of these drivers breaks a rule; the crash dump then names it. If Windows no longer starts, choose Safe Mode and undo this repair, or run &quot;verifier /reset&quot;. Switch it off when the diagnosis is done (verifier.reset or undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be replaced only by the 64-bit Winsock Doctor on 64-bit Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows refused to replace %1 at the next restart (MoveFileEx): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the staged copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the replacement of %2 at the next restart is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup chosen yet: choose the .reg file to restore (on the command line: --file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock protocol catalog (%1) does not exist; reset the Winsock catalog or restore Winsock settings from a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 has %2 entries, more than the %3 this repair handles, so nothing is changed: reset the Winsock catalog or restore Winsock settings from a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 has no previous driver to go back to (Windows kept no backup of the earlier driver). Install the manufacturer&apos;s older driver by hand, or disable the filter driver instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed delta that only Windows&apos; own servicing (sfc or DISM) can expand</source>
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
    <name>wd::Signature</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PE image and has no embedded signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp countersignature cannot be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the timestamp authority is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp has no signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp countersignature does not match the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp authority is not trusted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC 3161 timestamp cannot be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC 3161 timestamp has no TSTInfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp does not cover this signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp&apos;s own signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of trusted roots does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was modified after signing (hash mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by an untrusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed file or signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not a PKCS #7 SignedData structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not sign the expected content (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed content is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed content is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature must have exactly one signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the signed content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate uses explicit elliptic-curve parameters (spoofed-curve attack, CVE-2020-0601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has no timestamp, so an expired signer certificate is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not allowed for code signing (no code-signing extended key usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed content is not a valid SpcIndirectDataContent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image digest algorithm %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed after it was signed: its image digest does not match the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no embedded signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate table holds no PKCS #7 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of data were appended after the signature.</source>
        <translation>
            <numerusform>%n byte of data was appended after the signature.</numerusform>
            <numerusform>%n bytes of data were appended after the signature.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data was appended inside the signature entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature names a digest algorithm this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::SignatureCheck</name>
    <message>
        <source>File signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing security catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n system file(s) are not validly signed</source>
        <translation>
            <numerusform>%n system file is not validly signed</numerusform>
            <numerusform>%n system files are not validly signed</numerusform>
        </translation>
    </message>
    <message>
        <source>These files in System32 or the drivers folder carry no valid Microsoft signature. Replaced or damaged system files can make Windows unstable. Run &quot;sfc /scannow&quot; (or DISM) to restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed, but not by Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Windows network file(s) are signed, but not by Microsoft</source>
        <translation>
            <numerusform>%n Windows network file is signed, but not by Microsoft</numerusform>
            <numerusform>%n Windows network files are signed, but not by Microsoft</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows network files must be signed by Microsoft. These carry a valid signature from someone else (%1), which means they were replaced. A replaced Winsock file can intercept or break every network connection. Restore the originals with &quot;sfc /scannow&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid signature (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of this file does not check out: %1 A modified or replaced network file can break or spy on every connection and can crash programs or Windows itself. Restore the original file (&quot;sfc /scannow&quot; for Windows files, reinstall the product otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a test certificate authority stands in for Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo PC cannot carry Microsoft&apos;s signatures, so its intact Windows files are signed by a test certificate authority that this demo treats like Microsoft&apos;s root. On a real PC only Microsoft&apos;s own roots count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network driver runs inside the Windows kernel, but nobody signed it, so its origin is unknown. 64-bit Windows normally refuses to load unsigned drivers unless test signing or driver signature enforcement was turned off. A faulty network driver causes blue screens in ndis.sys or tcpip.sys. Update it from the device maker, or roll it back (repair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is loaded into programs that use the network (as a Winsock provider, name provider or AppInit DLL) but nobody signed it, so its origin is unknown. Unsigned network add-ons are a common cause of lost connections and crashes, and are used by adware. Removing the provider (repair) restores the default network stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is from another Windows release (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Windows network file has version %1, which belongs to another Windows release than this Windows (%2, files %3.x). %4 Network files copied in from another Windows (for example a ws2_32.dll downloaded from a DLL site) break the network stack in ways that are hard to see, because they do not match the rest of this Windows. The repair puts back this Windows&apos; own copy from its component store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is validly signed by Microsoft, but a valid signature does not make it fit this Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is newer than the installed Windows update (version %2, update %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Windows network file is of this Windows release (%1) but of update revision %2, above the update this Windows has installed (revision %3). Usually an update was installed only partly (it waits for a restart) or the file was copied from a more up-to-date PC. Restart Windows and let pending updates finish; if the file stays newer than the rest, the repair puts back the copy of the installed update from the component store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deep scan verified only part of the system folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system folder holds far more files than Windows puts there (a few thousand in System32). The deep scan looks at no more than %1 entries of a folder and verifies no more than %2 of its files, so the files after that point were not verified. So many files in a system folder usually mean that a program filled it with copies or temporary files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Snapshot</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the hive %1 in the snapshot does not match the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a snapshot folder (manifest.json is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot manifest %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot manifest %1 is damaged or of an unknown version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot manifest %1 names an invalid part &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot part %1 was changed or damaged (its SHA-256 does not match the manifest). It will not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 hive is missing on this volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was stopped before %1 (fault injection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved hive files were put back unchanged (byte for byte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot export of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved registry key was restored from its .reg export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 in the snapshot does not match the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved copy of %1 changed while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its saved copy after it was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved files were put back unchanged (byte for byte).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::SupportCode</name>
    <message>
        <source>A layered service provider (LSP) is hooked into Winsock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock catalog is damaged or inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Winsock provider DLL is missing or suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Winsock catalog problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name resolution (namespace) provider problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system network file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system file has a missing or invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppInit_DLLs loads a DLL into every program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network device or its driver has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra filter driver sits in the network stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP/IP settings differ from the Windows defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 is disabled or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teredo tunnelling settings are altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another network settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue screen crash dumps were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process leaks handles or kernel pool memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check could not run, part of the system was not examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Vista or older (build below 7600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 7 (builds 7600-7601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 8 (build 9200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 8.1 (build 9600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 10 (builds 10240-17134)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 10 1809 / Server 2019 (build 17763)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 10 1903-22H2 (builds 18362-19045)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 11 (builds 22000-22631)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows 11 24H2 or newer (build 26100+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support code contains &quot;%1&quot;, which is not used in support codes. Please read the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support code has %1 characters (not counting dashes), this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support code is not valid: a character was probably misread or mistyped. Please read the code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support code was made by a different version of Winsock Doctor (code version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support code names problems this version of Winsock Doctor does not know; please update.</source>
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
        <source>%1 is part of the Windows network stack (Winsock). Without it no program can open a network connection, and programs that load it may crash. The repair puts back Windows&apos; own verified copy from its component store (WinSxS); when there is none, &quot;sfc /scannow&quot; or DISM restore it from a healthy Windows image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::SystemView</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::TargetSpec</name>
    <message>
        <source>The target &quot;%1&quot; needs a path after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target &quot;%1&quot;. Use live, demo, offline:DIR, offline:auto or report:FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::Targets</name>
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
        <translation>
            <numerusform>Findings (%n):</numerusform>
            <numerusform>Findings (%n):</numerusform>
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
        <translation>
            <numerusform>Crash dumps (%n):</numerusform>
            <numerusform>Crash dumps (%n):</numerusform>
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
    <message numerus="yes">
        <source>Files (%n):</source>
        <translation>
            <numerusform>Files (%n):</numerusform>
            <numerusform>Files (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock protocol catalogs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2-bit): %3 entries - %4 Windows/base, %5 layered (LSP), %6 chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(FILE MISSING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) need %1</source>
        <translation>
            <numerusform>%n provider needs %1</numerusform>
            <numerusform>%n providers need %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only standard providers, all files present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace providers: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppInit_DLLs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed but not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP/IP: Windows defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP/IP: changed - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 DisabledComponents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teredo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC as Windows reports it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running under Wine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n provider(s)</source>
        <translation>
            <numerusform>%1: %n provider</numerusform>
            <numerusform>%1: %n providers</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace providers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices: %1 (%2 with a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinVerifyTrust %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this report was saved by an older version (winsock-doctor/scan/1); its findings are shown in the language it was made in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files were unchanged since they were verified and were not read again (verification cache; --no-cache verifies every file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::WinsockCatalog</name>
    <message>
        <source>The catalog entry is only %1 bytes long; a valid entry has %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::WinsockCheck</name>
    <message>
        <source>Winsock protocol catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock protocol catalog is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key Protocol_Catalog9 that lists every network protocol provider is missing. Without it no program can open a network connection. The repair restores the catalog from a backup or rebuilds it with a Winsock reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock catalog %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the lists of network protocol providers is missing, so programs of that bitness cannot use the network at all. The repair restores the catalog from a backup or rebuilds it with a Winsock reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value PackedCatalogItem is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Winsock catalog entry is cut short (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 in %2 is shorter than Windows writes it, so part of the provider description is lost. Winsock may refuse the whole catalog and programs lose their network access. The repair rebuilds the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Winsock catalog entry is larger than expected (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 in %2 has extra bytes after the provider description. Windows itself writes exactly %3 bytes; a program that edited the catalog by hand may have left it inconsistent. The repair rebuilds the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock catalog %1 says it has %2 entries but has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry counter %1 does not match the entries that exist. This happens when a program adds or removes protocol providers and is interrupted; Winsock may then fail to load the catalog and programs report that there is no network. The repair rebuilds the catalog with a Winsock reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next free Winsock catalog id is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next_Catalog_Entry_ID (%1) is not above the highest catalog entry id (%2). The next program that installs a provider would get a duplicate id and break the catalog. The repair rebuilds the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Winsock catalog entry cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog entry %1 is damaged (%2). Winsock stops at damaged entries, so programs may find no usable network protocol. The repair rebuilds the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock catalog %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network protocol provider is registered, so programs cannot open any network connection. The repair restores the catalog from a backup or rebuilds it with a Winsock reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Winsock catalog entries share the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every protocol provider needs its own catalog id. Duplicates make Winsock pick the wrong provider or reject the catalog. The repair rebuilds the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock entry &quot;%1&quot; has an impossible chain length %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol chain can hold at most 7 providers. This entry is corrupt and can make Winsock fail for every program. The repair rebuilds the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock chain &quot;%1&quot; points at providers that no longer exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol chain (installed by %1) refers to catalog ids that are not in the catalog, usually because a layered provider was uninstalled badly. Programs that use this protocol fail to connect or crash. The repair removes the broken chain and the layered provider, or resets Winsock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol chain is installed: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is layered over the Windows network providers. Such add-ons (often from security or ad software) see all network traffic and are a common cause of lost connections. The repair removes the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layered service provider is installed: %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inserts itself into every network connection of %2 programs. Such layered providers come with security suites, parental filters or adware; when they are outdated or half-removed, programs lose their connection, browsers show &quot;no internet&quot; and the PC can even crash. The repair removes this provider and its %3 chain(s), or resets Winsock to the Windows defaults (reboot needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock provider file %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog entry &quot;%1&quot; needs %2, but the file does not exist. Every program that opens a socket of this kind fails, which looks like &quot;no internet&quot; although the connection works. The repair removes the entry or resets Winsock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Winsock provider is loaded from outside the Windows folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not part of Windows. Third-party providers (virtual machine tools, VPN or security software) are legitimate when their program is still installed and up to date; otherwise they are a frequent cause of network failures. Check that %2 belongs to software you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock catalog %1 has no TCP/IP provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; own TCP/IP provider (MSAFD Tcpip) is missing from the catalog, so programs cannot open internet connections. The repair restores the catalog from a backup or resets Winsock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 32-bit and 64-bit Winsock catalogs differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows keeps the same providers in both catalogs. Here %1 entries exist only for 32-bit programs and %2 only for 64-bit programs, so some programs connect and others do not. The repair resets both catalogs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 provider (string %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Winsock catalog %1 has %2 entries; only the first %3 were examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows itself installs fewer than 20 protocol providers per catalog, and even a PC with several layered providers has far fewer than %1. A catalog this large was left by an installer that ran in a loop, or it is damaged; every program that opens a network connection loads all of it, which slows it down or makes Winsock fail. Only the first %1 entries were checked, so problems in the others are not reported. The repair rebuilds the catalog with a Winsock reset.</source>
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
    <message>
        <source>Fleet detection: prints one line and exits 1 when a repair is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target with --target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock Doctor: no repair needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Winsock Doctor: %n problem(s) need a repair: %1</source>
        <translation>
            <numerusform>Winsock Doctor: %n problem needs a repair: %1</numerusform>
            <numerusform>Winsock Doctor: %n problems need a repair: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet remediation: runs the safe repairs for what a scan finds, without questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock Doctor: nothing to remediate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock Doctor: remediation needs administrator rights (run as SYSTEM or elevated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock Doctor: repaired %1; snapshot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restart is needed to finish (not done automatically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply repairs. The preview of every change is shown first and a snapshot is saved before anything is touched; &quot;undo SNAPSHOT-DIR&quot; puts everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show what would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver.rollback: the filter driver service to disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver.rollback (running Windows): the device instance id to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the snapshot in DIR instead of the target&apos;s snapshot folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target with --target (demo or offline:DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These repairs change system settings and need administrator rights. Run Winsock Doctor &quot;as administrator&quot; and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed (use --yes when running without a console). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To undo: %1 undo &quot;%2&quot; --target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Windows to finish the repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a saved report or a support code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report saved with &quot;scan --format json&quot; or by the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a support code instead of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one report FILE or --code CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support code can be printed as text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the snapshots saved before repairs of a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target with --target (offline:DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the state saved in a snapshot folder (printed by &quot;repair&quot;, listed by &quot;snapshots&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo takes exactly one snapshot folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing a repair changes system settings and needs administrator rights. Run Winsock Doctor &quot;as administrator&quot; and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the state saved in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prod version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MachineType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the digital signatures of files (embedded or catalog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check certificates as of this time (ISO 8601, UTC) instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the time &quot;%1&quot; (use ISO 8601, e.g. 2026-01-31T12:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify needs a live, offline or demo target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved report cannot be repaired; use --target live, offline:DIR or demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the demo target is a fresh copy of the demo PC in every run of the program; changes and snapshots vanish when this command ends (the built-in demo itself never changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winsock-doctor: unknown page &quot;%1&quot; (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When not running as administrator, ask Windows for administrator rights (UAC prompt) and run the repair in an elevated copy of Winsock Doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply these changes as administrator?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the repair request in FILE (written by the wizard for the elevated copy); it is refused when its confirmed preview no longer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outcome as JSON to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system changed after the preview was shown, so the confirmed changes are no longer the ones that would be made. Nothing was changed; review the new preview and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These repairs need administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also run ACTION when the scan names it (repeatable; e.g. driver.rollback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run ACTION (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown repair &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Windows installations that can be examined offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export registry keys as a .reg file (or JSON) to restore elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: live, demo, offline:DIR (root of a Windows volume), offline:auto or report:FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 is damaged: its keys form a loop below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry below %1 is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key below HKLM. With --target, name keys like HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry key %1 is not available on this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a registry transaction log, not a hive; export the hive it belongs to (its logs are applied to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry hive %1 is truncated: its header says %2 bytes, the file has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export registry keys of a target or a hive file as a regedit .reg file (to restore them elsewhere) or as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: live, demo or offline:DIR. KEY is a full path such as HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry hive file. KEY is relative to its root key: \ is the whole hive, \Name a key below the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys to export, each with everything below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (use reg or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one key, e.g. %1 export HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters --target offline:D:\</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --target or --hive, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to export from: --target (demo or offline:DIR) or --hive FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved report holds no registry keys; export from live, demo or offline:DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Windows installations on the other drives or mounted volumes of this computer, to open one with --target offline:DIR (or offline:auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets takes no arguments (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Windows installation was found on the other drives of this PC. The running Windows is not listed: examine it with --target live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Windows installation was found on the mounted NTFS volumes. Mount the Windows volume (for example with your file manager), or name its folder with --target offline:DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows installations found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System registry last written: %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target offline:auto opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live | demo | offline:DIR | offline:auto | report:FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .reg backup or known-good catalog (or a snapshot folder) to restore from; system.file.restore: the one system file to restore (a Windows path such as C:\Windows\System32\ws2_32.dll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system.file.restore: also trust the root certificates (PEM) in DIR when verifying the files, as scan and verify do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file cannot name both the .reg backup and the system file; run the two repairs one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Every change was applied and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scan finds no remaining problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>But a new scan still finds %n critical problem(s); everything it still reports and what can still be done:</source>
        <translation>
            <numerusform>But a new scan still finds %n critical problem; everything it still reports and what can still be done:</numerusform>
            <numerusform>But a new scan still finds %n critical problems; everything it still reports and what can still be done:</numerusform>
        </translation>
    </message>
    <message>
        <source>A new scan still reports (a restart may be needed first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifier.enable: a driver image name (e.g. ndis.sys) Driver Verifier should check after the restart (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan cannot be combined with --%1: the request file alone says what to repair. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan cannot be combined with repair names: the request file alone says what to repair. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 (%2). Restarting Windows before any repair is best; then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard did not reach the page &quot;%1&quot; within 120 s; it stopped on page %2 (still running: %3). %4 shows that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the SHA-256 of every verified file, not only of the Winsock, provider and AppInit files (makes --deep slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show each file&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also verify the files listed in LIST, one path per line (&quot;-&quot;: standard input), for more files than a command line holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every file again instead of reusing the verdicts of unchanged files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard cannot be loaded (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses and repairs Windows network failures and blue screens tied to ws2_32.dll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::LeakChartView</name>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonpaged pool (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::LeakModel</name>
    <message>
        <source>Collecting samples (%1 of at least %2)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gains about %2 handles per hour (R² %3): probably a handle leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nonpaged pool grows by about %1 MiB per hour (R² %2): a driver may be leaking kernel memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steady growth detected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::LeakMonitorWidget</name>
    <message>
        <source>Export the leak monitor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sampler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leak monitor is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the samples as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle counts of the top processes and nonpaged pool over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::LiveLeakSampler</name>
    <message>
        <source>Waiting for the next reading of the counters...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target does not provide live performance counters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::SupportCodeDialog</name>
    <message>
        <source>Worst severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan found no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a support code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the &amp;support code the user reads to you (12 characters; dashes and case do not matter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::WizardWindow</name>
    <message>
        <source>This is a saved report: it shows what Winsock Doctor found on another PC, and nothing here can change that PC. Ask the user to run the repair on their own PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved report holds no live data; the leak monitor watches a running PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows on this volume is not running; handle counts and pool usage exist only on a running PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair is running. Please wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winsock Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::ApplyPage</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each repair is applied as a whole or not at all; a failed repair is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::FindingsPage</name>
    <message>
        <source>Every program that uses the network loads the Winsock providers into its own process. A broken or hostile provider makes connections fail or programs crash, and when it comes with a kernel driver (many filtering and security products do) its bugs stop Windows with a blue screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace providers answer name lookups (DNS) for every program. A broken one makes web sites &quot;not found&quot; although the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows trusts its own network files. A missing, replaced or unsigned file can be damage, an incompatible update or malware, and crashes in it bring down every program that uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppInit_DLLs loads a DLL into every program that starts. Malware and old software use it; a faulty DLL there crashes programs at random and can hook every network call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network drivers run inside the Windows kernel. A faulty driver or filter stops the whole system with a blue screen (for example DRIVER_IRQL_NOT_LESS_OR_EQUAL in ndis.sys or tcpip.sys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crash dump is written when Windows stops with a blue screen; the bug check and the driver it names point at the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A steady leak exhausts handles or kernel pool memory; when the nonpaged pool runs out, network drivers fail and Windows may stop with a blue screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed TCP/IP settings are left behind by &quot;speed-up&quot; tools and VPN software; they cause slow or failing connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Winsock Doctor found %n problem(s).</source>
        <translation>
            <numerusform>Winsock Doctor found %n problem.</numerusform>
            <numerusform>Winsock Doctor found %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows: %1 (build %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a saved report (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support code: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s)</source>
        <translation>
            <numerusform>%1 — %n finding</numerusform>
            <numerusform>%1 — %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>This check found nothing wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to read what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this can break the network or cause a blue screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crash dumps were found: Windows has not recorded a blue screen on this system (or the dumps were deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n crash dump(s). Select one to read what the bug check means and which driver is suspected.</source>
        <translation>
            <numerusform>%n crash dump. Select it to read what the bug check means and which driver is suspected.</numerusform>
            <numerusform>%n crash dumps. Select one to read what the bug check means and which driver is suspected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scan found, check by check. Select a finding to read what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash &amp;dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leak monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings grouped by check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the findings as text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as JSON or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the selected crash dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::PlanPage</name>
    <message>
        <source>No target was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repairs are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The findings call for %n repair(s):</source>
        <translation>
            <numerusform>The findings call for %n repair:</numerusform>
            <numerusform>The findings call for %n repairs:</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairs are disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repairs are needed: the findings need no change to the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended repairs are selected. Each shows exactly what it will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Needs administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known-good copy of the Winsock catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the known-good copy to reset from...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup (.reg) to restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The Winsock settings as they were before this repair.
Snapshot folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file (.reg)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .reg export of Protocol_Catalog9 from a healthy PC with the same Windows build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Winsock backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry files (*.reg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the repairs. Nothing changes until you confirm; a snapshot is taken first so that every repair can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair and its exact changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the changes above. Make them &amp;now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs marked with the shield need administrator rights; Windows will ask for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the chosen repairs take effect only after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .reg file with the Winsock keys of a healthy PC, as Registry Editor exports them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::ResultPage</name>
    <message>
        <source>Undo the repairs of snapshot %1 and restore the previous state?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing snapshot %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>But the verification scan still finds %n critical problem(s); see &quot;Still found by the verification scan&quot; below for what can still be done.</source>
        <translation>
            <numerusform>But the verification scan still finds %n critical problem; see &quot;Still found by the verification scan&quot; below for what can still be done.</numerusform>
            <numerusform>But the verification scan still finds %n critical problems; see &quot;Still found by the verification scan&quot; below for what can still be done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s) could change nothing (see below).</source>
        <translation>
            <numerusform>%n repair could change nothing (see below).</numerusform>
            <numerusform>%n repairs could change nothing (see below).</numerusform>
        </translation>
    </message>
    <message>
        <source>The repairs of snapshot %1 were undone; the system is as it was before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n repair(s) that had changes to make were applied and verified.</source>
        <translation>
            <numerusform>The %n repair that had changes to make was applied and verified.</numerusform>
            <numerusform>All %n repairs that had changes to make were applied and verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change was made: the selected repairs had nothing they could change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repair(s) succeeded; %2 failed and were rolled back, so that part of the system is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repair was applied. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still found by the verification scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Windows to finish the repairs. Winsock Doctor never restarts the PC by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support code of the scan: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Snapshot folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repairs to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was repaired and verified. Keep the support code for the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo a repair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the repairs of the selected snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as JSON or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs in this snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::ScanPage</name>
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
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the target...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the scan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped: %n finding(s) so far; the cancelled checks did not run.</source>
        <translation>
            <numerusform>Scan stopped: %n finding so far; the cancelled checks did not run.</numerusform>
            <numerusform>Scan stopped: %n findings so far; the cancelled checks did not run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan finished: %n finding(s).</source>
        <translation>
            <numerusform>Scan finished: %n finding.</numerusform>
            <numerusform>Scan finished: %n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check only reads the system; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::WelcomePage</name>
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
        <source>No Windows installation was found on the other drives or mounted volumes. Choose the root folder of the Windows volume above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several Windows installations were found. Choose the one to examine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows installations found on this computer (click one to examine it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry last written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows installations found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (product unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Winsock Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Windows do you want to examine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows &amp;volume (a disk from a PC that does not start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;report saved by Winsock Doctor (read-only, for helpdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;demo PC (a generated broken Windows, safe to repair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examining the running system needs Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the Windows volume, or report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the volume or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the volume folder or report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a support &amp;code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a support code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eep scan (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also verifies the digital signature of every system file and driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds and repairs what breaks the Windows network stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks for hijacked Winsock catalogs, tampered system files, injected DLLs, bad network drivers and the blue screens they cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::WizardState</name>
    <message>
        <source>d MMM HH:mm</source>
        <comment>snapshot date; QDateTime format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>snapshot date — repair names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for Winsock Doctor (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n repair(s)</source>
        <comment>snapshot date — how many repairs it holds</comment>
        <translation>
            <numerusform>%1 — %n repair</numerusform>
            <numerusform>%1 — %n repairs</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the names of repairs in a list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
