// Helpers shared by the tests.
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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
// Runs the winsock-doctor executable with ARGS (and optional stdin); 120 s limit.
RunResult runApp(const QStringList &args, const QByteArray &stdinData = {}, const QStringList &env = {});

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
