// The run journal's table (schema version 8): appended to, listed, read back, and purged only
// by date with a line in run_purges. What goes into an entry is core/journal's business.

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QCborValue>
#include <QJsonDocument>

#include <sqlite3.h>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Workspace)
};

QString timeText(const QDateTime &time)
{
    // One format for every entry, so that text order is time order (the purge compares text).
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The results as the journal gives them, in CBOR: a backtest's curves are tens of thousands of
// numbers, which core/journal packs as byte strings (`runs show` gives them as JSON).
QByteArray cborOf(const QCborMap &map)
{
    return map.toCborValue().toCbor();
}

QCborMap mapOfCbor(const QByteArray &bytes)
{
    return QCborValue::fromCbor(bytes).toMap();
}

#define RUN_COLUMNS "id, time, kind, symbol, strategy, app_version, data_hash, inputs, summary"

RunRecord recordOf(const sqlite::Statement &q, bool withResults)
{
    RunRecord r;
    r.id = q.int64(0);
    r.time = timeOf(q.text(1));
    r.kind = q.text(2);
    r.symbol = q.text(3);
    r.strategy = q.text(4);
    r.appVersion = q.text(5);
    r.dataHash = q.text(6);
    r.inputs = jsonOf(q.text(7));
    r.summary = jsonOf(q.text(8));
    if (withResults)
        r.results = mapOfCbor(q.blob(9));
    return r;
}

/// Every row of `sql` through `make`, or the error that stopped the read.
template <typename Row, typename Make>
Result<std::vector<Row>> readRows(const sqlite::Connection &db, const char *sql, Make make)
{
    auto q = sqlite::Statement::prepare(db, sql);
    if (!q)
        return q.error();
    std::vector<Row> rows;
    while (q->step())
        rows.push_back(make(*q));
    if (q->failed())
        return db.lastError(Text::tr("reading the run journal"));
    return rows;
}

} // namespace

Result<qint64> Workspace::appendRun(const RunRecord &record, const std::function<Status(qint64 id)> &beforeCommit)
{
    qint64 id = 0;
    const Status written = writeTransaction([&](const sqlite::Connection &db) -> Status {
        auto q = sqlite::Statement::prepare(db,
            "INSERT INTO runs (time, kind, symbol, strategy, app_version, data_hash, inputs, summary, results) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q)
            return q.error();
        q->bind(1, timeText(record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc()));
        q->bind(2, record.kind);
        q->bind(3, record.symbol);
        q->bind(4, record.strategy);
        q->bind(5, record.appVersion);
        q->bind(6, record.dataHash);
        q->bind(7, jsonText(record.inputs));
        q->bind(8, jsonText(record.summary));
        q->bind(9, cborOf(record.results));
        if (Status s = q->run(); !s)
            return s;
        id = db.lastInsertRowId();
        return beforeCommit ? beforeCommit(id) : Status();
    });
    if (!written)
        return written.error();
    return id;
}

Result<std::vector<RunRecord>> Workspace::runs() const
{
    const auto db = connect();
    if (!db)
        return db.error();
    return readRows<RunRecord>(*db, "SELECT " RUN_COLUMNS " FROM runs ORDER BY id DESC",
                               [](const sqlite::Statement &q) { return recordOf(q, false); });
}

Result<std::vector<qint64>> Workspace::runIds() const
{
    const auto db = connect();
    if (!db)
        return db.error();
    return readRows<qint64>(*db, "SELECT id FROM runs ORDER BY id DESC",
                            [](const sqlite::Statement &q) { return q.int64(0); });
}

Result<RunRecord> Workspace::run(qint64 id) const
{
    const auto db = connect();
    if (!db)
        return db.error();
    auto q = sqlite::Statement::prepare(
        *db, "SELECT " RUN_COLUMNS ", results FROM runs WHERE id = ?");
    if (!q)
        return q.error();
    q->bind(1, id);
    if (!q->step()) {
        if (q->failed())
            return db->lastError(Text::tr("reading the run journal"));
        return Error::notFound(Text::tr("no run %1 in the journal").arg(id), m_path);
    }
    return recordOf(*q, true);
}

Result<qint64> Workspace::purgeRuns(const QDateTime &before)
{
    if (Status s = checkWritable(); !s)
        return s.error();
    if (!before.isValid())
        return Error::invalidArgument(Text::tr("the purge needs a date"));
    qint64 removed = 0;
    const Status purged = writeTransaction([&](const sqlite::Connection &db) -> Status {
        auto del = sqlite::Statement::prepare(db, "DELETE FROM runs WHERE time < ?");
        if (!del)
            return del.error();
        del->bind(1, timeText(before));
        if (Status s = del->run(); !s)
            return s;
        removed = sqlite3_changes64(db.handle());
        auto log = sqlite::Statement::prepare(db, "INSERT INTO run_purges (purged_at, before, runs) VALUES (?, ?, ?)");
        if (!log)
            return log.error();
        log->bind(1, timeText(QDateTime::currentDateTimeUtc()));
        log->bind(2, timeText(before));
        log->bind(3, removed);
        return log->run();
    });
    if (!purged)
        return purged.error();
    return removed;
}

Result<std::vector<RunPurge>> Workspace::runPurges() const
{
    const auto db = connect();
    if (!db)
        return db.error();
    return readRows<RunPurge>(*db, "SELECT purged_at, before, runs FROM run_purges ORDER BY rowid DESC",
                              [](const sqlite::Statement &q) { return RunPurge{timeOf(q.text(0)), timeOf(q.text(1)), q.int64(2)}; });
}

} // namespace rutile
