<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        </translation>
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
</context>
</TS>
