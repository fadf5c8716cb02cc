// Support codes typed by a person (diagnostics/core/support_code).
#include "core/support_code.h"
#include "fuzz_targets.h"

namespace wd::fuzz {

int supportCode(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(std::min<size_t>(size, 4096)));
    (void)SupportCode::decode(QString::fromLatin1(bytes));
    Expected<SupportCodeInfo> info = SupportCode::decode(QString::fromUtf8(bytes));
    if (!info) {
        if (info.error().message.isEmpty())
            brokenProperty("support_code", "a refusal without a message");
        return 0;
    }
    // The canonical spelling (upper case, Crockford's I/L -> 1 and O -> 0, grouped by dashes) of an
    // accepted code decodes to the same information.
    QString symbols;
    for (QChar c : QString::fromUtf8(bytes)) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        else if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        symbols += c;
    }
    if (symbols.size() != SupportCode::kLength)
        brokenProperty("support_code", "an accepted code without 12 symbols", symbols);
    Expected<SupportCodeInfo> again = SupportCode::decode(SupportCode::format(symbols));
    if (!again || again->findingIds != info->findingIds || again->worstSeverity != info->worstSeverity
        || again->build != info->build || again->version != info->version)
        brokenProperty("support_code", "the canonical spelling decodes differently", symbols);
    if (info->findingIds.size() != info->descriptions.size())
        brokenProperty("support_code", "a family without a description");
    return 0;
}

} // namespace wd::fuzz
