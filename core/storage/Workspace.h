#pragma once

#include "data/BarSeries.h"
#include "data/CorporateActions.h"
#include "index/Holdings.h"
#include "index/IndexEngine.h"
#include "storage/Sqlite.h"
#include "storage/WorkspaceAccess.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDate>
#include <QByteArray>
#include <QCborMap>
#include <QDateTime>
#include <QJsonObject>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <limits>
#include <optional>
#include <vector>

namespace rutile {

/// A symbol in the cache with the extent of its history.
struct SymbolInfo {
    QString symbol;
    QString name;           ///< descriptive name; may be empty
    bool synthetic = false; ///< generated data (the sample workspace), never market data
    qint64 bars = 0;
    QDate firstDate;
    QDate lastDate;
    double lastClose = std::numeric_limits<double>::quiet_NaN(); ///< close of the last bar
    double previousClose = std::numeric_limits<double>::quiet_NaN(); ///< close of the bar before it
    QString source{};     ///< provider it was downloaded from ("yahoo"); empty for files and samples
    QString remoteSymbol{}; ///< the provider's name for it ("^RUT"); empty when not downloaded
    QDateTime lastUpdate{}; ///< UTC time of its last import or download; invalid when none was logged
    QString sector{};       ///< for index constituents; empty when not known

    /// Change of the last bar from the one before (NaN without two bars).
    double change() const { return lastClose - previousClose; }
    /// The change in percent of the previous close (NaN without two bars or a zero close).
    double changePercent() const { return previousClose != 0 ? 100.0 * change() / previousClose : std::numeric_limits<double>::quiet_NaN(); }
};

/// Provenance of one import: where the bars came from and what happened to the rows.
struct ImportRecord {
    qint64 id = 0;
    QString symbol;
    QString file;
    QString format;
    QDateTime importedAt; ///< UTC
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    QDate firstDate;
    QDate lastDate;
};

/// Descriptive facts stored with a symbol when its bars are written.
struct SymbolMetadata {
    QString name;
    bool synthetic = false;
    /// Provider and the provider's name for the symbol, for downloads; empty keeps what is stored.
    QString source{};
    QString remoteSymbol{};
    /// The constituent's sector; empty keeps what is stored.
    QString sector{};
};

/// How storeSeries writes, beyond the upsert of bars.
struct StoreOptions {
    /// Deletes every stored bar of the symbol first (a full refetch after upstream re-adjusted
    /// the history), in the same transaction.
    bool replaceBars = false;
    /// Dividends and splits to upsert with the bars; when given, the stored adjusted closes of
    /// the whole symbol are derived again from its closes and all its stored dividends
    /// (dividendAdjustedCloses) whenever a dividend was added or bars were replaced.
    const CorporateActions *actions = nullptr;
    /// Share counts and float factors (index constituents), in the units of the stored prices:
    /// when given, they replace the symbol's stored ones.
    const std::vector<index::ShareCount> *shares = nullptr;
    /// Runs inside storeSeries's transaction once everything is written, with the number of
    /// bars: its error rolls the whole back. A command writes its report there (the CLI's
    /// `import`), so that a report it cannot write (a full disk, a closed pipe) leaves the
    /// workspace as it was. Not called in a WorkspaceBatch, whose own caller decides the commit.
    std::function<Status(qint64 bars)> beforeCommit{};
};

class Workspace;

/// Writes of several symbols and lists made in one transaction (Workspace::writeBatch): all
/// of them land, or none does.
class WorkspaceBatch {
public:
    Result<qint64> storeSeries(const BarSeries &series, const SymbolMetadata &metadata, const StoreOptions &options = {});
    Status setWatchlist(const QString &name, const QStringList &symbols);
    Status setSetting(const QString &key, const QString &value);
    /// Workspace::storeHoldings, in the batch's transaction.
    Result<qint64> storeHoldings(const QString &name, const index::HoldingsSnapshot &snapshot, const QString &file);

private:
    friend class Workspace;
    WorkspaceBatch(const Workspace &workspace, const sqlite::Connection &db) : m_workspace(workspace), m_db(db) {}
    const Workspace &m_workspace;
    const sqlite::Connection &m_db;
};

/// A rule-language strategy saved in the workspace.
struct SavedRuleStrategy {
    QString name;
    QString source;
    QDateTime savedAt; ///< UTC
};

/// A trained model saved in the workspace: its bytes and what it was trained on (JSON text;
/// core/ml reads and writes it).
struct SavedModelRecord {
    QString name;
    QString description;
    QByteArray bytes;
    QDateTime savedAt; ///< UTC
};

/// One entry of the run journal: a backtest, optimisation, walk-forward or ML run as it was
/// made (core/journal builds and reads them; the workspace only keeps them).
struct RunRecord {
    qint64 id = 0;       ///< given by appendRun(); never reused, even after a purge
    QDateTime time;      ///< UTC
    QString kind;        ///< backtest, optimize, walkforward, ml (the CLI's command names)
    QString symbol;      ///< the symbol traded or studied
    QString strategy;    ///< built-in or rule strategy name; the model for ML runs
    QString appVersion;
    QString dataHash;    ///< fingerprint of the bars the run read
    QJsonObject inputs;  ///< everything that shaped the run, enough to run it again
    QJsonObject summary; ///< the headline results
    QCborMap results;    ///< the full results (core/journal's CBOR); empty in runs()' listing
};

/// A purge of the run journal, as logged.
struct RunPurge {
    QDateTime purgedAt; ///< UTC
    QDateTime before;   ///< entries older than this were removed
    qint64 runs = 0;
};

/// A fund's holdings snapshot as the workspace keeps it.
struct HoldingsSnapshotInfo {
    QString name;   ///< the fund as the user named it (IWM)
    QDate asOf;
    QString fund;   ///< the file's own title
    QString file;
    QDateTime importedAt; ///< UTC
    qint64 rows = 0;
};

/// The local history cache: one SQLite file per workspace.
///
/// Bars are keyed by (symbol, day) and written by upsert, so re-importing a file replaces
/// the days it contains and leaves the others alone. Every write happens in one
/// transaction; a failed or cancelled write leaves the file as it was. The file is
/// marked with an application id and a schema version; opening migrates older Rutile
/// schemas forward and refuses, without writing to it, any file that is not a Rutile
/// workspace or that a newer Rutile wrote.
///
/// A Workspace is used from one thread at a time. Threads that work in parallel open
/// their own Workspace on the same file (SQLite's WAL mode lets readers and one writer
/// proceed together).
///
/// No SQLite connection outlives a call: each call opens one, and closes it before it
/// returns. SQLite tells processes apart with POSIX advisory locks, and a process loses all
/// of its locks on a file as soon as ANY code in it closes ANY descriptor of that file. GUI
/// toolkits do exactly that behind the application's back (Qt's file dialogs open every file
/// of the folder they list, the workspace and its -wal and -shm included, to guess its type).
/// A connection kept open for a whole session was left without locks, so the next rutile-cli
/// that closed the workspace believed it was the last user and deleted the -wal and -shm the
/// GUI was still using: the GUI then saw an empty workspace. Holding no lock between calls
/// leaves nothing to lose; a connection costs well under a millisecond to open.
class Workspace {
public:
    /// Schema version written by this build (see Schema.cpp for each version's change).
    static constexpr int kSchemaVersion = 8;
    /// PRAGMA application_id of a Rutile workspace: "RUTL" in ASCII.
    static constexpr std::int32_t kApplicationId = 0x5255544C;

    /// Opens the workspace at `path`. With OpenOrCreate it creates the workspace (and its
    /// folder) when the file does not exist or is empty, and refuses a read-only one; with
    /// Read a missing or empty file is an error and nothing is created. Either way, `path`
    /// must be a regular file or a new path: a folder, a device or a FIFO is refused
    /// without a byte written (SQLite would otherwise put a -journal beside it).
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   WorkspaceAccess access = WorkspaceAccess::OpenOrCreate);

    /// True when the file at `path` must not be written: no write permission for this user,
    /// or no write permission bit at all (owner, group, others). The bits count even for root
    /// or an administrator, who could write the file anyway: clearing them is how a user says
    /// "keep this workspace as it is", and it makes the refusal testable as any user.
    static bool isReadOnly(const QString &path);

    /// The default workspace file in the platform's application-data folder.
    static QString defaultPath();
    /// Where the built-in sample workspace is kept.
    static QString samplePath();

    const QString &path() const { return m_path; }
    /// False when opened with WorkspaceAccess::Read: every write is refused.
    bool isWritable() const { return m_writable; }

    /// Whether no table holds a row: the workspace as open() creates it. A command that made
    /// one and then failed before storing anything removes it (a failed command leaves no trace).
    Result<bool> holdsNothing() const;

    /// Every symbol with its extent and last two closes, or the error that stopped the read
    /// (a busy or damaged database): a reader must not take a failed read for "no symbols".
    Result<std::vector<SymbolInfo>> readSymbols() const;
    /// readSymbols(), or no symbol when the read fails: for callers that only offer a choice.
    std::vector<SymbolInfo> symbols() const;
    std::optional<SymbolInfo> symbol(const QString &symbol) const;

    /// Bars of `symbol` with dates in [from, to]; a null date leaves that side open.
    /// ErrorKind::NotFound when the symbol is not in the cache.
    Result<BarSeries> readBars(const QString &symbol, QDate from = {}, QDate to = {}) const;
    /// The price columns a bulk read decodes; the day is always read.
    enum BarColumn : unsigned {
        Open = 1u << 0,
        High = 1u << 1,
        Low = 1u << 2,
        Close = 1u << 3,
        AdjClose = 1u << 4,
        Volume = 1u << 5,
        AllColumns = (1u << 6) - 1,
    };
    /// The whole history of each of `symbols` through one connection, handed to `visit` with
    /// the symbol's index in the list (reading thousands of symbols one call each would open
    /// thousands of connections). The first error, the read's or `visit`'s, stops it.
    /// `columns` (BarColumn flags) are decoded; the others are NaN: SQLite's decoding is most of
    /// the time of a 2,000-symbol read, and the index engine needs four of the seven columns.
    Status readBarsEach(const QStringList &symbols, const std::function<Status(qsizetype, BarSeries &&)> &visit,
                        unsigned columns = AllColumns) const;

    /// Upserts `series` under `series.symbol` and, when `provenance` is given, records it in
    /// the import log: all in one transaction. Returns the number of bars written.
    Result<qint64> storeSeries(const BarSeries &series, const SymbolMetadata &metadata,
                               const std::optional<ImportRecord> &provenance = std::nullopt,
                               const TaskControl &control = {}, const StoreOptions &options = {});

    /// The dividends and splits stored for `symbol` (none for a symbol never downloaded).
    Result<CorporateActions> readCorporateActions(const QString &symbol) const;

    /// Removes a symbol with its bars and import log.
    Status removeSymbol(const QString &symbol);

    /// The import log, newest first.
    std::vector<ImportRecord> importLog() const;

    /// Stores `snapshot` as fund `name` in one transaction; an earlier snapshot of the same fund
    /// and date is replaced, other dates are kept. Returns the rows written. `beforeCommit`
    /// as StoreOptions has it, with the rows.
    Result<qint64> storeHoldings(const QString &name, const index::HoldingsSnapshot &snapshot, const QString &file,
                                 const std::function<Status(qint64 rows)> &beforeCommit = {});
    /// Every stored snapshot, by fund name and date.
    Result<std::vector<HoldingsSnapshotInfo>> holdingsSnapshots() const;
    /// Fund `name`'s snapshot of `asOf`, or its latest without a date; NotFound when there is none.
    Result<index::HoldingsSnapshot> readHoldings(const QString &name, QDate asOf = {}) const;

    /// Runs `fill` inside one transaction and commits when it succeeds; an error from `fill`
    /// (or a cancellation it reports) rolls everything back.
    Status writeBatch(const std::function<Status(WorkspaceBatch &)> &fill);

    /// The share counts stored for `symbol`, by date (none for a symbol that is no constituent).
    Result<std::vector<index::ShareCount>> readShareCounts(const QString &symbol) const;
    /// Every symbol's share counts in one read, by symbol (symbols without any are absent).
    Result<QHash<QString, std::vector<index::ShareCount>>> readAllShareCounts() const;

    /// Named symbol lists, in the order given; a list is replaced as a whole. A list may name
    /// symbols that are not cached (tickers of a holdings snapshot not yet downloaded).
    Status setWatchlist(const QString &name, const QStringList &symbols);
    /// NotFound when there is no list called `name`.
    Result<QStringList> watchlist(const QString &name) const;
    Result<QStringList> watchlists() const;

    /// Workspace-wide settings (chart layouts, default benchmark…), as text.
    Status setSetting(const QString &key, const QString &value);
    std::optional<QString> setting(const QString &key) const;

    /// Rule-language strategies kept in the workspace, by name, as their source text. The
    /// workspace only stores the text: naming rules and compiling are core/rules' (WorkspaceRules).
    std::vector<SavedRuleStrategy> ruleStrategies() const;
    std::optional<SavedRuleStrategy> ruleStrategy(const QString &name) const;
    /// Inserts or replaces the strategy called `name`.
    Status saveRuleStrategy(const QString &name, const QString &source);
    /// NotFound when there is none called `name`.
    Status removeRuleStrategy(const QString &name);

    /// Trained models kept in the workspace, by name (core/ml/SavedModel reads them).
    std::vector<SavedModelRecord> savedModels() const;
    std::optional<SavedModelRecord> savedModel(const QString &name) const;
    /// Inserts or replaces the model called `record.name` (savedAt is set to now).
    Status saveModel(const SavedModelRecord &record);
    /// NotFound when there is none called `name`.
    Status removeModel(const QString &name);

    /// The run journal (storage/WorkspaceRuns.cpp). Appends `record` (its id ignored, a null
    /// time set to now) in one transaction and returns its id. Nothing edits an entry.
    /// `beforeCommit`, when given, runs with the new id inside the transaction (a report that
    /// shows the id is written then): its error rolls the entry back, so that a command whose
    /// output failed leaves no entry, and the id is not used up.
    Result<qint64> appendRun(const RunRecord &record, const std::function<Status(qint64 id)> &beforeCommit = {});
    /// Every entry without its results, newest first.
    Result<std::vector<RunRecord>> runs() const;
    /// The ids of runs(), in its order: what tells a listing that the journal changed, read
    /// without the entries (entries are never edited, so new and purged ones change the ids).
    Result<std::vector<qint64>> runIds() const;
    /// Entry `id` in full; NotFound when there is none.
    Result<RunRecord> run(qint64 id) const;
    /// Removes the entries older than `before` and logs the purge, in one transaction; returns
    /// how many went.
    Result<qint64> purgeRuns(const QDateTime &before);
    /// The purges logged, newest first.
    Result<std::vector<RunPurge>> runPurges() const;

private:
    Workspace(QString path, bool writable) : m_path(std::move(path)), m_writable(writable) {}
    /// The connection of one call (see the class comment for why none is kept).
    Result<sqlite::Connection> connect() const;
    /// The error a write gets on a workspace opened for reading; Status() when writable.
    Status checkWritable() const;
    /// Runs `write` in one transaction on a connection of this call and commits when it
    /// succeeds; its error (or the workspace being read-only) leaves the file as it was.
    Status writeTransaction(const std::function<Status(const sqlite::Connection &db)> &write);
    Result<qint64> symbolId(const sqlite::Connection &db, const QString &symbol) const;
    // The writes themselves, inside a transaction the caller holds.
    friend class WorkspaceBatch;
    Result<qint64> writeSeries(const sqlite::Connection &db, const BarSeries &series, const SymbolMetadata &metadata,
                               const std::optional<ImportRecord> &provenance, const TaskControl &control,
                               const StoreOptions &options) const;
    Status writeWatchlist(const sqlite::Connection &db, const QString &name, const QStringList &symbols) const;
    Result<qint64> writeHoldings(const sqlite::Connection &db, const QString &name, const index::HoldingsSnapshot &snapshot,
                                 const QString &file) const;
    Status writeSetting(const sqlite::Connection &db, const QString &key, const QString &value) const;
    Result<BarSeries> readBarsWith(const sqlite::Connection &db, const QString &symbol, QDate from, QDate to,
                                   unsigned columns = AllColumns) const;

    QString m_path;
    bool m_writable = true;
};

} // namespace rutile
