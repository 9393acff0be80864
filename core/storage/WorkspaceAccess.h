#pragma once

namespace rutile {

/// What opening a workspace may do to the file system. Each caller says which one it needs
/// (rutile-cli: per command, in its Command description).
enum class WorkspaceAccess {
    /// An existing workspace only: a missing file or folder is an error and nothing is
    /// created. Reading commands use it.
    Read,
    /// Creates the folder and an empty workspace when they are missing; refuses, before
    /// anything is written, a workspace that is read-only. Importing uses it.
    OpenOrCreate,
};

} // namespace rutile
