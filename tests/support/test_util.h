// Helpers shared by the tests.
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace wd {
class Brand;
class FileVerifier;
}

namespace wd::test {

QString sourceDir();
QString realDataDir();                 // ../shared/realdata
// True when the real-data corpus is present; when it is absent the caller skips (and CI fails).
bool haveRealData();
QByteArray readFile(const QString &path);

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// True in a Windows build running under Wine (ntdll exports wine_get_version).
bool underWine();
// Under Wine: every thread's stack of process PID (winedbg --auto), for a test that found it hung.
// Empty elsewhere.
QString wineBacktrace(qint64 pid);
// Under Wine: this process's stacks on stderr (winedbg ends the process afterwards). Nothing elsewhere.
void printWineBacktraceOfSelf();
// Runs the winsock-doctor executable with ARGS (and optional stdin); 180 s limit, after which ERR holds
// what the program printed, "[no exit after 180 s; killed]" and (under Wine) its threads' stacks.
RunResult runApp(const QStringList &args, const QByteArray &stdinData = {}, const QStringList &env = {});

// Installs the translator for LANG for the life of the guard, then English again.
struct LanguageGuard {
    explicit LanguageGuard(const QString &lang);
    ~LanguageGuard();
    LanguageGuard(const LanguageGuard &) = delete;
    LanguageGuard &operator=(const LanguageGuard &) = delete;
};

// resources/brands/example (brand file and logo) as the program parses it.
Brand exampleBrand();

// A verifier of the demo volume extracted at ROOT, with the volume's roots, the demo's stand-in
// "Microsoft" roots and its catalogs (as the signature check sets it up).
std::unique_ptr<FileVerifier> demoVolumeVerifier(const QString &root);

} // namespace wd::test

// Readable Catch2 output for Qt strings.
#include <catch2/catch.hpp>
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &b) { return '"' + b.left(400).toStdString() + '"'; }
};
} // namespace Catch
