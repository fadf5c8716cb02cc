// Winsock Doctor entry point: GUI wizard or command line in one program (on Linux the wizard is a module
// beside it, app/wizard/, loaded when the wizard opens).
#include "app_info.h"
#include "cli.h"
#include "i18n.h"
#include "core/brand.h"
#include "platform/process_end.h"
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#include <shellapi.h>
#endif
#if defined(WD_WITH_GUI) && defined(WD_WIZARD_MODULE)
#include <cerrno>
#include <cstring>
#include <dlfcn.h>
#include <string>
#include <unistd.h>
#elif defined(WD_WITH_GUI)
#include "ui/gui_main.h"
#include <QApplication>
#endif

namespace {


#ifdef Q_OS_WIN
// GUI-subsystem program: attach to the parent's console so the command line can print, and print UTF-8.
void setUpWindowsConsole()
{
    if (GetStdHandle(STD_OUTPUT_HANDLE) == nullptr || GetStdHandle(STD_OUTPUT_HANDLE) == INVALID_HANDLE_VALUE) {
        if (AttachConsole(ATTACH_PARENT_PROCESS)) {
            FILE *f = nullptr;
            _wfreopen_s(&f, L"CONOUT$", L"w", stdout);
            _wfreopen_s(&f, L"CONOUT$", L"w", stderr);
        }
    }
    SetConsoleOutputCP(CP_UTF8);
}
#endif

QString globalHelp(const QString &program)
{
    QString h;
    QTextStream s(&h);
    s << wd::translate("wd::cli", "Winsock Doctor %1 - diagnoses and repairs Windows network failures and blue screens "
                      "tied to ws2_32.dll.").arg(QStringLiteral(WD_VERSION)) << "\n\n";
    s << wd::translate("wd::cli", "Usage: %1 [COMMAND] [OPTIONS]").arg(program) << "\n\n";
    s << wd::translate("wd::cli", "Commands:") << '\n';
    s << QStringLiteral("  %1 %2\n").arg(QStringLiteral("gui"), -11).arg(wd::translate("wd::cli", "Open the repair wizard (default)"));
    for (const auto &c : wd::cli::commands())
        s << QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -11).arg(wd::translate("wd::cli", c.summary));
    s << '\n' << wd::translate("wd::cli", "Common options:") << '\n';
    s << QStringLiteral("  --target T      ") << wd::translate("wd::cli", "live | demo | offline:DIR | offline:auto | report:FILE") << '\n';
    s << QStringLiteral("  --lang LANG     ") << wd::translate("wd::cli", "User interface language (en, zh_CN)") << '\n';
    s << QStringLiteral("  --version       ") << wd::translate("wd::cli", "Print the version and exit") << '\n';
    s << QStringLiteral("  --help          ") << wd::translate("wd::cli", "Print this help (COMMAND --help: help on one command)") << '\n';
    s << '\n' << wd::translate("wd::cli", "Exit codes: 0 healthy, 1 problems found, 2 usage error, 3 unreadable input, "
                              "4 repair failed and rolled back, 5 needs administrator rights.") << '\n';
    return h;
}

#if defined(WD_WITH_GUI) && defined(WD_WIZARD_MODULE)
using WizardMain = int (*)(int *argc, char **argv, const QString *lang, const QStringList *args);

// The wizard module (app/wizard/) from this program's own folder, never from a search path; its entry
// point, or nullptr with the reason in WHY.
WizardMain loadWizard(QString *why)
{
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        *why = QString::fromLocal8Bit(strerror(errno));
        return nullptr;
    }
    std::string path(self, size_t(n));
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos) { // a name without a folder would be looked up on the search path
        *why = QString::fromLocal8Bit(path.c_str());
        return nullptr;
    }
    path.resize(slash + 1);
    path += WD_WIZARD_MODULE;
    void *module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL); // never closed: the wizard runs until the end
    if (!module) {
        *why = QString::fromLocal8Bit(dlerror());
        return nullptr;
    }
    auto entry = reinterpret_cast<WizardMain>(dlsym(module, "wd_wizard_main"));
    if (!entry)
        *why = QString::fromLocal8Bit(dlerror());
    return entry;
}
#endif

} // namespace

static int runProgram(int argc, char **argv)
{
#ifdef Q_OS_WIN
    // Load DLLs only from System32 and the program folder, never from the current directory or PATH.
    SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_SYSTEM32 | LOAD_LIBRARY_SEARCH_APPLICATION_DIR);
    setUpWindowsConsole();
#endif
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
#ifdef Q_OS_WIN
    {
        // Wide-char command line (argv is in the ANSI code page on Windows).
        int n = 0;
        LPWSTR *w = CommandLineToArgvW(GetCommandLineW(), &n);
        if (w) {
            raw.clear();
            for (int i = 1; i < n; ++i)
                raw << QString::fromWCharArray(w[i]);
            LocalFree(w);
        }
    }
#endif
    // The command is the first argument that is not an option; "gui" or none opens the wizard.
    QString command;
    QStringList rest = raw;
    if (!rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-'))) {
        command = rest.takeFirst();
    }
    const QString lang = wd::languageFromArgs(raw);
    const bool wantsGui = command.isEmpty() || command == QLatin1String("gui");
    const bool versionOrHelp = command.isEmpty()
        && (rest.contains(QStringLiteral("--version")) || rest.contains(QStringLiteral("-v"))
            || rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h")));

    std::unique_ptr<QCoreApplication> app;
#if defined(WD_WITH_GUI) && defined(WD_WIZARD_MODULE)
    QString moduleError;
    if (wantsGui && !versionOrHelp) {
        if (WizardMain wizard = loadWizard(&moduleError))
            return wizard(&argc, argv, &lang, &rest); // the module makes the application object
    }
#elif defined(WD_WITH_GUI)
    if (wantsGui && !versionOrHelp)
        app = std::make_unique<QApplication>(argc, argv);
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    wd::setUpApplication(*app);
    wd::installTranslator(*app, lang);

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const QString program = QStringLiteral("winsock-doctor");
    wd::cli::Context ctx{out, err, program};

    if (versionOrHelp) {
        if (rest.contains(QStringLiteral("--version")) || rest.contains(QStringLiteral("-v")))
            out << wd::versionLine() << Qt::endl;
        else
            out << globalHelp(program) << Qt::flush;
        return 0;
    }
    if (wantsGui) {
#if defined(WD_WITH_GUI) && defined(WD_WIZARD_MODULE)
        err << wd::translate("wd::cli", "The wizard cannot be loaded (%1): %2").arg(QStringLiteral(WD_WIZARD_MODULE), moduleError) << Qt::endl;
        return int(wd::ExitCode::Unreadable);
#elif defined(WD_WITH_GUI)
        return wd::ui::guiMain(*static_cast<QApplication *>(app.get()), rest);
#else
        err << wd::translate("wd::cli", "This build has no graphical interface; use a command such as \"scan\" (see --help).")
            << Qt::endl;
        return int(wd::ExitCode::Usage);
#endif
    }
    return wd::cli::run(ctx, command, rest);
}

int main(int argc, char **argv)
{
    // runProgram() has destroyed the application object and closed every file by the time it returns.
    return wd::endProcess(runProgram(argc, argv));
}
