<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>wd::AppInitCheck</name>
    <message>
        <source>AppInit_DLLs (DLLs loaded into every program)</source>
        <translation>AppInit_DLLs（加载到每个程序中的 DLL）</translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation>32 位</translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64 位</translation>
    </message>
    <message>
        <source>DLLs are injected into every %1 program: %2</source>
        <translation>每个 %1 程序都会被注入以下 DLL：%2</translation>
    </message>
    <message>
        <source>AppInit_DLLs makes Windows load these DLLs into every program that shows a window. Malware and old ad or security software use it to watch network traffic; a faulty DLL here makes programs lose their connection, crash or hang at start. Microsoft discourages it and turns it off when Secure Boot is on. The repair sets LoadAppInit_DLLs to 0 and empties the list (a snapshot allows undo).</source>
        <translation>AppInit_DLLs 会让 Windows 把这些 DLL 加载到每个带窗口的程序中。恶意软件以及旧的广告软件或安全软件会借此监视网络流量；如果这里的 DLL 有问题，程序会断网、崩溃或在启动时卡住。Microsoft 不建议使用此功能，并在开启安全启动（Secure Boot）时将其关闭。此修复会将 LoadAppInit_DLLs 设为 0 并清空列表（会保存快照，可撤销）。</translation>
    </message>
    <message>
        <source>Unsigned AppInit DLLs are allowed (%1 view)</source>
        <translation>允许加载未签名的 AppInit DLL（%1 视图）</translation>
    </message>
    <message>
        <source>RequireSignedAppInit_DLLs is 0, so even DLLs without a valid digital signature are injected into every program. The repair turns AppInit_DLLs off.</source>
        <translation>RequireSignedAppInit_DLLs 为 0，因此即使没有有效数字签名的 DLL 也会被注入到每个程序中。此修复会关闭 AppInit_DLLs。</translation>
    </message>
    <message>
        <source>AppInit_DLLs lists DLLs but loading is switched off (%1 view)</source>
        <translation>AppInit_DLLs 中列有 DLL，但加载功能已关闭（%1 视图）</translation>
    </message>
    <message>
        <source>The list is not used while LoadAppInit_DLLs is 0. It is a leftover of some software; it becomes active if anything switches loading back on. The repair empties it.</source>
        <translation>当 LoadAppInit_DLLs 为 0 时，此列表不会被使用。它是某些软件留下的残留；一旦有程序重新开启加载，它就会生效。修复会将其清空。</translation>
    </message>
    <message>
        <source>An AppInit DLL does not exist: %1</source>
        <translation>某个 AppInit DLL 不存在：%1</translation>
    </message>
    <message>
        <source>The list names a file that is not on the disk: the software was removed without cleaning up, or the file was quarantined. Every program start tries to load it in vain. The repair empties the list.</source>
        <translation>列表中的文件在磁盘上不存在：相关软件卸载时没有清理干净，或该文件已被隔离。每次启动程序都会白白尝试加载它。此修复会清空该列表。</translation>
    </message>
</context>
<context>
    <name>wd::Brand</name>
    <message>
        <source>The brand of this build is invalid: %1</source>
        <translation>此版本内置的品牌信息无效：%1</translation>
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
    <name>wd::Catalog</name>
    <message>
        <source>The security catalog is malformed: %1</source>
        <translation>安全编录文件格式错误：%1</translation>
    </message>
    <message>
        <source>not a PKCS #7 structure.</source>
        <translation>不是 PKCS #7 结构。</translation>
    </message>
    <message>
        <source>the signed content is not a certificate trust list.</source>
        <translation>签名内容不是证书信任列表。</translation>
    </message>
    <message>
        <source>the trust list cannot be decoded.</source>
        <translation>无法解码信任列表。</translation>
    </message>
    <message>
        <source>a member entry cannot be decoded.</source>
        <translation>无法解码某个成员条目。</translation>
    </message>
    <message>
        <source>The catalog folder does not exist.</source>
        <translation>安全编录文件夹不存在。</translation>
    </message>
    <message>
        <source>The catalog cannot be read.</source>
        <translation>无法读取安全编录文件。</translation>
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
    <message numerus="yes">
        <source>%n crash dumps in %1; the newest %2 were read</source>
        <translation>
            <numerusform>%1 中有 %n 个崩溃转储；只读取了最新的 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 files in %2; the newest %3 crash dumps were read</source>
        <translation>%2 中的文件超过 %1 个；只读取了最新的 %3 个崩溃转储</translation>
    </message>
    <message>
        <source>Windows writes one small dump per blue screen. So many of them mean the computer has crashed again and again for a long time (or a program filled the folder). Only the newest dumps are read, because they tell what is crashing the computer now. Once the cause is repaired, the old dumps can be deleted.</source>
        <translation>Windows 每次蓝屏都会写入一个小型转储。这么多转储说明这台电脑长时间反复蓝屏（或者有程序塞满了这个文件夹）。这里只读取最新的转储，因为它们说明的是现在让电脑崩溃的原因。原因修复之后，旧的转储可以删除。</translation>
    </message>
</context>
<context>
    <name>wd::DemoRepairs</name>
    <message>
        <source>Delete key %1\Catalog_Entries\000000000012 (layered provider &quot;%2&quot;)</source>
        <translation>删除项 %1\Catalog_Entries\000000000012（分层提供程序“%2”）</translation>
    </message>
    <message>
        <source>Delete key %1\Catalog_Entries64\000000000012</source>
        <translation>删除注册表项 %1\Catalog_Entries64\000000000012</translation>
    </message>
    <message>
        <source>Set %1\Num_Catalog_Entries = 11 (was 12)</source>
        <translation>将 %1\Num_Catalog_Entries 设为 11（原为 12）</translation>
    </message>
    <message>
        <source>Rewrite the protocol chains of 3 entries that pointed at the layered provider</source>
        <translation>重写 3 个指向该分层提供程序的条目的协议链</translation>
    </message>
    <message>
        <source>Replace %1 with the Windows default catalog (11 base providers)</source>
        <translation>将 %1 替换为 Windows 默认目录（11 个基础提供程序）</translation>
    </message>
    <message>
        <source>Keep the namespace providers (NameSpace_Catalog5) unchanged</source>
        <translation>保持命名空间提供程序（NameSpace_Catalog5）不变</translation>
    </message>
    <message>
        <source>Set HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Windows\LoadAppInit_DLLs = 0 (was 1)</source>
        <translation>将 HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Windows\LoadAppInit_DLLs 设为 0（原为 1）</translation>
    </message>
    <message>
        <source>Set HKLM\SOFTWARE\WOW6432Node\Microsoft\Windows NT\CurrentVersion\Windows\LoadAppInit_DLLs = 0 (was 1)</source>
        <translation>设置 HKLM\SOFTWARE\WOW6432Node\Microsoft\Windows NT\CurrentVersion\Windows\LoadAppInit_DLLs = 0（原为 1）</translation>
    </message>
    <message>
        <source>Keep the AppInit_DLLs value itself, so the change can be undone</source>
        <translation>保留 AppInit_DLLs 值本身，以便可以撤销此更改</translation>
    </message>
    <message>
        <source>Roll back the network adapter driver to the previous version</source>
        <translation>将网络适配器驱动程序回滚到上一个版本</translation>
    </message>
    <message>
        <source>Remove the extra filter &quot;nsfilter&quot; from UpperFilters of the network adapter class</source>
        <translation>从网络适配器类的 UpperFilters 中删除多余的过滤器“nsfilter”</translation>
    </message>
    <message>
        <source>Delete HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters\TcpWindowSize</source>
        <translation>删除 HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters\TcpWindowSize</translation>
    </message>
    <message>
        <source>Set HKLM\SYSTEM\CurrentControlSet\Services\Tcpip6\Parameters\DisabledComponents = 0</source>
        <translation>将 HKLM\SYSTEM\CurrentControlSet\Services\Tcpip6\Parameters\DisabledComponents 设为 0</translation>
    </message>
    <message>
        <source>Import the Winsock catalog from the newest backup</source>
        <translation>从最新的备份导入 Winsock 目录</translation>
    </message>
    <message>
        <source>Unknown repair action %1</source>
        <translation>未知的修复操作 %1</translation>
    </message>
    <message>
        <source>This version of Winsock Doctor does not know the repair &quot;%1&quot;.</source>
        <translation>此版本的 Winsock Doctor 不认识修复“%1”。</translation>
    </message>
    <message>
        <source>Snapshot %1 written and read back (SHA-256 verified).</source>
        <translation>快照 %1 已写入并回读（SHA-256 校验通过）。</translation>
    </message>
    <message>
        <source>Not started: cancelled.</source>
        <translation>未开始：已取消。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Failed: the key is locked by another program (access denied).</source>
        <translation>失败：该注册表项被其他程序锁定（拒绝访问）。</translation>
    </message>
    <message>
        <source>Rolled back: every change of this action was restored from the snapshot.</source>
        <translation>已回滚：此操作的所有更改都已从快照还原。</translation>
    </message>
    <message>
        <source>Verified: %1 - the problem is gone.</source>
        <translation>已验证：%1 - 问题已解决。</translation>
    </message>
    <message>
        <source>Not repaired: %1 - the system is as before.</source>
        <translation>未修复：%1 - 系统保持原样。</translation>
    </message>
    <message>
        <source>Not every repair succeeded; failed actions were rolled back.</source>
        <translation>并非所有修复都成功；失败的操作已回滚。</translation>
    </message>
    <message>
        <source>Restored the state before &quot;%1&quot; (byte-identical).</source>
        <translation>已还原到“%1”之前的状态（逐字节一致）。</translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot;.</source>
        <translation>不存在快照“%1”。</translation>
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
    <name>wd::DriverVerifier</name>
    <message>
        <source>special pool</source>
        <translation>特殊池</translation>
    </message>
    <message>
        <source>force IRQL checking</source>
        <translation>强制 IRQL 检查</translation>
    </message>
    <message>
        <source>randomized low resources simulation</source>
        <translation>随机低资源模拟</translation>
    </message>
    <message>
        <source>pool tracking</source>
        <translation>池跟踪</translation>
    </message>
    <message>
        <source>I/O verification</source>
        <translation>I/O 验证</translation>
    </message>
    <message>
        <source>deadlock detection</source>
        <translation>死锁检测</translation>
    </message>
    <message>
        <source>enhanced I/O verification (Windows XP; unused since)</source>
        <translation>增强型 I/O 验证（Windows XP；此后未再使用）</translation>
    </message>
    <message>
        <source>DMA checking</source>
        <translation>DMA 检查</translation>
    </message>
    <message>
        <source>security checks</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>force pending I/O requests</source>
        <translation>强制挂起 I/O 请求</translation>
    </message>
    <message>
        <source>IRP logging</source>
        <translation>IRP 记录</translation>
    </message>
    <message>
        <source>miscellaneous checks</source>
        <translation>杂项检查</translation>
    </message>
    <message>
        <source>invariant MDL checking for stack</source>
        <translation>针对堆栈的固定 MDL 检查</translation>
    </message>
    <message>
        <source>invariant MDL checking for driver</source>
        <translation>针对驱动程序的固定 MDL 检查</translation>
    </message>
    <message>
        <source>power framework delay fuzzing</source>
        <translation>电源框架延迟模糊测试</translation>
    </message>
    <message>
        <source>port/miniport interface checking</source>
        <translation>端口/微型端口接口检查</translation>
    </message>
    <message>
        <source>DDI compliance checking</source>
        <translation>DDI 符合性检查</translation>
    </message>
    <message>
        <source>systematic low resources simulation</source>
        <translation>系统性低资源模拟</translation>
    </message>
    <message>
        <source>DDI compliance checking (additional)</source>
        <translation>DDI 符合性检查（附加）</translation>
    </message>
    <message>
        <source>extended verifier flags (internal)</source>
        <translation>扩展验证程序标志（内部）</translation>
    </message>
    <message>
        <source>NDIS/WIFI verification</source>
        <translation>NDIS/WIFI 验证</translation>
    </message>
    <message>
        <source>kernel synchronization delay fuzzing</source>
        <translation>内核同步延迟模糊测试</translation>
    </message>
    <message>
        <source>VM switch verification</source>
        <translation>VM 交换机验证</translation>
    </message>
    <message>
        <source>code integrity checks</source>
        <translation>代码完整性检查</translation>
    </message>
    <message>
        <source>Driver Verifier</source>
        <translation>驱动程序验证程序</translation>
    </message>
    <message>
        <source>undocumented bits %1</source>
        <translation>未记录的位 %1</translation>
    </message>
    <message>
        <source>VerifyDriverLevel not set</source>
        <translation>未设置 VerifyDriverLevel</translation>
    </message>
    <message>
        <source>all drivers</source>
        <translation>所有驱动程序</translation>
    </message>
    <message>
        <source>Driver Verifier is switched on for %1</source>
        <translation>已对 %1 启用驱动程序验证程序</translation>
    </message>
    <message>
        <source>Driver Verifier checks these drivers strictly at every start of Windows (%1). As soon as one of them breaks a rule, Windows stops with a blue screen, stop code 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION, where it would otherwise run on. It is a tool for finding a faulty driver and is meant to be switched off again afterwards; left on, it turns small driver bugs into crashes and slows Windows down. If your blue screens show 0xC4, this setting is why. The repair switches it off (removes VerifyDrivers and VerifyDriverLevel; restart needed; a snapshot allows undo).</source>
        <translation>每次 Windows 启动时，驱动程序验证程序都会严格检查这些驱动程序（%1）。一旦其中某个驱动程序违反规则，Windows 就会蓝屏停止运行，停止代码为 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION，而不启用验证时 Windows 本可以继续运行。它是用于查找有问题的驱动程序的工具，用完后应重新关闭；如果一直开启，它会把驱动程序的小错误变成崩溃，并拖慢 Windows。如果你遇到的蓝屏显示 0xC4，原因就是这项设置。修复会将其关闭（删除 VerifyDrivers 和 VerifyDriverLevel；需要重新启动；可通过快照撤销）。</translation>
    </message>
    <message numerus="yes">
        <source>Driver Verifier checks these drivers strictly at every start of Windows (%1), and %n crash dump(s) on this system show its stop code 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION: those blue screens come from the verifier catching a driver bug. The dump names the driver to update or remove. Driver Verifier is meant for diagnosis; once the driver is known, switch it off. The repair removes VerifyDrivers and VerifyDriverLevel (restart needed; a snapshot allows undo).</source>
        <translation>
            <numerusform>每次 Windows 启动时，驱动程序验证程序都会严格检查这些驱动程序（%1），并且此系统上有 %n 个崩溃转储显示了它的停止代码 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION：这些蓝屏是验证程序捕获到驱动程序错误所致。崩溃转储中会指明需要更新或删除的驱动程序。驱动程序验证程序用于诊断；一旦确定了是哪个驱动程序，就应将其关闭。修复会删除 VerifyDrivers 和 VerifyDriverLevel（需要重新启动；可通过快照撤销）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver Verifier options are set but no driver is selected (%1)</source>
        <translation>已设置驱动程序验证程序选项，但未选择任何驱动程序（%1）</translation>
    </message>
    <message>
        <source>VerifyDriverLevel is set (%1) but VerifyDrivers names no driver, so nothing is verified. It is a leftover of an earlier verifier session; the repair removes it.</source>
        <translation>已设置 VerifyDriverLevel（%1），但 VerifyDrivers 中未指定任何驱动程序，因此不会验证任何内容。这是之前某次验证会话的残留；修复会将其删除。</translation>
    </message>
</context>
<context>
    <name>wd::Elevation</name>
    <message>
        <source>The path of Winsock Doctor itself could not be found.</source>
        <translation>找不到 Winsock Doctor 自身的路径。</translation>
    </message>
    <message>
        <source>The repair needs administrator rights, and the Windows prompt was declined.</source>
        <translation>此修复需要管理员权限，但 Windows 的权限提示被拒绝了。</translation>
    </message>
    <message>
        <source>Winsock Doctor could not be started with administrator rights (error %1).</source>
        <translation>无法以管理员权限启动 Winsock Doctor（错误 %1）。</translation>
    </message>
    <message>
        <source>The elevated Winsock Doctor could not be followed.</source>
        <translation>无法跟踪以管理员权限运行的 Winsock Doctor。</translation>
    </message>
    <message>
        <source>The elevated Winsock Doctor did not finish.</source>
        <translation>以管理员权限运行的 Winsock Doctor 未能完成。</translation>
    </message>
</context>
<context>
    <name>wd::EngineRepairs</name>
    <message>
        <source>A saved report cannot be repaired.</source>
        <translation>已保存的报告无法修复。</translation>
    </message>
    <message>
        <source>Unknown target.</source>
        <translation>未知的目标。</translation>
    </message>
    <message>
        <source>These repairs change system settings and need administrator rights. Run Winsock Doctor &quot;as administrator&quot; and try again. Nothing was changed.</source>
        <translation>这些修复会更改系统设置，需要管理员权限。请“以管理员身份运行” Winsock Doctor 后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing to change: the target is already in the wanted state.</source>
        <translation>无需更改：目标已处于期望的状态。</translation>
    </message>
    <message>
        <source>Saved first (for undo): %1</source>
        <translation>先行保存（用于撤销）：%1</translation>
    </message>
    <message>
        <source>Saved first (for undo): file %1</source>
        <translation>先行保存（用于撤销）：文件 %1</translation>
    </message>
    <message>
        <source>This repair has no plan for this target.</source>
        <translation>此修复对该目标没有可执行的方案。</translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation>已在做出任何更改之前取消。</translation>
    </message>
    <message>
        <source>Not started: cancelled.</source>
        <translation>未开始：已取消。</translation>
    </message>
    <message>
        <source>Not started: nothing was changed.</source>
        <translation>未开始：未做任何更改。</translation>
    </message>
    <message>
        <source>Not started: needs administrator rights.</source>
        <translation>未开始：需要管理员权限。</translation>
    </message>
    <message>
        <source>Snapshot saved and read back (SHA-256 verified).</source>
        <translation>快照已保存并重新读取（SHA-256 校验通过）。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>%1: changes written.</source>
        <translation>%1：更改已写入。</translation>
    </message>
    <message>
        <source>Re-read the target: every change is in place.</source>
        <translation>已重新读取目标：所有更改均已生效。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：完成。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Rolled back together with the failed repair: the state before it was restored from its snapshot.</source>
        <translation>已随失败的修复一起回滚：已从其快照恢复到修复之前的状态。</translation>
    </message>
    <message>
        <source>Not started: an earlier repair failed.</source>
        <translation>未开始：之前的修复失败。</translation>
    </message>
    <message>
        <source>A repair failed and every change of this run was rolled back: %1</source>
        <translation>有一项修复失败，本次运行的所有更改均已回滚：%1</translation>
    </message>
    <message>
        <source>Scanning again to verify the repairs...</source>
        <translation>正在重新扫描以验证修复……</translation>
    </message>
    <message>
        <source>The verification scan could not run: %1</source>
        <translation>验证扫描无法运行：%1</translation>
    </message>
    <message>
        <source>Verified: %1 - a new scan no longer finds the problem.</source>
        <translation>已验证：%1——重新扫描已不再发现该问题。</translation>
    </message>
    <message>
        <source>%1 - a new scan still reports: %2 (a restart may be needed first).</source>
        <translation>%1——重新扫描仍然报告：%2（可能需要先重启）。</translation>
    </message>
    <message>
        <source>Undoing a repair changes system settings and needs administrator rights. Run Winsock Doctor &quot;as administrator&quot; and try again. Nothing was changed.</source>
        <translation>撤销修复会更改系统设置，需要管理员权限。请“以管理员身份运行” Winsock Doctor 后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>There is no snapshot &quot;%1&quot; for this target.</source>
        <translation>该目标没有名为“%1”的快照。</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <source>A temporary folder for the elevated repair could not be created: %1</source>
        <translation>无法为以管理员身份运行的修复创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Asking Windows for administrator rights to apply the repairs...</source>
        <translation>正在向 Windows 请求管理员权限以执行修复……</translation>
    </message>
    <message>
        <source>The elevated Winsock Doctor ended (exit code %1) without reporting what it did: %2</source>
        <translation>以管理员身份运行的 Winsock Doctor 已结束（退出代码 %1），但没有报告它做了什么：%2</translation>
    </message>
    <message>
        <source>Failed or rolled back: every change of this run was undone. %1</source>
        <translation>失败或已回滚：本次运行的所有更改均已撤销。%1</translation>
    </message>
    <message>
        <source>Run by the elevated copy of Winsock Doctor (administrator rights).</source>
        <translation>由以管理员身份运行的 Winsock Doctor 副本执行（管理员权限）。</translation>
    </message>
    <message>
        <source>The elevated Winsock Doctor reported a failure (exit code %1).</source>
        <translation>以管理员身份运行的 Winsock Doctor 报告失败（退出代码 %1）。</translation>
    </message>
    <message>
        <source>Asking Windows for administrator rights to undo the repair...</source>
        <translation>正在向 Windows 请求管理员权限以撤销修复……</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何更改。</translation>
    </message>
    <message>
        <source>The backup %1 could not be handed to the elevated repair.</source>
        <translation>无法将备份 %1 交给以管理员身份运行的修复。</translation>
    </message>
    <message>
        <source>No backup chosen yet: choose one of the backups Winsock Doctor saved for this Windows before an earlier repair, or a .reg file with the Winsock keys of a healthy PC.</source>
        <translation>尚未选择备份：请选择 Winsock Doctor 在之前某次修复前为此 Windows 保存的备份，或包含正常电脑 Winsock 注册表项的 .reg 文件。</translation>
    </message>
    <message>
        <source>This Windows is not running, so netsh cannot reset its catalog; it is reset from a known-good copy instead. Choose a backup Winsock Doctor saved for this Windows, or a .reg export of Protocol_Catalog9 from a healthy PC with the same Windows build.</source>
        <translation>此 Windows 未在运行，无法用 netsh 重置其目录，只能改用已知正常的副本重置。请选择 Winsock Doctor 为此 Windows 保存的备份，或从内部版本相同的正常电脑上导出的 Protocol_Catalog9 .reg 文件。</translation>
    </message>
    <message>
        <source>The findings name no driver or filter driver that can be rolled back on this Windows, so this repair has nothing to do here.</source>
        <translation>扫描结果中没有可在此 Windows 上回滚的驱动程序或过滤驱动程序，因此此修复在这里无事可做。</translation>
    </message>
    <message>
        <source>Driver Verifier is switched on only for drivers named by hand, never from the wizard.</source>
        <translation>驱动程序验证程序只会对手动指定的驱动程序开启，向导从不开启它。</translation>
    </message>
</context>
<context>
    <name>wd::Handoff</name>
    <message>
        <source>The hand-off file of the elevated repair is malformed: %1</source>
        <translation>以管理员身份运行的修复所用的交接文件格式错误：%1</translation>
    </message>
    <message>
        <source>no target.</source>
        <translation>没有指定目标。</translation>
    </message>
    <message>
        <source>no repair actions.</source>
        <translation>没有修复操作。</translation>
    </message>
    <message>
        <source>a list holds something other than text.</source>
        <translation>列表中含有非文本内容。</translation>
    </message>
    <message>
        <source>the findings are not a list.</source>
        <translation>检测结果不是列表。</translation>
    </message>
    <message>
        <source>a finding is not an object.</source>
        <translation>某条检测结果不是对象。</translation>
    </message>
    <message>
        <source>no outcome.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <source>unexpected schema &quot;%1&quot;.</source>
        <translation>意外的格式标识“%1”。</translation>
    </message>
    <message>
        <source>The repair request for the elevated copy was refused, nothing was changed: %1</source>
        <translation>发给以管理员权限运行的程序副本的修复请求被拒绝，未做任何更改：%1</translation>
    </message>
    <message>
        <source>the file is not valid JSON (near byte %1).</source>
        <translation>文件不是有效的 JSON（在第 %1 字节附近）。</translation>
    </message>
    <message>
        <source>there is more after the JSON object (byte %1).</source>
        <translation>JSON 对象之后还有其他内容（第 %1 字节）。</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply.</source>
        <translation>JSON 嵌套层级过深。</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object.</source>
        <translation>键 &quot;%1&quot; 在同一个对象中出现了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text.</source>
        <translation>&quot;%1&quot; 必须是文本列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 items; at most %3 are accepted.</source>
        <translation>&quot;%1&quot; 包含 %2 项；最多只接受 %3 项。</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB.</source>
        <translation>文件大于 %1 MiB。</translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>未知的键 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>the schema is not &quot;%1&quot;.</source>
        <translation>架构不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>&quot;%1&quot; 必须是文本。</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is neither the running Windows (live) nor an offline volume given by an absolute path.</source>
        <translation>目标 &quot;%1&quot; 既不是正在运行的 Windows（live），也不是以绝对路径指定的脱机卷。</translation>
    </message>
    <message>
        <source>unknown repair action &quot;%1&quot;.</source>
        <translation>未知的修复操作 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>the repair action &quot;%1&quot; is listed twice.</source>
        <translation>修复操作 &quot;%1&quot; 被列出了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds &quot;%2&quot;, which is not a plain name.</source>
        <translation>&quot;%1&quot; 包含 &quot;%2&quot;，这不是一个简单名称。</translation>
    </message>
    <message>
        <source>the SHA-256 of the confirmed preview is missing or malformed.</source>
        <translation>已确认预览的 SHA-256 缺失或格式不正确。</translation>
    </message>
    <message>
        <source>more than %1 findings.</source>
        <translation>检查结果超过 %1 项。</translation>
    </message>
    <message>
        <source>a finding is not an object with an id.</source>
        <translation>某个检查结果不是带有 id 的对象。</translation>
    </message>
    <message>
        <source>the restore file %1 is not inside the request&apos;s folder %2.</source>
        <translation>还原文件 %1 不在请求所在的文件夹 %2 中。</translation>
    </message>
    <message>
        <source>the restore file %1 is not a regular file of at most %2 MiB.</source>
        <translation>还原文件 %1 不是大小不超过 %2 MiB 的普通文件。</translation>
    </message>
    <message>
        <source>%1 is a link; only a regular file is accepted.</source>
        <translation>%1 是一个链接；只接受普通文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
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
        <source>The hive %1 was opened read-only.</source>
        <translation>配置单元 %1 是以只读方式打开的。</translation>
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
        <source>The new hive %1 did not pass the consistency check: %2</source>
        <translation>新建的注册表配置单元 %1 未通过一致性检查：%2</translation>
    </message>
    <message>
        <source>The registry hive %1 is larger than 2 GiB.</source>
        <translation>注册表配置单元 %1 大于 2 GiB。</translation>
    </message>
    <message>
        <source>The registry hive %1 was not cleanly saved (its transaction logs hold newer data); it is not changed.</source>
        <translation>注册表配置单元 %1 未被完整保存（其事务日志中有更新的数据），因此不会修改它。</translation>
    </message>
    <message>
        <source>The registry hive %1 is not consistent, so it is not changed: %2</source>
        <translation>注册表配置单元 %1 不一致，因此不会修改它：%2</translation>
    </message>
    <message>
        <source>The changed registry hive %1 did not pass the consistency check, so nothing was written: %2</source>
        <translation>修改后的注册表配置单元 %1 未通过一致性检查，因此没有写入任何内容：%2</translation>
    </message>
    <message>
        <source>Cannot write the new hive %1: %2</source>
        <translation>无法写入新的配置单元 %1：%2</translation>
    </message>
</context>
<context>
    <name>wd::HiveLog</name>
    <message>
        <source>The registry hive %1 was not cleanly saved</source>
        <translation>注册表配置单元 %1 未正常保存</translation>
    </message>
    <message>
        <source>Windows had unsaved changes for this hive in its transaction logs (%1). They could not be applied, so what is shown may be out of date. The original files were not changed; starting this Windows once normally lets it apply the logs itself.</source>
        <translation>Windows 的事务日志（%1）中有此配置单元尚未保存的更改。这些更改无法应用，因此显示的内容可能不是最新的。原始文件未被改动；正常启动一次这个 Windows，它就会自行应用这些日志。</translation>
    </message>
    <message>
        <source>The registry hive %1 is truncated: it has %2 bytes but its header announces %3.</source>
        <translation>注册表配置单元 %1 被截断：文件只有 %2 字节，但其文件头声明为 %3 字节。</translation>
    </message>
    <message>
        <source>The registry hive %1 is corrupted: the data at offset 0x%2 is not a valid hive bin (%3 of the remaining %4 pages do not start a bin). It cannot be read safely; restore it from a backup (for example Windows\System32\config\RegBack).</source>
        <translation>注册表配置单元 %1 已损坏：偏移 0x%2 处的数据不是有效的配置单元块（hive bin）（剩余的 %4 个页面中有 %3 个不是块的开头）。无法安全读取；请从备份还原（例如 Windows\System32\config\RegBack）。</translation>
    </message>
    <message>
        <source>Cannot read the registry hive %1: %2</source>
        <translation>无法读取注册表配置单元 %1：%2</translation>
    </message>
    <message>
        <source>The registry hive %1 is implausibly large.</source>
        <translation>注册表配置单元 %1 大得不合常理。</translation>
    </message>
    <message>
        <source>Cannot write the replayed copy of %1: %2</source>
        <translation>无法写入 %1 的日志重放副本：%2</translation>
    </message>
    <message>
        <source>Unsaved changes of %1 were read from its transaction logs</source>
        <translation>已从事务日志中读取 %1 尚未保存的更改</translation>
    </message>
    <message>
        <source>Windows had not yet written its latest registry changes into the hive file. They were applied to a temporary copy, so this report shows the current state. The files on the disk were not changed.</source>
        <translation>Windows 尚未将最新的注册表更改写入配置单元文件。这些更改已应用到一个临时副本上，因此本报告显示的是当前状态。磁盘上的文件未被更改。</translation>
    </message>
    <message>
        <source>%1 The hive is corrupted and cannot be read safely; restore it from a backup (for example Windows\System32\config\RegBack).</source>
        <translation>%1 该配置单元已损坏，无法安全读取；请从备份还原（例如 Windows\System32\config\RegBack）。</translation>
    </message>
</context>
<context>
    <name>wd::HtmlReport</name>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>could not run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Winsock Doctor report</source>
        <translation>Winsock Doctor 报告</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Windows: %1 (build %2, %3)</source>
        <translation>Windows：%1（内部版本 %2，%3）</translation>
    </message>
    <message>
        <source>Scanned: %1 UTC, %2 ms</source>
        <translation>扫描时间：%1 UTC，耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>Support code:</source>
        <translation>支持代码：</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>共 %n 项结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Crash dumps</source>
        <translation>崩溃转储</translation>
    </message>
    <message>
        <source>Bug check</source>
        <translation>错误检查</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>嫌疑驱动程序</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Winsock catalog %1</source>
        <translation>Winsock 目录 %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>DLL</source>
        <translation>DLL</translation>
    </message>
    <message>
        <source>Entry id</source>
        <translation>条目 ID</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>地址族</translation>
    </message>
    <message>
        <source>Socket type</source>
        <translation>套接字类型</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Namespace providers</source>
        <translation>命名空间提供程序</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>数字签名</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>AppInit_DLLs</source>
        <translation>AppInit_DLLs</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>网络设备</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>Made by Winsock Doctor %1. This page needs no scripts and no network access.</source>
        <translation>由 Winsock Doctor %1 生成。此页面无需脚本，也无需联网。</translation>
    </message>
    <message>
        <source>Note: this report was saved by an older version (winsock-doctor/scan/1); its findings are shown in the language it was made in.</source>
        <translation>注意：此报告由旧版本保存（winsock-doctor/scan/1），其中的发现按报告生成时的语言显示。</translation>
    </message>
    <message>
        <source>Support phone: %1</source>
        <translation>技术支持电话：%1</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>技术支持：%1</translation>
    </message>
</context>
<context>
    <name>wd::Installations</name>
    <message>
        <source>Windows (product unknown)</source>
        <translation>Windows（版本未知）</translation>
    </message>
    <message>
        <source>, build %1</source>
        <translation>，内部版本 %1</translation>
    </message>
    <message>
        <source>Windows\System32\config\SOFTWARE is missing.</source>
        <translation>缺少 Windows\System32\config\SOFTWARE。</translation>
    </message>
    <message>
        <source>The SOFTWARE hive has no Microsoft\Windows NT\CurrentVersion key.</source>
        <translation>SOFTWARE 配置单元中没有 Microsoft\Windows NT\CurrentVersion 项。</translation>
    </message>
    <message>
        <source>offline:auto found no Windows installation on the other drives of this PC (the running Windows is never chosen; examine it with --target live). Name the Windows volume with --target offline:D:\ instead.</source>
        <translation>offline:auto 在本机的其他驱动器上没有找到 Windows 安装（正在运行的 Windows 不会被选中；请用 --target live 检查它）。请改用 --target offline:D:\ 指定 Windows 所在的卷。</translation>
    </message>
    <message>
        <source>offline:auto found no Windows installation on the mounted NTFS volumes. Mount the Windows volume, or name its folder with --target offline:DIR.</source>
        <translation>offline:auto 在已挂载的 NTFS 卷上没有找到 Windows 安装。请挂载 Windows 所在的卷，或用 --target offline:DIR 指定其文件夹。</translation>
    </message>
    <message>
        <source>; last written %1 UTC</source>
        <translation>；最后写入 %1 UTC</translation>
    </message>
    <message>
        <source>offline:auto found %1 Windows installations; choose one with --target:
%2</source>
        <translation>offline:auto 找到 %1 个 Windows 安装；请用 --target 选择其中一个：
%2</translation>
    </message>
</context>
<context>
    <name>wd::LiveApis</name>
    <message>
        <source>The device is not configured correctly.</source>
        <translation>该设备配置不正确。</translation>
    </message>
    <message>
        <source>The driver may be damaged, or the system is low on memory.</source>
        <translation>驱动程序可能已损坏，或系统内存不足。</translation>
    </message>
    <message>
        <source>The device cannot start (code 10); its driver failed while starting it.</source>
        <translation>该设备无法启动（Code 10）；其驱动程序在启动设备时出错。</translation>
    </message>
    <message>
        <source>The device cannot find enough free resources.</source>
        <translation>该设备找不到足够的可用资源。</translation>
    </message>
    <message>
        <source>The device needs a restart of the computer.</source>
        <translation>该设备需要重启电脑。</translation>
    </message>
    <message>
        <source>The drivers of the device must be reinstalled.</source>
        <translation>必须重新安装该设备的驱动程序。</translation>
    </message>
    <message>
        <source>The configuration of the device in the registry is incomplete or damaged.</source>
        <translation>注册表中该设备的配置不完整或已损坏。</translation>
    </message>
    <message>
        <source>Windows is removing the device.</source>
        <translation>Windows 正在删除该设备。</translation>
    </message>
    <message>
        <source>The device is disabled.</source>
        <translation>该设备已被禁用。</translation>
    </message>
    <message>
        <source>The device is not present, not working properly, or has no driver.</source>
        <translation>该设备不存在、无法正常工作，或没有驱动程序。</translation>
    </message>
    <message>
        <source>The drivers of the device are not installed.</source>
        <translation>未安装该设备的驱动程序。</translation>
    </message>
    <message>
        <source>The firmware of the computer disabled the device.</source>
        <translation>电脑的固件禁用了该设备。</translation>
    </message>
    <message>
        <source>Windows cannot load the drivers the device needs.</source>
        <translation>Windows 无法加载该设备所需的驱动程序。</translation>
    </message>
    <message>
        <source>The driver service of the device is disabled.</source>
        <translation>该设备的驱动程序服务已被禁用。</translation>
    </message>
    <message>
        <source>The driver of the device failed to initialise.</source>
        <translation>该设备的驱动程序初始化失败。</translation>
    </message>
    <message>
        <source>The driver is damaged or missing and cannot be loaded.</source>
        <translation>驱动程序已损坏或缺失，无法加载。</translation>
    </message>
    <message>
        <source>The service key of the driver in the registry is missing or wrong.</source>
        <translation>注册表中该驱动程序的服务项缺失或有误。</translation>
    </message>
    <message>
        <source>Windows stopped the device because it reported problems (code 43).</source>
        <translation>该设备报告了问题，Windows 已将其停止（Code 43）。</translation>
    </message>
    <message>
        <source>The device is not connected.</source>
        <translation>该设备未连接。</translation>
    </message>
    <message>
        <source>The driver was blocked because it is known to cause problems.</source>
        <translation>该驱动程序已知会导致问题，因此被阻止。</translation>
    </message>
    <message>
        <source>Windows cannot verify the digital signature of the driver (code 52).</source>
        <translation>Windows 无法验证该驱动程序的数字签名（Code 52）。</translation>
    </message>
    <message>
        <source>The device reports problem code %1.</source>
        <translation>该设备报告了问题代码 %1。</translation>
    </message>
    <message>
        <source>This Windows has no %1.</source>
        <translation>此 Windows 中没有 %1。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>A 32-bit Windows has only one Winsock catalog.</source>
        <translation>32 位 Windows 只有一个 Winsock 目录。</translation>
    </message>
    <message>
        <source>This Windows cannot list its namespace providers.</source>
        <translation>此 Windows 无法列出其命名空间提供程序。</translation>
    </message>
    <message>
        <source>The namespace providers could not be listed.</source>
        <translation>无法列出命名空间提供程序。</translation>
    </message>
    <message>
        <source>The device list could not be read: %1</source>
        <translation>无法读取设备列表：%1</translation>
    </message>
    <message>
        <source>Neither the performance counters nor the process list could be read.</source>
        <translation>无法读取性能计数器，也无法读取进程列表。</translation>
    </message>
    <message>
        <source>The list of running processes could not be read (error %1).</source>
        <translation>无法读取正在运行的进程列表（错误 %1）。</translation>
    </message>
</context>
<context>
    <name>wd::LiveCrossCheck</name>
    <message>
        <source>What Windows itself reports</source>
        <translation>Windows 自身报告的信息</translation>
    </message>
    <message>
        <source>Running under Wine %1</source>
        <translation>正在 Wine %1 下运行</translation>
    </message>
    <message>
        <source>This &quot;Windows&quot; is Wine. Wine&apos;s Winsock does not keep its providers in the registry catalog, so an empty Protocol_Catalog9 is normal here, and Wine&apos;s own system files carry no Microsoft signature. Entries that something else wrote into the registry catalog are still reported, because a real Windows would load them.</source>
        <translation>此“Windows”实际上是 Wine。Wine 的 Winsock 不在注册表目录中保存提供程序，因此这里的 Protocol_Catalog9 为空属于正常现象；Wine 自带的系统文件也没有 Microsoft 数字签名。其他程序写入注册表目录的条目仍会被报告，因为真正的 Windows 会加载它们。</translation>
    </message>
    <message>
        <source>Winsock providers</source>
        <translation>Winsock 提供程序</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>数字签名</translation>
    </message>
    <message>
        <source>Performance counters</source>
        <translation>性能计数器</translation>
    </message>
    <message numerus="yes">
        <source>%n Winsock catalog entries in the registry are not reported by Windows</source>
        <translation>
            <numerusform>注册表中有 %n 个 Winsock 目录条目未被 Windows 报告</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry catalog %1 holds providers that Wine&apos;s Winsock does not use (Wine never writes this catalog). Something else put them there; on a real Windows every program that opens a network connection would load them. Removing layered providers (LSPs) or resetting Winsock clears them.</source>
        <translation>注册表目录 %1 中有 Wine 的 Winsock 并不使用的提供程序（Wine 从不写入此目录）。它们是别的程序放进去的；在真正的 Windows 上，每个建立网络连接的程序都会加载它们。删除分层服务提供程序（LSP）或重置 Winsock 即可清除它们。</translation>
    </message>
    <message>
        <source>The registry catalog %1 holds providers that %2 does not report. The catalog is inconsistent or was edited behind Windows&apos; back, which can break every network program or make them crash in ws2_32.dll. Removing the layered providers (LSPs) or resetting Winsock rebuilds a consistent catalog.</source>
        <translation>注册表目录 %1 中有 %2 未报告的提供程序。该目录前后不一致，或被人绕过 Windows 私自修改过，这可能导致所有网络程序无法工作，或在 ws2_32.dll 中崩溃。删除分层服务提供程序（LSP）或重置 Winsock 即可重建一致的目录。</translation>
    </message>
    <message numerus="yes">
        <source>Wine reports %n built-in Winsock providers that are not in the registry</source>
        <translation>
            <numerusform>Wine 报告了 %n 个不在注册表中的内置 Winsock 提供程序</numerusform>
        </translation>
    </message>
    <message>
        <source>Wine keeps its base providers (TCP/IP, UDP/IP, ...) inside its Winsock and leaves the registry catalog %1 empty. This is how Wine works, not a fault.</source>
        <translation>Wine 将其基础提供程序（TCP/IP、UDP/IP 等）保存在自身的 Winsock 内部，注册表目录 %1 保持为空。这是 Wine 的工作方式，并非故障。</translation>
    </message>
    <message numerus="yes">
        <source>Windows reports %n Winsock providers that its registry catalog does not hold</source>
        <translation>
            <numerusform>Windows 报告了 %n 个其注册表目录中没有的 Winsock 提供程序</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lists providers that are missing from the registry catalog %2. The catalog in the registry is damaged or was changed while Windows was running; after the next restart network programs may fail. Resetting Winsock rebuilds the catalog.</source>
        <translation>%1 列出的提供程序在注册表目录 %2 中不存在。注册表中的目录已损坏，或在 Windows 运行期间被更改；下次重启后，联网程序可能无法正常工作。重置 Winsock 会重建该目录。</translation>
    </message>
    <message numerus="yes">
        <source>%n namespace providers in the registry are not reported by Windows</source>
        <translation>
            <numerusform>注册表中有 %n 个命名空间提供程序未被 Windows 报告</numerusform>
        </translation>
    </message>
    <message>
        <source>The namespace catalog %1 (name resolution: DNS, NLA, ...) holds enabled providers that Windows does not report. Name lookups may fail or go through a provider nobody installed on purpose.</source>
        <translation>命名空间目录 %1（名称解析：DNS、NLA 等）中有 Windows 未报告的已启用提供程序。域名解析可能失败，或经过一个并非有意安装的提供程序。</translation>
    </message>
    <message numerus="yes">
        <source>Windows reports %n namespace providers that its registry does not hold</source>
        <translation>
            <numerusform>Windows 报告了 %n 个注册表中没有的命名空间提供程序</numerusform>
        </translation>
    </message>
    <message>
        <source>The namespace catalog %1 in the registry does not match what Windows uses. Resetting Winsock rebuilds a consistent catalog.</source>
        <translation>注册表中的命名空间目录 %1 与 Windows 实际使用的不一致。重置 Winsock 可重建一致的目录。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This is a network adapter: while it has this problem the PC has no network through it. A faulty network driver is also a frequent cause of blue screens. Rolling back to the previous driver often helps.</source>
        <translation>这是一个网络适配器：在此问题解决之前，电脑无法通过它上网。有故障的网络驱动程序也是蓝屏的常见原因。回滚到之前的驱动程序通常可以解决。</translation>
    </message>
    <message>
        <source>Windows reports this device as not working.</source>
        <translation>Windows 报告此设备无法正常工作。</translation>
    </message>
    <message>
        <source>Windows and Winsock Doctor disagree about the signature of %1</source>
        <translation>Windows 与 Winsock Doctor 对 %1 的数字签名判断不一致</translation>
    </message>
    <message>
        <source>Windows&apos; WinVerifyTrust says &quot;%1&quot;, Winsock Doctor&apos;s own verifier says &quot;%2&quot;. A disagreement can mean a tampered certificate store or a file that was replaced in a way one of the two does not notice; treat the file as suspect.</source>
        <translation>Windows 的 WinVerifyTrust 结果为“%1”，Winsock Doctor 自己的验证结果为“%2”。两者不一致可能意味着证书存储被篡改，或文件被以其中一方无法察觉的方式替换；请将该文件视为可疑文件。</translation>
    </message>
    <message>
        <source>Windows does not trust %1</source>
        <translation>Windows 不信任 %1</translation>
    </message>
    <message>
        <source>WinVerifyTrust rates the Winsock library &quot;%1&quot; (%2). Every network program loads this file; a version that is not signed by Microsoft may have been replaced or damaged and can cause crashes in ws2_32.dll. Repair the system files (sfc /scannow).</source>
        <translation>WinVerifyTrust 对 Winsock 库的判定结果为“%1”（%2）。每个联网程序都会加载此文件；没有 Microsoft 数字签名的版本可能已被替换或损坏，可能导致程序在 ws2_32.dll 中崩溃。请修复系统文件（sfc /scannow）。</translation>
    </message>
</context>
<context>
    <name>wd::LiveView</name>
    <message>
        <source>The registry key %1 does not exist.</source>
        <translation>注册表项 %1 不存在。</translation>
    </message>
    <message>
        <source>Reading the registry key %1 was refused (access denied).</source>
        <translation>读取注册表项 %1 被拒绝（访问被拒绝）。</translation>
    </message>
    <message>
        <source>Cannot read the registry key %1: %2</source>
        <translation>无法读取注册表项 %1：%2</translation>
    </message>
    <message>
        <source>The registry key %1 is not available on this target.</source>
        <translation>注册表项 %1 在此目标上不可用。</translation>
    </message>
    <message>
        <source>%1 is not an absolute Windows path.</source>
        <translation>%1 不是 Windows 绝对路径。</translation>
    </message>
    <message>
        <source>Access to %1 was refused.</source>
        <translation>访问 %1 被拒绝。</translation>
    </message>
    <message>
        <source>%1 does not exist on this PC.</source>
        <translation>这台电脑上不存在 %1。</translation>
    </message>
    <message>
        <source>The file pattern %1 must not contain a folder.</source>
        <translation>文件模式 %1 不能包含文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>无法列出 %1：%2</translation>
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
    <name>wd::NamespaceCheck</name>
    <message>
        <source>Winsock namespace providers</source>
        <translation>Winsock 命名空间提供程序</translation>
    </message>
    <message>
        <source>The Winsock namespace catalog is missing</source>
        <translation>缺少 Winsock 命名空间目录</translation>
    </message>
    <message>
        <source>The key NameSpace_Catalog5 lists the providers that turn names like www.example.com into addresses. Without it, programs cannot look up any name. The repair restores the catalog from a backup.</source>
        <translation>NameSpace_Catalog5 项列出了将 www.example.com 这类名称解析为地址的提供程序。缺少它，程序将无法解析任何名称。修复会从备份还原该目录。</translation>
    </message>
    <message>
        <source>The namespace catalog %1 is missing</source>
        <translation>缺少命名空间目录 %1</translation>
    </message>
    <message>
        <source>Programs of this bitness cannot resolve any name (DNS) without it. The repair restores the catalog from a backup.</source>
        <translation>缺少它，该位数（32/64 位）的程序无法解析任何域名（DNS）。此修复会从备份还原该目录。</translation>
    </message>
    <message>
        <source>The 32-bit and 64-bit namespace catalogs differ</source>
        <translation>32 位和 64 位命名空间目录不一致</translation>
    </message>
    <message>
        <source>Windows registers the same name-resolution providers for 32-bit and 64-bit programs. A difference means that some programs resolve names differently from others (for example, one browser works and another does not).</source>
        <translation>Windows 为 32 位和 64 位程序注册的名称解析提供程序是相同的。如果两者不同，某些程序解析名称的方式就会与其他程序不同（例如，一个浏览器能上网，另一个却不能）。</translation>
    </message>
    <message>
        <source>The namespace catalog %1 says it has %2 entries but has %3</source>
        <translation>命名空间目录 %1 声明有 %2 个条目，实际有 %3 个</translation>
    </message>
    <message>
        <source>The entry counter does not match the providers that exist, usually after an interrupted install or uninstall. Name lookups may fail. The repair restores the catalog from a backup.</source>
        <translation>条目计数与实际存在的提供程序不符，通常是安装或卸载中途被打断造成的。域名解析可能会失败。修复会从备份还原该目录。</translation>
    </message>
    <message>
        <source>The namespace catalog %1 is empty</source>
        <translation>命名空间目录 %1 为空</translation>
    </message>
    <message>
        <source>No name-resolution provider is registered, so programs cannot turn names into addresses. The repair restores the catalog.</source>
        <translation>没有注册任何名称解析提供程序，因此程序无法把域名转换为地址。此修复会还原该目录。</translation>
    </message>
    <message>
        <source>The name-resolution provider file %1 is missing</source>
        <translation>缺少名称解析提供程序文件 %1</translation>
    </message>
    <message>
        <source>A namespace provider (%1) is registered but its DLL does not exist. Name lookups can stall or fail in every program. A Winsock reset does not remove namespace providers; the repair restores the catalog from a backup.</source>
        <translation>命名空间提供程序（%1）已注册，但其 DLL 不存在。所有程序的名称查询都可能卡住或失败。重置 Winsock 不会删除命名空间提供程序；此修复会从备份还原该目录。</translation>
    </message>
    <message>
        <source>A non-Windows name-resolution provider is installed: %1</source>
        <translation>安装了非 Windows 自带的名称解析提供程序：%1</translation>
    </message>
    <message>
        <source>%1 takes part in every name lookup (%2). Such providers come with VPN, security or ad software; a broken one makes web pages fail to load although the connection works. A Winsock reset keeps it; the repair restores the catalog from a backup.</source>
        <translation>%1 参与每一次名称解析（%2）。这类提供程序通常随 VPN、安全软件或广告软件安装；一旦损坏，即使网络连接正常，网页也会打不开。重置 Winsock 不会删除它；修复会从备份还原该目录。</translation>
    </message>
    <message>
        <source>The Windows name-resolution provider %1 is disabled</source>
        <translation>Windows 名称解析提供程序 %1 已被禁用</translation>
    </message>
    <message>
        <source>The provider for %1 was switched off. Windows never does this by itself; names of that kind no longer resolve.</source>
        <translation>%1 的提供程序已被关闭。Windows 从不会自行这样做；此类名称将无法再解析。</translation>
    </message>
    <message>
        <source>No working DNS provider in the namespace catalog %1</source>
        <translation>命名空间目录 %1 中没有可用的 DNS 提供程序</translation>
    </message>
    <message>
        <source>The Windows DNS provider (mswsock.dll, NS_DNS) is missing, disabled or its file is gone, so internet names cannot be resolved. The repair restores the catalog from a backup.</source>
        <translation>Windows DNS 提供程序（mswsock.dll，NS_DNS）缺失、已被禁用或其文件已丢失，因此无法解析网址（域名）。此修复会从备份还原该目录。</translation>
    </message>
</context>
<context>
    <name>wd::NetworkCheck</name>
    <message>
        <source>hop limit of outgoing packets</source>
        <translation>发出数据包的跃点限制</translation>
    </message>
    <message>
        <source>path MTU discovery</source>
        <translation>路径 MTU 发现</translation>
    </message>
    <message>
        <source>black-hole router detection</source>
        <translation>黑洞路由器检测</translation>
    </message>
    <message>
        <source>retransmissions before a connection is dropped</source>
        <translation>断开连接前的重传次数</translation>
    </message>
    <message>
        <source>SYN retransmissions</source>
        <translation>SYN 重传次数</translation>
    </message>
    <message>
        <source>seconds a closed connection stays in TIME_WAIT</source>
        <translation>已关闭的连接停留在 TIME_WAIT 状态的秒数</translation>
    </message>
    <message>
        <source>idle time before keep-alive probes (ms)</source>
        <translation>发送保持连接探测前的空闲时间（毫秒）</translation>
    </message>
    <message>
        <source>interval between keep-alive probes (ms)</source>
        <translation>保活探测间隔（毫秒）</translation>
    </message>
    <message>
        <source>selective acknowledgements</source>
        <translation>选择性确认</translation>
    </message>
    <message>
        <source>duplicate ACKs before fast retransmit</source>
        <translation>触发快速重传所需的重复 ACK 数</translation>
    </message>
    <message>
        <source>IP forwarding between adapters</source>
        <translation>适配器之间的 IP 转发</translation>
    </message>
    <message>
        <source>forwarding of broadcasts</source>
        <translation>广播转发</translation>
    </message>
    <message>
        <source>ICMP redirects</source>
        <translation>ICMP 重定向</translation>
    </message>
    <message>
        <source>dead gateway detection</source>
        <translation>失效网关检测</translation>
    </message>
    <message>
        <source>default gateway creation</source>
        <translation>自动创建默认网关</translation>
    </message>
    <message>
        <source>DNS suffix devolution</source>
        <translation>DNS 后缀逐级缩减</translation>
    </message>
    <message>
        <source>task offload to the network adapter</source>
        <translation>任务卸载到网络适配器</translation>
    </message>
    <message>
        <source>ARP retries</source>
        <translation>ARP 重试次数</translation>
    </message>
    <message>
        <source>TCP receive window</source>
        <translation>TCP 接收窗口</translation>
    </message>
    <message>
        <source>maximum TCP receive window</source>
        <translation>最大 TCP 接收窗口</translation>
    </message>
    <message>
        <source>RFC 1323 window scaling and timestamps</source>
        <translation>RFC 1323 窗口缩放和时间戳</translation>
    </message>
    <message>
        <source>highest port for outgoing connections</source>
        <translation>出站连接的最高端口号</translation>
    </message>
    <message>
        <source>maximum number of TCP connections</source>
        <translation>最大 TCP 连接数</translation>
    </message>
    <message>
        <source>pre-allocated connection blocks</source>
        <translation>预分配的连接块</translation>
    </message>
    <message>
        <source>connection hash table size</source>
        <translation>连接哈希表大小</translation>
    </message>
    <message>
        <source>delayed acknowledgements</source>
        <translation>延迟确认</translation>
    </message>
    <message>
        <source>Nagle algorithm</source>
        <translation>Nagle 算法</translation>
    </message>
    <message>
        <source>TCP chimney offload</source>
        <translation>TCP Chimney 卸载</translation>
    </message>
    <message>
        <source>receive-side scaling</source>
        <translation>接收端缩放（RSS）</translation>
    </message>
    <message>
        <source>NetDMA</source>
        <translation>NetDMA</translation>
    </message>
    <message>
        <source>SYN flood protection</source>
        <translation>SYN 洪水攻击防护</translation>
    </message>
    <message>
        <source>cable-unplug detection</source>
        <translation>网线拔出检测</translation>
    </message>
    <message>
        <source>all IPv6 tunnel interfaces (ISATAP, 6to4, Teredo, IP-HTTPS) disabled</source>
        <translation>已禁用所有 IPv6 隧道接口（ISATAP、6to4、Teredo、IP-HTTPS）</translation>
    </message>
    <message>
        <source>6to4 disabled</source>
        <translation>已禁用 6to4</translation>
    </message>
    <message>
        <source>ISATAP disabled</source>
        <translation>ISATAP 已禁用</translation>
    </message>
    <message>
        <source>Teredo disabled</source>
        <translation>已禁用 Teredo</translation>
    </message>
    <message>
        <source>IPv6 disabled on all LAN, Wi-Fi and PPP interfaces</source>
        <translation>已在所有局域网、Wi-Fi 和 PPP 接口上禁用 IPv6</translation>
    </message>
    <message>
        <source>IPv4 preferred over IPv6</source>
        <translation>优先使用 IPv4 而非 IPv6</translation>
    </message>
    <message>
        <source>unused bit 6 set</source>
        <translation>设置了未使用的第 6 位</translation>
    </message>
    <message>
        <source>unused bit 7 set</source>
        <translation>设置了未使用的第 7 位</translation>
    </message>
    <message>
        <source>TCP/IP and IPv6 settings</source>
        <translation>TCP/IP 和 IPv6 设置</translation>
    </message>
    <message>
        <source>%1 = %2 (Windows default %3)</source>
        <translation>%1 = %2（Windows 默认值为 %3）</translation>
    </message>
    <message>
        <source>%1 = %2 (not set by Windows)</source>
        <translation>%1 = %2（并非由 Windows 设置）</translation>
    </message>
    <message numerus="yes">
        <source>%n TCP/IP setting(s) differ from the Windows defaults</source>
        <translation>
            <numerusform>%n 项 TCP/IP 设置与 Windows 默认值不同</numerusform>
        </translation>
    </message>
    <message>
        <source>These values were changed by a &quot;speed-up&quot; tool, a game booster, malware or an administrator: %1. Wrong TCP values cause slow or dropped connections, ports running out and pages that never finish loading. The repair removes the changed values so that Windows uses its defaults again (a snapshot allows undo).</source>
        <translation>这些值被“加速”工具、游戏加速器、恶意软件或管理员修改过：%1。错误的 TCP 值会导致连接缓慢或断开、端口耗尽，以及网页一直加载不完。此修复会删除被修改的值，让 Windows 重新使用默认值（可通过快照撤销）。</translation>
    </message>
    <message>
        <source>IPv6 is switched off with an invalid value (0xFFFFFFFF)</source>
        <translation>IPv6 被一个无效值（0xFFFFFFFF）关闭</translation>
    </message>
    <message>
        <source>DisabledComponents is set to 0xFFFFFFFF. Microsoft documents 0xFF for disabling IPv6 and warns that this value delays every start of Windows by 5 seconds; Windows components that need IPv6 (remote assistance, DirectAccess, some updates) can fail. The repair restores the default (IPv6 on).</source>
        <translation>DisabledComponents 被设为 0xFFFFFFFF。微软文档规定禁用 IPv6 应使用 0xFF，并警告此值会使每次 Windows 启动延迟 5 秒；需要 IPv6 的 Windows 组件（远程协助、DirectAccess、部分更新）可能会失败。修复会还原默认值（启用 IPv6）。</translation>
    </message>
    <message>
        <source>IPv6 is disabled on the network adapters</source>
        <translation>网络适配器上的 IPv6 已被禁用</translation>
    </message>
    <message>
        <source>DisabledComponents = %1 (%2). Microsoft does not test Windows with IPv6 off and recommends &quot;prefer IPv4&quot; (0x20) instead; some Windows features and VPNs stop working. The repair restores the default.</source>
        <translation>DisabledComponents = %1（%2）。Microsoft 不会在关闭 IPv6 的情况下测试 Windows，建议改用“优先使用 IPv4”（0x20）；关闭 IPv6 会导致部分 Windows 功能和 VPN 无法工作。此修复会恢复默认值。</translation>
    </message>
    <message>
        <source>Some IPv6 components are switched off (%1)</source>
        <translation>部分 IPv6 组件已被关闭（%1）</translation>
    </message>
    <message>
        <source>DisabledComponents: %1. This is a supported setting and usually harmless; it is shown so that it can be ruled out.</source>
        <translation>DisabledComponents：%1。这是受支持的设置，通常无害；显示它是为了便于排除这一因素。</translation>
    </message>
    <message numerus="yes">
        <source>%n network adapter(s) listed without a TCP/IP interface</source>
        <translation>
            <numerusform>%n 个网络适配器没有对应的 TCP/IP 接口</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of network cards names adapters that TCP/IP has no settings for. They are usually adapters that were removed (old USB, VPN or virtual adapters); if one of them is the adapter in use, its TCP/IP binding is broken.</source>
        <translation>网卡列表中包含一些没有 TCP/IP 设置的适配器。它们通常是已被移除的适配器（旧的 USB、VPN 或虚拟适配器）；如果其中某个正是当前使用的适配器，说明它的 TCP/IP 绑定已损坏。</translation>
    </message>
    <message>
        <source>No network adapter is configured for TCP/IP</source>
        <translation>没有任何网络适配器配置了 TCP/IP</translation>
    </message>
    <message>
        <source>Windows knows no network card and TCP/IP has no interface settings. The adapter driver is probably missing or was removed.</source>
        <translation>Windows 找不到任何网卡，TCP/IP 也没有任何接口设置。网络适配器驱动程序可能缺失或已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n TCP setting value(s) are persisted in the network store (Control\Nsi)</source>
        <translation>
            <numerusform>%n 个 TCP 设置值持久保存在网络存储中（Control\Nsi）</numerusform>
        </translation>
    </message>
    <message>
        <source>The TCP/IP stack keeps its persistent TCP settings (what &quot;netsh int tcp set global&quot; and Set-NetTCPSetting change) in %1, objects %2. Their binary format is not documented, so they are listed as stored (hexadecimal) and not judged: Windows writes some of them itself. Compare them with a healthy PC of the same Windows release, or run &quot;netsh int tcp show global&quot; on the running system; &quot;netsh int tcp reset&quot; puts them back to the defaults.</source>
        <translation>TCP/IP 协议栈将其持久 TCP 设置（即 &quot;netsh int tcp set global&quot; 和 Set-NetTCPSetting 所更改的设置）保存在 %1 的对象 %2 中。它们的二进制格式没有公开文档，因此这里按存储的原样（十六进制）列出，不作判断：其中一些是 Windows 自己写入的。请将它们与相同 Windows 发行版本的正常电脑进行比较，或在正在运行的系统上运行 &quot;netsh int tcp show global&quot;；&quot;netsh int tcp reset&quot; 可将它们恢复为默认值。</translation>
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
    <name>wd::PartialVolume</name>
    <message numerus="yes">
        <source>Partial Windows volume: %n folder(s) are missing, so the files in them were not checked</source>
        <translation>
            <numerusform>不完整的 Windows 卷：缺少 %n 个文件夹，因此未检查其中的文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This copy of Windows holds the registry but not these folders: %1. What lies in them could not be checked: %n file(s) that the registry names there are not reported as missing, because the copy simply does not include them. The registry checks (Winsock catalogs, network settings, devices, Driver Verifier) are complete. To check the files as well, scan the whole Windows volume.</source>
        <translation>
            <numerusform>此 Windows 副本包含注册表，但不包含以下文件夹：%1。其中的内容无法检查：注册表指向这些位置的 %n 个文件不会被报告为缺失，因为该副本本来就不包含它们。注册表检查（Winsock 目录、网络设置、设备、驱动程序验证程序）已完整完成。若要同时检查文件，请扫描整个 Windows 卷。</numerusform>
        </translation>
    </message>
    <message>
        <source>Completeness of the volume</source>
        <translation>卷的完整性</translation>
    </message>
    <message>
        <source>only its config folder with the registry is there; Windows network files, Winsock and name-resolution provider DLLs, network drivers and their signatures</source>
        <translation>仅存在其中存放注册表的 config 文件夹；Windows 网络文件、Winsock 和名称解析提供程序 DLL、网络驱动程序及其签名</translation>
    </message>
    <message>
        <source>Windows network files, Winsock and name-resolution provider DLLs, network drivers and their signatures</source>
        <translation>Windows 网络文件、Winsock 和名称解析提供程序 DLL、网络驱动程序及其签名</translation>
    </message>
    <message>
        <source>network driver files of adapters and filters</source>
        <translation>适配器和筛选器的网络驱动程序文件</translation>
    </message>
    <message>
        <source>the security catalogs that sign most Windows files, so files without an embedded signature cannot be verified</source>
        <translation>为大多数 Windows 文件签名的安全编录，因此无法验证没有嵌入签名的文件</translation>
    </message>
    <message>
        <source>32-bit network files and providers</source>
        <translation>32 位网络文件和提供程序</translation>
    </message>
    <message>
        <source>providers and filters that programs installed there</source>
        <translation>程序在该处安装的提供程序和筛选器</translation>
    </message>
    <message>
        <source>providers and filters of 32-bit programs</source>
        <translation>32 位程序的提供程序和筛选器</translation>
    </message>
</context>
<context>
    <name>wd::Pe</name>
    <message>
        <source>The file is not a valid PE image: %1</source>
        <translation>该文件不是有效的 PE 映像：%1</translation>
    </message>
    <message>
        <source>no MZ header.</source>
        <translation>缺少 MZ 头。</translation>
    </message>
    <message>
        <source>no PE signature.</source>
        <translation>没有 PE 签名。</translation>
    </message>
    <message>
        <source>truncated file header.</source>
        <translation>文件头被截断。</translation>
    </message>
    <message>
        <source>truncated optional header.</source>
        <translation>可选头被截断。</translation>
    </message>
    <message>
        <source>unknown optional header magic.</source>
        <translation>可选头的魔数未知。</translation>
    </message>
    <message>
        <source>optional header too small.</source>
        <translation>可选头太小。</translation>
    </message>
    <message>
        <source>data directories do not fit the optional header.</source>
        <translation>数据目录超出了可选头的范围。</translation>
    </message>
    <message>
        <source>truncated section table.</source>
        <translation>节表被截断。</translation>
    </message>
    <message>
        <source>the certificate table points outside the file.</source>
        <translation>证书表指向文件之外。</translation>
    </message>
    <message>
        <source>the certificate table overlaps the image.</source>
        <translation>证书表与映像重叠。</translation>
    </message>
    <message>
        <source>a certificate table entry is truncated.</source>
        <translation>证书表中的某个条目被截断。</translation>
    </message>
    <message>
        <source>too many certificate table entries.</source>
        <translation>证书表条目过多。</translation>
    </message>
    <message>
        <source>the certificate table is empty.</source>
        <translation>证书表为空。</translation>
    </message>
</context>
<context>
    <name>wd::PendingRebootCheck</name>
    <message>
        <source>Updates waiting for a restart</source>
        <translation>待重启的更新</translation>
    </message>
    <message numerus="yes">
        <source>%n network system file(s) will be replaced at the next restart</source>
        <translation>
            <numerusform>%n 个网络系统文件将在下次重启时被替换</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows has file replacements waiting for a restart that touch the network stack: %1. Until the PC restarts, the files that are running are not the ones that the update (or a repair that staged them) installed, so a scan now may judge the old files. Restart Windows before any repair, then scan again.%2</source>
        <translation>Windows 有涉及网络协议栈、正在等待重启的文件替换：%1。在电脑重启之前，正在运行的文件并不是更新（或暂存这些文件的修复）所安装的文件，因此现在扫描可能评估的是旧文件。请在进行任何修复之前重新启动 Windows，然后再次扫描。%2</translation>
    </message>
    <message>
        <source>Windows servicing also waits for a restart to finish an update.</source>
        <translation>Windows 服务堆栈也在等待重启以完成一项更新。</translation>
    </message>
    <message>
        <source>A Windows update waits for a restart</source>
        <translation>有一项 Windows 更新正在等待重启</translation>
    </message>
    <message>
        <source>Windows servicing has an operation waiting for the next restart (%1). Which files it will replace is not recorded where Winsock Doctor can read it, so the network files that are running may not be the ones the update installed. Restart Windows before any repair, then scan again.</source>
        <translation>Windows 服务堆栈有一项操作正在等待下次重启（%1）。它将替换哪些文件并未记录在 Winsock Doctor 能够读取的位置，因此正在运行的网络文件可能不是该更新所安装的文件。请在进行任何修复之前重新启动 Windows，然后再次扫描。</translation>
    </message>
</context>
<context>
    <name>wd::PlantedCopiesCheck</name>
    <message>
        <source>Copies of network DLLs outside Windows</source>
        <translation>位于 Windows 之外的网络 DLL 副本</translation>
    </message>
    <message>
        <source>Looking for copies of network DLLs outside Windows</source>
        <translation>正在查找位于 Windows 之外的网络 DLL 副本</translation>
    </message>
    <message>
        <source>The search for copies of network DLLs was cancelled.</source>
        <translation>已取消对网络 DLL 副本的搜索。</translation>
    </message>
    <message>
        <source>The search for copies of network DLLs stopped early</source>
        <translation>对网络 DLL 副本的搜索提前停止</translation>
    </message>
    <message>
        <source>The search stopped after %1 seconds (%2 entries looked at), so folders after that point were not searched.</source>
        <translation>搜索在 %1 秒后停止（已查看 %2 个条目），因此未搜索此后的文件夹。</translation>
    </message>
    <message>
        <source>The search stopped after %1 entries, so folders after that point were not searched.</source>
        <translation>搜索在查看 %1 个条目后停止，因此未搜索此后的文件夹。</translation>
    </message>
    <message>
        <source>It is Microsoft&apos;s file (signed by %1, version %2, this Windows&apos; release): most likely a program&apos;s own bundled copy.</source>
        <translation>这是 Microsoft 的文件（由 %1 签名，版本 %2，属于此 Windows 发行版本）：很可能是某个程序自带的副本。</translation>
    </message>
    <message>
        <source>It is Microsoft&apos;s file (signed by %1) but version %2, which is not this Windows&apos; (%3): a copy from another Windows, bundled by a program or downloaded from a DLL site.</source>
        <translation>这是 Microsoft 的文件（由 %1 签名），但版本为 %2，不属于此 Windows（%3）：这是来自其他 Windows 的副本，由某个程序捆绑或从 DLL 下载网站下载而来。</translation>
    </message>
    <message>
        <source>It is not Microsoft&apos;s file: it is signed by %1 (%2). A program ships its own replacement of this Windows DLL, which sits between the program and the network (game mods, proxies and some security tools do this).</source>
        <translation>这不是 Microsoft 的文件：它由 %1 签名（%2）。某个程序自带了此 Windows DLL 的替代品，它位于该程序与网络之间（游戏模组、代理程序和某些安全工具会这样做）。</translation>
    </message>
    <message>
        <source>A copy of %1 outside Windows: %2</source>
        <translation>位于 Windows 之外的 %1 副本：%2</translation>
    </message>
    <message>
        <source>It carries no valid signature (%1) and calls itself version %2, so nothing tells who made it: treat it as planted (DLL hijacking) unless you know the program that put it there.</source>
        <translation>它没有有效的数字签名（%1），自称版本 %2，因此无法判断是谁制作的：除非你知道是哪个程序把它放在这里，否则请把它当作植入的文件（DLL 劫持）。</translation>
    </message>
    <message>
        <source>It carries no valid signature (%1) and no version, so nothing tells who made it: treat it as planted (DLL hijacking) unless you know the program that put it there.</source>
        <translation>它没有有效的数字签名（%1），也没有版本信息，因此无法判断是谁制作的：除非你知道是哪个程序把它放在这里，否则请把它当作植入的文件（DLL 劫持）。</translation>
    </message>
    <message>
        <source>%1 belongs in the Windows folders. A program started from the folder of this copy can load it instead of Windows&apos; own, so whatever it contains runs inside that program and sees its network traffic. %2 If you do not know why it is there, delete it or reinstall the program it belongs to; Windows&apos; own copy is not affected.</source>
        <translation>%1 应当位于 Windows 文件夹中。从这个副本所在文件夹启动的程序可能会加载它而不是 Windows 自带的文件，这样它包含的任何代码都会在该程序中运行，并能看到该程序的网络流量。%2 如果你不知道它为什么在这里，请删除它，或重新安装它所属的程序；Windows 自带的副本不受影响。</translation>
    </message>
    <message>
        <source>%1 belongs in the Windows folders. A program started from the folder of this copy can load it instead of Windows&apos; own, so whatever it contains runs inside that program and sees its network traffic. %2 It is loaded right now by: %3. If you do not know why it is there, end those programs and delete it, or reinstall the program it belongs to; Windows&apos; own copy is not affected.</source>
        <translation>%1 应当位于 Windows 文件夹中。从这个副本所在文件夹启动的程序可能会加载它而不是 Windows 自带的文件，这样它包含的任何代码都会在该程序中运行，并能看到该程序的网络流量。%2 目前正在加载它的程序：%3。如果你不知道它为什么在这里，请结束这些程序并删除它，或重新安装它所属的程序；Windows 自带的副本不受影响。</translation>
    </message>
</context>
<context>
    <name>wd::RegFile</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>unknown escape sequence &quot;\%1&quot; in a string.</source>
        <translation>字符串中有未知的转义序列“\%1”。</translation>
    </message>
    <message>
        <source>a string is missing its closing quote.</source>
        <translation>某个字符串缺少右引号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal byte.</source>
        <translation>“%1”不是十六进制字节。</translation>
    </message>
    <message>
        <source>the value data is larger than %1 bytes.</source>
        <translation>值数据超过 %1 字节。</translation>
    </message>
    <message>
        <source>a value appears before the first [key] line.</source>
        <translation>在第一个 [项] 行之前就出现了值。</translation>
    </message>
    <message>
        <source>expected &quot;=&quot; after the value name.</source>
        <translation>值名称后面应为 &quot;=&quot;。</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote.</source>
        <translation>右引号之后有多余的文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid dword (up to 8 hexadecimal digits).</source>
        <translation>“%1”不是有效的 dword 值（最多 8 位十六进制数字）。</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after &quot;hex&quot;.</source>
        <translation>&quot;hex&quot; 后面应为 &quot;:&quot;。</translation>
    </message>
    <message>
        <source>malformed value type &quot;%1&quot;.</source>
        <translation>值类型“%1”格式错误。</translation>
    </message>
    <message>
        <source>unrecognised value data &quot;%1&quot;.</source>
        <translation>无法识别的值数据“%1”。</translation>
    </message>
    <message>
        <source>this is not a registry file: it must start with &quot;Windows Registry Editor Version 5.00&quot; or &quot;REGEDIT4&quot;.</source>
        <translation>这不是注册表文件：文件必须以 &quot;Windows Registry Editor Version 5.00&quot; 或 &quot;REGEDIT4&quot; 开头。</translation>
    </message>
    <message>
        <source>a key line must end with &quot;]&quot;.</source>
        <translation>项所在的行必须以“]”结尾。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a registry root such as HKEY_LOCAL_MACHINE.</source>
        <translation>“%1”不是以注册表根项（如 HKEY_LOCAL_MACHINE）开头的。</translation>
    </message>
    <message>
        <source>the key path &quot;%1&quot; has an empty part.</source>
        <translation>项路径“%1”中有一段为空。</translation>
    </message>
    <message>
        <source>the file has more than %1 keys.</source>
        <translation>文件包含的项超过 %1 个。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>registry file</source>
        <translation>注册表文件</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and is not accepted as a registry file.</source>
        <translation>%1 大于 %2 MiB，不能作为注册表文件使用。</translation>
    </message>
    <message>
        <source>the UTF-16 text has an odd number of bytes (truncated file).</source>
        <translation>UTF-16 文本的字节数为奇数（文件被截断）。</translation>
    </message>
    <message>
        <source>the UTF-16 text is not valid.</source>
        <translation>UTF-16 文本无效。</translation>
    </message>
    <message>
        <source>big-endian UTF-16 is not a regedit format.</source>
        <translation>大端序 UTF-16 不是 regedit 支持的格式。</translation>
    </message>
    <message>
        <source>the file contains NUL bytes but is not UTF-16 (binary data?).</source>
        <translation>文件包含 NUL 字节，但不是 UTF-16 编码（可能是二进制数据？）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>wd::Regf</name>
    <message numerus="yes">
        <source>%n problem(s) found by the hive consistency check</source>
        <translation>
            <numerusform>配置单元一致性检查发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry hive %1 is corrupted: %2 (cell at offset 0x%3).</source>
        <translation>注册表配置单元 %1 已损坏：%2（位于偏移 0x%3 的单元）。</translation>
    </message>
    <message>
        <source>The registry hive %1 cannot be read: %2</source>
        <translation>无法读取注册表配置单元 %1：%2</translation>
    </message>
    <message>
        <source>it has no &quot;regf&quot; base block</source>
        <translation>它没有“regf”基块</translation>
    </message>
    <message>
        <source>format version %1.%2 is not supported (1.3 to 1.6 are)</source>
        <translation>不支持格式版本 %1.%2（支持 1.3 到 1.6）</translation>
    </message>
    <message>
        <source>it is a transaction log, not a primary hive file</source>
        <translation>它是事务日志，而不是主配置单元文件</translation>
    </message>
    <message>
        <source>the checksum of its base block is wrong</source>
        <translation>其基块的校验和不正确</translation>
    </message>
    <message>
        <source>its header announces an invalid hive size (%1 bytes)</source>
        <translation>其文件头声明的配置单元大小无效（%1 字节）</translation>
    </message>
    <message>
        <source>the file is truncated: it has %1 bytes but its header announces %2</source>
        <translation>文件被截断：它只有 %1 字节，但文件头声明为 %2 字节</translation>
    </message>
    <message>
        <source>no hive bin at offset 0x%1</source>
        <translation>偏移 0x%1 处没有配置单元块（hbin）</translation>
    </message>
    <message>
        <source>the hive bin at offset 0x%1 has an invalid header</source>
        <translation>偏移 0x%1 处的配置单元块（hbin）头无效</translation>
    </message>
    <message>
        <source>the cell at offset 0x%1 has an invalid size</source>
        <translation>偏移 0x%1 处的单元大小无效</translation>
    </message>
    <message>
        <source>its root key cell is invalid</source>
        <translation>其根项单元无效</translation>
    </message>
    <message>
        <source>a key cell is invalid</source>
        <translation>某个项单元无效</translation>
    </message>
    <message>
        <source>a subkey list is not an allocated cell</source>
        <translation>某个子项列表不是已分配的单元</translation>
    </message>
    <message>
        <source>a subkey list is larger than its cell</source>
        <translation>某个子项列表超出了其单元</translation>
    </message>
    <message>
        <source>a subkey list has an unknown signature</source>
        <translation>某个子项列表的签名未知</translation>
    </message>
    <message>
        <source>a subkey index is larger than its cell</source>
        <translation>某个子项索引超出了其单元</translation>
    </message>
    <message>
        <source>a subkey index points to another index</source>
        <translation>某个子项索引指向另一个索引</translation>
    </message>
    <message>
        <source>a key announces %1 subkeys but its list holds %2</source>
        <translation>某个项声明有 %1 个子项，但其列表中有 %2 个</translation>
    </message>
    <message>
        <source>a subkey list points to something that is not a key</source>
        <translation>某个子项列表指向的不是注册表项</translation>
    </message>
    <message>
        <source>a value list is larger than its cell</source>
        <translation>某个值列表超出了其单元</translation>
    </message>
    <message>
        <source>a value stored in its own record is longer than 4 bytes</source>
        <translation>某个存放在值记录内部的数据长于 4 字节</translation>
    </message>
    <message>
        <source>the data of a value is not an allocated cell</source>
        <translation>某个值的数据不是已分配的单元</translation>
    </message>
    <message>
        <source>the data of a value is longer than its cell</source>
        <translation>某个值的数据长于其单元</translation>
    </message>
    <message>
        <source>a big-data segment list is larger than its cell</source>
        <translation>某个大数据分段列表超出了其单元</translation>
    </message>
    <message>
        <source>a big-data segment is not an allocated cell</source>
        <translation>某个大数据分段不是已分配的单元</translation>
    </message>
    <message>
        <source>the big-data segments of a value are shorter than its length</source>
        <translation>某个值的大数据分段短于其长度</translation>
    </message>
    <message>
        <source>a value record is invalid</source>
        <translation>某个值记录无效</translation>
    </message>
    <message>
        <source>A registry value or list is too large for a hive cell.</source>
        <translation>注册表值或列表太大，无法放入配置单元的单元中。</translation>
    </message>
    <message>
        <source>The hive cell allocator failed.</source>
        <translation>配置单元的单元分配失败。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry key name.</source>
        <translation>“%1”不是有效的注册表项名称。</translation>
    </message>
    <message>
        <source>the parent key has no valid security cell</source>
        <translation>父项没有有效的安全单元</translation>
    </message>
    <message>
        <source>A registry value name is too long.</source>
        <translation>注册表值名称太长。</translation>
    </message>
    <message>
        <source>A registry value is too large for a hive.</source>
        <translation>注册表值太大，无法存入配置单元。</translation>
    </message>
    <message>
        <source>The root key of a hive cannot be deleted.</source>
        <translation>不能删除配置单元的根项。</translation>
    </message>
    <message>
        <source>a key has no valid parent</source>
        <translation>某个项没有有效的父项</translation>
    </message>
    <message>
        <source>a key tree is too large</source>
        <translation>某个项树太大</translation>
    </message>
    <message>
        <source>%1 (cell 0x%2)</source>
        <translation>%1（单元 0x%2）</translation>
    </message>
    <message>
        <source>no &quot;regf&quot; base block</source>
        <translation>没有“regf”基块</translation>
    </message>
    <message>
        <source>the sequence numbers of the base block differ (the hive is dirty)</source>
        <translation>基块的两个序列号不同（配置单元未完整保存）</translation>
    </message>
    <message>
        <source>the base block checksum is wrong</source>
        <translation>基块校验和不正确</translation>
    </message>
    <message>
        <source>unsupported format version</source>
        <translation>不支持的格式版本</translation>
    </message>
    <message>
        <source>the base block does not describe a primary hive file</source>
        <translation>基块描述的不是主配置单元文件</translation>
    </message>
    <message>
        <source>the hive length in the base block does not match the file</source>
        <translation>基块中的配置单元长度与文件不符</translation>
    </message>
    <message>
        <source>invalid hive bin at offset 0x%1</source>
        <translation>偏移 0x%1 处的配置单元块（hbin）无效</translation>
    </message>
    <message>
        <source>invalid cell size at offset 0x%1</source>
        <translation>偏移 0x%1 处的单元大小无效</translation>
    </message>
    <message>
        <source>a cell is used twice: %1 (cell 0x%2)</source>
        <translation>某个单元被使用了两次：%1（单元 0x%2）</translation>
    </message>
    <message>
        <source>an empty subkey list</source>
        <translation>空的子项列表</translation>
    </message>
    <message>
        <source>a key is not an allocated cell</source>
        <translation>某个项不是已分配的单元</translation>
    </message>
    <message>
        <source>a key record is invalid</source>
        <translation>某个项记录无效</translation>
    </message>
    <message>
        <source>the key tree is nested too deeply</source>
        <translation>项树嵌套过深</translation>
    </message>
    <message>
        <source>the root key is not marked as the hive&apos;s entry</source>
        <translation>根项未被标记为配置单元的入口</translation>
    </message>
    <message>
        <source>a key does not point back to its parent</source>
        <translation>某个项没有指回其父项</translation>
    </message>
    <message>
        <source>a key has no valid security cell</source>
        <translation>某个项没有有效的安全单元</translation>
    </message>
    <message>
        <source>a class name is not an allocated cell</source>
        <translation>某个类名不是已分配的单元</translation>
    </message>
    <message>
        <source>a class name is larger than its cell</source>
        <translation>某个类名超出了其单元</translation>
    </message>
    <message>
        <source>a subkey index is not an allocated cell</source>
        <translation>某个子项索引不是已分配的单元</translation>
    </message>
    <message>
        <source>a key&apos;s subkey count does not match its list</source>
        <translation>某个项的子项数与其列表不符</translation>
    </message>
    <message>
        <source>a subkey list is not sorted</source>
        <translation>某个子项列表没有排序</translation>
    </message>
    <message>
        <source>a subkey hash is wrong</source>
        <translation>某个子项哈希不正确</translation>
    </message>
    <message>
        <source>a value list is not an allocated cell</source>
        <translation>某个值列表不是已分配的单元</translation>
    </message>
    <message>
        <source>a value is not an allocated cell</source>
        <translation>某个值不是已分配的单元</translation>
    </message>
    <message>
        <source>a big-data segment list is not an allocated cell</source>
        <translation>某个大数据分段列表不是已分配的单元</translation>
    </message>
    <message>
        <source>a security cell is also used as something else</source>
        <translation>某个安全单元同时被用作其他用途</translation>
    </message>
    <message>
        <source>a security cell&apos;s reference count is %1 but %2 keys use it (cell 0x%3)</source>
        <translation>某个安全单元的引用计数为 %1，但有 %2 个项使用它（单元 0x%3）</translation>
    </message>
    <message>
        <source>the list of security cells is broken</source>
        <translation>安全单元链表已损坏</translation>
    </message>
    <message>
        <source>%1 allocated cells are not reachable from the root key (first at 0x%2%3)</source>
        <translation>有 %1 个已分配的单元无法从根项访问到（第一个位于 0x%2%3）</translation>
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
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>(empty text)</source>
        <translation>（空文本）</translation>
    </message>
    <message>
        <source>(empty list)</source>
        <translation>（空列表）</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of data</source>
        <translation>
            <numerusform>%n 字节数据</numerusform>
        </translation>
    </message>
    <message>
        <source>layered provider (LSP)</source>
        <translation>分层服务提供程序（LSP）</translation>
    </message>
    <message>
        <source>protocol chain through an LSP</source>
        <translation>经过 LSP 的协议链</translation>
    </message>
    <message>
        <source>base provider</source>
        <translation>基础提供程序</translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation>无法读取的条目</translation>
    </message>
    <message>
        <source>32-bit programs</source>
        <translation>32 位程序</translation>
    </message>
    <message>
        <source>64-bit programs</source>
        <translation>64 位程序</translation>
    </message>
    <message>
        <source>LoadAppInit_DLLs (%1): %2 -&gt; %3</source>
        <translation>LoadAppInit_DLLs（%1）：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>AppInit_DLLs (%1): %2 -&gt; %3 (these DLLs are no longer loaded into every program)</source>
        <translation>AppInit_DLLs（%1）：%2 -&gt; %3（这些 DLL 将不再被加载到每个程序中）</translation>
    </message>
    <message>
        <source>AppInit_DLLs is already disabled.</source>
        <translation>AppInit_DLLs 已处于禁用状态。</translation>
    </message>
    <message>
        <source>%1\%2: %3 -&gt; removed</source>
        <translation>%1\%2：%3 -&gt; 已删除</translation>
    </message>
    <message>
        <source>%1\%2: %3 -&gt; %4</source>
        <translation>%1\%2：%3 -&gt; %4</translation>
    </message>
    <message>
        <source>Name the driver to roll back: --service NAME (filter driver service) or, on the running Windows, --device INSTANCE-ID.</source>
        <translation>请指定要回滚的驱动程序：--service NAME（过滤驱动程序服务），或在正在运行的 Windows 上使用 --device INSTANCE-ID。</translation>
    </message>
    <message>
        <source>Rolling back a device&apos;s driver package needs the running Windows; offline, disable the filter driver with --service NAME.</source>
        <translation>回滚设备的驱动程序包需要在正在运行的 Windows 上进行；离线时，请使用 --service NAME 禁用过滤驱动程序。</translation>
    </message>
    <message>
        <source>Roll back the driver of the device %1 to the previously installed one (DiRollbackDriver).</source>
        <translation>将设备 %1 的驱动程序回滚到之前安装的版本（DiRollbackDriver）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service name.</source>
        <translation>“%1”不是服务名称。</translation>
    </message>
    <message>
        <source>There is no driver service named &quot;%1&quot; on this Windows.</source>
        <translation>此 Windows 上没有名为“%1”的驱动程序服务。</translation>
    </message>
    <message>
        <source>Service %1: Start %2 -&gt; %3 (disabled)</source>
        <translation>服务 %1：Start %2 -&gt; %3（已禁用）</translation>
    </message>
    <message>
        <source>The driver is already disabled and in no filter list.</source>
        <translation>该驱动程序已被禁用，且不在任何过滤器列表中。</translation>
    </message>
    <message numerus="yes">
        <source>In %1: remove %n entry(ies) and renumber the remaining %2 entries from 000000000001:</source>
        <translation>
            <numerusform>在 %1 中：删除 %n 个条目，并将其余 %2 个条目从 000000000001 开始重新编号：</numerusform>
        </translation>
    </message>
    <message>
        <source>remove %1: &quot;%2&quot; (%3, %4)</source>
        <translation>删除 %1：“%2”（%3，%4）</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>Next_Catalog_Entry_ID: %1 -&gt; %2</source>
        <translation>Next_Catalog_Entry_ID: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>No layered providers or protocol chains are installed.</source>
        <translation>未安装任何分层服务提供程序或协议链。</translation>
    </message>
    <message>
        <source>The catalog %1 still holds the non-base entry %2.</source>
        <translation>目录 %1 中仍有非基础条目 %2。</translation>
    </message>
    <message>
        <source>line %1: [%2]</source>
        <translation>第 %1 行：[%2]</translation>
    </message>
    <message>
        <source>line %1: value &quot;%2&quot; in [%3]</source>
        <translation>第 %1 行：[%3] 中的值“%2”</translation>
    </message>
    <message>
        <source>line %1: deleting the whole key [%2]</source>
        <translation>第 %1 行：删除整个项 [%2]</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was refused and nothing was changed: it touches registry locations outside what a Winsock backup may contain (the Winsock parameters, network cards, TCP/IP parameters and the AppInit values): %2</source>
        <translation>%1 已被拒绝，未做任何更改：它涉及 Winsock 备份不应包含的注册表位置（Winsock 参数、网卡、TCP/IP 参数和 AppInit 值以外的位置）：%2</translation>
    </message>
    <message>
        <source>%1 contains no registry keys.</source>
        <translation>%1 中不包含任何注册表项。</translation>
    </message>
    <message>
        <source>Delete the key %1</source>
        <translation>删除项 %1</translation>
    </message>
    <message>
        <source>Delete the catalog entry %1\%2 (not in the backup)</source>
        <translation>删除目录条目 %1\%2（备份中没有此条目）</translation>
    </message>
    <message>
        <source>Create the key %1</source>
        <translation>创建项 %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>The registry already matches %1.</source>
        <translation>注册表已与 %1 一致。</translation>
    </message>
    <message>
        <source>The key %1 does not exist.</source>
        <translation>项 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; not set (Windows default)</source>
        <translation>%1：%2 -&gt; 未设置（Windows 默认值）</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 (Windows default)</source>
        <translation>%1：%2 -&gt; %3（Windows 默认值）</translation>
    </message>
    <message>
        <source>All TCP/IP settings Winsock Doctor knows are at their Windows defaults.</source>
        <translation>Winsock Doctor 已知的所有 TCP/IP 设置均为 Windows 默认值。</translation>
    </message>
    <message>
        <source>%1 holds no Winsock protocol catalog (Protocol_Catalog9).</source>
        <translation>%1 中没有 Winsock 协议目录（Protocol_Catalog9）。</translation>
    </message>
    <message>
        <source>Run %1 winsock reset (removes every LSP, keeps the name space providers).</source>
        <translation>运行 %1 winsock reset（删除所有 LSP，保留命名空间提供程序）。</translation>
    </message>
    <message>
        <source>On an offline Windows the catalog can only be reset from a known-good copy: give a snapshot folder or a .reg export of Protocol_Catalog9 from a healthy PC with the same Windows build (--file).</source>
        <translation>对于离线 Windows，只能用已知正常的副本重置目录：请提供一个快照文件夹，或从内部版本相同的正常电脑上导出的 Protocol_Catalog9 .reg 文件（--file）。</translation>
    </message>
    <message>
        <source>The catalog in %1 is not a clean one: entry %2 is a %3.</source>
        <translation>%1 中的目录不是干净的目录：条目 %2 是%3。</translation>
    </message>
    <message>
        <source>The catalog in %1 needs %2, which this Windows does not have: it comes from a different Windows build.</source>
        <translation>%1 中的目录需要 %2，但此 Windows 中没有：该目录来自其他 Windows 版本。</translation>
    </message>
    <message>
        <source>The catalog in %1 has no protocol entries.</source>
        <translation>%1 中的目录没有协议条目。</translation>
    </message>
    <message>
        <source>The catalog already equals the known-good copy.</source>
        <translation>该目录已与已知正常的副本完全一致。</translation>
    </message>
    <message>
        <source>Replace the protocol catalog (%1 entries now) by the known-good copy from %2 (%3 entries).</source>
        <translation>用 %2 中已知正常的副本（%3 个条目）替换协议目录（当前 %1 个条目）。</translation>
    </message>
    <message>
        <source>The repair was stopped after netsh (fault injection).</source>
        <translation>修复在 netsh 之后被中止（故障注入）。</translation>
    </message>
    <message>
        <source>After the reset the Winsock protocol catalog is empty.</source>
        <translation>重置后 Winsock 协议目录为空。</translation>
    </message>
    <message>
        <source>After the reset the catalog still holds the non-base entry %1.</source>
        <translation>重置后目录中仍有非基础条目 %1。</translation>
    </message>
    <message>
        <source>After the repair the registry does not show the expected change: %1</source>
        <translation>修复后注册表中未出现预期的更改：%1</translation>
    </message>
    <message>
        <source>Unknown repair &quot;%1&quot;. Known repairs: %2.</source>
        <translation>未知修复“%1”。已知的修复：%2。</translation>
    </message>
    <message>
        <source>Nothing to change: the target is already in the wanted state.</source>
        <translation>无需更改：目标已处于期望的状态。</translation>
    </message>
    <message>
        <source>needs administrator rights</source>
        <translation>需要管理员权限</translation>
    </message>
    <message>
        <source>needs a restart afterwards</source>
        <translation>完成后需要重启</translation>
    </message>
    <message>
        <source>Saved first: %1</source>
        <translation>已预先保存：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1. Nothing was changed.</source>
        <translation>无法创建快照文件夹 %1。未做任何更改。</translation>
    </message>
    <message>
        <source>The repair &quot;%1&quot; failed (%2) and rolling it back failed too (%3). Restore the saved state with: undo &quot;%4&quot;</source>
        <translation>修复“%1”失败（%2），回滚也失败了（%3）。请使用以下命令还原已保存的状态：undo &quot;%4&quot;</translation>
    </message>
    <message>
        <source>The repair &quot;%1&quot; failed: %2 Every change was rolled back from the snapshot in %3.</source>
        <translation>修复“%1”失败：%2 所有更改都已从 %3 中的快照回滚。</translation>
    </message>
    <message>
        <source>The repair was stopped after the step &quot;%1&quot; (fault injection).</source>
        <translation>修复在步骤“%1”之后被停止（故障注入）。</translation>
    </message>
    <message>
        <source>Unknown repair.</source>
        <translation>未知的修复。</translation>
    </message>
    <message>
        <source>The snapshot %1 holds no applied repair to undo (it was already undone or rolled back).</source>
        <translation>快照 %1 中没有可撤销的已执行修复（已被撤销或回滚）。</translation>
    </message>
    <message>
        <source>Undoing %1 failed: %2</source>
        <translation>撤销 %1 失败：%2</translation>
    </message>
    <message>
        <source>Only keys under HKEY_LOCAL_MACHINE can be repaired: %1</source>
        <translation>只能修复 HKEY_LOCAL_MACHINE 下的注册表项：%1</translation>
    </message>
    <message>
        <source>The registry key %1 does not exist.</source>
        <translation>注册表项 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 %2: access denied (run as administrator).</source>
        <translation>%1 %2：访问被拒绝（请以管理员身份运行）。</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 失败：%3</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Writing a value of</source>
        <translation>写入以下项中的值</translation>
    </message>
    <message>
        <source>Refusing to delete the root key of a hive.</source>
        <translation>拒绝删除配置单元的根项。</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting a value of</source>
        <translation>删除以下项中的值</translation>
    </message>
    <message>
        <source>Changing %1 failed: %2</source>
        <translation>更改 %1 失败：%2</translation>
    </message>
    <message>
        <source>The repair was stopped after change %1 (fault injection).</source>
        <translation>修复在第 %1 项更改之后被中止（故障注入）。</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>netsh winsock reset did not finish within two minutes.</source>
        <translation>netsh winsock reset 未能在两分钟内完成。</translation>
    </message>
    <message>
        <source>netsh winsock reset reported failure (exit code %1).</source>
        <translation>netsh winsock reset 报告失败（退出代码 %1）。</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>This Windows has no DiRollbackDriver.</source>
        <translation>此 Windows 不支持 DiRollbackDriver。</translation>
    </message>
    <message>
        <source>SetupDiCreateDeviceInfoList failed: %1</source>
        <translation>SetupDiCreateDeviceInfoList 失败：%1</translation>
    </message>
    <message>
        <source>The device %1 was not found: %2</source>
        <translation>找不到设备 %1：%2</translation>
    </message>
    <message>
        <source>DiRollbackDriver failed for %1: %2</source>
        <translation>对 %1 执行 DiRollbackDriver 失败：%2</translation>
    </message>
    <message>
        <source>%1 (32-bit view)</source>
        <translation>%1（32 位视图）</translation>
    </message>
    <message>
        <source>%1 (64-bit view)</source>
        <translation>%1（64 位视图）</translation>
    </message>
    <message>
        <source>The registry key %1 has too many subkeys to be saved safely.</source>
        <translation>注册表项 %1 的子项太多，无法安全保存。</translation>
    </message>
    <message>
        <source>Running &quot;netsh winsock reset&quot; is only possible on the live Windows system.</source>
        <translation>只能在正在运行的 Windows 系统上执行“netsh winsock reset”。</translation>
    </message>
    <message>
        <source>Rolling back a driver package is only possible on the live Windows system.</source>
        <translation>只有在正在运行的 Windows 系统上才能回滚驱动程序包。</translation>
    </message>
    <message>
        <source>The registry key %1 is outside HKLM\SYSTEM and HKLM\SOFTWARE and cannot be changed offline.</source>
        <translation>注册表项 %1 不在 HKLM\SYSTEM 和 HKLM\SOFTWARE 之下，无法离线更改。</translation>
    </message>
    <message>
        <source>The %1 hive is missing on this volume.</source>
        <translation>此卷上缺少 %1 配置单元。</translation>
    </message>
    <message>
        <source>The registry hive %1 has changes in its transaction logs (.LOG1/.LOG2) that were not written into it. Changing it now could lose or corrupt data. Start this Windows once and shut it down normally, then try again.</source>
        <translation>注册表配置单元 %1 的事务日志（.LOG1/.LOG2）中有尚未写入的更改。现在修改它可能会丢失或损坏数据。请先启动一次此 Windows 并正常关机，然后重试。</translation>
    </message>
    <message>
        <source>The repair was stopped before saving %1 (fault injection).</source>
        <translation>修复在保存 %1 之前被中止（故障注入）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 does not look like a Windows volume: Windows\System32\config\SYSTEM was not found.</source>
        <translation>%1 看起来不是 Windows 卷：找不到 Windows\System32\config\SYSTEM。</translation>
    </message>
    <message>
        <source>Repairing the running system is only possible on Windows.</source>
        <translation>只有在 Windows 上才能修复正在运行的系统。</translation>
    </message>
    <message>
        <source>The changed registry hive %1 did not pass the consistency check, so nothing was written: %2</source>
        <translation>修改后的注册表配置单元 %1 未通过一致性检查，因此没有写入任何内容：%2</translation>
    </message>
    <message>
        <source>This target cannot be examined by the repair.</source>
        <translation>此修复无法检查该目标。</translation>
    </message>
    <message>
        <source>Files of this target cannot be read by the repair: %1</source>
        <translation>此修复无法读取该目标的文件：%1</translation>
    </message>
    <message>
        <source>Replacing system files is not possible on this target: %1</source>
        <translation>无法在该目标上替换系统文件：%1</translation>
    </message>
    <message>
        <source>Removing system files is not possible on this target: %1</source>
        <translation>无法在该目标上删除系统文件：%1</translation>
    </message>
    <message>
        <source>%1 is not an absolute Windows path.</source>
        <translation>%1 不是绝对的 Windows 路径。</translation>
    </message>
    <message>
        <source>%1 is not on the Windows volume (C:).</source>
        <translation>%1 不在 Windows 卷（C:）上。</translation>
    </message>
    <message>
        <source>%1 must not contain &quot;.&quot; or &quot;..&quot;.</source>
        <translation>%1 不能包含“.”或“..”。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 does not exist on the target.</source>
        <translation>目标上不存在 %1。</translation>
    </message>
    <message>
        <source>%1 is a link that points outside the Windows volume; it was not followed.</source>
        <translation>%1 是指向 Windows 卷之外的链接，未跟随该链接。</translation>
    </message>
    <message>
        <source>%1 is a link, not a file; it is not replaced.</source>
        <translation>%1 是链接而不是文件，不会替换它。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>签名 %1</translation>
    </message>
    <message>
        <source>signed by %1, not by Microsoft</source>
        <translation>由 %1 签名，而不是 Microsoft</translation>
    </message>
    <message>
        <source>version %1 belongs to another Windows release than this one (%2)</source>
        <translation>版本 %1 属于与本系统（%2）不同的 Windows 发行版</translation>
    </message>
    <message>
        <source>Restore Windows network files from the component store</source>
        <translation>从组件存储还原 Windows 网络文件</translation>
    </message>
    <message>
        <source>%1 (%2): the component store of this Windows holds no copy of it that is signed by Microsoft and of this Windows release, so nothing is replaced. Run instead: &quot;%3&quot;</source>
        <translation>%1（%2）：此 Windows 的组件存储中没有由 Microsoft 签名且属于本发行版的副本，因此不会替换任何文件。请改为运行：“%3”</translation>
    </message>
    <message>
        <source>If sfc reports that it could not repair a file, repair the component store first with &quot;%1&quot; (needs Windows Update or install media), then run sfc again.</source>
        <translation>如果 sfc 报告无法修复某个文件，请先用“%1”修复组件存储（需要 Windows 更新或安装介质），然后再次运行 sfc。</translation>
    </message>
    <message>
        <source>D: stands for the letter this Windows volume has there (&quot;diskpart&quot;, &quot;list volume&quot; shows it).</source>
        <translation>D: 代表此 Windows 卷在那里的盘符（可用“diskpart”中的“list volume”查看）。</translation>
    </message>
    <message>
        <source>Run these commands in the Windows recovery environment&apos;s command prompt (or start this Windows and run &quot;sfc /scanfile=PATH&quot; as administrator).%1 If sfc cannot restore a file, repair the component store with the Windows installation media of the same version as E:: &quot;%2&quot;.</source>
        <translation>请在 Windows 恢复环境的命令提示符中运行这些命令（或启动此 Windows，以管理员身份运行“sfc /scanfile=PATH”）。%1 如果 sfc 无法还原某个文件，请以同版本的 Windows 安装介质作为 E: 修复组件存储：“%2”。</translation>
    </message>
    <message>
        <source>%1 is not a network system file this repair restores. It restores these files in %2\System32 and %2\SysWOW64 (drivers in System32\drivers): %3.</source>
        <translation>%1 不是此修复会还原的网络系统文件。它还原 %2\System32 和 %2\SysWOW64（驱动程序在 System32\drivers）中的以下文件：%3。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 is intact (signed by %2, version %3): nothing to restore.</source>
        <translation>%1 完好（由 %2 签名，版本 %3）：无需还原。</translation>
    </message>
    <message>
        <source>Copies found but not used: %1.</source>
        <translation>找到但未使用的副本：%1。</translation>
    </message>
    <message>
        <source>Replace %1 (%2) with Windows&apos; own copy from the component store: %3 - version %4, signed by %5 (%6), SHA-256 %7. The current file is saved first.</source>
        <translation>用组件存储中 Windows 自己的副本替换 %1（%2）：%3 — 版本 %4，由 %5 签名（%6），SHA-256 %7。会先保存当前文件。</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>编录 %1</translation>
    </message>
    <message>
        <source>embedded signature</source>
        <translation>嵌入签名</translation>
    </message>
    <message>
        <source>Every network system file is present, signed by Microsoft and of this Windows release.</source>
        <translation>所有网络系统文件都存在、由 Microsoft 签名并属于本 Windows 发行版。</translation>
    </message>
    <message>
        <source>The Windows version of this target could not be read, so no copy from the component store can be matched to it.</source>
        <translation>无法读取此目标的 Windows 版本，因此无法为其匹配组件存储中的副本。</translation>
    </message>
    <message>
        <source>The installed update revision (UBR) of this Windows is not recorded; the newest verified copy of release %1 was chosen.</source>
        <translation>此 Windows 没有记录已安装的更新修订号（UBR）；已选择发行版 %1 中最新的已验证副本。</translation>
    </message>
    <message>
        <source>not signed by Microsoft</source>
        <translation>不是由 Microsoft 签名</translation>
    </message>
    <message>
        <source>built for %1, not %2</source>
        <translation>为 %1 构建，而不是 %2</translation>
    </message>
    <message>
        <source>version %1 does not fit this Windows (%2, update revision %3)</source>
        <translation>版本 %1 与此 Windows（%2，更新修订号 %3）不符</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 changed after the preview; nothing of it was used.</source>
        <translation>%1 在预览后发生了变化；没有使用它的任何内容。</translation>
    </message>
    <message>
        <source>The repair was stopped after file %1 (fault injection).</source>
        <translation>修复在文件 %1 之后被停止（故障注入）。</translation>
    </message>
    <message>
        <source>After the repair %1 is not there: %2</source>
        <translation>修复后 %1 不存在：%2</translation>
    </message>
    <message>
        <source>After the repair %1 is not the copy from the component store.</source>
        <translation>修复后 %1 不是组件存储中的副本。</translation>
    </message>
    <message>
        <source>After the repair %1 does not verify: %2</source>
        <translation>修复后 %1 未通过验证：%2</translation>
    </message>
    <message>
        <source>can still be repaired: %1</source>
        <translation>仍可修复：%1</translation>
    </message>
    <message>
        <source>the repair &quot;%1&quot; could not fix it here; its notes in the preview say what to do instead (a restart may also be needed first)</source>
        <translation>修复“%1”无法在此处解决它；预览中的说明给出了替代做法（也可能需要先重新启动）</translation>
    </message>
    <message>
        <source>no automatic repair; the details of this finding say what to do</source>
        <translation>没有自动修复；此问题的详细信息说明了该怎么做</translation>
    </message>
    <message>
        <source>version %1 is newer than the installed update (revision %2)</source>
        <translation>版本 %1 高于已安装的更新（修订号 %2）</translation>
    </message>
    <message>
        <source>%1 (%2): the component store of this Windows holds no copy of it that is signed by Microsoft and of this Windows release, so Winsock Doctor replaces nothing. Run in an administrator command prompt: &quot;%3&quot; (Windows Resource Protection puts back its own copy).</source>
        <translation>%1（%2）：此 Windows 的组件存储中没有该文件由 Microsoft 签名且属于此 Windows 发行版本的副本，因此 Winsock Doctor 不会替换任何内容。请在管理员命令提示符中运行：&quot;%3&quot;（Windows 资源保护会还原其自身的副本）。</translation>
    </message>
    <message>
        <source>Stage Windows&apos; own copy of %1 (%2) from the component store beside it as %3: %4 - version %5, signed by %6 (%7), SHA-256 %8. Windows is told to replace %1 with it at the next restart (MoveFileEx with MOVEFILE_DELAY_UNTIL_REBOOT, recorded in PendingFileRenameOperations); until then the current file stays in use. The current file is saved first.</source>
        <translation>将组件存储中 Windows 自己的 %1（%2）副本暂存到其旁边，名为 %3：%4 - 版本 %5，由 %6 签名（%7），SHA-256 %8。Windows 将在下次重启时用它替换 %1（使用带 MOVEFILE_DELAY_UNTIL_REBOOT 的 MoveFileEx，记录在 PendingFileRenameOperations 中）；在此之前，当前文件仍在使用中。会先保存当前文件。</translation>
    </message>
    <message>
        <source>Restart Windows to finish: until the restart the damaged files keep running, and a scan reports the waiting replacement (update.pending-reboot). Undo before the restart cancels it.</source>
        <translation>请重新启动 Windows 以完成修复：在重启之前，损坏的文件仍会继续运行，扫描会报告等待中的替换（update.pending-reboot）。在重启前撤销会取消该替换。</translation>
    </message>
    <message>
        <source>%1 was not staged for the next restart.</source>
        <translation>未为下次重启暂存 %1。</translation>
    </message>
    <message>
        <source>After the repair the staged copy %1 is not there: %2</source>
        <translation>修复后，暂存的副本 %1 不存在：%2</translation>
    </message>
    <message>
        <source>After the repair the replacement of %1 at the next restart is not recorded in %2.</source>
        <translation>修复后，%2 中未记录下次重启时对 %1 的替换。</translation>
    </message>
    <message>
        <source>Switch Driver Verifier off</source>
        <translation>关闭驱动程序验证程序</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; not set (Driver Verifier off)</source>
        <translation>%1：%2 -&gt; 未设置（驱动程序验证程序已关闭）</translation>
    </message>
    <message>
        <source>Driver Verifier is not switched on.</source>
        <translation>驱动程序验证程序未启用。</translation>
    </message>
    <message>
        <source>Switch Driver Verifier on for chosen drivers (diagnosis)</source>
        <translation>为所选驱动程序启用驱动程序验证程序（诊断）</translation>
    </message>
    <message>
        <source>Name the driver(s) to verify with --driver NAME.sys (for example --driver ndis.sys); Driver Verifier is never switched on for all drivers.</source>
        <translation>请使用 --driver NAME.sys 指定要验证的驱动程序（例如 --driver ndis.sys）；驱动程序验证程序绝不会对所有驱动程序启用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a driver file name: give the image name such as ndis.sys, without folder or wildcard.</source>
        <translation>&quot;%1&quot; 不是驱动程序文件名：请提供映像名称（例如 ndis.sys），不要包含文件夹或通配符。</translation>
    </message>
    <message>
        <source>Driver Verifier already verifies all drivers; switch it off first (verifier.reset).</source>
        <translation>驱动程序验证程序已在验证所有驱动程序；请先将其关闭（verifier.reset）。</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 (drivers Driver Verifier checks)</source>
        <translation>%1：%2 -&gt; %3（驱动程序验证程序检查的驱动程序）</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 (the standard checks of &quot;verifier /standard&quot;)</source>
        <translation>%1：%2 -&gt; %3（&quot;verifier /standard&quot; 的标准检查）</translation>
    </message>
    <message>
        <source>%1 is not in System32\drivers; Driver Verifier matches the name wherever the driver is loaded from, so check the spelling.</source>
        <translation>%1 不在 System32\drivers 中；无论驱动程序从何处加载，驱动程序验证程序都会按名称匹配，因此请检查拼写。</translation>
    </message>
    <message>
        <source>Driver Verifier already checks these drivers.</source>
        <translation>驱动程序验证程序已在检查这些驱动程序。</translation>
    </message>
    <message>
        <source>After the restart Windows stops with a blue screen (0xC4) as soon as one of these drivers breaks a rule; the crash dump then names it. If Windows no longer starts, choose Safe Mode and undo this repair, or run &quot;verifier /reset&quot;. Switch it off when the diagnosis is done (verifier.reset or undo).</source>
        <translation>重启后，只要其中某个驱动程序违反规则，Windows 就会蓝屏停止（0xC4）；随后崩溃转储中会指明该驱动程序。如果 Windows 无法再启动，请选择安全模式并撤销此修复，或运行 &quot;verifier /reset&quot;。诊断完成后请将其关闭（verifier.reset 或撤销）。</translation>
    </message>
    <message>
        <source>%1 can be replaced only by the 64-bit Winsock Doctor on 64-bit Windows.</source>
        <translation>%1 只能在 64 位 Windows 上由 64 位 Winsock Doctor 替换。</translation>
    </message>
    <message>
        <source>Windows refused to replace %1 at the next restart (MoveFileEx): %2</source>
        <translation>Windows 拒绝在下次重启时替换 %1（MoveFileEx）：%2</translation>
    </message>
    <message>
        <source>Cannot delete the staged copy %1: %2</source>
        <translation>无法删除暂存的副本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法移除 %1：%2</translation>
    </message>
    <message>
        <source>%1: the replacement of %2 at the next restart is cancelled</source>
        <translation>%1：已取消下次重启时对 %2 的替换</translation>
    </message>
    <message>
        <source>No backup chosen yet: choose the .reg file to restore (on the command line: --file FILE).</source>
        <translation>尚未选择备份：请选择要还原的 .reg 文件（命令行：--file 文件）。</translation>
    </message>
    <message>
        <source>The Winsock protocol catalog (%1) does not exist; reset the Winsock catalog or restore Winsock settings from a backup instead.</source>
        <translation>Winsock 协议目录（%1）不存在；请改为重置 Winsock 目录，或从备份还原 Winsock 设置。</translation>
    </message>
    <message>
        <source>The catalog %1 has %2 entries, more than the %3 this repair handles, so nothing is changed: reset the Winsock catalog or restore Winsock settings from a backup instead.</source>
        <translation>目录 %1 有 %2 个条目，超过此修复可处理的 %3 个，因此不做任何更改：请改为重置 Winsock 目录，或从备份还原 Winsock 设置。</translation>
    </message>
    <message>
        <source>The device %1 has no previous driver to go back to (Windows kept no backup of the earlier driver). Install the manufacturer&apos;s older driver by hand, or disable the filter driver instead.</source>
        <translation>设备 %1 没有可回滚的旧版驱动程序（Windows 未保留之前驱动程序的备份）。请手动安装制造商提供的旧版驱动程序，或改为禁用该过滤驱动程序。</translation>
    </message>
    <message>
        <source>a compressed delta that only Windows&apos; own servicing (sfc or DISM) can expand</source>
        <translation>这是压缩的差异文件，只有 Windows 自己的维护工具（sfc 或 DISM）才能展开</translation>
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
    <name>wd::Signature</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is not a PE image and has no embedded signature.</source>
        <translation>该文件不是 PE 映像，没有内嵌数字签名。</translation>
    </message>
    <message>
        <source>The certificate chain is not valid: %1.</source>
        <translation>证书链无效：%1。</translation>
    </message>
    <message>
        <source>The timestamp countersignature cannot be parsed.</source>
        <translation>无法解析时间戳副署名。</translation>
    </message>
    <message>
        <source>The certificate of the timestamp authority is missing.</source>
        <translation>缺少时间戳颁发机构的证书。</translation>
    </message>
    <message>
        <source>The timestamp has no signing time.</source>
        <translation>时间戳中没有签名时间。</translation>
    </message>
    <message>
        <source>The timestamp countersignature does not match the signature.</source>
        <translation>时间戳副署名与签名不匹配。</translation>
    </message>
    <message>
        <source>The timestamp authority is not trusted: %1.</source>
        <translation>时间戳颁发机构不受信任：%1。</translation>
    </message>
    <message>
        <source>The RFC 3161 timestamp cannot be parsed.</source>
        <translation>无法解析 RFC 3161 时间戳。</translation>
    </message>
    <message>
        <source>The RFC 3161 timestamp has no TSTInfo.</source>
        <translation>RFC 3161 时间戳中没有 TSTInfo。</translation>
    </message>
    <message>
        <source>The timestamp does not cover this signature.</source>
        <translation>时间戳不对应此数字签名。</translation>
    </message>
    <message>
        <source>The timestamp&apos;s own signature is not valid.</source>
        <translation>时间戳自身的签名无效。</translation>
    </message>
    <message>
        <source>The folder of trusted roots does not exist.</source>
        <translation>受信任根证书所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>The file was modified after signing (hash mismatch)</source>
        <translation>文件在签名后被修改过（哈希不匹配）</translation>
    </message>
    <message>
        <source>Signed by an untrusted root</source>
        <translation>由不受信任的根证书签名</translation>
    </message>
    <message>
        <source>The certificate chain is not valid</source>
        <translation>证书链无效</translation>
    </message>
    <message>
        <source>Malformed file or signature</source>
        <translation>文件或签名格式错误</translation>
    </message>
    <message>
        <source>The signature is not a PKCS #7 SignedData structure.</source>
        <translation>该数字签名不是 PKCS #7 SignedData 结构。</translation>
    </message>
    <message>
        <source>The signature does not sign the expected content (%1).</source>
        <translation>签名所签的不是预期内容（%1）。</translation>
    </message>
    <message>
        <source>The signed content is missing.</source>
        <translation>缺少已签名的内容。</translation>
    </message>
    <message>
        <source>The signed content is malformed.</source>
        <translation>签名内容格式错误。</translation>
    </message>
    <message>
        <source>The signature must have exactly one signer.</source>
        <translation>签名必须有且仅有一个签名者。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>签名中没有签名者的证书。</translation>
    </message>
    <message>
        <source>The signature does not match the signed content.</source>
        <translation>数字签名与签名内容不匹配。</translation>
    </message>
    <message>
        <source>A certificate uses explicit elliptic-curve parameters (spoofed-curve attack, CVE-2020-0601).</source>
        <translation>某个证书使用了显式椭圆曲线参数（伪造曲线攻击，CVE-2020-0601）。</translation>
    </message>
    <message>
        <source>The signature has no timestamp, so an expired signer certificate is not accepted.</source>
        <translation>签名没有时间戳，因此不接受已过期的签名者证书。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not allowed for code signing (no code-signing extended key usage).</source>
        <translation>签名者的证书不允许用于代码签名（缺少代码签名 EKU）。</translation>
    </message>
    <message>
        <source>The signed content is not a valid SpcIndirectDataContent.</source>
        <translation>签名内容不是有效的 SpcIndirectDataContent。</translation>
    </message>
    <message>
        <source>The image digest algorithm %1 is not supported.</source>
        <translation>不支持映像摘要算法 %1。</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: its image digest does not match the signature.</source>
        <translation>该文件在签名后被修改过：其映像摘要与数字签名不匹配。</translation>
    </message>
    <message>
        <source>The file has no embedded signature.</source>
        <translation>该文件没有内嵌签名。</translation>
    </message>
    <message>
        <source>The certificate table holds no PKCS #7 signature.</source>
        <translation>证书表中没有 PKCS #7 签名。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of data were appended after the signature.</source>
        <translation>
            <numerusform>数字签名之后被附加了 %n 字节的数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data was appended inside the signature entry.</source>
        <translation>签名条目中被附加了额外数据。</translation>
    </message>
    <message>
        <source>The signature names a digest algorithm this program does not know.</source>
        <translation>签名使用了本程序不认识的摘要算法。</translation>
    </message>
</context>
<context>
    <name>wd::SignatureCheck</name>
    <message>
        <source>File signatures</source>
        <translation>文件数字签名</translation>
    </message>
    <message>
        <source>Indexing security catalogs</source>
        <translation>正在索引安全编录文件</translation>
    </message>
    <message>
        <source>Signature verification was cancelled.</source>
        <translation>签名验证已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n system file(s) are not validly signed</source>
        <translation>
            <numerusform>%n 个系统文件没有有效的数字签名</numerusform>
        </translation>
    </message>
    <message>
        <source>These files in System32 or the drivers folder carry no valid Microsoft signature. Replaced or damaged system files can make Windows unstable. Run &quot;sfc /scannow&quot; (or DISM) to restore them.</source>
        <translation>System32 或 drivers 文件夹中的这些文件没有有效的 Microsoft 数字签名。被替换或损坏的系统文件可能导致 Windows 不稳定。请运行“sfc /scannow”（或 DISM）还原它们。</translation>
    </message>
    <message>
        <source>%1 is signed, but not by Microsoft</source>
        <translation>%1 已签名，但签名者不是微软</translation>
    </message>
    <message numerus="yes">
        <source>%n Windows network file(s) are signed, but not by Microsoft</source>
        <translation>
            <numerusform>%n 个 Windows 网络文件已签名，但签名者不是 Microsoft</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows network files must be signed by Microsoft. These carry a valid signature from someone else (%1), which means they were replaced. A replaced Winsock file can intercept or break every network connection. Restore the originals with &quot;sfc /scannow&quot;.</source>
        <translation>Windows 网络文件必须由 Microsoft 签名。这些文件带有其他签名者（%1）的有效数字签名，说明它们已被替换。被替换的 Winsock 文件可以拦截或破坏所有网络连接。请使用“sfc /scannow”还原原始文件。</translation>
    </message>
    <message>
        <source>%1 is not signed</source>
        <translation>%1 未签名</translation>
    </message>
    <message>
        <source>%1 has an invalid signature (%2)</source>
        <translation>%1 的数字签名无效（%2）</translation>
    </message>
    <message>
        <source>The signature of this file does not check out: %1 A modified or replaced network file can break or spy on every connection and can crash programs or Windows itself. Restore the original file (&quot;sfc /scannow&quot; for Windows files, reinstall the product otherwise).</source>
        <translation>此文件的数字签名未通过验证：%1 被修改或替换的网络文件可能破坏或窃听每一个网络连接，还可能导致程序甚至 Windows 本身崩溃。请还原原始文件（Windows 文件使用“sfc /scannow”，其他文件请重新安装相应产品）。</translation>
    </message>
    <message>
        <source>Demo: a test certificate authority stands in for Microsoft</source>
        <translation>演示：由测试证书颁发机构代替微软</translation>
    </message>
    <message>
        <source>The demo PC cannot carry Microsoft&apos;s signatures, so its intact Windows files are signed by a test certificate authority that this demo treats like Microsoft&apos;s root. On a real PC only Microsoft&apos;s own roots count.</source>
        <translation>演示电脑无法带有微软的签名，因此其中完好的 Windows 文件由一个测试证书颁发机构签名，本演示将其视同微软的根证书。在真实电脑上，只有微软自己的根证书才算数。</translation>
    </message>
    <message>
        <source>This network driver runs inside the Windows kernel, but nobody signed it, so its origin is unknown. 64-bit Windows normally refuses to load unsigned drivers unless test signing or driver signature enforcement was turned off. A faulty network driver causes blue screens in ndis.sys or tcpip.sys. Update it from the device maker, or roll it back (repair).</source>
        <translation>这个网络驱动程序运行在 Windows 内核中，但没有任何签名，来源不明。64 位 Windows 通常拒绝加载未签名的驱动程序，除非开启了测试签名或关闭了驱动程序强制签名。有问题的网络驱动程序会导致 ndis.sys 或 tcpip.sys 蓝屏。请从设备厂商处更新它，或将其回滚（修复）。</translation>
    </message>
    <message>
        <source>This file is loaded into programs that use the network (as a Winsock provider, name provider or AppInit DLL) but nobody signed it, so its origin is unknown. Unsigned network add-ons are a common cause of lost connections and crashes, and are used by adware. Removing the provider (repair) restores the default network stack.</source>
        <translation>这个文件会被加载到使用网络的程序中（作为 Winsock 提供程序、名称提供程序或 AppInit DLL），但没有任何签名，来源不明。未签名的网络插件常常导致断网和崩溃，也常被广告软件利用。删除该提供程序（修复）即可恢复默认的网络协议栈。</translation>
    </message>
    <message>
        <source>%1 is from another Windows release (version %2)</source>
        <translation>%1 来自其他 Windows 发行版本（版本 %2）</translation>
    </message>
    <message>
        <source>This Windows network file has version %1, which belongs to another Windows release than this Windows (%2, files %3.x). %4 Network files copied in from another Windows (for example a ws2_32.dll downloaded from a DLL site) break the network stack in ways that are hard to see, because they do not match the rest of this Windows. The repair puts back this Windows&apos; own copy from its component store.</source>
        <translation>此 Windows 网络文件的版本为 %1，它属于与此 Windows（%2，文件版本 %3.x）不同的 Windows 发行版本。%4 从其他 Windows 复制过来的网络文件（例如从 DLL 下载网站下载的 ws2_32.dll）与此 Windows 的其余部分不匹配，会以难以察觉的方式破坏网络协议栈。修复会从组件存储中还原此 Windows 自己的副本。</translation>
    </message>
    <message>
        <source>It is validly signed by Microsoft, but a valid signature does not make it fit this Windows.</source>
        <translation>它具有 Microsoft 的有效签名，但有效签名并不意味着它适合此 Windows。</translation>
    </message>
    <message>
        <source>%1 is newer than the installed Windows update (version %2, update %3)</source>
        <translation>%1 的版本高于已安装的 Windows 更新（版本 %2，更新 %3）</translation>
    </message>
    <message>
        <source>This Windows network file is of this Windows release (%1) but of update revision %2, above the update this Windows has installed (revision %3). Usually an update was installed only partly (it waits for a restart) or the file was copied from a more up-to-date PC. Restart Windows and let pending updates finish; if the file stays newer than the rest, the repair puts back the copy of the installed update from the component store.</source>
        <translation>此 Windows 网络文件属于此 Windows 发行版本（%1），但其更新修订号为 %2，高于此 Windows 已安装的更新（修订号 %3）。这通常是因为某个更新只安装了一部分（正在等待重启），或者该文件是从更新程度更高的电脑上复制来的。请重新启动 Windows 并让待处理的更新完成；如果该文件仍比其余文件新，修复会从组件存储中还原与已安装更新对应的副本。</translation>
    </message>
    <message>
        <source>The deep scan verified only part of the system folders</source>
        <translation>深度扫描只验证了系统文件夹的一部分</translation>
    </message>
    <message>
        <source>A system folder holds far more files than Windows puts there (a few thousand in System32). The deep scan looks at no more than %1 entries of a folder and verifies no more than %2 of its files, so the files after that point were not verified. So many files in a system folder usually mean that a program filled it with copies or temporary files.</source>
        <translation>某个系统文件夹中的文件远多于 Windows 放在那里的数量（System32 中只有几千个）。深度扫描在每个文件夹中最多查看 %1 个条目、最多验证 %2 个文件，超出部分的文件未经验证。系统文件夹中有这么多文件，通常说明有程序往里面塞满了副本或临时文件。</translation>
    </message>
</context>
<context>
    <name>wd::Snapshot</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1.</source>
        <translation>无法创建快照文件夹 %1。</translation>
    </message>
    <message>
        <source>The copy of the hive %1 in the snapshot does not match the original.</source>
        <translation>快照中配置单元 %1 的副本与原始文件不一致。</translation>
    </message>
    <message>
        <source>%1 is not a snapshot folder (manifest.json is missing).</source>
        <translation>%1 不是快照文件夹（缺少 manifest.json）。</translation>
    </message>
    <message>
        <source>The snapshot manifest %1 is too large.</source>
        <translation>快照清单 %1 过大。</translation>
    </message>
    <message>
        <source>The snapshot manifest %1 is damaged or of an unknown version.</source>
        <translation>快照清单 %1 已损坏或版本未知。</translation>
    </message>
    <message>
        <source>The snapshot manifest %1 names an invalid part &quot;%2&quot;.</source>
        <translation>快照清单 %1 中包含无效的部分“%2”。</translation>
    </message>
    <message>
        <source>The snapshot part %1 was changed or damaged (its SHA-256 does not match the manifest). It will not be used.</source>
        <translation>快照部分 %1 已被更改或损坏（其 SHA-256 与清单不符），将不会使用它。</translation>
    </message>
    <message>
        <source>The %1 hive is missing on this volume.</source>
        <translation>此卷上缺少 %1 配置单元。</translation>
    </message>
    <message>
        <source>The restore was stopped before %1 (fault injection).</source>
        <translation>还原在 %1 之前被中止（故障注入）。</translation>
    </message>
    <message>
        <source>The saved hive files were put back unchanged (byte for byte).</source>
        <translation>已原样放回保存的配置单元文件（逐字节一致）。</translation>
    </message>
    <message>
        <source>The snapshot export of %1 is empty.</source>
        <translation>快照中导出的 %1 为空。</translation>
    </message>
    <message>
        <source>Every saved registry key was restored from its .reg export.</source>
        <translation>所有已保存的注册表项都已从其 .reg 导出文件还原。</translation>
    </message>
    <message>
        <source>The copy of %1 in the snapshot does not match the original.</source>
        <translation>快照中 %1 的副本与原文件不一致。</translation>
    </message>
    <message>
        <source>The saved copy of %1 changed while it was read.</source>
        <translation>%1 的已保存副本在读取时发生了变化。</translation>
    </message>
    <message>
        <source>%1 does not match its saved copy after it was put back.</source>
        <translation>%1 放回后与其保存的副本不一致。</translation>
    </message>
    <message>
        <source>The saved files were put back unchanged (byte for byte).</source>
        <translation>已保存的文件已原样放回（逐字节一致）。</translation>
    </message>
</context>
<context>
    <name>wd::SupportCode</name>
    <message>
        <source>A layered service provider (LSP) is hooked into Winsock</source>
        <translation>Winsock 中挂接了分层服务提供程序（LSP）</translation>
    </message>
    <message>
        <source>The Winsock catalog is damaged or inconsistent</source>
        <translation>Winsock 目录已损坏或不一致</translation>
    </message>
    <message>
        <source>A Winsock provider DLL is missing or suspicious</source>
        <translation>某个 Winsock 提供程序 DLL 缺失或可疑</translation>
    </message>
    <message>
        <source>Another Winsock catalog problem</source>
        <translation>其他 Winsock 目录问题</translation>
    </message>
    <message>
        <source>A name resolution (namespace) provider problem</source>
        <translation>名称解析（命名空间）提供程序有问题</translation>
    </message>
    <message>
        <source>A system network file is missing</source>
        <translation>缺少某个系统网络文件</translation>
    </message>
    <message>
        <source>A system file has a missing or invalid signature</source>
        <translation>某个系统文件的数字签名缺失或无效</translation>
    </message>
    <message>
        <source>AppInit_DLLs loads a DLL into every program</source>
        <translation>AppInit_DLLs 将 DLL 加载到每个程序中</translation>
    </message>
    <message>
        <source>A network device or its driver has a problem</source>
        <translation>某个网络设备或其驱动程序有问题</translation>
    </message>
    <message>
        <source>An extra filter driver sits in the network stack</source>
        <translation>网络协议栈中有多余的过滤驱动程序</translation>
    </message>
    <message>
        <source>TCP/IP settings differ from the Windows defaults</source>
        <translation>TCP/IP 设置与 Windows 默认值不同</translation>
    </message>
    <message>
        <source>IPv6 is disabled or altered</source>
        <translation>IPv6 已被禁用或更改</translation>
    </message>
    <message>
        <source>Teredo tunnelling settings are altered</source>
        <translation>Teredo 隧道设置已被更改</translation>
    </message>
    <message>
        <source>Another network settings problem</source>
        <translation>其他网络设置问题</translation>
    </message>
    <message>
        <source>Blue screen crash dumps were found</source>
        <translation>发现了蓝屏崩溃转储</translation>
    </message>
    <message>
        <source>A process leaks handles or kernel pool memory</source>
        <translation>某个进程泄漏句柄或内核池内存</translation>
    </message>
    <message>
        <source>A check could not run, part of the system was not examined</source>
        <translation>某项检查无法运行，系统的一部分未被检查</translation>
    </message>
    <message>
        <source>Another problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Windows Vista or older (build below 7600)</source>
        <translation>Windows Vista 或更早版本（内部版本低于 7600）</translation>
    </message>
    <message>
        <source>Windows 7 (builds 7600-7601)</source>
        <translation>Windows 7（内部版本 7600-7601）</translation>
    </message>
    <message>
        <source>Windows 8 (build 9200)</source>
        <translation>Windows 8（内部版本 9200）</translation>
    </message>
    <message>
        <source>Windows 8.1 (build 9600)</source>
        <translation>Windows 8.1（内部版本 9600）</translation>
    </message>
    <message>
        <source>Windows 10 (builds 10240-17134)</source>
        <translation>Windows 10（内部版本 10240-17134）</translation>
    </message>
    <message>
        <source>Windows 10 1809 / Server 2019 (build 17763)</source>
        <translation>Windows 10 1809 / Server 2019（内部版本 17763）</translation>
    </message>
    <message>
        <source>Windows 10 1903-22H2 (builds 18362-19045)</source>
        <translation>Windows 10 1903-22H2（内部版本 18362-19045）</translation>
    </message>
    <message>
        <source>Windows 11 (builds 22000-22631)</source>
        <translation>Windows 11（内部版本 22000-22631）</translation>
    </message>
    <message>
        <source>Windows 11 24H2 or newer (build 26100+)</source>
        <translation>Windows 11 24H2 或更高版本（内部版本 26100+）</translation>
    </message>
    <message>
        <source>The support code contains &quot;%1&quot;, which is not used in support codes. Please read the code again.</source>
        <translation>支持代码中包含“%1”，而支持代码不会用到这个字符。请重新核对代码。</translation>
    </message>
    <message>
        <source>A support code has %1 characters (not counting dashes), this one has %2.</source>
        <translation>支持代码应有 %1 个字符（不含短横线），此代码有 %2 个。</translation>
    </message>
    <message>
        <source>This support code is not valid: a character was probably misread or mistyped. Please read the code again.</source>
        <translation>此支持代码无效：可能有字符读错或输错。请重新读一遍代码。</translation>
    </message>
    <message>
        <source>This support code was made by a different version of Winsock Doctor (code version %1).</source>
        <translation>此支持代码由其他版本的 Winsock Doctor 生成（代码版本 %1）。</translation>
    </message>
    <message>
        <source>This support code names problems this version of Winsock Doctor does not know; please update.</source>
        <translation>此支持代码包含当前版本的 Winsock Doctor 无法识别的问题；请更新软件。</translation>
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
        <source>%1 is part of the Windows network stack (Winsock). Without it no program can open a network connection, and programs that load it may crash. The repair puts back Windows&apos; own verified copy from its component store (WinSxS); when there is none, &quot;sfc /scannow&quot; or DISM restore it from a healthy Windows image.</source>
        <translation>%1 是 Windows 网络协议栈（Winsock）的一部分。缺少它，任何程序都无法建立网络连接，加载它的程序可能会崩溃。此修复会从组件存储（WinSxS）中放回 Windows 自己的已验证副本；如果没有，可用“sfc /scannow”或 DISM 从正常的 Windows 映像还原它。</translation>
    </message>
</context>
<context>
    <name>wd::SystemView</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
</context>
<context>
    <name>wd::TargetSpec</name>
    <message>
        <source>The target &quot;%1&quot; needs a path after the colon.</source>
        <translation>目标“%1”的冒号后面需要提供路径。</translation>
    </message>
    <message>
        <source>Unknown target &quot;%1&quot;. Use live, demo, offline:DIR, offline:auto or report:FILE.</source>
        <translation>未知的目标“%1”。请使用 live、demo、offline:DIR、offline:auto 或 report:FILE。</translation>
    </message>
</context>
<context>
    <name>wd::Targets</name>
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
    <message numerus="yes">
        <source>Files (%n):</source>
        <translation>
            <numerusform>文件（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>Winsock protocol catalogs:</source>
        <translation>Winsock 协议目录：</translation>
    </message>
    <message>
        <source>%1 (%2-bit): %3 entries - %4 Windows/base, %5 layered (LSP), %6 chains</source>
        <translation>%1（%2 位）：%3 个条目 - %4 个 Windows/基础提供程序，%5 个分层提供程序（LSP），%6 个协议链</translation>
    </message>
    <message>
        <source>(FILE MISSING)</source>
        <translation>（文件缺失）</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) need %1</source>
        <translation>
            <numerusform>%n 个提供程序需要 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only standard providers, all files present</source>
        <translation>仅有标准提供程序，所有文件齐全</translation>
    </message>
    <message>
        <source>Namespace providers: %1 entries</source>
        <translation>命名空间提供程序：%1 个条目</translation>
    </message>
    <message>
        <source>AppInit_DLLs:</source>
        <translation>AppInit_DLLs：</translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64 位</translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation>32 位</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>listed but not loaded</source>
        <translation>已列出但未加载</translation>
    </message>
    <message>
        <source>Network settings:</source>
        <translation>网络设置：</translation>
    </message>
    <message>
        <source>TCP/IP: Windows defaults</source>
        <translation>TCP/IP：Windows 默认值</translation>
    </message>
    <message>
        <source>TCP/IP: changed - %1</source>
        <translation>TCP/IP：已更改 - %1</translation>
    </message>
    <message>
        <source>IPv6 DisabledComponents: %1</source>
        <translation>IPv6 DisabledComponents：%1</translation>
    </message>
    <message>
        <source>Teredo: %1</source>
        <translation>Teredo：%1</translation>
    </message>
    <message>
        <source>This PC as Windows reports it:</source>
        <translation>Windows 报告的这台电脑信息：</translation>
    </message>
    <message>
        <source>Running under Wine %1</source>
        <translation>正在 Wine %1 下运行</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n provider(s)</source>
        <translation>
            <numerusform>%1：%n 个提供程序</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace providers: %1</source>
        <translation>命名空间提供程序：%1</translation>
    </message>
    <message>
        <source>Devices: %1 (%2 with a problem)</source>
        <translation>设备：%1 个（%2 个有问题）</translation>
    </message>
    <message>
        <source>WinVerifyTrust %1: %2 (%3)</source>
        <translation>WinVerifyTrust %1：%2（%3）</translation>
    </message>
    <message>
        <source>Note: this report was saved by an older version (winsock-doctor/scan/1); its findings are shown in the language it was made in.</source>
        <translation>注意：此报告由旧版本保存（winsock-doctor/scan/1），其中的发现按报告生成时的语言显示。</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>技术支持：%1</translation>
    </message>
    <message>
        <source>%1 of %2 files were unchanged since they were verified and were not read again (verification cache; --no-cache verifies every file).</source>
        <translation>%2 个文件中有 %1 个自上次验证以来没有变化，因此没有再次读取（验证缓存；--no-cache 会重新验证每个文件）。</translation>
    </message>
</context>
<context>
    <name>wd::WinsockCatalog</name>
    <message>
        <source>The catalog entry is only %1 bytes long; a valid entry has %2 bytes.</source>
        <translation>该目录条目只有 %1 字节；有效条目应为 %2 字节。</translation>
    </message>
</context>
<context>
    <name>wd::WinsockCheck</name>
    <message>
        <source>Winsock protocol catalog</source>
        <translation>Winsock 协议目录</translation>
    </message>
    <message>
        <source>The Winsock protocol catalog is missing</source>
        <translation>缺少 Winsock 协议目录</translation>
    </message>
    <message>
        <source>The registry key Protocol_Catalog9 that lists every network protocol provider is missing. Without it no program can open a network connection. The repair restores the catalog from a backup or rebuilds it with a Winsock reset.</source>
        <translation>列出所有网络协议提供程序的注册表项 Protocol_Catalog9 缺失。没有它，任何程序都无法建立网络连接。此修复会从备份还原该目录，或通过重置 Winsock 重建它。</translation>
    </message>
    <message>
        <source>The Winsock catalog %1 is missing</source>
        <translation>缺少 Winsock 目录 %1</translation>
    </message>
    <message>
        <source>One of the lists of network protocol providers is missing, so programs of that bitness cannot use the network at all. The repair restores the catalog from a backup or rebuilds it with a Winsock reset.</source>
        <translation>其中一份网络协议提供程序列表丢失了，因此对应位数（32 位或 64 位）的程序完全无法联网。修复会从备份还原该目录，或通过重置 Winsock 重建它。</translation>
    </message>
    <message>
        <source>the value PackedCatalogItem is missing</source>
        <translation>缺少值 PackedCatalogItem</translation>
    </message>
    <message>
        <source>A Winsock catalog entry is cut short (%1 of %2 bytes)</source>
        <translation>某个 Winsock 目录条目不完整（只有 %1 字节，应为 %2 字节）</translation>
    </message>
    <message>
        <source>The entry %1 in %2 is shorter than Windows writes it, so part of the provider description is lost. Winsock may refuse the whole catalog and programs lose their network access. The repair rebuilds the catalog.</source>
        <translation>%2 中的条目 %1 比 Windows 写入时的长度短，提供程序描述的一部分已丢失。Winsock 可能拒绝使用整个目录，导致程序无法联网。修复会重建该目录。</translation>
    </message>
    <message>
        <source>A Winsock catalog entry is larger than expected (%1 bytes)</source>
        <translation>某个 Winsock 目录条目比预期大（%1 字节）</translation>
    </message>
    <message>
        <source>The entry %1 in %2 has extra bytes after the provider description. Windows itself writes exactly %3 bytes; a program that edited the catalog by hand may have left it inconsistent. The repair rebuilds the catalog.</source>
        <translation>%2 中的条目 %1 在提供程序描述之后有多余的字节。Windows 自身写入的正好是 %3 字节；某个程序手动修改目录时可能使其前后不一致。此修复会重建目录。</translation>
    </message>
    <message>
        <source>The Winsock catalog %1 says it has %2 entries but has %3</source>
        <translation>Winsock 目录 %1 声明有 %2 个条目，实际有 %3 个</translation>
    </message>
    <message>
        <source>The entry counter %1 does not match the entries that exist. This happens when a program adds or removes protocol providers and is interrupted; Winsock may then fail to load the catalog and programs report that there is no network. The repair rebuilds the catalog with a Winsock reset.</source>
        <translation>条目计数器 %1 与实际存在的条目不符。程序在添加或删除协议提供程序时被中断，就会出现这种情况；此时 Winsock 可能无法加载目录，程序会提示没有网络。此修复会通过重置 Winsock 重建目录。</translation>
    </message>
    <message>
        <source>The next free Winsock catalog id is already in use</source>
        <translation>下一个可用的 Winsock 目录 ID 已被占用</translation>
    </message>
    <message>
        <source>Next_Catalog_Entry_ID (%1) is not above the highest catalog entry id (%2). The next program that installs a provider would get a duplicate id and break the catalog. The repair rebuilds the catalog.</source>
        <translation>Next_Catalog_Entry_ID（%1）不大于目录中最大的条目 ID（%2）。下一个安装提供程序的程序会得到重复的 ID，从而破坏目录。修复会重建该目录。</translation>
    </message>
    <message>
        <source>A Winsock catalog entry cannot be read</source>
        <translation>无法读取某个 Winsock 目录条目</translation>
    </message>
    <message>
        <source>The catalog entry %1 is damaged (%2). Winsock stops at damaged entries, so programs may find no usable network protocol. The repair rebuilds the catalog.</source>
        <translation>目录条目 %1 已损坏（%2）。Winsock 遇到损坏的条目就会停止读取，程序可能因此找不到可用的网络协议。此修复会重建目录。</translation>
    </message>
    <message>
        <source>The Winsock catalog %1 is empty</source>
        <translation>Winsock 目录 %1 为空</translation>
    </message>
    <message>
        <source>No network protocol provider is registered, so programs cannot open any network connection. The repair restores the catalog from a backup or rebuilds it with a Winsock reset.</source>
        <translation>未注册任何网络协议提供程序，因此程序无法建立任何网络连接。此修复会从备份还原该目录，或通过重置 Winsock 重建它。</translation>
    </message>
    <message>
        <source>Two Winsock catalog entries share the id %1</source>
        <translation>两个 Winsock 目录条目使用了相同的 ID %1</translation>
    </message>
    <message>
        <source>Every protocol provider needs its own catalog id. Duplicates make Winsock pick the wrong provider or reject the catalog. The repair rebuilds the catalog.</source>
        <translation>每个协议提供程序都需要唯一的目录 ID。ID 重复会导致 Winsock 选错提供程序或拒绝使用整个目录。修复会重建该目录。</translation>
    </message>
    <message>
        <source>The Winsock entry &quot;%1&quot; has an impossible chain length %2</source>
        <translation>Winsock 条目“%1”的协议链长度 %2 不合理</translation>
    </message>
    <message>
        <source>A protocol chain can hold at most 7 providers. This entry is corrupt and can make Winsock fail for every program. The repair rebuilds the catalog.</source>
        <translation>一个协议链最多只能包含 7 个提供程序。此条目已损坏，可能导致所有程序的 Winsock 都无法工作。此修复会重建目录。</translation>
    </message>
    <message>
        <source>The Winsock chain &quot;%1&quot; points at providers that no longer exist</source>
        <translation>Winsock 协议链“%1”指向已不存在的提供程序</translation>
    </message>
    <message>
        <source>This protocol chain (installed by %1) refers to catalog ids that are not in the catalog, usually because a layered provider was uninstalled badly. Programs that use this protocol fail to connect or crash. The repair removes the broken chain and the layered provider, or resets Winsock.</source>
        <translation>此协议链（由 %1 安装）引用了目录中不存在的目录 ID，通常是因为分层服务提供程序未被正确卸载。使用此协议的程序会无法连接或崩溃。此修复会删除损坏的协议链和分层服务提供程序，或重置 Winsock。</translation>
    </message>
    <message>
        <source>A protocol chain is installed: &quot;%1&quot;</source>
        <translation>已安装协议链：“%1”</translation>
    </message>
    <message>
        <source>%1 is layered over the Windows network providers. Such add-ons (often from security or ad software) see all network traffic and are a common cause of lost connections. The repair removes the chain.</source>
        <translation>%1 叠加在 Windows 网络提供程序之上。这类附加组件（通常来自安全软件或广告软件）能看到所有网络流量，是断网的常见原因。修复会删除该协议链。</translation>
    </message>
    <message>
        <source>A layered service provider is installed: %1 (&quot;%2&quot;)</source>
        <translation>已安装分层服务提供程序：%1（“%2”）</translation>
    </message>
    <message>
        <source>%1 inserts itself into every network connection of %2 programs. Such layered providers come with security suites, parental filters or adware; when they are outdated or half-removed, programs lose their connection, browsers show &quot;no internet&quot; and the PC can even crash. The repair removes this provider and its %3 chain(s), or resets Winsock to the Windows defaults (reboot needed).</source>
        <translation>%1 会插入到 %2 程序的每个网络连接中。这类分层服务提供程序通常随安全套件、家长控制过滤软件或广告软件一起安装；如果它们版本过旧或没有卸载干净，程序会断网，浏览器会显示“无法连接到互联网”，电脑甚至可能崩溃。此修复会删除该提供程序及其 %3 个协议链，或将 Winsock 重置为 Windows 默认设置（需要重启）。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation>32 位</translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64 位</translation>
    </message>
    <message>
        <source>The Winsock provider file %1 is missing</source>
        <translation>缺少 Winsock 提供程序文件 %1</translation>
    </message>
    <message>
        <source>The catalog entry &quot;%1&quot; needs %2, but the file does not exist. Every program that opens a socket of this kind fails, which looks like &quot;no internet&quot; although the connection works. The repair removes the entry or resets Winsock.</source>
        <translation>目录条目“%1”需要 %2，但该文件不存在。每个打开此类套接字的程序都会失败，看起来就像“没有网络”，但实际连接是正常的。此修复会删除该条目或重置 Winsock。</translation>
    </message>
    <message>
        <source>A Winsock provider is loaded from outside the Windows folder: %1</source>
        <translation>某个 Winsock 提供程序从 Windows 文件夹以外的位置加载：%1</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; is not part of Windows. Third-party providers (virtual machine tools, VPN or security software) are legitimate when their program is still installed and up to date; otherwise they are a frequent cause of network failures. Check that %2 belongs to software you use.</source>
        <translation>提供程序“%1”不属于 Windows。如果第三方提供程序（虚拟机工具、VPN 或安全软件）对应的程序仍已安装且为最新版本，它们就是正常的；否则它们常常导致网络故障。请确认 %2 属于你正在使用的软件。</translation>
    </message>
    <message>
        <source>The Winsock catalog %1 has no TCP/IP provider</source>
        <translation>Winsock 目录 %1 中没有 TCP/IP 提供程序</translation>
    </message>
    <message>
        <source>Windows&apos; own TCP/IP provider (MSAFD Tcpip) is missing from the catalog, so programs cannot open internet connections. The repair restores the catalog from a backup or resets Winsock.</source>
        <translation>目录中缺少 Windows 自带的 TCP/IP 提供程序（MSAFD Tcpip），因此程序无法建立互联网连接。此修复会从备份还原目录，或重置 Winsock。</translation>
    </message>
    <message>
        <source>The 32-bit and 64-bit Winsock catalogs differ</source>
        <translation>32 位和 64 位 Winsock 目录不一致</translation>
    </message>
    <message>
        <source>Windows keeps the same providers in both catalogs. Here %1 entries exist only for 32-bit programs and %2 only for 64-bit programs, so some programs connect and others do not. The repair resets both catalogs.</source>
        <translation>Windows 会在两个目录中保存相同的提供程序。而这里有 %1 个条目只存在于 32 位程序的目录中，%2 个只存在于 64 位程序的目录中，因此有些程序能联网，有些则不能。此修复会重置这两个目录。</translation>
    </message>
    <message>
        <source>%1 provider (string %2)</source>
        <translation>%1 提供程序（字符串 %2）</translation>
    </message>
    <message>
        <source>The Winsock catalog %1 has %2 entries; only the first %3 were examined</source>
        <translation>Winsock 目录 %1 有 %2 个条目；只检查了前 %3 个</translation>
    </message>
    <message>
        <source>Windows itself installs fewer than 20 protocol providers per catalog, and even a PC with several layered providers has far fewer than %1. A catalog this large was left by an installer that ran in a loop, or it is damaged; every program that opens a network connection loads all of it, which slows it down or makes Winsock fail. Only the first %1 entries were checked, so problems in the others are not reported. The repair rebuilds the catalog with a Winsock reset.</source>
        <translation>Windows 自身在每个目录中安装的协议提供程序不到 20 个，即使装有多个分层服务提供程序的电脑也远少于 %1 个。如此庞大的目录是某个安装程序反复循环运行留下的，或者目录已损坏；每个打开网络连接的程序都会加载整个目录，导致程序变慢或 Winsock 失败。只检查了前 %1 个条目，其余条目中的问题不会报告。修复会通过重置 Winsock 来重建目录。</translation>
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
    <message>
        <source>Fleet detection: prints one line and exits 1 when a repair is needed.</source>
        <translation>批量检测：需要修复时输出一行信息并以退出代码 1 退出。</translation>
    </message>
    <message>
        <source>Choose a target with --target.</source>
        <translation>请使用 --target 选择目标。</translation>
    </message>
    <message>
        <source>Winsock Doctor: no repair needed.</source>
        <translation>Winsock Doctor：无需修复。</translation>
    </message>
    <message numerus="yes">
        <source>Winsock Doctor: %n problem(s) need a repair: %1</source>
        <translation>
            <numerusform>Winsock Doctor：有 %n 个问题需要修复：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet remediation: runs the safe repairs for what a scan finds, without questions.</source>
        <translation>批量修复：针对扫描发现的问题执行安全的修复操作，不进行询问。</translation>
    </message>
    <message>
        <source>Winsock Doctor: nothing to remediate.</source>
        <translation>Winsock Doctor：没有需要处理的问题。</translation>
    </message>
    <message>
        <source>Winsock Doctor: remediation needs administrator rights (run as SYSTEM or elevated).</source>
        <translation>Winsock Doctor：修复需要管理员权限（请以 SYSTEM 身份或提升权限运行）。</translation>
    </message>
    <message>
        <source>Winsock Doctor: repaired %1; snapshot %2.</source>
        <translation>Winsock Doctor：已修复 %1；快照 %2。</translation>
    </message>
    <message>
        <source>A restart is needed to finish (not done automatically).</source>
        <translation>需要重启电脑才能完成（不会自动重启）。</translation>
    </message>
    <message>
        <source>Apply repairs. The preview of every change is shown first and a snapshot is saved before anything is touched; &quot;undo SNAPSHOT-DIR&quot; puts everything back.</source>
        <translation>执行修复。会先显示每项更改的预览，并在做任何改动之前保存快照；使用“undo SNAPSHOT-DIR”可将一切还原。</translation>
    </message>
    <message>
        <source>Only show what would change.</source>
        <translation>仅显示将要进行的更改。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>不要求确认。</translation>
    </message>
    <message>
        <source>driver.rollback: the filter driver service to disable.</source>
        <translation>driver.rollback：要禁用的过滤驱动程序服务。</translation>
    </message>
    <message>
        <source>driver.rollback (running Windows): the device instance id to roll back.</source>
        <translation>driver.rollback（正在运行的 Windows）：要回滚的设备实例 ID。</translation>
    </message>
    <message>
        <source>Keep the snapshot in DIR instead of the target&apos;s snapshot folder.</source>
        <translation>将快照保存在 DIR 中，而不是目标的快照文件夹中。</translation>
    </message>
    <message>
        <source>Repairs to run: %1</source>
        <translation>要执行的修复：%1</translation>
    </message>
    <message>
        <source>Name at least one repair: %1</source>
        <translation>请至少指定一项修复：%1</translation>
    </message>
    <message>
        <source>Choose a target with --target (demo or offline:DIR).</source>
        <translation>请使用 --target 选择目标（demo 或 offline:DIR）。</translation>
    </message>
    <message>
        <source>Planned changes on %1:</source>
        <translation>计划在 %1 上进行的更改：</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需执行任何操作。</translation>
    </message>
    <message>
        <source>These repairs change system settings and need administrator rights. Run Winsock Doctor &quot;as administrator&quot; and try again. Nothing was changed.</source>
        <translation>这些修复会更改系统设置，需要管理员权限。请“以管理员身份运行”Winsock Doctor 后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>是否应用这些更改？</translation>
    </message>
    <message>
        <source>Not confirmed (use --yes when running without a console). Nothing was changed.</source>
        <translation>未确认（在没有控制台的情况下运行时请使用 --yes）。未做任何更改。</translation>
    </message>
    <message>
        <source>Snapshot: %1</source>
        <translation>快照：%1</translation>
    </message>
    <message>
        <source>To undo: %1 undo &quot;%2&quot; --target %3</source>
        <translation>撤销方法：%1 undo &quot;%2&quot; --target %3</translation>
    </message>
    <message>
        <source>Restart Windows to finish the repair.</source>
        <translation>请重启 Windows 以完成修复。</translation>
    </message>
    <message>
        <source>Support code %1</source>
        <translation>支持代码 %1</translation>
    </message>
    <message>
        <source>Worst severity: %1</source>
        <translation>最高严重程度：%1</translation>
    </message>
    <message>
        <source>Windows: %1</source>
        <translation>Windows：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <source>Read a saved report or a support code.</source>
        <translation>读取已保存的报告或支持代码。</translation>
    </message>
    <message>
        <source>A report saved with &quot;scan --format json&quot; or by the wizard.</source>
        <translation>使用“scan --format json”或向导保存的报告。</translation>
    </message>
    <message>
        <source>Decode a support code instead of a file.</source>
        <translation>解码支持代码，而不是文件。</translation>
    </message>
    <message>
        <source>Write to FILE instead of the console.</source>
        <translation>写入 FILE，而不是输出到控制台。</translation>
    </message>
    <message>
        <source>Give one report FILE or --code CODE.</source>
        <translation>请提供一个报告 FILE 或 --code CODE。</translation>
    </message>
    <message>
        <source>A support code can be printed as text or json.</source>
        <translation>支持代码可以输出为 text 或 json 格式。</translation>
    </message>
    <message>
        <source>List the snapshots saved before repairs of a target.</source>
        <translation>列出修复目标之前保存的快照。</translation>
    </message>
    <message>
        <source>Choose a target with --target (offline:DIR).</source>
        <translation>请使用 --target 选择目标（offline:DIR）。</translation>
    </message>
    <message>
        <source>Snapshots in %1: %2</source>
        <translation>%1 中的快照：%2</translation>
    </message>
    <message>
        <source>Restore the state saved in a snapshot folder (printed by &quot;repair&quot;, listed by &quot;snapshots&quot;).</source>
        <translation>还原快照文件夹中保存的状态（由“repair”输出，可用“snapshots”列出）。</translation>
    </message>
    <message>
        <source>The snapshot folder.</source>
        <translation>快照文件夹。</translation>
    </message>
    <message>
        <source>undo takes exactly one snapshot folder.</source>
        <translation>undo 只接受一个快照文件夹。</translation>
    </message>
    <message>
        <source>Undoing a repair changes system settings and needs administrator rights. Run Winsock Doctor &quot;as administrator&quot; and try again. Nothing was changed.</source>
        <translation>撤销修复会更改系统设置，需要管理员权限。请“以管理员身份运行”Winsock Doctor 后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>Restore the state saved in %1?</source>
        <translation>是否还原 %1 中保存的状态？</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 还原。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>安全编录文件</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>签名日期</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Nested</source>
        <translation>嵌套签名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Prod version</source>
        <translation>产品版本</translation>
    </message>
    <message>
        <source>File version</source>
        <translation>文件版本</translation>
    </message>
    <message>
        <source>MachineType</source>
        <translation>MachineType</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Verify the digital signatures of files (embedded or catalog).</source>
        <translation>验证文件的数字签名（内嵌签名或安全编录文件签名）。</translation>
    </message>
    <message>
        <source>Check certificates as of this time (ISO 8601, UTC) instead of now.</source>
        <translation>按此时间（ISO 8601，UTC）而不是当前时间检查证书。</translation>
    </message>
    <message>
        <source>Files to verify.</source>
        <translation>要验证的文件。</translation>
    </message>
    <message>
        <source>Name at least one file to verify.</source>
        <translation>请至少指定一个要验证的文件。</translation>
    </message>
    <message>
        <source>Cannot read the time &quot;%1&quot; (use ISO 8601, e.g. 2026-01-31T12:00:00Z).</source>
        <translation>无法识别时间“%1”（请使用 ISO 8601 格式，例如 2026-01-31T12:00:00Z）。</translation>
    </message>
    <message>
        <source>verify needs a live, offline or demo target.</source>
        <translation>verify 需要 live、offline 或 demo 目标。</translation>
    </message>
    <message>
        <source>A saved report cannot be repaired; use --target live, offline:DIR or demo.</source>
        <translation>无法修复已保存的报告；请使用 --target live、offline:DIR 或 demo。</translation>
    </message>
    <message>
        <source>Unknown target.</source>
        <translation>未知目标。</translation>
    </message>
    <message>
        <source>Note: the demo target is a fresh copy of the demo PC in every run of the program; changes and snapshots vanish when this command ends (the built-in demo itself never changes).</source>
        <translation>注意：每次运行程序时，demo 目标都是演示电脑的全新副本；此命令结束后，所做的更改和快照都会消失（内置演示本身永远不会改变）。</translation>
    </message>
    <message>
        <source>winsock-doctor: unknown page &quot;%1&quot; (use %2).</source>
        <translation>winsock-doctor: 未知页面“%1”（请使用 %2）。</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>When not running as administrator, ask Windows for administrator rights (UAC prompt) and run the repair in an elevated copy of Winsock Doctor.</source>
        <translation>如果当前没有以管理员身份运行，则向 Windows 申请管理员权限（UAC 提示），并在以管理员权限运行的 Winsock Doctor 副本中执行修复。</translation>
    </message>
    <message>
        <source>Apply these changes as administrator?</source>
        <translation>以管理员身份应用这些更改吗？</translation>
    </message>
    <message>
        <source>Run the repair request in FILE (written by the wizard for the elevated copy); it is refused when its confirmed preview no longer matches.</source>
        <translation>执行 FILE 中的修复请求（由向导为以管理员身份运行的副本写入）；如果已确认的预览不再一致，则拒绝执行。</translation>
    </message>
    <message>
        <source>Write the outcome as JSON to FILE.</source>
        <translation>将结果以 JSON 格式写入 FILE。</translation>
    </message>
    <message>
        <source>The system changed after the preview was shown, so the confirmed changes are no longer the ones that would be made. Nothing was changed; review the new preview and apply again.</source>
        <translation>显示预览之后系统发生了变化，已确认的更改不再是将要执行的更改。未做任何更改；请查看新的预览后重新执行。</translation>
    </message>
    <message>
        <source>These repairs need administrator rights.</source>
        <translation>这些修复需要管理员权限。</translation>
    </message>
    <message>
        <source>Undo needs administrator rights.</source>
        <translation>撤销需要管理员权限。</translation>
    </message>
    <message>
        <source>Also run ACTION when the scan names it (repeatable; e.g. driver.rollback).</source>
        <translation>当扫描结果建议执行 ACTION 时也执行它（可重复指定；例如 driver.rollback）。</translation>
    </message>
    <message>
        <source>Never run ACTION (repeatable).</source>
        <translation>从不执行 ACTION（可重复指定）。</translation>
    </message>
    <message>
        <source>Unknown repair &quot;%1&quot;; known: %2</source>
        <translation>未知的修复“%1”；已知的修复：%2</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>List the Windows installations that can be examined offline</source>
        <translation>列出可以离线检查的 Windows 安装</translation>
    </message>
    <message>
        <source>Export registry keys as a .reg file (or JSON) to restore elsewhere</source>
        <translation>将注册表项导出为 .reg 文件（或 JSON），以便在别处恢复</translation>
    </message>
    <message>
        <source>Target: live, demo, offline:DIR (root of a Windows volume), offline:auto or report:FILE.</source>
        <translation>目标：live、demo、offline:DIR（Windows 卷的根目录）、offline:auto 或 report:FILE。</translation>
    </message>
    <message>
        <source>The registry hive %1 is damaged: its keys form a loop below %2.</source>
        <translation>注册表配置单元 %1 已损坏：%2 下的项形成了循环。</translation>
    </message>
    <message>
        <source>The registry below %1 is nested too deeply.</source>
        <translation>%1 下的注册表嵌套过深。</translation>
    </message>
    <message>
        <source>The registry key %1 does not exist.</source>
        <translation>注册表项 %1 不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key below HKLM. With --target, name keys like HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters.</source>
        <translation>“%1”不是 HKLM 下的项。使用 --target 时，请按 HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters 这样的形式指定项。</translation>
    </message>
    <message>
        <source>The registry key %1 is not available on this target.</source>
        <translation>此目标上没有注册表项 %1。</translation>
    </message>
    <message>
        <source>%1 is a registry transaction log, not a hive; export the hive it belongs to (its logs are applied to it).</source>
        <translation>%1 是注册表事务日志，不是配置单元；请导出它所属的配置单元（其日志会被应用）。</translation>
    </message>
    <message>
        <source>The registry hive %1 is truncated: its header says %2 bytes, the file has %3.</source>
        <translation>注册表配置单元 %1 被截断：文件头声明为 %2 字节，实际文件只有 %3 字节。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>Note: %1. %2</source>
        <translation>注意：%1。%2</translation>
    </message>
    <message>
        <source>Cannot write to the standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>Export registry keys of a target or a hive file as a regedit .reg file (to restore them elsewhere) or as JSON.</source>
        <translation>将目标或配置单元文件中的注册表项导出为 regedit 的 .reg 文件（用于在别处恢复）或 JSON。</translation>
    </message>
    <message>
        <source>Target: live, demo or offline:DIR. KEY is a full path such as HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters.</source>
        <translation>目标：live、demo 或 offline:DIR。KEY 为完整路径，例如 HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters。</translation>
    </message>
    <message>
        <source>A registry hive file. KEY is relative to its root key: \ is the whole hive, \Name a key below the root.</source>
        <translation>注册表配置单元文件。KEY 相对于其根项：\ 表示整个配置单元，\Name 表示根项下的某个项。</translation>
    </message>
    <message>
        <source>The keys to export, each with everything below it.</source>
        <translation>要导出的项，每个项连同其下的全部内容。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot; (use reg or json).</source>
        <translation>未知格式“%1”（请使用 reg 或 json）。</translation>
    </message>
    <message>
        <source>Name at least one key, e.g. %1 export HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters --target offline:D:\</source>
        <translation>请至少指定一个项，例如 %1 export HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters --target offline:D:\</translation>
    </message>
    <message>
        <source>Use either --target or --hive, not both.</source>
        <translation>--target 与 --hive 只能使用其一。</translation>
    </message>
    <message>
        <source>Choose where to export from: --target (demo or offline:DIR) or --hive FILE.</source>
        <translation>请选择导出来源：--target（demo 或 offline:DIR）或 --hive FILE。</translation>
    </message>
    <message>
        <source>A saved report holds no registry keys; export from live, demo or offline:DIR.</source>
        <translation>保存的报告中没有注册表项；请从 live、demo 或 offline:DIR 导出。</translation>
    </message>
    <message>
        <source>List the Windows installations on the other drives or mounted volumes of this computer, to open one with --target offline:DIR (or offline:auto).</source>
        <translation>列出本机其他驱动器或已挂载卷上的 Windows 安装，以便用 --target offline:DIR（或 offline:auto）打开其中一个。</translation>
    </message>
    <message>
        <source>targets takes no arguments (got &quot;%1&quot;).</source>
        <translation>targets 不接受参数（收到“%1”）。</translation>
    </message>
    <message>
        <source>No Windows installation was found on the other drives of this PC. The running Windows is not listed: examine it with --target live.</source>
        <translation>在本机的其他驱动器上没有找到 Windows 安装。正在运行的 Windows 不会列出：请用 --target live 检查它。</translation>
    </message>
    <message>
        <source>No Windows installation was found on the mounted NTFS volumes. Mount the Windows volume (for example with your file manager), or name its folder with --target offline:DIR.</source>
        <translation>在已挂载的 NTFS 卷上没有找到 Windows 安装。请挂载 Windows 所在的卷（例如通过文件管理器），或用 --target offline:DIR 指定其文件夹。</translation>
    </message>
    <message>
        <source>Windows installations found: %1</source>
        <translation>找到的 Windows 安装：%1</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>卷：%1</translation>
    </message>
    <message>
        <source>System registry last written: %1 UTC</source>
        <translation>系统注册表最后写入：%1 UTC</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>--target offline:auto opens it.</source>
        <translation>使用 --target offline:auto 即可打开它。</translation>
    </message>
    <message>
        <source>live | demo | offline:DIR | offline:auto | report:FILE</source>
        <translation>live | demo | offline:DIR | offline:auto | report:FILE</translation>
    </message>
    <message>
        <source>The .reg backup or known-good catalog (or a snapshot folder) to restore from; system.file.restore: the one system file to restore (a Windows path such as C:\Windows\System32\ws2_32.dll).</source>
        <translation>用于还原的 .reg 备份或已知正常的编录（或快照文件夹）；对 system.file.restore：要还原的那一个系统文件（Windows 路径，例如 C:\Windows\System32\ws2_32.dll）。</translation>
    </message>
    <message>
        <source>system.file.restore: also trust the root certificates (PEM) in DIR when verifying the files, as scan and verify do.</source>
        <translation>system.file.restore：验证文件时也信任 DIR 中的根证书（PEM），与 scan 和 verify 相同。</translation>
    </message>
    <message>
        <source>--file cannot name both the .reg backup and the system file; run the two repairs one after the other.</source>
        <translation>--file 不能同时指定 .reg 备份和系统文件；请先后分别运行这两个修复。</translation>
    </message>
    <message>
        <source>Done. Every change was applied and verified.</source>
        <translation>完成。所有更改均已应用并通过验证。</translation>
    </message>
    <message>
        <source>A new scan finds no remaining problems.</source>
        <translation>重新扫描未发现剩余问题。</translation>
    </message>
    <message numerus="yes">
        <source>But a new scan still finds %n critical problem(s); everything it still reports and what can still be done:</source>
        <translation>
            <numerusform>但重新扫描仍发现 %n 个严重问题；以下是它仍报告的全部内容以及还能做什么：</numerusform>
        </translation>
    </message>
    <message>
        <source>A new scan still reports (a restart may be needed first):</source>
        <translation>重新扫描仍报告（可能需要先重新启动）：</translation>
    </message>
    <message>
        <source>verifier.enable: a driver image name (e.g. ndis.sys) Driver Verifier should check after the restart (repeatable).</source>
        <translation>verifier.enable：重启后驱动程序验证程序应检查的驱动程序映像名称（例如 ndis.sys）（可重复指定）。</translation>
    </message>
    <message>
        <source>--plan cannot be combined with --%1: the request file alone says what to repair. Nothing was changed.</source>
        <translation>--plan 不能与 --%1 一起使用：要修复的内容仅由请求文件决定。未做任何更改。</translation>
    </message>
    <message>
        <source>--plan cannot be combined with repair names: the request file alone says what to repair. Nothing was changed.</source>
        <translation>--plan 不能与修复名称一起使用：要修复的内容仅由请求文件决定。未做任何更改。</translation>
    </message>
    <message>
        <source>Note: %1 (%2). Restarting Windows before any repair is best; then scan again.</source>
        <translation>注意：%1（%2）。最好在进行任何修复之前重新启动 Windows，然后再次扫描。</translation>
    </message>
    <message>
        <source>The wizard did not reach the page &quot;%1&quot; within 120 s; it stopped on page %2 (still running: %3). %4 shows that page.</source>
        <translation>向导在 120 秒内未到达页面“%1”，停在了第 %2 页（仍在运行：%3）。%4 显示的是该页。</translation>
    </message>
    <message>
        <source>Show the SHA-256 of every verified file, not only of the Winsock, provider and AppInit files (makes --deep slower).</source>
        <translation>显示每个已验证文件的 SHA-256，而不只是 Winsock、提供程序和 AppInit 文件的（会使 --deep 变慢）。</translation>
    </message>
    <message>
        <source>Also show each file&apos;s SHA-256.</source>
        <translation>同时显示每个文件的 SHA-256。</translation>
    </message>
    <message>
        <source>Also verify the files listed in LIST, one path per line (&quot;-&quot;: standard input), for more files than a command line holds.</source>
        <translation>同时验证 LIST 中列出的文件，每行一个路径（&quot;-&quot;：标准输入），用于命令行放不下的大量文件。</translation>
    </message>
    <message>
        <source>Cannot read the list of files: %1</source>
        <translation>无法读取文件列表：%1</translation>
    </message>
    <message>
        <source>Verify every file again instead of reusing the verdicts of unchanged files.</source>
        <translation>重新验证每个文件，而不是沿用未变化文件的验证结果。</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>无法写出输出：%1</translation>
    </message>
    <message>
        <source>The wizard cannot be loaded (%1): %2</source>
        <translation>无法加载向导（%1）：%2</translation>
    </message>
</context>
<context>
    <name>wd::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Diagnoses and repairs Windows network failures and blue screens tied to ws2_32.dll.</source>
        <translation>诊断并修复与 ws2_32.dll 相关的 Windows 网络故障和蓝屏。</translation>
    </message>
    <message>
        <source>Support phone: %1</source>
        <translation>技术支持电话：%1</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>技术支持：</translation>
    </message>
    <message>
        <source>Based on %1 %2.</source>
        <translation>基于 %1 %2。</translation>
    </message>
    <message>
        <source>Qt %1, %2</source>
        <translation>Qt %1，%2</translation>
    </message>
</context>
<context>
    <name>wd::ui::LeakChartView</name>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>句柄数</translation>
    </message>
    <message>
        <source>Nonpaged pool (MiB)</source>
        <translation>非分页池（MiB）</translation>
    </message>
</context>
<context>
    <name>wd::ui::LeakModel</name>
    <message>
        <source>Collecting samples (%1 of at least %2)...</source>
        <translation>正在收集样本（已收集 %1 个，至少需要 %2 个）...</translation>
    </message>
    <message>
        <source>%1 gains about %2 handles per hour (R² %3): probably a handle leak.</source>
        <translation>%1 每小时约增加 %2 个句柄（R² %3）：可能存在句柄泄漏。</translation>
    </message>
    <message>
        <source>The nonpaged pool grows by about %1 MiB per hour (R² %2): a driver may be leaking kernel memory.</source>
        <translation>非分页池每小时增长约 %1 MiB（R² %2）：可能有驱动程序在泄漏内核内存。</translation>
    </message>
    <message>
        <source>No steady growth detected.</source>
        <translation>未检测到持续增长。</translation>
    </message>
</context>
<context>
    <name>wd::ui::LeakMonitorWidget</name>
    <message>
        <source>Export the leak monitor data</source>
        <translation>导出泄漏监视器数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>No sampler.</source>
        <translation>没有采样器。</translation>
    </message>
    <message>
        <source>The leak monitor is not available: %1</source>
        <translation>泄漏监视器不可用：%1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Pause or resume sampling</source>
        <translation>暂停或继续采样</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <source>Export the samples as CSV</source>
        <translation>将样本导出为 CSV</translation>
    </message>
    <message>
        <source>Handle counts of the top processes and nonpaged pool over time</source>
        <translation>主要进程的句柄数和非分页池随时间的变化</translation>
    </message>
</context>
<context>
    <name>wd::ui::LiveLeakSampler</name>
    <message>
        <source>Waiting for the next reading of the counters...</source>
        <translation>正在等待下一次读取计数器……</translation>
    </message>
    <message>
        <source>This target does not provide live performance counters.</source>
        <translation>此目标不提供实时性能计数器。</translation>
    </message>
</context>
<context>
    <name>wd::ui::SupportCodeDialog</name>
    <message>
        <source>Worst severity:</source>
        <translation>最高严重程度：</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Windows：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The scan found no problems.</source>
        <translation>扫描未发现问题。</translation>
    </message>
    <message>
        <source>The scan found:</source>
        <translation>扫描发现：</translation>
    </message>
    <message>
        <source>Decode a support code</source>
        <translation>解读支持代码</translation>
    </message>
    <message>
        <source>Type the &amp;support code the user reads to you (12 characters; dashes and case do not matter):</source>
        <translation>输入用户念给你的支持代码(&amp;S)（12 个字符；不区分连字符和大小写）：</translation>
    </message>
    <message>
        <source>Support code</source>
        <translation>支持代码</translation>
    </message>
    <message>
        <source>&amp;Decode</source>
        <translation>解读(&amp;D)</translation>
    </message>
    <message>
        <source>Decoded findings</source>
        <translation>解码后的检查结果</translation>
    </message>
</context>
<context>
    <name>wd::ui::WizardWindow</name>
    <message>
        <source>This is a saved report: it shows what Winsock Doctor found on another PC, and nothing here can change that PC. Ask the user to run the repair on their own PC.</source>
        <translation>这是一份已保存的报告：它显示的是 Winsock Doctor 在另一台电脑上发现的问题，在这里无法对那台电脑做任何更改。请让用户在自己的电脑上运行修复。</translation>
    </message>
    <message>
        <source>a saved report holds no live data; the leak monitor watches a running PC.</source>
        <translation>已保存的报告不包含实时数据；泄漏监视器只能监视正在运行的电脑。</translation>
    </message>
    <message>
        <source>the Windows on this volume is not running; handle counts and pool usage exist only on a running PC.</source>
        <translation>此卷上的 Windows 并未运行；只有正在运行的电脑才有句柄数和内存池使用情况。</translation>
    </message>
    <message>
        <source>A repair is running. Please wait until it has finished.</source>
        <translation>正在进行修复，请等待修复完成。</translation>
    </message>
    <message>
        <source>Winsock Doctor</source>
        <translation>Winsock Doctor</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Apply repairs</source>
        <translation>执行修复(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>关于(&amp;B)</translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::ApplyPage</name>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>没有更改</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>失败，已回滚</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Applying repairs</source>
        <translation>正在执行修复</translation>
    </message>
    <message>
        <source>Each repair is applied as a whole or not at all; a failed repair is rolled back.</source>
        <translation>每项修复要么全部完成，要么完全不执行；失败的修复会被回滚。</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Repairs and their status</source>
        <translation>修复项及其状态</translation>
    </message>
    <message>
        <source>Repair log</source>
        <translation>修复日志</translation>
    </message>
    <message>
        <source>Repair progress</source>
        <translation>修复进度</translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::FindingsPage</name>
    <message>
        <source>Every program that uses the network loads the Winsock providers into its own process. A broken or hostile provider makes connections fail or programs crash, and when it comes with a kernel driver (many filtering and security products do) its bugs stop Windows with a blue screen.</source>
        <translation>每个使用网络的程序都会把 Winsock 提供程序加载到自己的进程中。损坏或恶意的提供程序会导致连接失败或程序崩溃；如果它还带有内核驱动程序（许多过滤和安全产品都是如此），其缺陷会导致 Windows 蓝屏。</translation>
    </message>
    <message>
        <source>Namespace providers answer name lookups (DNS) for every program. A broken one makes web sites &quot;not found&quot; although the connection works.</source>
        <translation>命名空间提供程序为每个程序处理名称查询（DNS）。如果它出了问题，即使网络连接正常，网站也会显示“找不到”。</translation>
    </message>
    <message>
        <source>Windows trusts its own network files. A missing, replaced or unsigned file can be damage, an incompatible update or malware, and crashes in it bring down every program that uses the network.</source>
        <translation>Windows 信任它自己的网络文件。文件缺失、被替换或未签名，可能是文件损坏、更新不兼容或恶意软件所致；这类文件一旦出错，所有使用网络的程序都会崩溃。</translation>
    </message>
    <message>
        <source>AppInit_DLLs loads a DLL into every program that starts. Malware and old software use it; a faulty DLL there crashes programs at random and can hook every network call.</source>
        <translation>AppInit_DLLs 会把 DLL 加载到每个启动的程序中。恶意软件和老旧软件会使用它；有问题的 DLL 会让程序随机崩溃，还能拦截所有网络调用。</translation>
    </message>
    <message>
        <source>Network drivers run inside the Windows kernel. A faulty driver or filter stops the whole system with a blue screen (for example DRIVER_IRQL_NOT_LESS_OR_EQUAL in ndis.sys or tcpip.sys).</source>
        <translation>网络驱动程序在 Windows 内核中运行。有问题的驱动程序或过滤器会导致整个系统蓝屏停止（例如 ndis.sys 或 tcpip.sys 中的 DRIVER_IRQL_NOT_LESS_OR_EQUAL）。</translation>
    </message>
    <message>
        <source>A crash dump is written when Windows stops with a blue screen; the bug check and the driver it names point at the cause.</source>
        <translation>Windows 蓝屏停止时会写入崩溃转储；其中的错误检查和所指出的驱动程序能揭示原因。</translation>
    </message>
    <message>
        <source>A steady leak exhausts handles or kernel pool memory; when the nonpaged pool runs out, network drivers fail and Windows may stop with a blue screen.</source>
        <translation>持续的泄漏会耗尽句柄或内核池内存；非分页池耗尽时，网络驱动程序会出错，Windows 可能蓝屏。</translation>
    </message>
    <message>
        <source>Changed TCP/IP settings are left behind by &quot;speed-up&quot; tools and VPN software; they cause slow or failing connections.</source>
        <translation>“网络加速”工具和 VPN 软件会留下被修改的 TCP/IP 设置，导致网速变慢或连接失败。</translation>
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
    <message>
        <source>Windows: %1 (build %2).</source>
        <translation>Windows：%1（内部版本 %2）。</translation>
    </message>
    <message>
        <source>This is a saved report (read-only).</source>
        <translation>这是一份已保存的报告（只读）。</translation>
    </message>
    <message>
        <source>Support code: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>支持代码：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 — healthy</source>
        <translation>%1 — 正常</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n finding(s)</source>
        <translation>
            <numerusform>%1 — %n 项结果</numerusform>
        </translation>
    </message>
    <message>
        <source>This check found nothing wrong.</source>
        <translation>此项检查未发现问题。</translation>
    </message>
    <message>
        <source>Select a finding to read what it means.</source>
        <translation>选择一项检查结果以查看其含义。</translation>
    </message>
    <message>
        <source>Why this can break the network or cause a blue screen</source>
        <translation>为什么这会导致断网或蓝屏</translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Suspect driver:</source>
        <translation>嫌疑驱动程序：</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>No crash dumps were found: Windows has not recorded a blue screen on this system (or the dumps were deleted).</source>
        <translation>未找到崩溃转储：Windows 在此系统上没有记录过蓝屏（或转储文件已被删除）。</translation>
    </message>
    <message numerus="yes">
        <source>%n crash dump(s). Select one to read what the bug check means and which driver is suspected.</source>
        <translation>
            <numerusform>共 %n 个崩溃转储。选择其中一个，可查看错误检查的含义以及嫌疑驱动程序。</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>What the scan found, check by check. Select a finding to read what it means.</source>
        <translation>按检查项列出的扫描结果。选择一项结果即可查看其含义。</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>检查结果(&amp;F)</translation>
    </message>
    <message>
        <source>Crash &amp;dumps</source>
        <translation>崩溃转储(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Leak monitor</source>
        <translation>泄漏监视器(&amp;L)</translation>
    </message>
    <message>
        <source>Findings grouped by check</source>
        <translation>按检查项目分组的检查结果</translation>
    </message>
    <message>
        <source>Explanation of the selected finding</source>
        <translation>所选检查结果的说明</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>证据(&amp;V)：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Evidence of the selected finding</source>
        <translation>所选结果的证据</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the findings as text to the clipboard</source>
        <translation>将检查结果以文本形式复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>保存报告(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the report as JSON or HTML</source>
        <translation>将报告保存为 JSON 或 HTML</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Bug check</source>
        <translation>错误检查</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Suspect driver</source>
        <translation>嫌疑驱动程序</translation>
    </message>
    <message>
        <source>Crash dumps</source>
        <translation>崩溃转储</translation>
    </message>
    <message>
        <source>Explanation of the selected crash dump</source>
        <translation>所选崩溃转储的说明</translation>
    </message>
    <message>
        <source>Support code</source>
        <translation>支持代码</translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::PlanPage</name>
    <message>
        <source>No target was scanned.</source>
        <translation>尚未扫描任何目标。</translation>
    </message>
    <message>
        <source>No repairs are needed.</source>
        <translation>无需修复。</translation>
    </message>
    <message numerus="yes">
        <source>The findings call for %n repair(s):</source>
        <translation>
            <numerusform>根据检查结果，需要执行 %n 项修复：</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairs are disabled: %1</source>
        <translation>修复功能已禁用：%1</translation>
    </message>
    <message>
        <source>No repairs are needed: the findings need no change to the system.</source>
        <translation>无需修复：这些检查结果不需要对系统做任何更改。</translation>
    </message>
    <message>
        <source>Recommended repairs are selected. Each shows exactly what it will change.</source>
        <translation>已选中推荐的修复。每项修复都会准确显示将要更改的内容。</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>替代方案</translation>
    </message>
    <message>
        <source>%1
Needs administrator rights</source>
        <translation>%1
需要管理员权限</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>需重启</translation>
    </message>
    <message>
        <source>Known-good copy of the Winsock catalog</source>
        <translation>Winsock 目录的已知正常副本</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>要还原的备份</translation>
    </message>
    <message>
        <source>Choose the known-good copy to reset from...</source>
        <translation>选择用于重置的已知正常副本...</translation>
    </message>
    <message>
        <source>Choose the backup (.reg) to restore...</source>
        <translation>选择要还原的备份（.reg）...</translation>
    </message>
    <message>
        <source>%1
The Winsock settings as they were before this repair.
Snapshot folder: %2</source>
        <translation>%1
这次修复之前的 Winsock 设置。
快照文件夹：%2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Choose a file (.reg)...</source>
        <translation>选择文件（.reg）...</translation>
    </message>
    <message>
        <source>A .reg export of Protocol_Catalog9 from a healthy PC with the same Windows build</source>
        <translation>从内部版本相同的正常电脑上导出的 Protocol_Catalog9 .reg 文件</translation>
    </message>
    <message>
        <source>Choose a Winsock backup</source>
        <translation>选择 Winsock 备份</translation>
    </message>
    <message>
        <source>Registry files (*.reg);;All files (*)</source>
        <translation>注册表文件 (*.reg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Repair plan</source>
        <translation>修复计划</translation>
    </message>
    <message>
        <source>Choose the repairs. Nothing changes until you confirm; a snapshot is taken first so that every repair can be undone.</source>
        <translation>请选择要执行的修复。在你确认之前不会做任何更改；修复前会先创建快照，因此每项修复都可以撤销。</translation>
    </message>
    <message>
        <source>Repair and its exact changes</source>
        <translation>修复及其具体更改</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Repair actions</source>
        <translation>修复操作</translation>
    </message>
    <message>
        <source>I have read the changes above. Make them &amp;now.</source>
        <translation>我已阅读上述更改，立即执行(&amp;N)。</translation>
    </message>
    <message>
        <source>Confirm the repairs</source>
        <translation>确认修复</translation>
    </message>
    <message>
        <source>Repairs marked with the shield need administrator rights; Windows will ask for them.</source>
        <translation>标有盾牌图标的修复需要管理员权限，Windows 会请求授权。</translation>
    </message>
    <message>
        <source>Some of the chosen repairs take effect only after a restart.</source>
        <translation>所选的部分修复需要重启电脑后才能生效。</translation>
    </message>
    <message>
        <source>A .reg file with the Winsock keys of a healthy PC, as Registry Editor exports them</source>
        <translation>包含正常电脑 Winsock 注册表项的 .reg 文件（由注册表编辑器导出）</translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::ResultPage</name>
    <message>
        <source>Undo the repairs of snapshot %1 and restore the previous state?</source>
        <translation>要撤销快照 %1 对应的修复并还原到之前的状态吗？</translation>
    </message>
    <message>
        <source>Undoing snapshot %1...</source>
        <translation>正在撤销快照 %1...</translation>
    </message>
    <message numerus="yes">
        <source>But the verification scan still finds %n critical problem(s); see &quot;Still found by the verification scan&quot; below for what can still be done.</source>
        <translation>
            <numerusform>但验证扫描仍发现 %n 个严重问题；请参阅下方的“验证扫描仍发现的问题”，了解还能做什么。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair(s) could change nothing (see below).</source>
        <translation>
            <numerusform>有 %n 项修复没有可更改的内容（见下文）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The repairs of snapshot %1 were undone; the system is as it was before them.</source>
        <translation>快照 %1 中的修复已撤销；系统已恢复到修复之前的状态。</translation>
    </message>
    <message numerus="yes">
        <source>All %n repair(s) that had changes to make were applied and verified.</source>
        <translation>
            <numerusform>所有 %n 项有更改的修复均已应用并通过验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>No change was made: the selected repairs had nothing they could change.</source>
        <translation>没有做任何更改：所选修复没有可更改的内容。</translation>
    </message>
    <message>
        <source>%1 repair(s) succeeded; %2 failed and were rolled back, so that part of the system is as it was.</source>
        <translation>%1 项修复成功；%2 项失败并已回滚，系统的相应部分保持原样。</translation>
    </message>
    <message>
        <source>No repair was applied. %1</source>
        <translation>未执行任何修复。%1</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>没有更改</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>失败，已回滚</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Still found by the verification scan</source>
        <translation>验证扫描仍发现的问题</translation>
    </message>
    <message>
        <source>Restart Windows to finish the repairs. Winsock Doctor never restarts the PC by itself.</source>
        <translation>请重启 Windows 以完成修复。Winsock Doctor 绝不会自行重启电脑。</translation>
    </message>
    <message>
        <source>Support code of the scan: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>扫描的支持代码：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1
Snapshot folder: %2</source>
        <translation>%1
快照文件夹：%2</translation>
    </message>
    <message>
        <source>No repairs to undo.</source>
        <translation>没有可撤销的修复。</translation>
    </message>
    <message>
        <source>Undone: snapshot %1</source>
        <translation>已撤销：快照 %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was repaired and verified. Keep the support code for the helpdesk.</source>
        <translation>已修复和已验证的内容。请保留支持代码，以便提供给技术支持人员。</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <source>&amp;Undo a repair:</source>
        <translation>撤销修复(&amp;U)：</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>撤销(&amp;N)</translation>
    </message>
    <message>
        <source>Undo the repairs of the selected snapshot</source>
        <translation>撤销所选快照中的修复</translation>
    </message>
    <message>
        <source>&amp;Save report...</source>
        <translation>保存报告(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the report as JSON or HTML</source>
        <translation>将报告保存为 JSON 或 HTML</translation>
    </message>
    <message>
        <source>Undo log</source>
        <translation>撤销日志</translation>
    </message>
    <message>
        <source>Repairs in this snapshot: %1</source>
        <translation>此快照包含的修复：%1</translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::ScanPage</name>
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
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Opening the report...</source>
        <translation>正在打开报告...</translation>
    </message>
    <message>
        <source>Opening the target...</source>
        <translation>正在打开目标...</translation>
    </message>
    <message>
        <source>Stopping the scan...</source>
        <translation>正在停止扫描...</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>running %1%</source>
        <translation>正在运行 %1%</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>正在检查：%1</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>已用时间：%1</translation>
    </message>
    <message>
        <source>The target could not be opened: %1</source>
        <translation>无法打开目标：%1</translation>
    </message>
    <message numerus="yes">
        <source>Scan stopped: %n finding(s) so far; the cancelled checks did not run.</source>
        <translation>
            <numerusform>扫描已停止：目前共 %n 项结果；已取消的检查项未运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan finished: %n finding(s).</source>
        <translation>
            <numerusform>扫描完成：共 %n 项结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>正在扫描</translation>
    </message>
    <message>
        <source>Each check only reads the system; nothing is changed.</source>
        <translation>每项检查都只读取系统，不会做任何更改。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Checks and their progress</source>
        <translation>检查项目及其进度</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>&amp;Stop scan</source>
        <translation>停止扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the scan</source>
        <translation>停止扫描</translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::WelcomePage</name>
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
        <source>No Windows installation was found on the other drives or mounted volumes. Choose the root folder of the Windows volume above.</source>
        <translation>在其他驱动器或已挂载的卷上没有找到 Windows 安装。请在上方选择 Windows 卷的根文件夹。</translation>
    </message>
    <message>
        <source>Several Windows installations were found. Choose the one to examine:</source>
        <translation>找到多个 Windows 安装。请选择要检查的一个：</translation>
    </message>
    <message>
        <source>Windows installations found on this computer (click one to examine it):</source>
        <translation>在本机上找到的 Windows 安装（单击其中一个进行检查）：</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>内部版本</translation>
    </message>
    <message>
        <source>Registry last written</source>
        <translation>注册表最后写入</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Windows installations found on this computer</source>
        <translation>在本机上找到的 Windows 安装</translation>
    </message>
    <message>
        <source>Windows (product unknown)</source>
        <translation>Windows（版本未知）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Welcome to Winsock Doctor</source>
        <translation>欢迎使用 Winsock Doctor</translation>
    </message>
    <message>
        <source>Which Windows do you want to examine?</source>
        <translation>要检查哪个 Windows？</translation>
    </message>
    <message>
        <source>&amp;This PC</source>
        <translation>这台电脑(&amp;T)</translation>
    </message>
    <message>
        <source>A Windows &amp;volume (a disk from a PC that does not start)</source>
        <translation>Windows 卷(&amp;V)（来自无法启动的电脑的磁盘）</translation>
    </message>
    <message>
        <source>A &amp;report saved by Winsock Doctor (read-only, for helpdesk)</source>
        <translation>Winsock Doctor 保存的报告(&amp;R)（只读，供技术支持人员使用）</translation>
    </message>
    <message>
        <source>The &amp;demo PC (a generated broken Windows, safe to repair)</source>
        <translation>演示电脑(&amp;D)（自动生成的故障 Windows，可放心修复）</translation>
    </message>
    <message>
        <source>Examining the running system needs Windows.</source>
        <translation>检查正在运行的系统需要在 Windows 上进行。</translation>
    </message>
    <message>
        <source>Folder of the Windows volume, or report file</source>
        <translation>Windows 卷所在的文件夹，或报告文件</translation>
    </message>
    <message>
        <source>Path of the volume or report</source>
        <translation>卷或报告的路径</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Browse for the volume folder or report file</source>
        <translation>浏览选择卷所在的文件夹或报告文件</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>I have a support &amp;code...</source>
        <translation>我有支持代码(&amp;C)...</translation>
    </message>
    <message>
        <source>Decode a support code</source>
        <translation>解读支持代码</translation>
    </message>
    <message>
        <source>D&amp;eep scan (slower)</source>
        <translation>深度扫描(&amp;E)（较慢）</translation>
    </message>
    <message>
        <source>Also verifies the digital signature of every system file and driver.</source>
        <translation>同时验证每个系统文件和驱动程序的数字签名。</translation>
    </message>
    <message>
        <source>Finds and repairs what breaks the Windows network stack.</source>
        <translation>查找并修复导致 Windows 网络协议栈故障的问题。</translation>
    </message>
    <message>
        <source>It looks for hijacked Winsock catalogs, tampered system files, injected DLLs, bad network drivers and the blue screens they cause.</source>
        <translation>它会检查被劫持的 Winsock 目录、被篡改的系统文件、被注入的 DLL、有问题的网络驱动程序，以及由它们引发的蓝屏。</translation>
    </message>
</context>
<context>
    <name>wd::ui::pages::WizardState</name>
    <message>
        <source>d MMM HH:mm</source>
        <comment>snapshot date; QDateTime format</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>snapshot date — repair names</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Report for Winsock Doctor (*.json)</source>
        <translation>Winsock Doctor 报告 (*.json)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n repair(s)</source>
        <comment>snapshot date — how many repairs it holds</comment>
        <translation>
            <numerusform>%1 — %n 项修复</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the names of repairs in a list</comment>
        <translation>、</translation>
    </message>
</context>
</TS>
