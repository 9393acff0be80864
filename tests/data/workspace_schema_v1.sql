-- A Rutile workspace as schema version 1 wrote it (before symbol names, the synthetic
-- flag, the per-symbol extent and settings), with two symbols and an import record.
-- Used by the migration test; keep it as it is.
PRAGMA application_id = 1381323852;
PRAGMA user_version = 1;
CREATE TABLE symbols (
    id      INTEGER PRIMARY KEY,
    symbol  TEXT NOT NULL UNIQUE
);
CREATE TABLE bars (
    symbol_id INTEGER NOT NULL REFERENCES symbols(id) ON DELETE CASCADE,
    day       INTEGER NOT NULL,
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
    imported_at   TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_skipped  INTEGER NOT NULL,
    first_day     INTEGER,
    last_day      INTEGER
);
CREATE INDEX imports_by_symbol ON imports(symbol_id);
INSERT INTO symbols (id, symbol) VALUES (1, 'RUT'), (2, 'SPX');
-- 19724 = 2024-01-02, 19725 = 2024-01-03, 19726 = 2024-01-04 (days since 1970-01-01)
INSERT INTO bars VALUES (1, 19724, 2000, 2020, 1990, 2011, 2011, 1500);
INSERT INTO bars VALUES (1, 19725, 2011, 2012, 1980, 1986.5, 1986.5, 1700);
INSERT INTO bars VALUES (1, 19726, 1986.5, 1999, 1975, 1990, 1990, 1600);
INSERT INTO bars VALUES (2, 19725, 4741, 4745, 4700, 4704.81, 4704.81, 3000000000);
INSERT INTO imports VALUES (1, 1, '/data/RUT.csv', 'yahoo', '2026-01-05T10:00:00Z', 3, 3, 0, 19724, 19726);
