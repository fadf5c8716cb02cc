<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WizardWindow</name>
    <message>
        <source>Winsock Doctor</source>
        <translation>Winsock Doctor</translation>
    </message>
    <message>
        <source>Welcome to Winsock Doctor</source>
        <translation>欢迎使用 Winsock Doctor</translation>
    </message>
    <message>
        <source>Finds and repairs what breaks the Windows network stack: hijacked Winsock catalogs, tampered system files, injected DLLs, bad network drivers and the blue screens they cause.</source>
        <translation>查找并修复导致 Windows 网络协议栈故障的问题：被劫持的 Winsock 目录、被篡改的系统文件、被注入的 DLL、有问题的网络驱动程序，以及由它们引发的蓝屏。</translation>
    </message>
    <message>
        <source>Which Windows do you want to examine?</source>
        <translation>要检查哪个 Windows？</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>A Windows volume (a disk from a PC that does not start)</source>
        <translation>Windows 卷（来自无法启动的电脑的磁盘）</translation>
    </message>
    <message>
        <source>A report saved by Winsock Doctor (read-only)</source>
        <translation>Winsock Doctor 保存的报告（只读）</translation>
    </message>
    <message>
        <source>The demo PC (a generated broken Windows, safe to repair)</source>
        <translation>演示电脑（自动生成的故障 Windows，可放心修复）</translation>
    </message>
    <message>
        <source>Folder of the Windows volume, or report file</source>
        <translation>Windows 卷所在的文件夹，或报告文件</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>报告 (*.json)</translation>
    </message>
    <message>
        <source>Root folder of the Windows volume</source>
        <translation>Windows 卷的根文件夹</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>正在扫描</translation>
    </message>
    <message>
        <source>Each check reads the system only; nothing is changed.</source>
        <translation>每项检查都只读取系统，不会做任何更改。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现内容</translation>
    </message>
    <message>
        <source>Please choose a folder or a report file first.</source>
        <translation>请先选择一个文件夹或报告文件。</translation>
    </message>
    <message>
        <source>Opening the target...</source>
        <translation>正在打开目标...</translation>
    </message>
    <message>
        <source>Open the target</source>
        <translation>打开目标</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>正在检查：%1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message numerus="yes">
        <source>Scan finished: %n finding(s).</source>
        <translation>
            <numerusform>扫描完成：共 %n 项结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>Winsock Doctor found %n problem(s).</source>
        <translation>
            <numerusform>Winsock Doctor 发现了 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wd::Bugchecks</name>
    <message>
        <source>A driver touched memory it was not allowed to use while Windows was handling hardware events. Network, VPN, firewall and antivirus filter drivers are the usual cause. Next step: update or remove the driver named as the suspect; if none is named, remove recently installed network software.</source>
        <translation>Windows 在处理硬件事件时，某个驱动程序访问了不允许使用的内存。通常是网络、VPN、防火墙或杀毒软件的过滤驱动程序导致的。下一步：更新或卸载被列为嫌疑的驱动程序；如果没有列出嫌疑驱动程序，请卸载最近安装的网络软件。</translation>
    </message>
    <message>
        <source>A driver used an invalid memory address at a moment when Windows could not wait. When the crash points at ndis.sys, tcpip.sys or netio.sys, the real culprit is usually a third-party network filter (VPN, firewall, antivirus, virtual network card) sitting in the network stack. Next step: roll back, update or uninstall the suspect driver or the program that installed it.</source>
        <translation>某个驱动程序在 Windows 无法等待的时刻使用了无效的内存地址。如果崩溃指向 ndis.sys、tcpip.sys 或 netio.sys，真正的元凶通常是位于网络协议栈中的第三方网络过滤驱动程序（VPN、防火墙、杀毒软件、虚拟网卡）。下一步：回滚、更新或卸载嫌疑驱动程序，或卸载安装它的程序。</translation>
    </message>
    <message>
        <source>A kernel-mode program (driver) made an error that nothing caught. If the suspect is a network or security driver, roll it back or update it; otherwise check for faulty memory and update drivers.</source>
        <translation>某个内核模式程序（驱动程序）出错，且该错误未被处理。如果嫌疑驱动程序是网络或安全驱动程序，请回滚或更新它；否则请检查内存是否有故障，并更新驱动程序。</translation>
    </message>
    <message>
        <source>An error happened while Windows was carrying out a request from a program. Security suites and network filter drivers that hook these requests are frequent causes. Next step: update or remove the suspect driver; run the memory diagnostic if crashes continue.</source>
        <translation>Windows 在执行某个程序的请求时出错。拦截这些请求的安全套件和网络过滤驱动程序是常见原因。下一步：更新或卸载嫌疑驱动程序；如果仍然崩溃，请运行内存诊断。</translation>
    </message>
    <message>
        <source>Windows tried to read memory that does not exist. A buggy driver (often a network or antivirus filter) or faulty RAM is the usual cause. Next step: roll back the suspect driver; if the suspect is a Windows file, test the memory.</source>
        <translation>Windows 试图读取不存在的内存。通常是有缺陷的驱动程序（多为网络或杀毒软件的过滤驱动程序）或内存条故障导致的。下一步：回滚嫌疑驱动程序；如果嫌疑对象是 Windows 自身的文件，请检测内存。</translation>
    </message>
    <message>
        <source>A system worker thread, usually running driver code, failed. The suspect driver is the most likely cause. Next step: roll back or update that driver.</source>
        <translation>一个系统工作线程（通常在运行驱动程序代码）出现故障。最可能的原因是嫌疑驱动程序。下一步：回滚或更新该驱动程序。</translation>
    </message>
    <message>
        <source>The processor hit a condition the kernel could not handle, often a stack overflow caused by too many stacked filter drivers, or failing hardware. Next step: remove duplicate security or VPN software, then test memory and cooling.</source>
        <translation>处理器遇到了内核无法处理的情况，常见原因是叠加的过滤驱动程序过多导致栈溢出，或硬件故障。下一步：卸载重复安装的安全软件或 VPN 软件，然后检测内存和散热。</translation>
    </message>
    <message>
        <source>Kernel code made an error nothing caught. Faulty drivers and faulty memory are the usual causes. Next step: roll back the suspect driver; test memory if the suspect is Windows itself.</source>
        <translation>内核代码出错，且该错误未被处理。通常是驱动程序或内存故障导致的。下一步：回滚嫌疑驱动程序；如果嫌疑对象是 Windows 自身，请检测内存。</translation>
    </message>
    <message>
        <source>A driver handed back memory incorrectly (for example twice). Network and antivirus filter drivers are common culprits. Next step: update or remove the suspect driver.</source>
        <translation>某个驱动程序错误地释放了内存（例如重复释放）。网络和杀毒软件的过滤驱动程序是常见元凶。下一步：更新或卸载嫌疑驱动程序。</translation>
    </message>
    <message>
        <source>A driver damaged Windows&apos; shared memory pool. Network filters, VPN clients and antivirus drivers are frequent causes. Next step: remove recently added network or security software; roll back the suspect driver.</source>
        <translation>某个驱动程序破坏了 Windows 的共享内存池。网络过滤驱动程序、VPN 客户端和杀毒软件驱动程序是常见原因。下一步：卸载最近添加的网络或安全软件；回滚嫌疑驱动程序。</translation>
    </message>
    <message>
        <source>A driver damaged Windows&apos; shared memory pool. Next step: roll back or remove the suspect driver, especially if it is a network or security filter.</source>
        <translation>某个驱动程序破坏了 Windows 的共享内存池。下一步：回滚或卸载嫌疑驱动程序，尤其是网络或安全过滤驱动程序。</translation>
    </message>
    <message>
        <source>A process Windows cannot live without stopped. Damaged system files or security software that blocks system processes are typical causes. Next step: run &quot;sfc /scannow&quot; and DISM, and check the Winsock and system-file findings of this scan.</source>
        <translation>Windows 运行所必需的某个进程停止了。常见原因是系统文件损坏，或安全软件拦截了系统进程。下一步：运行“sfc /scannow”和 DISM，并查看本次扫描中有关 Winsock 和系统文件的检查结果。</translation>
    </message>
    <message>
        <source>A driver kept the processor busy for too long. Network adapter drivers and network filters under heavy traffic are typical causes, as are storage drivers. Next step: update the network adapter driver or roll back the suspect driver.</source>
        <translation>某个驱动程序长时间占用处理器。常见原因是高流量下的网络适配器驱动程序和网络过滤驱动程序，存储驱动程序也可能导致此问题。下一步：更新网络适配器驱动程序，或回滚嫌疑驱动程序。</translation>
    </message>
    <message>
        <source>Windows detected that a driver damaged one of its internal lists. This is almost always a driver bug (network and security filters are common). Next step: roll back or update the suspect driver.</source>
        <translation>Windows 检测到某个驱动程序破坏了其内部列表。这几乎总是驱动程序自身的缺陷（常见于网络和安全过滤驱动程序）。下一步：回滚或更新嫌疑驱动程序。</translation>
    </message>
    <message>
        <source>A driver did not finish going to sleep or waking up in time. Wi-Fi and Ethernet adapter drivers are frequent causes. Next step: update the network adapter driver, or roll it back if the crashes started after an update.</source>
        <translation>某个驱动程序未能及时完成睡眠或唤醒。Wi-Fi 和以太网适配器驱动程序是常见原因。下一步：更新网络适配器驱动程序；如果崩溃是在更新后开始的，请回滚驱动程序。</translation>
    </message>
    <message>
        <source>A driver tried to run code from memory that only holds data, a sign of a buggy or tampered driver. Next step: remove the suspect driver and scan for malware.</source>
        <translation>某个驱动程序试图从只存放数据的内存中执行代码，这表明该驱动程序有缺陷或已被篡改。下一步：卸载嫌疑驱动程序并扫描恶意软件。</translation>
    </message>
    <message>
        <source>The Windows network driver interface (NDIS) found an internal inconsistency, usually caused by a network adapter or filter driver. Next step: update or roll back network drivers.</source>
        <translation>Windows 网络驱动程序接口（NDIS）发现内部数据不一致，通常由网络适配器或过滤驱动程序引起。下一步：更新或回滚网络驱动程序。</translation>
    </message>
    <message>
        <source>A network adapter or filter driver broke the rules of the Windows network driver interface (NDIS). Next step: roll back or update the suspect network driver.</source>
        <translation>某个网络适配器或过滤驱动程序违反了 Windows 网络驱动程序接口（NDIS）的规则。下一步：回滚或更新嫌疑网络驱动程序。</translation>
    </message>
    <message>
        <source>A network component released memory incorrectly. Network filter and firewall drivers are the usual cause. Next step: roll back or remove the suspect driver.</source>
        <translation>某个网络组件错误地释放了内存。通常是网络过滤驱动程序或防火墙驱动程序导致的。下一步：回滚或卸载嫌疑驱动程序。</translation>
    </message>
    <message>
        <source>Someone started this crash on purpose (keyboard shortcut or debugger), usually to capture a dump for analysis. It does not point to a faulty driver.</source>
        <translation>这次崩溃是有人故意触发的（通过键盘快捷键或调试器），通常是为了生成转储文件以供分析。它并不表明有驱动程序故障。</translation>
    </message>
    <message>
        <source>Windows stopped to protect itself from damage. The bug check name describes what went wrong; the suspect driver (if one is named) is the best place to start: update it, roll it back or uninstall the program that installed it.</source>
        <translation>Windows 为防止自身受损而停止运行。错误检查名称说明了出了什么问题；最好先从嫌疑驱动程序（如果列出了）入手：更新它、回滚它，或卸载安装它的程序。</translation>
    </message>
</context>
<context>
    <name>wd::CrashDumpCheck</name>
    <message>
        <source>Blue-screen crash dumps</source>
        <translation>蓝屏崩溃转储</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>A crash dump cannot be read: %1</source>
        <translation>无法读取崩溃转储：%1</translation>
    </message>
    <message>
        <source>A damaged dump usually means the computer lost power or restarted before Windows finished writing it. It cannot tell which driver crashed.</source>
        <translation>转储文件损坏通常意味着电脑在 Windows 写完转储之前断电或重启了。无法从中判断是哪个驱动程序导致了崩溃。</translation>
    </message>
    <message>
        <source>%1 is an application crash dump, not a blue screen</source>
        <translation>%1 是应用程序崩溃转储，不是蓝屏</translation>
    </message>
    <message>
        <source>This file records a crash of one program (exception %1 in %2), not of Windows itself.</source>
        <translation>此文件记录的是某个程序的崩溃（%2 中的异常 %1），而不是 Windows 本身的崩溃。</translation>
    </message>
    <message>
        <source>Blue screen %1 (%2)</source>
        <translation>蓝屏 %1（%2）</translation>
    </message>
    <message>
        <source>Blue screen %1 (%2), probably caused by %3</source>
        <translation>蓝屏 %1（%2），可能由 %3 导致</translation>
    </message>
    <message>
        <source>%1 belongs to the network filter &quot;%2&quot; found on this computer. Rolling back or disabling that filter driver is the first thing to try.</source>
        <translation>%1 属于此电脑上的网络过滤器“%2”。首先应尝试回滚或禁用该过滤驱动程序。</translation>
    </message>
    <message>
        <source>%1 belongs to the device &quot;%2&quot; on this computer; rolling back its driver is the first thing to try.</source>
        <translation>%1 属于此电脑上的设备“%2”；首先应尝试回滚该设备的驱动程序。</translation>
    </message>
    <message>
        <source>This kernel dump records no bug check: it was taken on purpose (for example by a debugger or a live-dump tool), not by a crash.</source>
        <translation>此内核转储没有记录错误检查：它是被有意生成的（例如由调试器或实时转储工具生成），而不是由崩溃产生的。</translation>
    </message>
    <message>
        <source>This is an application (user-mode) crash dump, not a kernel dump: it shows that one program crashed, not that Windows stopped with a blue screen.</source>
        <translation>这是应用程序（用户模式）崩溃转储，不是内核转储：它只说明某个程序崩溃了，而不是 Windows 蓝屏停止运行。</translation>
    </message>
</context>
<context>
    <name>wd::DeviceProblems</name>
    <message>
        <source>The device is not configured correctly.</source>
        <translation>该设备配置不正确。</translation>
    </message>
    <message>
        <source>Update or reinstall the driver.</source>
        <translation>更新或重新安装驱动程序。</translation>
    </message>
    <message>
        <source>Windows could not load the driver loader for this device.</source>
        <translation>Windows 无法为此设备加载驱动程序加载器。</translation>
    </message>
    <message>
        <source>Reinstall the driver; if it persists, repair Windows.</source>
        <translation>重新安装驱动程序；如果问题仍然存在，请修复 Windows。</translation>
    </message>
    <message>
        <source>The driver may be damaged, or Windows is low on memory.</source>
        <translation>驱动程序可能已损坏，或 Windows 内存不足。</translation>
    </message>
    <message>
        <source>Close programs, restart, then reinstall the driver.</source>
        <translation>关闭程序并重启电脑，然后重新安装驱动程序。</translation>
    </message>
    <message>
        <source>The driver or its registry settings are damaged.</source>
        <translation>驱动程序或其注册表设置已损坏。</translation>
    </message>
    <message>
        <source>Uninstall the device and scan for hardware changes.</source>
        <translation>卸载该设备，然后扫描检测硬件改动。</translation>
    </message>
    <message>
        <source>The driver asked for a resource Windows does not know how to manage.</source>
        <translation>驱动程序请求了 Windows 不知道如何管理的资源。</translation>
    </message>
    <message>
        <source>Update the driver.</source>
        <translation>更新驱动程序。</translation>
    </message>
    <message>
        <source>The boot configuration conflicts with other devices.</source>
        <translation>启动配置与其他设备冲突。</translation>
    </message>
    <message>
        <source>Update the firmware (BIOS/UEFI) and the driver.</source>
        <translation>更新固件（BIOS/UEFI）和驱动程序。</translation>
    </message>
    <message>
        <source>A filter driver of this device could not be loaded.</source>
        <translation>无法加载此设备的某个过滤驱动程序。</translation>
    </message>
    <message>
        <source>Remove or update the software that installed the filter driver.</source>
        <translation>卸载或更新安装了该过滤驱动程序的软件。</translation>
    </message>
    <message>
        <source>The driver loader for this device is missing.</source>
        <translation>此设备的驱动程序加载器缺失。</translation>
    </message>
    <message>
        <source>Reinstall the driver.</source>
        <translation>重新安装驱动程序。</translation>
    </message>
    <message>
        <source>The device reports invalid information (firmware or registry).</source>
        <translation>设备报告了无效信息（固件或注册表）。</translation>
    </message>
    <message>
        <source>Update the firmware and reinstall the driver.</source>
        <translation>更新固件并重新安装驱动程序。</translation>
    </message>
    <message>
        <source>The device cannot start.</source>
        <translation>该设备无法启动。</translation>
    </message>
    <message>
        <source>Update the driver; if it started after an update, roll the driver back.</source>
        <translation>更新驱动程序；如果问题是在更新后出现的，请回滚驱动程序。</translation>
    </message>
    <message>
        <source>The device failed.</source>
        <translation>该设备出现故障。</translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, check the hardware.</source>
        <translation>重启电脑；如果问题仍然存在，请检查硬件。</translation>
    </message>
    <message>
        <source>The device cannot find enough free resources.</source>
        <translation>该设备找不到足够的可用资源。</translation>
    </message>
    <message>
        <source>Disable another device or update the firmware.</source>
        <translation>禁用另一个设备，或更新固件。</translation>
    </message>
    <message>
        <source>Windows cannot verify this device&apos;s resources.</source>
        <translation>Windows 无法验证此设备的资源。</translation>
    </message>
    <message>
        <source>Run the hardware troubleshooter or reinstall the device.</source>
        <translation>运行硬件疑难解答，或重新安装该设备。</translation>
    </message>
    <message>
        <source>The device needs a restart to work.</source>
        <translation>该设备需要重启电脑后才能工作。</translation>
    </message>
    <message>
        <source>Restart the computer.</source>
        <translation>重启电脑。</translation>
    </message>
    <message>
        <source>The device has a resource conflict.</source>
        <translation>该设备存在资源冲突。</translation>
    </message>
    <message>
        <source>Restart the computer; update the driver.</source>
        <translation>重启电脑；更新驱动程序。</translation>
    </message>
    <message>
        <source>Windows cannot identify all resources the device uses.</source>
        <translation>Windows 无法识别该设备使用的全部资源。</translation>
    </message>
    <message>
        <source>Reinstall the device.</source>
        <translation>重新安装该设备。</translation>
    </message>
    <message>
        <source>The driver&apos;s setup file asks for an unknown resource.</source>
        <translation>驱动程序的安装文件请求了未知资源。</translation>
    </message>
    <message>
        <source>Get an updated driver from the manufacturer.</source>
        <translation>从制造商处获取更新的驱动程序。</translation>
    </message>
    <message>
        <source>The drivers for this device must be reinstalled.</source>
        <translation>必须重新安装此设备的驱动程序。</translation>
    </message>
    <message>
        <source>Reinstall the driver (or roll it back).</source>
        <translation>重新安装驱动程序（或将其回滚）。</translation>
    </message>
    <message>
        <source>The device&apos;s configuration in the registry is incomplete or damaged.</source>
        <translation>注册表中该设备的配置不完整或已损坏。</translation>
    </message>
    <message>
        <source>Uninstall and reinstall the device.</source>
        <translation>卸载并重新安装该设备。</translation>
    </message>
    <message>
        <source>Windows could not load a driver for this device.</source>
        <translation>Windows 无法为此设备加载驱动程序。</translation>
    </message>
    <message>
        <source>Windows is removing this device.</source>
        <translation>Windows 正在删除此设备。</translation>
    </message>
    <message>
        <source>Wait a moment, then refresh or restart.</source>
        <translation>请稍候，然后刷新或重启电脑。</translation>
    </message>
    <message>
        <source>The device is disabled.</source>
        <translation>该设备已被禁用。</translation>
    </message>
    <message>
        <source>Enable the device if you need it.</source>
        <translation>如果需要使用该设备，请启用它。</translation>
    </message>
    <message>
        <source>The driver loader is not ready.</source>
        <translation>驱动程序加载器尚未就绪。</translation>
    </message>
    <message>
        <source>The device is not present or not working properly.</source>
        <translation>该设备不存在或无法正常工作。</translation>
    </message>
    <message>
        <source>Check the connection; reinstall the driver.</source>
        <translation>检查连接；重新安装驱动程序。</translation>
    </message>
    <message>
        <source>Windows is still setting up this device.</source>
        <translation>Windows 仍在设置此设备。</translation>
    </message>
    <message>
        <source>Windows cannot find resources this device can use.</source>
        <translation>Windows 找不到此设备可用的资源。</translation>
    </message>
    <message>
        <source>Update the firmware and driver.</source>
        <translation>更新固件和驱动程序。</translation>
    </message>
    <message>
        <source>The driver for this device is not installed.</source>
        <translation>此设备未安装驱动程序。</translation>
    </message>
    <message>
        <source>Install or roll back the driver; the network adapter will not work until then.</source>
        <translation>安装或回滚驱动程序；在此之前网络适配器将无法工作。</translation>
    </message>
    <message>
        <source>The device is disabled in the firmware.</source>
        <translation>该设备已在固件中被禁用。</translation>
    </message>
    <message>
        <source>Enable it in the BIOS/UEFI setup.</source>
        <translation>在 BIOS/UEFI 设置中启用它。</translation>
    </message>
    <message>
        <source>The device uses an interrupt it cannot share.</source>
        <translation>该设备使用了无法共享的中断。</translation>
    </message>
    <message>
        <source>Update the driver or move the card.</source>
        <translation>更新驱动程序，或将该卡换到其他插槽。</translation>
    </message>
    <message>
        <source>Windows cannot load the drivers this device needs.</source>
        <translation>Windows 无法加载此设备所需的驱动程序。</translation>
    </message>
    <message>
        <source>Reinstall or roll back the driver.</source>
        <translation>重新安装或回滚驱动程序。</translation>
    </message>
    <message>
        <source>The driver service of this device is disabled.</source>
        <translation>此设备的驱动程序服务已被禁用。</translation>
    </message>
    <message>
        <source>Set the service start type back to its default or reinstall the driver.</source>
        <translation>将服务的启动类型恢复为默认值，或重新安装驱动程序。</translation>
    </message>
    <message>
        <source>Windows cannot determine which resources the device needs.</source>
        <translation>Windows 无法确定该设备需要哪些资源。</translation>
    </message>
    <message>
        <source>Check the hardware and update the firmware.</source>
        <translation>检查硬件并更新固件。</translation>
    </message>
    <message>
        <source>The device needs manual configuration.</source>
        <translation>该设备需要手动配置。</translation>
    </message>
    <message>
        <source>Follow the manufacturer&apos;s instructions.</source>
        <translation>按照制造商的说明操作。</translation>
    </message>
    <message>
        <source>The firmware lacks information about this device.</source>
        <translation>固件缺少此设备的信息。</translation>
    </message>
    <message>
        <source>Update the BIOS/UEFI.</source>
        <translation>更新 BIOS/UEFI。</translation>
    </message>
    <message>
        <source>The device&apos;s interrupt request could not be translated.</source>
        <translation>无法转换该设备的中断请求。</translation>
    </message>
    <message>
        <source>Change interrupt settings in the firmware or update it.</source>
        <translation>在固件中更改中断设置，或更新固件。</translation>
    </message>
    <message>
        <source>The driver failed when Windows started it.</source>
        <translation>Windows 启动该驱动程序时失败。</translation>
    </message>
    <message>
        <source>A previous instance of the driver is still loaded.</source>
        <translation>该驱动程序的上一个实例仍处于加载状态。</translation>
    </message>
    <message>
        <source>The driver may be missing or damaged.</source>
        <translation>驱动程序可能缺失或已损坏。</translation>
    </message>
    <message>
        <source>Reinstall the driver; check that its .sys file exists.</source>
        <translation>重新安装驱动程序；检查其 .sys 文件是否存在。</translation>
    </message>
    <message>
        <source>The driver&apos;s service registry key is missing or damaged.</source>
        <translation>驱动程序的服务注册表项缺失或已损坏。</translation>
    </message>
    <message>
        <source>The driver loaded but cannot find the device.</source>
        <translation>驱动程序已加载，但找不到设备。</translation>
    </message>
    <message>
        <source>Reinstall the driver or check the hardware.</source>
        <translation>重新安装驱动程序或检查硬件。</translation>
    </message>
    <message>
        <source>A duplicate device was detected.</source>
        <translation>检测到重复的设备。</translation>
    </message>
    <message>
        <source>Windows stopped the device because it reported problems.</source>
        <translation>该设备报告了问题，Windows 已将其停止。</translation>
    </message>
    <message>
        <source>Update or roll back the driver; check the hardware.</source>
        <translation>更新或回滚驱动程序；检查硬件。</translation>
    </message>
    <message>
        <source>An application or service shut down this device.</source>
        <translation>某个应用程序或服务关闭了此设备。</translation>
    </message>
    <message>
        <source>The device is not connected.</source>
        <translation>该设备未连接。</translation>
    </message>
    <message>
        <source>Reconnect the device; nothing to do if it was removed on purpose.</source>
        <translation>重新连接该设备；如果是有意移除的，则无需处理。</translation>
    </message>
    <message>
        <source>Windows is shutting down.</source>
        <translation>Windows 正在关机。</translation>
    </message>
    <message>
        <source>The device was prepared for safe removal.</source>
        <translation>该设备已准备好安全移除。</translation>
    </message>
    <message>
        <source>Unplug and plug the device back in.</source>
        <translation>拔下设备后重新插上。</translation>
    </message>
    <message>
        <source>The driver was blocked because it is known to cause problems.</source>
        <translation>该驱动程序已知会导致问题，因此被阻止。</translation>
    </message>
    <message>
        <source>The system registry is too large.</source>
        <translation>系统注册表过大。</translation>
    </message>
    <message>
        <source>Uninstall unused devices.</source>
        <translation>卸载不再使用的设备。</translation>
    </message>
    <message>
        <source>Windows cannot apply all properties of this device.</source>
        <translation>Windows 无法应用此设备的所有属性。</translation>
    </message>
    <message>
        <source>The device is waiting for another device to start.</source>
        <translation>该设备正在等待另一个设备启动。</translation>
    </message>
    <message>
        <source>Fix the other device first.</source>
        <translation>请先修复另一个设备。</translation>
    </message>
    <message>
        <source>Windows cannot verify the digital signature of the driver.</source>
        <translation>Windows 无法验证该驱动程序的数字签名。</translation>
    </message>
    <message>
        <source>Install a signed driver from the manufacturer.</source>
        <translation>安装制造商提供的已签名驱动程序。</translation>
    </message>
    <message>
        <source>The device is reserved by the kernel debugger.</source>
        <translation>该设备已被内核调试器占用。</translation>
    </message>
    <message>
        <source>Turn off kernel debugging.</source>
        <translation>关闭内核调试。</translation>
    </message>
    <message>
        <source>The device failed and is being reset.</source>
        <translation>该设备出现故障，正在重置。</translation>
    </message>
    <message>
        <source>Wait; if it repeats, update the driver.</source>
        <translation>请稍候；如果反复出现，请更新驱动程序。</translation>
    </message>
    <message>
        <source>The device cannot be started while the console is locked.</source>
        <translation>控制台锁定时无法启动该设备。</translation>
    </message>
    <message>
        <source>Unlock the computer.</source>
        <translation>解锁电脑。</translation>
    </message>
    <message>
        <source>Windows is still setting up the class configuration of this device.</source>
        <translation>Windows 仍在设置此设备的类配置。</translation>
    </message>
    <message>
        <source>The device could not be assigned to a virtual machine.</source>
        <translation>无法将该设备分配给虚拟机。</translation>
    </message>
    <message>
        <source>Check the virtual machine configuration.</source>
        <translation>检查虚拟机配置。</translation>
    </message>
    <message>
        <source>The device reports problem code %1.</source>
        <translation>该设备报告了问题代码 %1。</translation>
    </message>
</context>
<context>
    <name>wd::DevicesCheck</name>
    <message>
        <source>Network adapters and filter drivers</source>
        <translation>网络适配器和过滤驱动程序</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Network device &quot;%1&quot;: driver installation failed (Code %2)</source>
        <translation>网络设备“%1”：驱动程序安装失败（Code %2）</translation>
    </message>
    <message>
        <source>Windows tried to install the driver of this network device and failed, so the device does not work and its connection is missing. This often happens after a driver update or when a VPN or virtualization product installs a broken driver. Rolling back to the previous driver (or reinstalling it) makes the device work again.</source>
        <translation>Windows 尝试安装此网络设备的驱动程序但失败了，因此该设备无法工作，对应的网络连接也不见了。这种情况常发生在驱动程序更新之后，或 VPN、虚拟化产品安装了有问题的驱动程序时。回滚到之前的驱动程序（或重新安装）即可让设备恢复工作。</translation>
    </message>
    <message>
        <source>Network device &quot;%1&quot; needs its driver reinstalled (Code %2)</source>
        <translation>网络设备“%1”需要重新安装驱动程序（Code %2）</translation>
    </message>
    <message>
        <source>Windows marked this network device for driver reinstallation; until that happens it may not work. Reinstalling or rolling back the driver fixes it.</source>
        <translation>Windows 已将此网络设备标记为需要重新安装驱动程序；重新安装之前，它可能无法工作。重新安装或回滚驱动程序即可解决。</translation>
    </message>
    <message>
        <source>Network device &quot;%1&quot; is disabled (Code %2)</source>
        <translation>网络设备“%1”已被禁用（Code %2）</translation>
    </message>
    <message>
        <source>This network device is switched off in Device Manager. If it is the connection you expect to use, enable it again.</source>
        <translation>此网络设备已在设备管理器中被禁用。如果这是你要使用的网络连接，请重新启用它。</translation>
    </message>
    <message>
        <source>Network filter &quot;%1&quot; has no driver file</source>
        <translation>网络过滤器“%1”缺少驱动程序文件</translation>
    </message>
    <message>
        <source>This filter is still registered in the network stack, but its driver %1 is missing. Leftovers like this come from uninstalled VPN, firewall or antivirus products and can stop every network adapter from working. Removing the leftover filter (or reinstalling the product) fixes it.</source>
        <translation>此过滤器仍注册在网络协议栈中，但其驱动程序 %1 已丢失。这类残留来自已卸载的 VPN、防火墙或杀毒软件，可能导致所有网络适配器都无法工作。删除残留的过滤器（或重新安装该产品）即可解决。</translation>
    </message>
    <message>
        <source>This filter is part of Windows, but its driver %1 is missing. Network adapters that depend on it may not start. Restore the Windows files with &quot;sfc /scannow&quot; or DISM.</source>
        <translation>此过滤器是 Windows 的一部分，但其驱动程序 %1 已丢失。依赖它的网络适配器可能无法启动。请使用“sfc /scannow”或 DISM 还原 Windows 文件。</translation>
    </message>
    <message>
        <source>%1 third-party network filters of the same kind (&quot;%2&quot;)</source>
        <translation>%1 个同类第三方网络过滤器（“%2”）</translation>
    </message>
    <message>
        <source>These filters all inspect or change the same network traffic: %1. Two firewall, antivirus or VPN products doing the same job often conflict, causing lost connections or blue screens. Keep one product and uninstall the others.</source>
        <translation>这些过滤器都在检查或修改同一类网络流量：%1。两款防火墙、杀毒软件或 VPN 产品做同样的事情时经常互相冲突，导致断网或蓝屏。请只保留一款产品，卸载其他产品。</translation>
    </message>
    <message numerus="yes">
        <source>%n third-party network filter(s) installed</source>
        <translation>
            <numerusform>已安装 %n 个第三方网络过滤器</numerusform>
        </translation>
    </message>
    <message>
        <source>Programs such as VPN clients, firewalls and antivirus suites add filter drivers to every network connection: %1. They are normal, but when the network fails or Windows shows a blue screen in ndis.sys or tcpip.sys they are the first suspects.</source>
        <translation>VPN 客户端、防火墙和杀毒套件等程序会在每个网络连接上添加过滤驱动程序：%1。这属于正常现象，但当网络出现故障，或 Windows 在 ndis.sys、tcpip.sys 中蓝屏时，它们是首要怀疑对象。</translation>
    </message>
    <message>
        <source>%1 network components are installed</source>
        <translation>已安装 %1 网络组件</translation>
    </message>
    <message>
        <source>%1 adds virtual network adapters and filters (%2). This is context, not a fault: they are needed by virtual machines, but they change the network stack and are worth removing if the product is no longer used.</source>
        <translation>%1 添加了虚拟网络适配器和过滤器（%2）。这只是背景信息，并非故障：虚拟机需要它们，但它们会改变网络协议栈；如果不再使用该产品，建议将其卸载。</translation>
    </message>
</context>
<context>
    <name>wd::Hive</name>
    <message>
        <source>Cannot open the registry hive %1: %2</source>
        <translation>无法打开注册表配置单元 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a registry hive (no &quot;regf&quot; base block).</source>
        <translation>%1 不是注册表配置单元（缺少“regf”基本块）。</translation>
    </message>
    <message>
        <source>The registry hive %1 has an unsupported format version %2.%3.</source>
        <translation>注册表配置单元 %1 的格式版本 %2.%3 不受支持。</translation>
    </message>
    <message>
        <source>Invalid root key name for a new hive.</source>
        <translation>新配置单元的根项名称无效。</translation>
    </message>
    <message>
        <source>Cannot write the hive %1: %2</source>
        <translation>无法写入配置单元 %1：%2</translation>
    </message>
    <message>
        <source>%1 failed on the registry hive %2: %3</source>
        <translation>%1失败（注册表配置单元 %2）：%3</translation>
    </message>
    <message>
        <source>The registry hive %1 is corrupted and cannot be read (%2).</source>
        <translation>注册表配置单元 %1 已损坏，无法读取（%2）。</translation>
    </message>
    <message>
        <source>Reading values</source>
        <translation>读取值</translation>
    </message>
    <message>
        <source>Reading the value &quot;%1&quot;</source>
        <translation>读取值“%1”</translation>
    </message>
    <message>
        <source>The hive %1 was opened read-only.</source>
        <translation>配置单元 %1 是以只读方式打开的。</translation>
    </message>
    <message>
        <source>Creating the key &quot;%1&quot;</source>
        <translation>创建项“%1”</translation>
    </message>
    <message>
        <source>Writing values</source>
        <translation>写入值</translation>
    </message>
    <message>
        <source>Deleting a key</source>
        <translation>删除项</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cannot flush the new hive %1 to disk.</source>
        <translation>无法将新配置单元 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>Cannot replace the hive %1: %2</source>
        <translation>无法替换配置单元 %1：%2</translation>
    </message>
    <message>
        <source>This build cannot read registry hive files (%1); use the Linux build for offline volumes.</source>
        <translation>此版本无法读取注册表配置单元文件（%1）；请使用 Linux 版本检查离线卷。</translation>
    </message>
</context>
<context>
    <name>wd::HiveLog</name>
    <message>
        <source>The registry hive %1 was not cleanly saved</source>
        <translation>注册表配置单元 %1 未正常保存</translation>
    </message>
    <message>
        <source>Windows had unsaved changes for this hive in its transaction logs. They were not applied, so what is shown may be out of date.</source>
        <translation>Windows 的事务日志中有此配置单元尚未保存的更改。这些更改未被应用，因此显示的内容可能不是最新的。</translation>
    </message>
</context>
<context>
    <name>wd::Minidump</name>
    <message>
        <source>%1 is not a readable crash dump: %2</source>
        <translation>%1 不是可读取的崩溃转储：%2</translation>
    </message>
    <message>
        <source>the file ends inside the %1-byte dump header (it has %2 bytes); Windows probably could not finish writing it.</source>
        <translation>文件在 %1 字节的转储头内部就结束了（文件只有 %2 字节）；Windows 可能未能写完该文件。</translation>
    </message>
    <message>
        <source>the dump header names an unknown processor type (0x%1); the header is damaged.</source>
        <translation>转储头中的处理器类型未知（0x%1）；转储头已损坏。</translation>
    </message>
    <message>
        <source>the dump header has an unknown dump type (%1); the header is damaged.</source>
        <translation>转储头中的转储类型未知（%1）；转储头已损坏。</translation>
    </message>
    <message>
        <source>the small dump ends before its directory of contents.</source>
        <translation>小型转储在其内容目录之前就结束了。</translation>
    </message>
    <message>
        <source>the small dump says it is %1 bytes long but the file has %2 bytes; it is truncated or damaged.</source>
        <translation>小型转储声明其长度为 %1 字节，但文件只有 %2 字节；文件被截断或已损坏。</translation>
    </message>
    <message>
        <source>The end marker of the small dump is missing; the dump may be incomplete.</source>
        <translation>小型转储缺少结束标记；转储可能不完整。</translation>
    </message>
    <message>
        <source>the list of loaded drivers points outside the file (%1 entries at offset %2).</source>
        <translation>已加载驱动程序列表指向文件之外（偏移 %2 处的 %1 个条目）。</translation>
    </message>
    <message>
        <source>The names of the loaded drivers could not be read.</source>
        <translation>无法读取已加载驱动程序的名称。</translation>
    </message>
    <message>
        <source>the file ends inside the minidump header.</source>
        <translation>文件在 minidump 头内部就结束了。</translation>
    </message>
    <message>
        <source>the stream directory (%1 entries) points outside the file.</source>
        <translation>流目录（%1 个条目）指向文件之外。</translation>
    </message>
    <message>
        <source>Stream %1 of the minidump lies outside the file.</source>
        <translation>minidump 的流 %1 位于文件之外。</translation>
    </message>
    <message>
        <source>The module list of the minidump is damaged.</source>
        <translation>minidump 的模块列表已损坏。</translation>
    </message>
    <message>
        <source>The exception record of the minidump is damaged.</source>
        <translation>minidump 的异常记录已损坏。</translation>
    </message>
    <message>
        <source>the file is empty; Windows probably could not finish writing it.</source>
        <translation>文件为空；Windows 可能未能写完该文件。</translation>
    </message>
    <message>
        <source>the file is only %1 bytes long.</source>
        <translation>文件只有 %1 字节。</translation>
    </message>
    <message>
        <source>the file is filled with zeros; Windows could not finish writing the dump (often because the computer was switched off or the page file was too small).</source>
        <translation>文件内容全部为零；Windows 未能写完转储（通常是因为电脑被强制关机，或页面文件太小）。</translation>
    </message>
    <message>
        <source>it does not start with a Windows crash dump signature (PAGEDU64, PAGEDUMP or MDMP).</source>
        <translation>文件开头不是 Windows 崩溃转储签名（PAGEDU64、PAGEDUMP 或 MDMP）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>wd::OfflineView</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 does not look like a Windows volume: Windows\System32\config\SYSTEM was not found.</source>
        <translation>%1 看起来不是 Windows 卷：找不到 Windows\System32\config\SYSTEM。</translation>
    </message>
    <message>
        <source>The SOFTWARE registry hive is missing</source>
        <translation>缺少 SOFTWARE 注册表配置单元</translation>
    </message>
    <message>
        <source>Windows\System32\config\SOFTWARE was not found on this volume. AppInit_DLLs, the Windows version and the certificate stores cannot be examined.</source>
        <translation>此卷上找不到 Windows\System32\config\SOFTWARE。无法检查 AppInit_DLLs、Windows 版本和证书存储。</translation>
    </message>
    <message>
        <source>The SYSTEM hive %1 has no control set %2; it is damaged or not a Windows SYSTEM hive.</source>
        <translation>SYSTEM 配置单元 %1 中没有控制集 %2；它已损坏，或不是 Windows 的 SYSTEM 配置单元。</translation>
    </message>
    <message>
        <source>The registry key %1 is not available on this target.</source>
        <translation>注册表项 %1 在此目标上不可用。</translation>
    </message>
    <message>
        <source>The registry key %1 does not exist.</source>
        <translation>注册表项 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 does not exist on the target.</source>
        <translation>目标上不存在 %1。</translation>
    </message>
    <message>
        <source>%1 is a link that points outside the Windows volume; it was not followed.</source>
        <translation>%1 是指向 Windows 卷以外位置的链接，未跟随该链接。</translation>
    </message>
    <message>
        <source>%1 is a network path; it cannot be examined offline.</source>
        <translation>%1 是网络路径，无法离线检查。</translation>
    </message>
    <message>
        <source>%1 is not an absolute Windows path.</source>
        <translation>%1 不是 Windows 绝对路径。</translation>
    </message>
    <message>
        <source>%1 is on another drive than the Windows volume; it cannot be examined offline.</source>
        <translation>%1 与 Windows 卷不在同一驱动器上，无法离线检查。</translation>
    </message>
    <message>
        <source>%1 points outside the Windows volume.</source>
        <translation>%1 指向 Windows 卷以外的位置。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
</context>
<context>
    <name>wd::Repairs</name>
    <message>
        <source>Remove layered service providers (LSPs) from the Winsock catalog</source>
        <translation>从 Winsock 目录中删除分层服务提供程序（LSP）</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog to the Windows defaults</source>
        <translation>将 Winsock 目录重置为 Windows 默认设置</translation>
    </message>
    <message>
        <source>Restore Winsock settings from a backup</source>
        <translation>从备份还原 Winsock 设置</translation>
    </message>
    <message>
        <source>Disable AppInit_DLLs injection</source>
        <translation>禁用 AppInit_DLLs 注入</translation>
    </message>
    <message>
        <source>Roll back or disable the problem driver</source>
        <translation>回滚或禁用有问题的驱动程序</translation>
    </message>
    <message>
        <source>Restore the TCP/IP settings to Windows defaults</source>
        <translation>将 TCP/IP 设置还原为 Windows 默认值</translation>
    </message>
</context>
<context>
    <name>wd::ScanResult</name>
    <message>
        <source>This file is not a Winsock Doctor scan report (schema &quot;%1&quot; expected).</source>
        <translation>此文件不是 Winsock Doctor 扫描报告（应为格式“%1”）。</translation>
    </message>
    <message>
        <source>The report has no list of findings.</source>
        <translation>报告中没有检查结果列表。</translation>
    </message>
    <message>
        <source>The report contains a malformed finding.</source>
        <translation>报告中包含格式错误的检查结果。</translation>
    </message>
</context>
<context>
    <name>wd::Scanner</name>
    <message>
        <source>The check &quot;%1&quot; could not run</source>
        <translation>检查项“%1”无法运行</translation>
    </message>
    <message>
        <source>%1 The other checks still ran; this part of the system was not examined.</source>
        <translation>%1 其他检查项仍已正常运行，但系统的这一部分未被检查。</translation>
    </message>
</context>
<context>
    <name>wd::Severity</name>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>wd::SupportCode</name>
    <message>
        <source>Support codes are not available in this build.</source>
        <translation>此版本不提供支持代码。</translation>
    </message>
</context>
<context>
    <name>wd::SystemFilesCheck</name>
    <message>
        <source>System network files</source>
        <translation>系统网络文件</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 is part of the Windows network stack (Winsock). Without it no program can open a network connection, and programs that load it may crash. Restore it with &quot;sfc /scannow&quot; or DISM from a healthy Windows image.</source>
        <translation>%1 是 Windows 网络协议栈（Winsock）的组成部分。缺少它，任何程序都无法建立网络连接，加载它的程序也可能崩溃。请使用“sfc /scannow”或 DISM 从正常的 Windows 映像还原它。</translation>
    </message>
</context>
<context>
    <name>wd::TargetSpec</name>
    <message>
        <source>Unknown target &quot;%1&quot;. Use live, demo, offline:DIR or report:FILE.</source>
        <translation>未知目标“%1”。请使用 live、demo、offline:DIR 或 report:FILE。</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; needs a path after the colon.</source>
        <translation>目标“%1”的冒号后面需要提供路径。</translation>
    </message>
</context>
<context>
    <name>wd::Targets</name>
    <message>
        <source>The live Windows backend is not available yet.</source>
        <translation>实时 Windows 后端尚不可用。</translation>
    </message>
    <message>
        <source>Cannot open the report %1: %2</source>
        <translation>无法打开报告 %1：%2</translation>
    </message>
    <message>
        <source>The report %1 is too large to be a Winsock Doctor report.</source>
        <translation>报告 %1 太大，不可能是 Winsock Doctor 报告。</translation>
    </message>
    <message>
        <source>The report %1 is not valid JSON: %2</source>
        <translation>报告 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo volume.</source>
        <translation>无法为演示卷创建临时文件夹。</translation>
    </message>
    <message>
        <source>This build has no embedded demo volume.</source>
        <translation>此版本没有内置演示卷。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The demo volume archive is damaged.</source>
        <translation>演示卷存档已损坏。</translation>
    </message>
    <message>
        <source>The demo volume archive contains an unsafe path: %1</source>
        <translation>演示卷存档中包含不安全的路径：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&quot;This PC&quot; can only be examined by the Windows version of Winsock Doctor. On Linux, open a mounted Windows volume (offline:DIR), a report, or the demo.</source>
        <translation>只有 Windows 版 Winsock Doctor 才能检查“这台电脑”。在 Linux 上，请打开已挂载的 Windows 卷（offline:DIR）、报告或演示。</translation>
    </message>
</context>
<context>
    <name>wd::TextReport</name>
    <message>
        <source>Winsock Doctor scan</source>
        <translation>Winsock Doctor 扫描</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>目标：%1 %2</translation>
    </message>
    <message>
        <source>Windows: %1 (build %2, %3)</source>
        <translation>Windows：%1（内部版本 %2，%3）</translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation>支持代码：%1</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>检查项目：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>COULD NOT RUN</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n):</source>
        <translation>
            <numerusform>检查结果（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message numerus="yes">
        <source>Crash dumps (%n):</source>
        <translation>
            <numerusform>崩溃转储（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>small kernel dump (minidump)</source>
        <translation>小型内核转储（minidump）</translation>
    </message>
    <message>
        <source>kernel memory dump</source>
        <translation>内核内存转储</translation>
    </message>
    <message>
        <source>complete memory dump</source>
        <translation>完全内存转储</translation>
    </message>
    <message>
        <source>application crash dump (user mode, not a kernel dump)</source>
        <translation>应用程序崩溃转储（用户模式，非内核转储）</translation>
    </message>
    <message>
        <source>Type: %1 [%2, %3, build %4]</source>
        <translation>类型：%1 [%2，%3，内部版本 %4]</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Bug check: %1 %2 (%3)</source>
        <translation>错误检查：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Bug check: none recorded</source>
        <translation>错误检查：无记录</translation>
    </message>
    <message>
        <source>Exception: %1 at %2 %3</source>
        <translation>异常：%1，位于 %2 %3</translation>
    </message>
    <message>
        <source>Suspect: %1</source>
        <translation>嫌疑驱动程序：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Network adapters and filters:</source>
        <translation>网络适配器和过滤器：</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>class filter</source>
        <translation>类过滤器</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Code %1: %2 %3</source>
        <translation>Code %1：%2 %3</translation>
    </message>
    <message>
        <source>Driver file: %1</source>
        <translation>驱动程序文件：%1</translation>
    </message>
    <message>
        <source>Driver file MISSING: %1</source>
        <translation>驱动程序文件缺失：%1</translation>
    </message>
</context>
<context>
    <name>wd::cli</name>
    <message>
        <source>Diagnose a target and print a report</source>
        <translation>诊断目标并输出报告</translation>
    </message>
    <message>
        <source>Verify the signatures and hashes of files</source>
        <translation>验证文件的数字签名和哈希值</translation>
    </message>
    <message>
        <source>Summarise crash dumps (bugcheck, suspect driver)</source>
        <translation>汇总崩溃转储（错误检查、嫌疑驱动程序）</translation>
    </message>
    <message>
        <source>Apply repair actions (with preview, snapshot and undo)</source>
        <translation>执行修复操作（支持预览、快照和撤销）</translation>
    </message>
    <message>
        <source>Restore the state saved in a snapshot</source>
        <translation>还原快照中保存的状态</translation>
    </message>
    <message>
        <source>List the snapshots of a target</source>
        <translation>列出目标的所有快照</translation>
    </message>
    <message>
        <source>Read a saved report or a support code</source>
        <translation>读取已保存的报告或支持代码</translation>
    </message>
    <message>
        <source>Fleet detection script (exit 1 when a repair is needed)</source>
        <translation>批量检测脚本（需要修复时退出代码为 1）</translation>
    </message>
    <message>
        <source>Fleet remediation script (runs the safe repairs)</source>
        <translation>批量修复脚本（执行安全的修复操作）</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation>未知命令“%1”。运行“%2 --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Target: live, demo, offline:DIR (root of a Windows volume) or report:FILE.</source>
        <translation>目标：live、demo、offline:DIR（Windows 卷的根目录）或 report:FILE。</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>输出格式：%1。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for usage.</source>
        <translation>运行“%1 %2 --help”查看用法。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; is not available in this build yet.</source>
        <translation>此版本尚不支持命令“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Diagnose a target and print a report.</source>
        <translation>诊断目标并输出报告。</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of the console.</source>
        <translation>将报告写入 FILE，而不是输出到控制台。</translation>
    </message>
    <message>
        <source>Also verify every file in System32 and the drivers.</source>
        <translation>同时验证 System32 和驱动程序中的每个文件。</translation>
    </message>
    <message>
        <source>Extra trusted root certificates (folder of PEM files).</source>
        <translation>额外的受信任根证书（存放 PEM 文件的文件夹）。</translation>
    </message>
    <message>
        <source>scan takes no file arguments (got &quot;%1&quot;).</source>
        <translation>scan 不接受文件参数（收到“%1”）。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (use text, json or html).</source>
        <translation>未知格式“%1”（请使用 text、json 或 html）。</translation>
    </message>
    <message>
        <source>Choose a target with --target (demo, offline:DIR or report:FILE).</source>
        <translation>请使用 --target 选择目标（demo、offline:DIR 或 report:FILE）。</translation>
    </message>
    <message>
        <source>The HTML report is not available in this build yet.</source>
        <translation>此版本尚不支持 HTML 报告。</translation>
    </message>
    <message>
        <source>Winsock Doctor %1 - diagnoses and repairs Windows network failures and blue screens tied to ws2_32.dll.</source>
        <translation>Winsock Doctor %1 - 诊断并修复与 ws2_32.dll 相关的 Windows 网络故障和蓝屏。</translation>
    </message>
    <message>
        <source>Usage: %1 [COMMAND] [OPTIONS]</source>
        <translation>用法：%1 [命令] [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Open the repair wizard (default)</source>
        <translation>打开修复向导（默认）</translation>
    </message>
    <message>
        <source>Common options:</source>
        <translation>通用选项：</translation>
    </message>
    <message>
        <source>live | demo | offline:DIR | report:FILE</source>
        <translation>live | demo | offline:DIR | report:FILE</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN)</source>
        <translation>界面语言（en、zh_CN）</translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>Print this help (COMMAND --help: help on one command)</source>
        <translation>显示此帮助（命令 --help：显示单个命令的帮助）</translation>
    </message>
    <message>
        <source>Exit codes: 0 healthy, 1 problems found, 2 usage error, 3 unreadable input, 4 repair failed and rolled back, 5 needs administrator rights.</source>
        <translation>退出代码：0 正常，1 发现问题，2 用法错误，3 输入无法读取，4 修复失败并已回滚，5 需要管理员权限。</translation>
    </message>
    <message>
        <source>This build has no graphical interface; use a command such as &quot;scan&quot; (see --help).</source>
        <translation>此版本没有图形界面；请使用“scan”等命令（参见 --help）。</translation>
    </message>
    <message>
        <source>winsock-doctor: %1</source>
        <translation>winsock-doctor: %1</translation>
    </message>
    <message>
        <source>Summarise Windows crash dumps (bug check, suspect driver, explanation).</source>
        <translation>汇总 Windows 崩溃转储（错误检查、嫌疑驱动程序、原因说明）。</translation>
    </message>
    <message>
        <source>Crash dump files (.dmp).</source>
        <translation>崩溃转储文件（.dmp）。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (use text or json).</source>
        <translation>未知格式“%1”（请使用 text 或 json）。</translation>
    </message>
    <message>
        <source>Name at least one dump file, e.g. %1 dump C:\Windows\Minidump\*.dmp</source>
        <translation>请至少指定一个转储文件，例如 %1 dump C:\Windows\Minidump\*.dmp</translation>
    </message>
</context>
</TS>
