// Text: a user-visible message that is translated when it is shown, not when it is made.
//
// translate("wd::Context", "Source %1").arg(x) returns a Text that remembers the context, the source
// text, the plural count and every argument (arguments may be Texts themselves). toString() renders it
// with the translators installed now, so a report written in Chinese can be read in English, and the
// wizard's language switch re-renders without a new scan. toJson()/fromJson() keep the structure in
// the scan/2 report. Plain QStrings (paths, names read from the target) convert to literal Texts and
// are never translated.
#pragma once
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <string>
#include <type_traits>

namespace wd {

class Text {
public:
    Text() = default;
    Text(const QString &literal);                 // NOLINT: implicit, a literal is never translated
    Text(QLatin1StringView literal) : Text(QString(literal)) {}
    Text(const char16_t *literal) : Text(QString::fromUtf16(literal)) {}
    Text(QChar c) : Text(QString(c)) {}
    Text(QLatin1Char c) : Text(QString(QChar(c))) {}

    // A message to translate later: always called with literals (through wd::translate) so lupdate sees it.
    static Text message(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);

    // One .arg() call each, with the same numbering rules as QString::arg.
    Text arg(const Text &a) const;
    Text arg(const QString &a, int fieldWidth = 0, QChar fill = QLatin1Char(' ')) const;
    Text arg(QLatin1StringView a) const { return arg(QString(a)); }
    Text arg(QStringView a) const { return arg(a.toString()); }
    Text arg(const char16_t *a) const { return arg(QString::fromUtf16(a)); }
    Text arg(QChar a) const { return arg(QString(a)); }
    Text arg(char a) const { return arg(QString(QLatin1Char(a))); }
    Text arg(qlonglong a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const;
    Text arg(qulonglong a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const;
    Text arg(long a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    { return arg(qlonglong(a), fieldWidth, base, fill); }
    Text arg(ulong a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    { return arg(qulonglong(a), fieldWidth, base, fill); }
    Text arg(int a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    { return arg(qlonglong(a), fieldWidth, base, fill); }
    Text arg(uint a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    { return arg(qulonglong(a), fieldWidth, base, fill); }
    Text arg(short a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    { return arg(qlonglong(a), fieldWidth, base, fill); }
    Text arg(ushort a, int fieldWidth = 0, int base = 10, QChar fill = QLatin1Char(' ')) const
    { return arg(qulonglong(a), fieldWidth, base, fill); }
    Text arg(double a, int fieldWidth = 0, char format = 'g', int precision = -1,
             QChar fill = QLatin1Char(' ')) const;

    // Several arguments in one call: %1, %2, ... are replaced at once (QString::arg(a, b, ...)).
    template <typename... Ts, typename = std::enable_if_t<(sizeof...(Ts) >= 2) &&
                                                          (std::is_constructible_v<Text, const Ts &> && ...)>>
    Text arg(const Ts &...as) const
    {
        return argList({Text(as)...});
    }

    QString toString() const;                     // rendered with the translators installed now
    // Rendered in English whatever language is installed (the English catalogue's plural forms, else
    // the source text): for evidence, which is data in one language whatever the scan's language (a
    // Chinese and an English scan of one PC have equal evidence).
    QString toSourceString() const;
    operator QString() const { return toString(); } // NOLINT: every QString use renders
    std::string toStdString() const { return toString().toStdString(); }
    bool isEmpty() const;
    // Searches the text as rendered now.
    bool contains(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const { return toString().contains(s, cs); }
    bool isLiteral() const;                       // no part of it is translated

    QJsonValue toJson() const;                    // a string for literals, else the message tree
    static Text fromJson(const QJsonValue &v);    // tolerant: anything unknown becomes a literal

    Text &operator+=(const Text &other);
    friend Text operator+(const Text &a, const Text &b);
    friend Text operator+(const Text &a, const QString &b) { return a + Text(b); }
    friend Text operator+(const QString &a, const Text &b) { return Text(a) + b; }
    friend Text operator+(const Text &a, QChar b) { return a + Text(b); }
    friend Text operator+(QChar a, const Text &b) { return Text(a) + b; }
    friend Text operator+(const Text &a, QLatin1Char b) { return a + Text(b); }
    friend Text operator+(QLatin1Char a, const Text &b) { return Text(a) + b; }
    friend Text operator+(const Text &a, QLatin1StringView b) { return a + Text(b); }
    friend Text operator+(QLatin1StringView a, const Text &b) { return Text(a) + b; }
    friend Text operator+(const Text &a, const char16_t *b) { return a + Text(b); }
    friend Text operator+(const char16_t *a, const Text &b) { return Text(a) + b; }

    // Joins like QStringList::join, keeping every part translatable.
    static Text join(const QList<Text> &parts, const Text &separator);

    struct Node;

    // One .arg() call with these arguments (1: QString::arg(a); more: QString::arg(a, b, ...)).
    Text argList(const QList<Text> &args) const;

private:
    std::shared_ptr<const Node> d;
};

// The parts rendered now and joined with SEP (for logs, tests and console output).
QString joinRendered(const QList<Text> &parts, const QString &sep);

struct Text::Node {
    enum Kind { Literal, Message, Concat } kind = Literal;
    QString literal;                      // Literal
    QByteArray context, source, disambiguation; // Message
    int n = -1;
    QList<QList<Text>> args;              // Message: one list per .arg() call
    QList<Text> parts;                    // Concat
};

} // namespace wd
