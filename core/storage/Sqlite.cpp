#include "storage/Sqlite.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

#include <utility>

namespace rutile::sqlite {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::sqlite::Connection)
};

} // namespace

Result<Connection> Connection::open(const QString &path, Mode mode)
{
    // SQLite counts every allocation under one process-wide mutex unless told not to; with a
    // connection per thread (the index build reads 2,000 symbols on every core) that mutex is
    // where the threads wait. Set once, before SQLite initialises itself.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3 *db = nullptr;
    const QByteArray nativePath = QDir::toNativeSeparators(path).toUtf8();
    const int rc = sqlite3_open_v2(nativePath.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error{ErrorKind::Io, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)), path, 0, 0};
        sqlite3_close(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return Connection(db);
}

Connection::Connection(Connection &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        sqlite3_close(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Connection::~Connection()
{
    sqlite3_close(m_db);
}

Status Connection::exec(const char *sql) const
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{ErrorKind::Database, message ? QString::fromUtf8(message) : Text::tr("unknown error"), {}, 0, 0};
        sqlite3_free(message);
        return error;
    }
    return {};
}

Error Connection::lastError(const QString &what) const
{
    const int code = sqlite3_errcode(m_db);
    const ErrorKind kind = (code & 0xff) == SQLITE_NOTADB ? ErrorKind::InvalidInput : ErrorKind::Database;
    return Error{kind, what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)), {}, 0, 0};
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Result<Statement> Statement::prepare(const Connection &db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return db.lastError(Text::tr("preparing a query"));
    return Statement(db.handle(), stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)), m_failed(other.m_failed)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = other.m_failed;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, const QByteArray &blob)
{
    // A zero-length blob is still a blob, not NULL: give SQLite a non-null pointer.
    sqlite3_bind_blob64(m_stmt, index, blob.isEmpty() ? "" : blob.constData(), sqlite3_uint64(blob.size()),
                        SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

Status Statement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return Error::database(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    m_failed = false;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(const Connection &db) : m_db(db)
{
    m_begun = m_db.exec("BEGIN IMMEDIATE");
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::internal(QStringLiteral("transaction already ended")))
                            : m_begun;
    Status status = m_db.exec("COMMIT");
    if (status)
        m_open = false;
    return status;
}

} // namespace rutile::sqlite
