#include "storage/Schema.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

namespace rutile::schema {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Schema)
};

// Version 1: the bar cache and the import log.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE symbols (
    id      INTEGER PRIMARY KEY,
    symbol  TEXT NOT NULL UNIQUE
);
CREATE TABLE bars (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    day       INTEGER NOT NULL,          -- days since 1970-01-01
    open      REAL NOT NULL,
    high      REAL NOT NULL,
    low       REAL NOT NULL,
    close     REAL NOT NULL,
    adj_close REAL NOT NULL,
    volume    REAL NOT NULL,
    PRIMARY KEY (symbol_id, day)
) WITHOUT ROWID;
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    symbol_id     INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    file          TEXT NOT NULL,
    format        TEXT NOT NULL,
    imported_at   TEXT NOT NULL,         -- ISO 8601, UTC
    rows_read     INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_skipped  INTEGER NOT NULL,
    first_day     INTEGER,
    last_day      INTEGER
);
CREATE INDEX imports_by_symbol ON imports(symbol_id);
)sql";

// Version 2: symbol names and the synthetic flag (the sample workspace), per-symbol extent
// kept with the symbol so that listing thousands of symbols does not scan every bar, and
// workspace settings (chart layouts, default benchmark).
constexpr const char *kVersion2 = R"sql(
ALTER TABLE symbols ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE symbols ADD COLUMN synthetic INTEGER NOT NULL DEFAULT 0;
ALTER TABLE symbols ADD COLUMN bar_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE symbols ADD COLUMN first_day INTEGER;
ALTER TABLE symbols ADD COLUMN last_day INTEGER;
UPDATE symbols SET
    bar_count = (SELECT COUNT(*) FROM bars WHERE bars.symbol_id = symbols.id),
    first_day = (SELECT MIN(day) FROM bars WHERE bars.symbol_id = symbols.id),
    last_day  = (SELECT MAX(day) FROM bars WHERE bars.symbol_id = symbols.id);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 3: strategies written in the rule language and saved in the workspace (the strategy
// editor's "Save to Workspace"), by their CLI name, as the text the user wrote.
constexpr const char *kVersion3 = R"sql(
CREATE TABLE rule_strategies (
    name     TEXT PRIMARY KEY,
    source   TEXT NOT NULL,
    saved_at TEXT NOT NULL               -- ISO 8601, UTC
) WITHOUT ROWID;
)sql";

// Version 4: downloads. A symbol remembers the provider it was downloaded from and the name
// the provider knows it by (^RUT for RUT), so `update` knows where to go; dividends and
// splits are kept in their own table, beside the provider's prices, so adjusted prices are
// derived and never baked in.
constexpr const char *kVersion4 = R"sql(
ALTER TABLE symbols ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE symbols ADD COLUMN remote_symbol TEXT NOT NULL DEFAULT '';
CREATE TABLE corporate_actions (
    symbol_id   INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,         -- days since 1970-01-01 (ex-date or split date)
    kind        TEXT NOT NULL CHECK (kind IN ('dividend', 'split')),
    amount      REAL NOT NULL DEFAULT 0,  -- dividend per share
    numerator   REAL NOT NULL DEFAULT 1,  -- split numerator:denominator (2:1)
    denominator REAL NOT NULL DEFAULT 1,
    PRIMARY KEY (symbol_id, day, kind)
) WITHOUT ROWID;
)sql";

// Version 5: fund holdings snapshots (the index lab): several dates per fund, each with its rows
// as the issuer's file gave them.
constexpr const char *kVersion5 = R"sql(
CREATE TABLE holdings_snapshots (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,            -- the fund as the user names it: IWM
    as_of       INTEGER NOT NULL,         -- days since 1970-01-01
    fund        TEXT NOT NULL DEFAULT '', -- the file's own title
    file        TEXT NOT NULL,
    imported_at TEXT NOT NULL,            -- ISO 8601, UTC
    UNIQUE (name, as_of)
);
CREATE TABLE holdings (
    snapshot_id    INTEGER NOT NULL REFERENCES holdings_snapshots(id) ON DELETE CASCADE,
    line           INTEGER NOT NULL,
    ticker         TEXT NOT NULL,
    name           TEXT NOT NULL,
    sector         TEXT NOT NULL,
    asset_class    TEXT NOT NULL,
    market_value   REAL,                  -- NULL where the file writes '-'
    weight_pct     REAL,
    notional_value REAL,
    quantity       REAL,
    price          REAL,
    exchange       TEXT NOT NULL,
    currency       TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, line)
) WITHOUT ROWID;
)sql";

// Version 6: index constituents and lists. A symbol may carry its sector; its share counts and
// float factors are dated (each in force until the next), in the units of its stored prices;
// watchlists are named, ordered symbol lists (the sample universe is one).
constexpr const char *kVersion6 = R"sql(
ALTER TABLE symbols ADD COLUMN sector TEXT NOT NULL DEFAULT '';
CREATE TABLE share_counts (
    symbol_id    INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    day          INTEGER NOT NULL,        -- days since 1970-01-01: in force from this day
    shares       REAL NOT NULL,
    float_factor REAL NOT NULL DEFAULT 1,
    PRIMARY KEY (symbol_id, day)
) WITHOUT ROWID;
CREATE TABLE watchlists (
    name     TEXT NOT NULL,
    position INTEGER NOT NULL,
    symbol   TEXT NOT NULL,               -- by name: a list may hold tickers not cached yet
    PRIMARY KEY (name, position)
) WITHOUT ROWID;
)sql";

// Version 7: trained ML models (the ML Lab's "Save Model", `ml --save-model`), by name: the
// library's own bytes and a JSON description of what they were trained on.
constexpr const char *kVersion7 = R"sql(
CREATE TABLE ml_models (
    name        TEXT PRIMARY KEY,
    description TEXT NOT NULL,           -- JSON: symbol, features, horizon, model, params, rows, days
    bytes       BLOB NOT NULL,           -- the model in its library's own format
    saved_at    TEXT NOT NULL            -- ISO 8601, UTC
) WITHOUT ROWID;
)sql";

// Version 8: the run journal. Every backtest, optimisation, walk-forward and ML run, appended
// once and never edited (a trigger refuses UPDATE); ids are never reused (AUTOINCREMENT), and
// the one way out, purging entries older than a date, leaves a line in run_purges.
constexpr const char *kVersion8 = R"sql(
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    time        TEXT NOT NULL,            -- ISO 8601, UTC, milliseconds
    kind        TEXT NOT NULL,            -- backtest, optimize, walkforward, ml
    symbol      TEXT NOT NULL,
    strategy    TEXT NOT NULL,
    app_version TEXT NOT NULL,
    data_hash   TEXT NOT NULL,            -- SHA-256 of the bars the run read
    inputs      TEXT NOT NULL,            -- JSON: everything that shaped the run
    summary     TEXT NOT NULL,            -- JSON: the headline results
    results     BLOB NOT NULL             -- CBOR (RFC 8949) of the JSON document of the full results
);
CREATE INDEX runs_by_time ON runs(time);
CREATE TRIGGER runs_are_append_only BEFORE UPDATE ON runs
BEGIN
    SELECT RAISE(ABORT, 'the run journal is append-only');
END;
CREATE TABLE run_purges (
    purged_at TEXT NOT NULL,              -- ISO 8601, UTC
    before    TEXT NOT NULL,              -- entries older than this were removed
    runs      INTEGER NOT NULL
);
)sql";

constexpr const char *kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6, kVersion7,
                                       kVersion8};
static_assert(std::size(kMigrations) == Workspace::kSchemaVersion, "one migration per schema version");

} // namespace

Result<Inspection> inspect(const sqlite::Connection &db)
{
    // Reads only: nothing here may write to a file that turns out to be foreign.
    const auto scalar = [&db](const char *sql) -> Result<qint64> {
        auto query = sqlite::Statement::prepare(db, sql);
        if (!query)
            return query.error();
        if (!query->step())
            return db.lastError(Text::tr("reading the file"));
        return qint64(query->int64(0));
    };
    const auto tables = scalar("SELECT COUNT(*) FROM sqlite_master");
    if (!tables)
        return tables.error();
    const auto version = scalar("PRAGMA user_version");
    const auto appId = scalar("PRAGMA application_id");
    if (!version || !appId)
        return (version ? appId : version).error();
    return Inspection{*tables == 0, static_cast<int>(*version), static_cast<std::int32_t>(*appId)};
}

Status migrate(const sqlite::Connection &db, int fromVersion, int toVersion)
{
    if (fromVersion == toVersion)
        return {};
    sqlite::Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (int v = fromVersion; v < toVersion; ++v) {
        if (Status s = db.exec(kMigrations[v]); !s) {
            Error e = s.error();
            e.message = Text::tr("upgrading the workspace to schema version %1: %2").arg(v + 1).arg(e.message);
            return e;
        }
    }
    const QByteArray pragmas = QByteArrayLiteral("PRAGMA application_id = ") + QByteArray::number(Workspace::kApplicationId)
        + QByteArrayLiteral("; PRAGMA user_version = ") + QByteArray::number(toVersion) + ';';
    if (Status s = db.exec(pragmas.constData()); !s)
        return s;
    return tx.commit();
}

} // namespace rutile::schema
