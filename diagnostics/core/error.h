// Errors as values: every fallible call returns Expected<T>, never throws across module borders.
#pragma once
#include <QCoreApplication>
#include <QString>
#include "core/text.h"
#include <optional>
#include <utility>
#include <variant>

namespace wd {

// Process exit codes of the command line (DESIGN.md); also the coarse class of an error.
enum class ExitCode : int {
    Ok = 0,            // healthy / success
    ProblemsFound = 1, // findings that need attention
    Usage = 2,         // bad command line
    Unreadable = 3,    // unreadable, corrupt or hostile input
    RepairFailed = 4,  // repair failed and was rolled back
    NeedsElevation = 5 // the action needs administrator rights
};

enum class ErrorKind {
    Usage,
    NotFound,
    Io,
    Corrupt,       // malformed / truncated / hostile data
    Unsupported,
    PermissionDenied,
    OutsideRoot,   // a path or link escapes the offline root
    Cancelled,
    RepairFailed,
    NeedsElevation,
    Internal
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message; // translated, complete sentence for a user
    QString path;    // file or registry path the error is about (may be empty)

    Error() = default;
    Error(ErrorKind k, QString msg, QString p = {}) : kind(k), message(std::move(msg)), path(std::move(p)) {}

    ExitCode exitCode() const
    {
        switch (kind) {
        case ErrorKind::Usage: return ExitCode::Usage;
        case ErrorKind::RepairFailed: return ExitCode::RepairFailed;
        case ErrorKind::NeedsElevation: return ExitCode::NeedsElevation;
        default: return ExitCode::Unreadable;
        }
    }
    // "message (path)" for logs and console output.
    QString toString() const
    {
        if (path.isEmpty() || message.contains(path))
            return message;
        return message + QStringLiteral(" (") + path + QLatin1Char(')');
    }
};

// Minimal std::expected stand-in (C++20): holds a T or an Error.
template <class T>
class [[nodiscard]] Expected {
public:
    Expected(const T &v) : m_v(std::in_place_index<0>, v) {}
    Expected(T &&v) : m_v(std::in_place_index<0>, std::move(v)) {}
    Expected(const Error &e) : m_v(std::in_place_index<1>, e) {}
    Expected(Error &&e) : m_v(std::in_place_index<1>, std::move(e)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    const Error &error() const { return std::get<1>(m_v); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Expected<void> {
public:
    Expected() = default;
    Expected(const Error &e) : m_e(e) {}
    Expected(Error &&e) : m_e(std::move(e)) {}
    bool ok() const { return !m_e.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_e; }

private:
    std::optional<Error> m_e;
};

// Translation for non-QObject code. Always call it with a literal context and text,
// translate("wd::Context", "text"), so that lupdate finds the string. The result is a Text: it is
// translated when it is shown (toString() or any conversion to QString), in the language then in effect.
inline Text translate(const char *context, const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return Text::message(context, text, disambiguation, n);
}

} // namespace wd
