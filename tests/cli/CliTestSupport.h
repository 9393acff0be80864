#pragma once

// Runs rutile-cli as a separate process, exactly as scripts run it. RUTILE_CLI_PATH is set
// by tests/cli/CMakeLists.txt for every CLI test.

#include <QDate>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>
#include <random>

namespace rutile::test {

/// What one rutile-cli run produced; exitCode is -1 when the process crashed.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RUTILE_CLI_PATH), arguments);
    process.closeWriteChannel();
    // Generous: the golden backtests on the real RUT file run under a loaded CI machine.
    if (!process.waitForFinished(120000))
        qFatal("rutile-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

/// Yahoo-format CSVs at `a` and `b` of 700 weekdays from 2020-01-01 of two correlated random
/// walks (seeded): enough history for every strategy, optimisation and walk-forward test.
inline void writeRandomWalks(const QString &a, const QString &b)
{
    std::mt19937_64 rng(99);
    const auto u = [&] { return double(rng() >> 11) * 0x1.0p-53; };
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::WriteOnly) || !fb.open(QIODevice::WriteOnly))
        qFatal("cannot write the fixture");
    const QByteArray header = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    fa.write(header);
    fb.write(header);
    double ca = 100, cb = 200;
    QDate d(2020, 1, 1);
    for (int i = 0; i < 700; ++i) {
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        const double common = 0.02 * (u() - 0.5);
        const auto row = [&](double &c, double own) -> QByteArray {
            const double open = c * (1 + 0.003 * (u() - 0.5));
            c = open * (1 + common + own);
            const double high = std::max(open, c) * (1 + 0.005 * u());
            const double low = std::min(open, c) * (1 - 0.005 * u());
            return d.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(open, 'g', 17) + ','
                + QByteArray::number(high, 'g', 17) + ',' + QByteArray::number(low, 'g', 17) + ','
                + QByteArray::number(c, 'g', 17) + ',' + QByteArray::number(c, 'g', 17) + ",1000000\n";
        };
        fa.write(row(ca, 0.01 * (u() - 0.5)));
        fb.write(row(cb, 0.006 * (u() - 0.5)));
        d = d.addDays(1);
    }
}

/// Writes the random walks AAA and BBB into `folder` and imports both into the workspace `db`
/// through rutile-cli: the two-symbol workspace most CLI tests start from. False on failure.
inline bool importRandomWalks(const QString &folder, const QString &db)
{
    const QString a = folder + QStringLiteral("/AAA.csv");
    const QString b = folder + QStringLiteral("/BBB.csv");
    writeRandomWalks(a, b);
    return runCli({QStringLiteral("--db"), db, QStringLiteral("import"), a}).exitCode == 0
        && runCli({QStringLiteral("--db"), db, QStringLiteral("import"), b}).exitCode == 0;
}

/// The keys of a JSON object, for "contains every contract key" checks.
inline QSet<QString> jsonKeys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return QSet<QString>(list.begin(), list.end());
}

} // namespace rutile::test
