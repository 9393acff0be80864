#pragma once

// Shared helpers for Rutile's Qt tests.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

#include <cmath>
#include <limits>
#include <span>

namespace rutile::test {

/// Path of a fixture under tests/data.
inline QString fixture(const QString &name)
{
    return QDir(QStringLiteral(RUTILE_TEST_DATA_DIR)).filePath(name);
}

/// Contents of a fixture under tests/data; a missing fixture is a broken test tree.
inline QByteArray readFixture(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

/// Path of a real market file under ../shared/data; empty when that file is absent.
inline QString sharedData(const QString &name)
{
    const QString path = QDir(QStringLiteral(RUTILE_SHARED_DATA_DIR)).filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

inline QString sharedData(const char *name)
{
    return sharedData(QString::fromUtf8(name));
}

/// True when the environment sets RUTILE_REQUIRE_SHARED_DATA=1 (CI does: it has the folder, so
/// a golden test on real data that skips there is a test that silently stopped running).
inline bool sharedDataRequired()
{
    return qEnvironmentVariable("RUTILE_REQUIRE_SHARED_DATA") == QLatin1String("1");
}

/// The skip or failure message for a missing file of ../shared/data.
inline QByteArray missingSharedData(const QString &name)
{
    return "../shared/data/" + name.toUtf8()
        + (sharedDataRequired() ? " is not present, and RUTILE_REQUIRE_SHARED_DATA=1 requires it"
                                : " is not present (RUTILE_REQUIRE_SHARED_DATA=1 makes this a failure)");
}

inline QByteArray missingSharedData(const char *name)
{
    return missingSharedData(QString::fromUtf8(name));
}

/// True when |actual − expected| ≤ max(relTol·|expected|, absTol); NaN equals NaN.
inline bool fuzzyEqual(double actual, double expected, double relTol, double absTol = 0)
{
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    return std::abs(actual - expected) <= std::max(relTol * std::abs(expected), absTol);
}

/// Message shown when fuzzyEqual fails: computed, expected, tolerances and the difference.
inline QByteArray describeMismatch(double actual, double expected, double relTol, double absTol)
{
    return QByteArray("computed ") + QByteArray::number(actual, 'g', 17) + " expected "
        + QByteArray::number(expected, 'g', 17) + " (rel tol " + QByteArray::number(relTol, 'g', 3) + ", abs tol "
        + QByteArray::number(absTol, 'g', 3) + ", diff " + QByteArray::number(actual - expected, 'g', 3) + ")";
}

/// Compares two columns index by index with fuzzyEqual (NaN only where the other is NaN). On the
/// first difference (or a length mismatch) returns false and says where in `why`. The one
/// column compare of the tests; RUTILE_COMPARE_COLUMN fails the test with that message.
inline bool sameColumn(std::span<const double> actual, std::span<const double> expected, double relTol, double absTol,
                       QByteArray *why)
{
    if (actual.size() != expected.size()) {
        *why = "length " + QByteArray::number(qulonglong(actual.size())) + " vs "
            + QByteArray::number(qulonglong(expected.size()));
        return false;
    }
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (!fuzzyEqual(actual[i], expected[i], relTol, absTol)) {
            *why = "index " + QByteArray::number(qulonglong(i)) + ": "
                + describeMismatch(actual[i], expected[i], relTol, absTol);
            return false;
        }
    }
    return true;
}

/// Replaces the workspace at `path` by bytes that are no database (its -wal and -shm gone):
/// the file turns unreadable under whoever has it open. False when it cannot be written.
inline bool makeUnreadable(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QByteArray(8192, 'x')) == 8192;
}

} // namespace rutile::test

#define RUTILE_COMPARE_COLUMN(actual, expected, relTol, absTol)                                                    \
    do {                                                                                                           \
        QByteArray rutileWhy_;                                                                                     \
        if (!rutile::test::sameColumn((actual), (expected), (relTol), (absTol), &rutileWhy_))                     \
            QFAIL(rutileWhy_.constData());                                                                         \
    } while (false)

/// QCOMPARE with a relative tolerance (and an optional absolute floor for values near 0).
#define RUTILE_COMPARE_REL(actual, expected, relTol)                                                               \
    do {                                                                                                           \
        const double rutileActual_ = (actual);                                                                    \
        const double rutileExpected_ = (expected);                                                                \
        if (!rutile::test::fuzzyEqual(rutileActual_, rutileExpected_, (relTol)))                                  \
            QFAIL(rutile::test::describeMismatch(rutileActual_, rutileExpected_, (relTol), 0).constData());       \
    } while (false)

#define RUTILE_COMPARE_TOL(actual, expected, relTol, absTol)                                                       \
    do {                                                                                                           \
        const double rutileActual_ = (actual);                                                                    \
        const double rutileExpected_ = (expected);                                                                \
        if (!rutile::test::fuzzyEqual(rutileActual_, rutileExpected_, (relTol), (absTol)))                        \
            QFAIL(rutile::test::describeMismatch(rutileActual_, rutileExpected_, (relTol), (absTol)).constData()); \
    } while (false)


/// Declares `var`, the path of the file `name` (a literal or a QString) of ../shared/data. When
/// the file is absent the current test skips, or FAILS when RUTILE_REQUIRE_SHARED_DATA=1.
#define RUTILE_REQUIRE_SHARED_DATA(var, name)                                                                      \
    const QString var = rutile::test::sharedData(name);                                                            \
    if (var.isEmpty()) {                                                                                           \
        if (rutile::test::sharedDataRequired())                                                                    \
            QFAIL(rutile::test::missingSharedData(name).constData());                                              \
        QSKIP(rutile::test::missingSharedData(name).constData());                                                  \
    }
