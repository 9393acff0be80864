#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QString>

#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace rutile::sqlite {

/// An open SQLite connection. Rutile talks to SQLite through its C API rather than
/// QtSql: the import and read paths move millions of rows, where QVariant binding costs
/// more than the database itself, and the cache needs exact control of transactions,
/// pragmas and open flags (a foreign file must never be written to).
class Connection {
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

    static Result<Connection> open(const QString &path, Mode mode);

    Connection() = default;
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }

    /// Runs one or more statements without results.
    Status exec(const char *sql) const;

    /// Error of the last failed call, with SQLite's message and `what` for context.
    Error lastError(const QString &what) const;

    qint64 lastInsertRowId() const;

private:
    explicit Connection(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db = nullptr;
};

/// A prepared statement, reset and reused across rows.
class Statement {
public:
    static Result<Statement> prepare(const Connection &db, const char *sql);

    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bind(int index, const QByteArray &blob);
    void bindNull(int index);

    /// Advances; true while a row is available. Errors end the iteration and are kept in
    /// the connection's lastError().
    bool step();
    /// True when the last step() stopped on an error rather than at the end of the rows.
    bool failed() const { return m_failed; }
    /// Runs a statement that returns no row.
    Status run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

/// Opens a transaction and rolls it back unless commit() succeeded: an early return or a
/// failed step leaves the database as it was.
class Transaction {
public:
    explicit Transaction(const Connection &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    const Connection &m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace rutile::sqlite
