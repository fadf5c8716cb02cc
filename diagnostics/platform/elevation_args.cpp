// Command-line quoting for the elevated restart (platform-neutral, so it is tested everywhere).
#include "platform/live_windows/elevation.h"

namespace wd::elevation {

QString quoteArgument(const QString &arg)
{
    if (!arg.isEmpty() && !arg.contains(QLatin1Char(' ')) && !arg.contains(QLatin1Char('\t'))
        && !arg.contains(QLatin1Char('"')) && !arg.contains(QLatin1Char('\n')))
        return arg;
    // CommandLineToArgvW rules: 2n backslashes + quote -> n backslashes and a quote delimiter;
    // 2n+1 backslashes + quote -> n backslashes and a literal quote; other backslashes are literal.
    QString out = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : arg) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"')) {
            out += QString(backslashes * 2 + 1, QLatin1Char('\\'));
            out += QLatin1Char('"');
        } else {
            out += QString(backslashes, QLatin1Char('\\'));
            out += c;
        }
        backslashes = 0;
    }
    out += QString(backslashes * 2, QLatin1Char('\\'));
    out += QLatin1Char('"');
    return out;
}

QString joinArguments(const QStringList &args)
{
    QStringList q;
    for (const QString &a : args)
        q.append(quoteArgument(a));
    return q.join(QLatin1Char(' '));
}

} // namespace wd::elevation
