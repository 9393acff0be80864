#include "storage/Workspace.h"

#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cmath>
#include <limits>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Workspace)
};

// Rows per INSERT statement: multi-row VALUES amortise SQLite's per-statement work; 64 rows
// of 8 parameters stay far below SQLite's parameter limit.
constexpr int kRowsPerInsert = 64;
constexpr int kColumnsPerBar = 8;

QByteArray upsertSql(int rows)
{
    QByteArray sql = "INSERT INTO bars (symbol_id, day, open, high, low, close, adj_close, volume) VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)";
    sql += " ON CONFLICT (symbol_id, day) DO UPDATE SET open = excluded.open, high = excluded.high, "
           "low = excluded.low, close = excluded.close, adj_close = excluded.adj_close, volume = excluded.volume";
    return sql;
}

QDate dateOrNull(const sqlite::Statement &q, int column)
{
    return q.isNull(column) ? QDate() : toDate(static_cast<DayNumber>(q.int64(column)));
}

Error withFile(Error error, const QString &path)
{
    if (error.file.isEmpty())
        error.file = path;
    return error;
}


/// Upserts dividends and splits of one symbol; returns how many dividends are new or changed.
Result<int> storeCorporateActions(const sqlite::Connection &db, qint64 symbolId, const CorporateActions &actions)
{
    auto existing = sqlite::Statement::prepare(
        db, "SELECT amount FROM corporate_actions WHERE symbol_id = ? AND day = ? AND kind = 'dividend'");
    auto upsert = sqlite::Statement::prepare(
        db, "INSERT INTO corporate_actions (symbol_id, day, kind, amount, numerator, denominator) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (symbol_id, day, kind) DO UPDATE SET amount = excluded.amount, numerator = excluded.numerator, "
            "denominator = excluded.denominator");
    if (!existing || !upsert)
        return (existing ? upsert : existing).error();
    int changedDividends = 0;
    for (const Dividend &d : actions.dividends) {
        existing->reset();
        existing->bind(1, symbolId);
        existing->bind(2, qint64(toDayNumber(d.date)));
        const bool found = existing->step();
        if (existing->failed())
            return db.lastError(Text::tr("reading the corporate actions"));
        if (!found || existing->real(0) != d.amount)
            ++changedDividends;
        upsert->reset();
        upsert->bind(1, symbolId);
        upsert->bind(2, qint64(toDayNumber(d.date)));
        upsert->bind(3, QStringLiteral("dividend"));
        upsert->bind(4, d.amount);
        upsert->bind(5, 1.0);
        upsert->bind(6, 1.0);
        if (Status s = upsert->run(); !s)
            return s.error();
    }
    for (const Split &split : actions.splits) {
        upsert->reset();
        upsert->bind(1, symbolId);
        upsert->bind(2, qint64(toDayNumber(split.date)));
        upsert->bind(3, QStringLiteral("split"));
        upsert->bind(4, 0.0);
        upsert->bind(5, split.numerator);
        upsert->bind(6, split.denominator);
        if (Status s = upsert->run(); !s)
            return s.error();
    }
    return changedDividends;
}

/// Whether `symbolId` has a stored dividend dated `day` or later.
Result<bool> dividendFrom(const sqlite::Connection &db, qint64 symbolId, DayNumber day)
{
    auto q = sqlite::Statement::prepare(
        db, "SELECT 1 FROM corporate_actions WHERE symbol_id = ? AND kind = 'dividend' AND day >= ? LIMIT 1");
    if (!q)
        return q.error();
    q->bind(1, symbolId);
    q->bind(2, qint64(day));
    const bool found = q->step();
    if (q->failed())
        return db.lastError(Text::tr("reading the corporate actions"));
    return found;
}

/// Derives the adjusted closes of every stored bar of a symbol from its closes and all of its
/// stored dividends (dividendAdjustedCloses), inside the caller's transaction.
/// Replaces the share counts of one symbol.
Status writeShareCounts(const sqlite::Connection &db, qint64 symbolId, const std::vector<index::ShareCount> &counts)
{
    auto clear = sqlite::Statement::prepare(db, "DELETE FROM share_counts WHERE symbol_id = ?");
    auto add = sqlite::Statement::prepare(db, "INSERT INTO share_counts (symbol_id, day, shares, float_factor) VALUES (?, ?, ?, ?)");
    if (!clear || !add)
        return (clear ? add : clear).error();
    clear->bind(1, symbolId);
    if (Status s = clear->run(); !s)
        return s;
    for (const index::ShareCount &c : counts) {
        if (!(std::isfinite(c.shares) && c.shares > 0 && std::isfinite(c.floatFactor) && c.floatFactor > 0))
            return Error::invalidInput(Text::tr("the share count of %1 is not a positive number")
                                           .arg(toDate(c.day).toString(Qt::ISODate)));
        add->reset();
        add->bind(1, symbolId);
        add->bind(2, qint64(c.day));
        add->bind(3, c.shares);
        add->bind(4, c.floatFactor);
        if (Status s = add->run(); !s)
            return s;
    }
    return {};
}

Status deriveAdjustedCloses(const sqlite::Connection &db, qint64 symbolId)
{
    BarSeries closes;
    auto read = sqlite::Statement::prepare(db, "SELECT day, close FROM bars WHERE symbol_id = ? ORDER BY day");
    auto dividends = sqlite::Statement::prepare(
        db, "SELECT day, amount FROM corporate_actions WHERE symbol_id = ? AND kind = 'dividend' ORDER BY day");
    auto write = sqlite::Statement::prepare(db, "UPDATE bars SET adj_close = ? WHERE symbol_id = ? AND day = ?");
    if (!read || !dividends || !write)
        return (!read ? read : !dividends ? dividends : write).error();
    read->bind(1, symbolId);
    while (read->step()) {
        closes.day.push_back(DayNumber(read->int64(0)));
        closes.close.push_back(read->real(1));
    }
    std::vector<Dividend> paid;
    dividends->bind(1, symbolId);
    while (dividends->step())
        paid.push_back({toDate(DayNumber(dividends->int64(0))), dividends->real(1)});
    // A read that stopped on an error must not leave half-adjusted closes behind.
    if (read->failed() || dividends->failed())
        return db.lastError(Text::tr("computing the adjusted closes"));
    const std::vector<double> adjusted = dividendAdjustedCloses(closes, paid);
    for (std::size_t i = 0; i < adjusted.size(); ++i) {
        write->reset();
        write->bind(1, adjusted[i]);
        write->bind(2, symbolId);
        write->bind(3, qint64(closes.day[i]));
        if (Status s = write->run(); !s)
            return s;
    }
    return {};
}

} // namespace

QString Workspace::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace.rutile"));
}

QString Workspace::samplePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample-workspace.rutile"));
}

bool Workspace::isReadOnly(const QString &path)
{
    const QFileInfo info(path);
    constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return !info.isWritable() || !(info.permissions() & anyWrite);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, WorkspaceAccess access)
{
    if (path.trimmed().isEmpty())
        return Error::invalidInput(Text::tr("the workspace path is empty"));
    // Only a regular file or a new path: SQLite would open a device, write a -journal beside
    // a FIFO or a folder, and an atomic rename would replace a device node.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return Error::invalidInput(info.isDir() ? Text::tr("a folder, not a workspace file")
                                                : Text::tr("not a regular file (a device, a FIFO or a socket); a "
                                                           "workspace is never opened there"),
                                   path);
    }
    const bool reading = access == WorkspaceAccess::Read;
    if (reading && !info.exists()) {
        const QString folder = info.absolutePath();
        return Error::notFound(QFileInfo(folder).isDir()
                                   ? Text::tr("no workspace here (the file does not exist; only import creates one)")
                                   : Text::tr("no workspace here (the folder %1 does not exist; only import "
                                              "creates one)")
                                         .arg(QDir::toNativeSeparators(folder)),
                               path);
    }
    if (reading && info.size() == 0)
        return Error::notFound(Text::tr("no workspace here (the file is empty; only import creates one)"), path);
    if (!reading) {
        // Up front, before a single byte is written: SQLite would only fail at the first write
        // ("attempt to write a readonly database"), and not at all as root.
        if (info.exists() && isReadOnly(path))
            return Error::io(Text::tr("the workspace is read-only (no write permission); nothing was written"), path);
        const QFileInfo folder(info.absolutePath());
        if (folder.isDir() && isReadOnly(folder.absoluteFilePath()))
            return Error::io(Text::tr("the workspace's folder %1 is read-only (no write permission); nothing was "
                                      "written")
                                 .arg(QDir::toNativeSeparators(folder.absoluteFilePath())),
                             path);
    }

    int version = 0;
    if (info.exists() && info.size() > 0) {
        // Identify the file through a read-only connection first: a foreign file is
        // refused without a single byte written to it.
        auto probe = sqlite::Connection::open(path, sqlite::Connection::Mode::ReadOnly);
        if (!probe)
            return withFile(probe.error(), path);
        const auto found = schema::inspect(*probe);
        if (!found) {
            Error e = withFile(found.error(), path);
            e.kind = ErrorKind::InvalidInput;
            e.message = Text::tr("not a Rutile workspace (%1)").arg(e.message);
            return e;
        }
        if (!found->empty && found->applicationId != kApplicationId)
            return Error::invalidInput(Text::tr("an SQLite database, but not a Rutile workspace; it was left untouched"), path);
        if (found->userVersion > kSchemaVersion)
            return Error::invalidInput(Text::tr("written by a newer Rutile (schema version %1; this version reads up to %2)")
                             .arg(found->userVersion)
                             .arg(kSchemaVersion), path);
        if (reading && found->empty)
            return Error::notFound(Text::tr("no workspace here (an empty database; only import creates one)"), path);
        version = found->empty ? 0 : found->userVersion;
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error::io(Text::tr("cannot create the folder %1").arg(info.absolutePath()), path);
    }

    auto db = sqlite::Connection::open(
        path, reading ? sqlite::Connection::Mode::ReadWrite : sqlite::Connection::Mode::ReadWriteCreate);
    if (!db)
        return withFile(db.error(), path);
    if (Status s = db->exec("PRAGMA journal_mode = WAL;"); !s)
        return withFile(s.error(), path);
    if (Status s = schema::migrate(*db, version, kSchemaVersion); !s)
        return withFile(s.error(), path);
    return std::unique_ptr<Workspace>(new Workspace(path, !reading));
}

Result<sqlite::Connection> Workspace::connect() const
{
    // Never SQLITE_OPEN_CREATE: a workspace deleted since open() is an error, not a new file.
    auto db = sqlite::Connection::open(m_path, sqlite::Connection::Mode::ReadWrite);
    if (!db)
        return withFile(db.error(), m_path);
    if (Status s = db->exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;"); !s)
        return withFile(s.error(), m_path);
    return db;
}

Status Workspace::checkWritable() const
{
    if (m_writable)
        return {};
    return Error::io(Text::tr("the workspace was opened for reading; nothing was written"), m_path);
}

Result<bool> Workspace::holdsNothing() const
{
    const auto db = connect();
    if (!db)
        return db.error();
    // Under the write lock, so that another process's write under way (into a workspace it
    // made at the same path meanwhile) is waited for and seen, not taken for an empty file.
    sqlite::Transaction tx(*db);
    if (!tx.begun())
        return withFile(tx.begun().error(), m_path);
    // Every table, those of later schema versions too (sqlite_sequence is SQLite's own: a
    // rolled-back insert leaves nothing in it either).
    auto tables = sqlite::Statement::prepare(*db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    if (!tables)
        return withFile(tables.error(), m_path);
    QStringList any;
    while (tables->step())
        any << QStringLiteral("EXISTS (SELECT 1 FROM \"%1\")").arg(tables->text(0).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    if (tables->failed() || any.isEmpty())
        return withFile(db->lastError(Text::tr("reading the workspace's tables")), m_path);
    const QByteArray sql = QStringLiteral("SELECT %1").arg(any.join(QStringLiteral(" OR "))).toUtf8();
    auto q = sqlite::Statement::prepare(*db, sql.constData());
    if (!q)
        return withFile(q.error(), m_path);
    if (!q->step())
        return withFile(db->lastError(Text::tr("reading the workspace's tables")), m_path);
    return q->int64(0) == 0;
}

std::vector<SymbolInfo> Workspace::symbols() const
{
    auto read = readSymbols();
    return read ? std::move(*read) : std::vector<SymbolInfo> {};
}

Result<std::vector<SymbolInfo>> Workspace::readSymbols() const
{
    std::vector<SymbolInfo> result;
    const auto db = connect();
    if (!db)
        return db.error();
    // The last two closes by the bars' primary key (symbol_id, day): two index probes per
    // symbol, cheap for a universe of thousands.
    auto q = sqlite::Statement::prepare(*db,
        "SELECT s.symbol, s.name, s.synthetic, s.bar_count, s.first_day, s.last_day,"
        " (SELECT close FROM bars b WHERE b.symbol_id = s.id ORDER BY day DESC LIMIT 1),"
        " (SELECT close FROM bars b WHERE b.symbol_id = s.id ORDER BY day DESC LIMIT 1 OFFSET 1),"
        " s.source, s.remote_symbol,"
        " (SELECT MAX(imported_at) FROM imports i WHERE i.symbol_id = s.id), s.sector"
        " FROM symbols s ORDER BY s.symbol");
    if (!q)
        return withFile(q.error(), m_path);
    while (q->step()) {
        SymbolInfo info {q->text(0), q->text(1), q->int64(2) != 0, q->int64(3), dateOrNull(*q, 4), dateOrNull(*q, 5)};
        if (!q->isNull(6))
            info.lastClose = q->real(6);
        if (!q->isNull(7))
            info.previousClose = q->real(7);
        info.source = q->text(8);
        info.remoteSymbol = q->text(9);
        if (!q->isNull(10))
            info.lastUpdate = QDateTime::fromString(q->text(10), Qt::ISODate);
        info.sector = q->text(11);
        result.push_back(info);
    }
    if (q->failed())
        return withFile(db->lastError(Text::tr("cannot read the symbols")), m_path);
    return result;
}

std::optional<SymbolInfo> Workspace::symbol(const QString &symbol) const
{
    const auto db = connect();
    if (!db)
        return std::nullopt;
    auto q = sqlite::Statement::prepare(
        *db, "SELECT symbol, name, synthetic, bar_count, first_day, last_day, source, remote_symbol,"
              " (SELECT MAX(imported_at) FROM imports i WHERE i.symbol_id = s.id), sector FROM symbols s WHERE symbol = ?");
    if (!q)
        return std::nullopt;
    q->bind(1, symbol);
    if (!q->step())
        return std::nullopt;
    SymbolInfo info{q->text(0), q->text(1), q->int64(2) != 0, q->int64(3), dateOrNull(*q, 4), dateOrNull(*q, 5)};
    info.source = q->text(6);
    info.remoteSymbol = q->text(7);
    if (!q->isNull(8))
        info.lastUpdate = QDateTime::fromString(q->text(8), Qt::ISODate);
    info.sector = q->text(9);
    return info;
}

Result<qint64> Workspace::symbolId(const sqlite::Connection &db, const QString &symbol) const
{
    auto q = sqlite::Statement::prepare(db, "SELECT id FROM symbols WHERE symbol = ?");
    if (!q)
        return q.error();
    q->bind(1, symbol);
    if (!q->step())
        return Error::notFound(Text::tr("unknown symbol '%1'").arg(symbol), m_path);
    return qint64(q->int64(0));
}

Result<BarSeries> Workspace::readBars(const QString &symbol, QDate from, QDate to) const
{
    const auto db = connect();
    if (!db)
        return db.error();
    return readBarsWith(*db, symbol, from, to);
}

Status Workspace::readBarsEach(const QStringList &symbols,
                               const std::function<Status(qsizetype, BarSeries &&)> &visit, unsigned columns) const
{
    const auto db = connect();
    if (!db)
        return db.error();
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        auto bars = readBarsWith(*db, symbols[i], {}, {}, columns);
        if (!bars)
            return bars.error();
        if (Status s = visit(i, std::move(*bars)); !s)
            return s;
    }
    return {};
}

Result<QHash<QString, std::vector<index::ShareCount>>> Workspace::readAllShareCounts() const
{
    const auto db = connect();
    if (!db)
        return db.error();
    auto q = sqlite::Statement::prepare(*db, "SELECT s.symbol, c.day, c.shares, c.float_factor FROM share_counts c "
                                             "JOIN symbols s ON s.id = c.symbol_id ORDER BY s.symbol, c.day");
    if (!q)
        return withFile(q.error(), m_path);
    QHash<QString, std::vector<index::ShareCount>> counts;
    while (q->step())
        counts[q->text(0)].push_back({static_cast<DayNumber>(q->int64(1)), q->real(2), q->real(3)});
    if (q->failed())
        return withFile(db->lastError(Text::tr("reading the share counts")), m_path);
    return counts;
}

Result<BarSeries> Workspace::readBarsWith(const sqlite::Connection &db, const QString &symbol, QDate from, QDate to,
                                          unsigned columns) const
{
    auto lookup = sqlite::Statement::prepare(db, "SELECT id, bar_count FROM symbols WHERE symbol = ?");
    if (!lookup)
        return lookup.error();
    lookup->bind(1, symbol);
    if (!lookup->step())
        return Error::notFound(Text::tr("unknown symbol '%1'").arg(symbol), m_path);
    const qint64 id = lookup->int64(0);
    const auto expectedBars = static_cast<std::size_t>(lookup->int64(1));

    BarSeries series;
    series.symbol = symbol;
    // The selected columns in table order, each with the series' vector it fills.
    struct Field {
        BarColumn flag;
        const char *name;
        std::vector<double> *values;
    };
    const Field fields[] = {{Open, "open", &series.open},          {High, "high", &series.high},
                            {Low, "low", &series.low},             {Close, "close", &series.close},
                            {AdjClose, "adj_close", &series.adjClose}, {Volume, "volume", &series.volume}};
    QByteArray sql = QByteArrayLiteral("SELECT day");
    std::vector<std::vector<double> *> selected;
    for (const Field &f : fields) {
        if (columns & f.flag) {
            sql += ", ";
            sql += f.name;
            selected.push_back(f.values);
            f.values->reserve(expectedBars);
        }
    }
    sql += " FROM bars WHERE symbol_id = ? AND day BETWEEN ? AND ? ORDER BY day";
    auto q = sqlite::Statement::prepare(db, sql.constData());
    if (!q)
        return q.error();
    q->bind(1, id);
    q->bind(2, from.isValid() ? qint64(toDayNumber(from)) : std::numeric_limits<qint64>::min());
    q->bind(3, to.isValid() ? qint64(toDayNumber(to)) : std::numeric_limits<qint64>::max());

    series.day.reserve(expectedBars);
    while (q->step()) {
        series.day.push_back(static_cast<DayNumber>(q->int64(0)));
        for (std::size_t c = 0; c < selected.size(); ++c)
            selected[c]->push_back(q->real(int(c) + 1));
    }
    if (q->failed())
        return withFile(db.lastError(Text::tr("reading bars of %1").arg(symbol)), m_path);
    for (const Field &f : fields) {
        if (!(columns & f.flag))
            f.values->assign(series.size(), std::numeric_limits<double>::quiet_NaN());
    }
    return series;
}

Result<qint64> Workspace::storeSeries(const BarSeries &series, const SymbolMetadata &metadata,
                                      const std::optional<ImportRecord> &provenance, const TaskControl &control,
                                      const StoreOptions &options)
{
    qint64 written = 0;
    const Status s = writeBatch([&](WorkspaceBatch &batch) -> Status {
        const auto n = writeSeries(batch.m_db, series, metadata, provenance, control, options);
        if (!n)
            return n.error();
        if (control.cancelled())
            return Error::cancelled(Text::tr("cancelled; the workspace is unchanged"), m_path);
        written = *n;
        return options.beforeCommit ? options.beforeCommit(written) : Status();
    });
    if (!s)
        return s.error();
    control.report(1.0);
    return written;
}

Status Workspace::writeTransaction(const std::function<Status(const sqlite::Connection &db)> &write)
{
    if (Status s = checkWritable(); !s)
        return s;
    const auto db = connect();
    if (!db)
        return db.error();
    sqlite::Transaction tx(*db);
    if (!tx.begun())
        return withFile(tx.begun().error(), m_path);
    if (Status s = write(*db); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return withFile(s.error(), m_path);
    return {};
}

Status Workspace::writeBatch(const std::function<Status(WorkspaceBatch &)> &fill)
{
    return writeTransaction([&](const sqlite::Connection &db) {
        WorkspaceBatch batch(*this, db);
        return fill(batch);
    });
}

Result<qint64> WorkspaceBatch::storeSeries(const BarSeries &series, const SymbolMetadata &metadata,
                                           const StoreOptions &options)
{
    return m_workspace.writeSeries(m_db, series, metadata, std::nullopt, TaskControl{}, options);
}

Status WorkspaceBatch::setWatchlist(const QString &name, const QStringList &symbols)
{
    return m_workspace.writeWatchlist(m_db, name, symbols);
}

Status WorkspaceBatch::setSetting(const QString &key, const QString &value)
{
    return m_workspace.writeSetting(m_db, key, value);
}

Result<qint64> Workspace::writeSeries(const sqlite::Connection &connection, const BarSeries &series,
                                      const SymbolMetadata &metadata, const std::optional<ImportRecord> &provenance,
                                      const TaskControl &control, const StoreOptions &options) const
{
    const sqlite::Connection *db = &connection;
    if (series.symbol.isEmpty())
        return Error::invalidArgument(Text::tr("the series has no symbol"));
    if (!series.isConsistent())
        return Error::internal(Text::tr("the series of %1 is not sorted by date").arg(series.symbol));
    auto addSymbol = sqlite::Statement::prepare(
        *db, "INSERT INTO symbols (symbol, name, synthetic, source, remote_symbol, sector) VALUES (?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (symbol) DO UPDATE SET "
              "name = CASE WHEN excluded.name = '' THEN name ELSE excluded.name END, synthetic = excluded.synthetic, "
              "source = CASE WHEN excluded.source = '' THEN source ELSE excluded.source END, "
              "remote_symbol = CASE WHEN excluded.remote_symbol = '' THEN remote_symbol ELSE excluded.remote_symbol END, "
              "sector = CASE WHEN excluded.sector = '' THEN sector ELSE excluded.sector END");
    if (!addSymbol)
        return addSymbol.error();
    addSymbol->bind(1, series.symbol);
    addSymbol->bind(2, metadata.name);
    addSymbol->bind(3, metadata.synthetic ? 1 : 0);
    addSymbol->bind(4, metadata.source);
    addSymbol->bind(5, metadata.remoteSymbol);
    addSymbol->bind(6, metadata.sector);
    if (Status s = addSymbol->run(); !s)
        return withFile(s.error(), m_path);
    const auto id = symbolId(*db, series.symbol);
    if (!id)
        return id.error();
    if (options.replaceBars) {
        auto clear = sqlite::Statement::prepare(*db, "DELETE FROM bars WHERE symbol_id = ?");
        if (!clear)
            return clear.error();
        clear->bind(1, *id);
        if (Status s = clear->run(); !s)
            return withFile(s.error(), m_path);
    }

    auto batch = sqlite::Statement::prepare(*db, upsertSql(kRowsPerInsert).constData());
    auto single = sqlite::Statement::prepare(*db, upsertSql(1).constData());
    if (!batch || !single)
        return withFile((batch ? single : batch).error(), m_path);

    const std::size_t n = series.size();
    const auto bindRow = [&](sqlite::Statement &stmt, int row, std::size_t i) {
        const int base = row * kColumnsPerBar;
        stmt.bind(base + 1, *id);
        stmt.bind(base + 2, qint64(series.day[i]));
        stmt.bind(base + 3, series.open[i]);
        stmt.bind(base + 4, series.high[i]);
        stmt.bind(base + 5, series.low[i]);
        stmt.bind(base + 6, series.close[i]);
        stmt.bind(base + 7, series.adjClose[i]);
        stmt.bind(base + 8, series.volume[i]);
    };
    std::size_t i = 0;
    for (std::size_t chunk = 0; i + kRowsPerInsert <= n; ++chunk) {
        for (int r = 0; r < kRowsPerInsert; ++r, ++i)
            bindRow(*batch, r, i);
        if (Status s = batch->run(); !s)
            return withFile(s.error(), m_path);
        if (chunk % 256 == 255) {
            if (control.cancelled())
                return Error::cancelled(Text::tr("cancelled; the workspace is unchanged"), m_path);
            control.report(double(i) / double(n));
        }
    }
    for (; i < n; ++i) {
        bindRow(*single, 0, i);
        if (Status s = single->run(); !s)
            return withFile(s.error(), m_path);
    }

    if (options.actions) {
        const auto added = storeCorporateActions(*db, *id, *options.actions);
        if (!added)
            return withFile(added.error(), m_path);
        // New bars that reach a stored ex-date (a dividend known before its bar) change the
        // factors of every bar before it too.
        const auto reached = series.empty() ? Result<bool>(false) : dividendFrom(*db, *id, series.day.front());
        if (!reached)
            return withFile(reached.error(), m_path);
        if (*added > 0 || options.replaceBars || *reached) {
            if (Status s = deriveAdjustedCloses(*db, *id); !s)
                return withFile(s.error(), m_path);
        }
    }

    if (options.shares) {
        if (Status s = writeShareCounts(*db, *id, *options.shares); !s)
            return withFile(s.error(), m_path);
    }

    auto extent = sqlite::Statement::prepare(
        *db, "UPDATE symbols SET bar_count = (SELECT COUNT(*) FROM bars WHERE symbol_id = ?1), "
              "first_day = (SELECT MIN(day) FROM bars WHERE symbol_id = ?1), "
              "last_day = (SELECT MAX(day) FROM bars WHERE symbol_id = ?1) WHERE id = ?1");
    if (!extent)
        return extent.error();
    extent->bind(1, *id);
    if (Status s = extent->run(); !s)
        return withFile(s.error(), m_path);

    if (provenance) {
        auto log = sqlite::Statement::prepare(
            *db, "INSERT INTO imports (symbol_id, file, format, imported_at, rows_read, rows_imported, rows_skipped, "
                  "first_day, last_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!log)
            return log.error();
        const QDateTime when = provenance->importedAt.isValid() ? provenance->importedAt
                                                                 : QDateTime::currentDateTimeUtc();
        log->bind(1, *id);
        log->bind(2, provenance->file);
        log->bind(3, provenance->format);
        log->bind(4, when.toUTC().toString(Qt::ISODate));
        log->bind(5, qint64(provenance->rowsRead));
        log->bind(6, qint64(provenance->rowsImported));
        log->bind(7, qint64(provenance->rowsSkipped));
        if (series.empty()) {
            log->bindNull(8);
            log->bindNull(9);
        } else {
            log->bind(8, qint64(series.day.front()));
            log->bind(9, qint64(series.day.back()));
        }
        if (Status s = log->run(); !s)
            return withFile(s.error(), m_path);
    }

    return qint64(n);
}

Result<CorporateActions> Workspace::readCorporateActions(const QString &symbol) const
{
    const auto db = connect();
    if (!db)
        return db.error();
    const auto id = symbolId(*db, symbol);
    if (!id)
        return id.error();
    auto q = sqlite::Statement::prepare(
        *db, "SELECT day, kind, amount, numerator, denominator FROM corporate_actions WHERE symbol_id = ? ORDER BY day");
    if (!q)
        return withFile(q.error(), m_path);
    q->bind(1, *id);
    CorporateActions actions;
    while (q->step()) {
        const QDate date = toDate(DayNumber(q->int64(0)));
        if (q->text(1) == QLatin1String("dividend"))
            actions.dividends.push_back({date, q->real(2)});
        else
            actions.splits.push_back({date, q->real(3), q->real(4)});
    }
    if (q->failed())
        return withFile(db->lastError(Text::tr("cannot read the corporate actions of %1").arg(symbol)), m_path);
    return actions;
}

namespace {

Status checkHoldingsInput(const QString &name, const index::HoldingsSnapshot &snapshot, const QString &file)
{
    if (name.trimmed().isEmpty())
        return Error::invalidArgument(Text::tr("a holdings snapshot needs a fund name"));
    if (!snapshot.asOf.isValid())
        return Error::invalidInput(Text::tr("the holdings file gives no date (\"Fund Holdings as of\")"), file);
    return {};
}

} // namespace

Result<qint64> Workspace::storeHoldings(const QString &name, const index::HoldingsSnapshot &snapshot, const QString &file,
                                        const std::function<Status(qint64 rows)> &beforeCommit)
{
    // The input's own errors first, before the transaction waits for a busy workspace.
    if (Status s = checkHoldingsInput(name, snapshot, file); !s)
        return s.error();
    qint64 rows = 0;
    const Status written = writeTransaction([&](const sqlite::Connection &db) -> Status {
        const auto n = writeHoldings(db, name, snapshot, file);
        if (!n)
            return n.error();
        rows = *n;
        return beforeCommit ? beforeCommit(rows) : Status();
    });
    if (!written)
        return written.error();
    return rows;
}

Result<qint64> WorkspaceBatch::storeHoldings(const QString &name, const index::HoldingsSnapshot &snapshot,
                                             const QString &file)
{
    return m_workspace.writeHoldings(m_db, name, snapshot, file);
}

Result<qint64> Workspace::writeHoldings(const sqlite::Connection &connection, const QString &name,
                                        const index::HoldingsSnapshot &snapshot, const QString &file) const
{
    const sqlite::Connection *db = &connection;
    if (Status s = checkHoldingsInput(name, snapshot, file); !s)
        return s.error();
    auto replace = sqlite::Statement::prepare(*db, "DELETE FROM holdings_snapshots WHERE name = ? AND as_of = ?");
    auto add = sqlite::Statement::prepare(
        *db, "INSERT INTO holdings_snapshots (name, as_of, fund, file, imported_at) VALUES (?, ?, ?, ?, ?)");
    auto row = sqlite::Statement::prepare(
        *db, "INSERT INTO holdings (snapshot_id, line, ticker, name, sector, asset_class, market_value, weight_pct, "
             "notional_value, quantity, price, exchange, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto id = sqlite::Statement::prepare(*db, "SELECT last_insert_rowid()");
    if (!replace || !add || !row || !id)
        return withFile((!replace ? replace : !add ? add : !row ? row : id).error(), m_path);
    replace->bind(1, name);
    replace->bind(2, qint64(toDayNumber(snapshot.asOf)));
    add->bind(1, name);
    add->bind(2, qint64(toDayNumber(snapshot.asOf)));
    add->bind(3, snapshot.fund);
    add->bind(4, file);
    add->bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = replace->run(); !s)
        return withFile(s.error(), m_path);
    if (Status s = add->run(); !s)
        return withFile(s.error(), m_path);
    if (!id->step())
        return withFile(db->lastError(Text::tr("storing the holdings")), m_path);
    const qint64 snapshotId = id->int64(0);
    const auto number = [&row](int column, double v) {
        if (std::isfinite(v))
            row->bind(column, v);
        else
            row->bindNull(column);
    };
    for (const index::Holding &h : snapshot.holdings) {
        row->reset();
        row->bind(1, snapshotId);
        row->bind(2, h.line);
        row->bind(3, h.ticker);
        row->bind(4, h.name);
        row->bind(5, h.sector);
        row->bind(6, h.assetClass);
        number(7, h.marketValue);
        number(8, h.weightPercent);
        number(9, h.notionalValue);
        number(10, h.quantity);
        number(11, h.price);
        row->bind(12, h.exchange);
        row->bind(13, h.currency);
        if (Status s = row->run(); !s)
            return withFile(s.error(), m_path);
    }
    return qint64(snapshot.holdings.size());
}

Result<std::vector<HoldingsSnapshotInfo>> Workspace::holdingsSnapshots() const
{
    const auto db = connect();
    if (!db)
        return db.error();
    auto q = sqlite::Statement::prepare(
        *db, "SELECT s.name, s.as_of, s.fund, s.file, s.imported_at, (SELECT COUNT(*) FROM holdings h WHERE "
             "h.snapshot_id = s.id) FROM holdings_snapshots s ORDER BY s.name, s.as_of");
    if (!q)
        return withFile(q.error(), m_path);
    std::vector<HoldingsSnapshotInfo> out;
    while (q->step())
        out.push_back({q->text(0), toDate(DayNumber(q->int64(1))), q->text(2), q->text(3),
                       QDateTime::fromString(q->text(4), Qt::ISODate), q->int64(5)});
    if (q->failed())
        return withFile(db->lastError(Text::tr("cannot read the holdings snapshots")), m_path);
    return out;
}

Result<index::HoldingsSnapshot> Workspace::readHoldings(const QString &name, QDate asOf) const
{
    const auto db = connect();
    if (!db)
        return db.error();
    auto snapshot = sqlite::Statement::prepare(
        *db, asOf.isValid() ? "SELECT id, as_of, fund FROM holdings_snapshots WHERE name = ? AND as_of = ?"
                            : "SELECT id, as_of, fund FROM holdings_snapshots WHERE name = ? ORDER BY as_of DESC LIMIT 1");
    if (!snapshot)
        return withFile(snapshot.error(), m_path);
    snapshot->bind(1, name);
    if (asOf.isValid())
        snapshot->bind(2, qint64(toDayNumber(asOf)));
    if (!snapshot->step()) {
        if (snapshot->failed())
            return withFile(db->lastError(Text::tr("cannot read the holdings of %1").arg(name)), m_path);
        return Error::notFound(asOf.isValid() ? Text::tr("no holdings of '%1' dated %2").arg(name, asOf.toString(Qt::ISODate))
                                              : Text::tr("no holdings called '%1' (holdings import adds them)").arg(name),
                               m_path);
    }
    index::HoldingsSnapshot out;
    const qint64 id = snapshot->int64(0);
    out.asOf = toDate(DayNumber(snapshot->int64(1)));
    out.fund = snapshot->text(2);
    auto rows = sqlite::Statement::prepare(
        *db, "SELECT line, ticker, name, sector, asset_class, market_value, weight_pct, notional_value, quantity, price, "
             "exchange, currency FROM holdings WHERE snapshot_id = ? ORDER BY line");
    if (!rows)
        return withFile(rows.error(), m_path);
    rows->bind(1, id);
    const auto number = [&rows](int column) {
        return rows->isNull(column) ? std::numeric_limits<double>::quiet_NaN() : rows->real(column);
    };
    while (rows->step()) {
        index::Holding h;
        h.line = rows->int64(0);
        h.ticker = rows->text(1);
        h.name = rows->text(2);
        h.sector = rows->text(3);
        h.assetClass = rows->text(4);
        h.marketValue = number(5);
        h.weightPercent = number(6);
        h.notionalValue = number(7);
        h.quantity = number(8);
        h.price = number(9);
        h.exchange = rows->text(10);
        h.currency = rows->text(11);
        out.holdings.push_back(std::move(h));
    }
    if (rows->failed())
        return withFile(db->lastError(Text::tr("cannot read the holdings of %1").arg(name)), m_path);
    return out;
}

Status Workspace::removeSymbol(const QString &symbol)
{
    if (Status s = checkWritable(); !s)
        return s;
    const auto db = connect();
    if (!db)
        return db.error();
    const auto id = symbolId(*db, symbol);
    if (!id)
        return id.error();
    auto q = sqlite::Statement::prepare(*db, "DELETE FROM symbols WHERE id = ?");
    if (!q)
        return q.error();
    q->bind(1, *id);
    return q->run();
}

std::vector<ImportRecord> Workspace::importLog() const
{
    std::vector<ImportRecord> result;
    const auto db = connect();
    if (!db)
        return result;
    auto q = sqlite::Statement::prepare(
        *db, "SELECT i.id, s.symbol, i.file, i.format, i.imported_at, i.rows_read, i.rows_imported, i.rows_skipped, "
              "i.first_day, i.last_day FROM imports i JOIN symbols s ON s.id = i.symbol_id ORDER BY i.id DESC");
    if (!q)
        return result;
    while (q->step()) {
        result.push_back({q->int64(0), q->text(1), q->text(2), q->text(3),
                          QDateTime::fromString(q->text(4), Qt::ISODate), q->int64(5), q->int64(6), q->int64(7),
                          dateOrNull(*q, 8), dateOrNull(*q, 9)});
    }
    return result;
}

Status Workspace::setSetting(const QString &key, const QString &value)
{
    if (Status s = checkWritable(); !s)
        return s;
    const auto db = connect();
    if (!db)
        return db.error();
    return writeSetting(*db, key, value);
}

Status Workspace::writeSetting(const sqlite::Connection &db, const QString &key, const QString &value) const
{
    auto q = sqlite::Statement::prepare(
        db, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!q)
        return q.error();
    q->bind(1, key);
    q->bind(2, value);
    return q->run();
}

Status Workspace::setWatchlist(const QString &name, const QStringList &symbols)
{
    return writeBatch([&](WorkspaceBatch &batch) { return batch.setWatchlist(name, symbols); });
}

Status Workspace::writeWatchlist(const sqlite::Connection &db, const QString &name, const QStringList &symbols) const
{
    if (name.trimmed().isEmpty())
        return Error::invalidArgument(Text::tr("a watchlist needs a name"));
    auto clear = sqlite::Statement::prepare(db, "DELETE FROM watchlists WHERE name = ?");
    auto add = sqlite::Statement::prepare(db, "INSERT INTO watchlists (name, position, symbol) VALUES (?, ?, ?)");
    if (!clear || !add)
        return withFile((clear ? add : clear).error(), m_path);
    clear->bind(1, name);
    if (Status s = clear->run(); !s)
        return withFile(s.error(), m_path);
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        add->reset();
        add->bind(1, name);
        add->bind(2, qint64(i));
        add->bind(3, symbols[i]);
        if (Status s = add->run(); !s)
            return withFile(s.error(), m_path);
    }
    return {};
}

Result<QStringList> Workspace::watchlist(const QString &name) const
{
    const auto db = connect();
    if (!db)
        return db.error();
    auto q = sqlite::Statement::prepare(*db, "SELECT symbol FROM watchlists WHERE name = ? ORDER BY position");
    if (!q)
        return withFile(q.error(), m_path);
    q->bind(1, name);
    QStringList symbols;
    while (q->step())
        symbols.push_back(q->text(0));
    if (q->failed())
        return withFile(db->lastError(Text::tr("reading watchlist %1").arg(name)), m_path);
    if (symbols.isEmpty())
        return Error::notFound(Text::tr("no watchlist called '%1'").arg(name), m_path);
    return symbols;
}

Result<QStringList> Workspace::watchlists() const
{
    const auto db = connect();
    if (!db)
        return db.error();
    auto q = sqlite::Statement::prepare(*db, "SELECT DISTINCT name FROM watchlists ORDER BY name");
    if (!q)
        return withFile(q.error(), m_path);
    QStringList names;
    while (q->step())
        names.push_back(q->text(0));
    if (q->failed())
        return withFile(db->lastError(Text::tr("reading the watchlists")), m_path);
    return names;
}

Result<std::vector<index::ShareCount>> Workspace::readShareCounts(const QString &symbol) const
{
    const auto db = connect();
    if (!db)
        return db.error();
    const auto id = symbolId(*db, symbol);
    if (!id)
        return id.error();
    auto q = sqlite::Statement::prepare(*db, "SELECT day, shares, float_factor FROM share_counts WHERE symbol_id = ? ORDER BY day");
    if (!q)
        return withFile(q.error(), m_path);
    q->bind(1, *id);
    std::vector<index::ShareCount> counts;
    while (q->step())
        counts.push_back({static_cast<DayNumber>(q->int64(0)), q->real(1), q->real(2)});
    if (q->failed())
        return withFile(db->lastError(Text::tr("reading the share counts of %1").arg(symbol)), m_path);
    return counts;
}

std::optional<QString> Workspace::setting(const QString &key) const
{
    const auto db = connect();
    if (!db)
        return std::nullopt;
    auto q = sqlite::Statement::prepare(*db, "SELECT value FROM settings WHERE key = ?");
    if (!q)
        return std::nullopt;
    q->bind(1, key);
    if (!q->step())
        return std::nullopt;
    return q->text(0);
}

std::vector<SavedRuleStrategy> Workspace::ruleStrategies() const
{
    std::vector<SavedRuleStrategy> result;
    const auto db = connect();
    if (!db)
        return result;
    auto q = sqlite::Statement::prepare(*db, "SELECT name, source, saved_at FROM rule_strategies ORDER BY name");
    if (!q)
        return result;
    while (q->step())
        result.push_back({q->text(0), q->text(1), QDateTime::fromString(q->text(2), Qt::ISODate)});
    return result;
}

std::optional<SavedRuleStrategy> Workspace::ruleStrategy(const QString &name) const
{
    const auto db = connect();
    if (!db)
        return std::nullopt;
    auto q = sqlite::Statement::prepare(*db, "SELECT name, source, saved_at FROM rule_strategies WHERE name = ?");
    if (!q)
        return std::nullopt;
    q->bind(1, name);
    if (!q->step())
        return std::nullopt;
    return SavedRuleStrategy{q->text(0), q->text(1), QDateTime::fromString(q->text(2), Qt::ISODate)};
}

Status Workspace::saveRuleStrategy(const QString &name, const QString &source)
{
    if (Status s = checkWritable(); !s)
        return s;
    const auto db = connect();
    if (!db)
        return db.error();
    auto q = sqlite::Statement::prepare(*db,
        "INSERT INTO rule_strategies (name, source, saved_at) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET source = excluded.source, saved_at = excluded.saved_at");
    if (!q)
        return q.error();
    q->bind(1, name);
    q->bind(2, source);
    q->bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q->run();
}

Status Workspace::removeRuleStrategy(const QString &name)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (!ruleStrategy(name))
        return Error::notFound(Text::tr("no rule strategy called %1 in the workspace").arg(name), m_path);
    const auto db = connect();
    if (!db)
        return db.error();
    auto q = sqlite::Statement::prepare(*db, "DELETE FROM rule_strategies WHERE name = ?");
    if (!q)
        return q.error();
    q->bind(1, name);
    return q->run();
}

namespace {

SavedModelRecord modelRecordOf(const sqlite::Statement &q)
{
    return {q.text(0), q.text(1), q.blob(2), QDateTime::fromString(q.text(3), Qt::ISODate)};
}

} // namespace

std::vector<SavedModelRecord> Workspace::savedModels() const
{
    std::vector<SavedModelRecord> result;
    const auto db = connect();
    if (!db)
        return result;
    auto q = sqlite::Statement::prepare(*db, "SELECT name, description, bytes, saved_at FROM ml_models ORDER BY name");
    if (!q)
        return result;
    while (q->step())
        result.push_back(modelRecordOf(*q));
    return result;
}

std::optional<SavedModelRecord> Workspace::savedModel(const QString &name) const
{
    const auto db = connect();
    if (!db)
        return std::nullopt;
    auto q = sqlite::Statement::prepare(*db, "SELECT name, description, bytes, saved_at FROM ml_models WHERE name = ?");
    if (!q)
        return std::nullopt;
    q->bind(1, name);
    if (!q->step())
        return std::nullopt;
    return modelRecordOf(*q);
}

Status Workspace::saveModel(const SavedModelRecord &record)
{
    if (Status s = checkWritable(); !s)
        return s;
    const auto db = connect();
    if (!db)
        return db.error();
    auto q = sqlite::Statement::prepare(*db,
        "INSERT INTO ml_models (name, description, bytes, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET description = excluded.description, bytes = excluded.bytes, "
        "saved_at = excluded.saved_at");
    if (!q)
        return q.error();
    q->bind(1, record.name);
    q->bind(2, record.description);
    q->bind(3, record.bytes);
    q->bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q->run();
}

Status Workspace::removeModel(const QString &name)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (!savedModel(name))
        return Error::notFound(Text::tr("no model called %1 in the workspace").arg(name), m_path);
    const auto db = connect();
    if (!db)
        return db.error();
    auto q = sqlite::Statement::prepare(*db, "DELETE FROM ml_models WHERE name = ?");
    if (!q)
        return q.error();
    q->bind(1, name);
    return q->run();
}

} // namespace rutile
