// Matching file names against Windows wildcard patterns ("*.dll", "ws2_*.dll", "*"), case-insensitive.
// The common forms ("*" and "*.ext") are compared directly; any other pattern goes through
// QRegularExpression::wildcardToRegularExpression. Deep scans match every name of System32 with it.
#pragma once
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <vector>

namespace wd {

class WildcardSet {
public:
    explicit WildcardSet(const QStringList &patterns)
    {
        for (const QString &p : patterns) {
            Pattern m;
            if (p == QLatin1String("*")) {
                m.kind = Pattern::Any;
            } else if (p.startsWith(QLatin1String("*.")) && p.size() > 2
                       && !p.mid(1).contains(QLatin1Char('*')) && !p.contains(QLatin1Char('?'))) {
                m.kind = Pattern::Suffix;
                m.text = p.mid(1); // ".dll"
            } else {
                m.kind = Pattern::Regex;
                m.re = QRegularExpression(QRegularExpression::wildcardToRegularExpression(p, QRegularExpression::UnanchoredWildcardConversion),
                                          QRegularExpression::CaseInsensitiveOption);
                m.re.setPattern(QStringLiteral("^(?:") + m.re.pattern() + QStringLiteral(")$"));
            }
            m_patterns.push_back(std::move(m));
        }
    }
    // Whether NAME matches pattern I.
    bool matches(qsizetype i, const QString &name) const
    {
        const Pattern &p = m_patterns.at(size_t(i));
        switch (p.kind) {
        case Pattern::Any: return true;
        case Pattern::Suffix: return name.endsWith(p.text, Qt::CaseInsensitive);
        case Pattern::Regex: return p.re.match(name).hasMatch();
        }
        return false;
    }
    // Whether NAME matches any of the patterns.
    bool matchesAny(const QString &name) const
    {
        for (qsizetype i = 0; i < size(); ++i)
            if (matches(i, name))
                return true;
        return false;
    }
    qsizetype size() const { return qsizetype(m_patterns.size()); }

private:
    struct Pattern {
        enum Kind { Any, Suffix, Regex } kind = Any;
        QString text;
        QRegularExpression re;
    };
    std::vector<Pattern> m_patterns;
};

} // namespace wd
