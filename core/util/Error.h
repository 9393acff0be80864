#pragma once

#include <QString>
#include <QtGlobal>

#include <utility>
#include <variant>

namespace rutile {

/// What went wrong, in categories the callers act on (the CLI maps them to exit codes,
/// the GUI decides whether to offer a retry).
enum class ErrorKind {
    InvalidArgument, ///< a parameter or option out of its allowed range (CLI exit 1)
    InvalidInput,    ///< a file or value the user supplied cannot be used (CLI exit 2)
    NotFound,        ///< an unknown symbol, a missing file (CLI exit 2)
    Io,              ///< reading or writing a file failed (CLI exit 2)
    Database,        ///< the cache refused an operation (CLI exit 3)
    Cancelled,       ///< the user cancelled; nothing was changed
    Internal,        ///< a bug (CLI exit 3)
};

/// An error with its location when it has one. `line` and `column` are 1-based; 0 means
/// "not applicable".
struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QString file;
    qint64 line = 0;
    int column = 0;

    /// "file:line:column: message", leaving out the parts that are not known; always one
    /// line: control characters in the file name or message are escaped (MessageText.h).
    QString toString() const;

    // Named constructors, one per kind: the only way new code should build an Error.
    static Error invalidArgument(QString message);
    static Error invalidInput(QString message, QString file = {}, qint64 line = 0, int column = 0);
    static Error notFound(QString message, QString file = {});
    static Error io(QString message, QString file = {});
    static Error database(QString message, QString file = {});
    static Error cancelled(QString message = {}, QString file = {}, qint64 line = 0);
    static Error internal(QString message);
};

/// Either a value or an Error. A small stand-in for C++23 std::expected.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that produces nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace rutile
