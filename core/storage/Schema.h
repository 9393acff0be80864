#pragma once

#include "storage/Sqlite.h"
#include "util/Error.h"

namespace rutile::schema {

/// What opening a file found, before anything is written to it.
struct Inspection {
    bool empty = true;      ///< no tables at all: a new workspace may be created in it
    int userVersion = 0;    ///< PRAGMA user_version
    std::int32_t applicationId = 0;
};

/// Reads the identity of an SQLite file through a read-only connection.
Result<Inspection> inspect(const sqlite::Connection &db);

/// Applies every migration from `fromVersion` to `toVersion` in one transaction.
/// Version 0 is an empty file.
Status migrate(const sqlite::Connection &db, int fromVersion, int toVersion);

} // namespace rutile::schema
